"""Shared signals of the abuse family: disguised lexicon terms, contact handles, the model."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearbright.detectors.abuse.contacts import find_contacts
from clearbright.detectors.abuse.offense_model import OffenseModel, shipped_model
from clearbright.detectors.abuse.terms import TermMatcher, lexicon_view
from clearbright.text.normalize import normalize

MATCHER = TermMatcher(
    {
        "汉奸": "label",
        "卖国贼": "label",
        "删帖": "service",
        "水军": "service",
        "殖人": "label",
        "发帖": "service",
    }
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("霁川 = han jian 企业", [("汉奸", "pinyin")]),
        ("hanjian", [("汉奸", "pinyin")]),
        ("岚牧是汗奸企业", [("汉奸", "homophone")]),
        ("杜青禾卖锅贼实锤了", [("卖国贼", "homophone")]),
        ("专业 sh tie", [("删帖", "pinyin")]),
        ("招 shui jun", [("水军", "pinyin")]),
        ("卖国贼", [("卖国贼", "exact")]),
        ("这种情况很罕见", []),  # homophones with no literal character
        ("充电爆炸致人死亡", []),  # one literal, the homophone does not look alike
        ("shanghai tie", []),  # a syllable inside a longer Latin word
        ("it s tie", []),  # a one-letter initial with no literal beside it
        ("hj", []),  # initials only
        ("shān tiě 加急", [("删帖", "pinyin")]),  # tone marks
        ("加v fatie_2024", []),  # inside a handle
    ],
)
def test_disguised_terms(text: str, expected: list[tuple[str, str]]) -> None:
    view = lexicon_view(text, normalize(text))
    assert [(m.term, m.how) for m in MATCHER.find(view.text)] == expected


def test_emoji_stand_ins_keep_original_offsets() -> None:
    original = "刷🌊军 🌊 日结"
    view = lexicon_view(original, normalize(original))
    match = MATCHER.find(view.text)[0]
    start, end = view.to_original(match.start, match.end)
    assert (match.term, original[start:end]) == ("水军", "🌊军")


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("加V：ShuiJun_8899 日结", "wechat", "shuijun_8899"),
        ("薇❤: heiliao_88", "wechat", "heiliao_88"),
        ("vx yq-youhua 私聊", "wechat", "yq-youhua"),
        ("扣扣 12345678", "qq", "12345678"),
        ("加q：987654321", "qq", "987654321"),
        ("电话 139 0000 1234", "phone", "13900001234"),
        ("纸飞机 @black_pr01", "telegram", "black_pr01"),
    ],
)
def test_contacts_in_obfuscated_forms(text: str, kind: str, value: str) -> None:
    view = lexicon_view(text, normalize(text))
    assert [(c.kind, c.value) for c in find_contacts(view)] == [(kind, value)]


@pytest.mark.parametrize(
    "text",
    [
        "想赚钱的扣1",
        "价格 5k",
        "订单号 330106202403158514",
        "v5 很强",
        "澄屿 vs 岫屏 versions",
        "foowxabcdefg",
    ],
)
def test_no_contact_in_ordinary_text(text: str) -> None:
    assert find_contacts(normalize(text)) == []


def test_shipped_model_separates_abuse_from_plain_text() -> None:
    model = shipped_model()
    assert model is not None, "the trained model ships with the package"
    insult = model.score(normalize("你这种人渣怎么还不去死，恶心的东西").text)
    plain = model.score(normalize("今天天气不错，下午去公园散步").text)
    assert 0.0 <= plain < 0.5 < insult <= 1.0


def test_missing_model_file_loads_as_none(tmp_path: Path) -> None:
    assert OffenseModel.load(tmp_path / "absent.npz") is None
