"""Black-PR offers spelled in pinyin or spaced out to slip past keyword filters.

Sellers write the whole offer in pinyin ("shou ren: xie cha ping, mei tiao 3 kuai, zhou
jie") or space the characters ("承 接：kong ping / shan tie"). The services were already read
in pinyin; the offer around them (收人, 每条, 3块, 周结, 私我) is now read too, so the offer is
seen. Pinyin that spells no service or offer word, English, and handles stay as written.

Every wording is invented for these tests; the enterprises are those of `conftest.py`.
"""

from __future__ import annotations

import pytest

from clearbright.detectors.abuse.pinyin_reading import PinyinReader
from clearbright.registry import Registry
from clearbright.text.normalize import normalize
from tests.detectors.abuse.conftest import make_item, scan_family, slugs_of

SOLD = [
    "shou ren: xie cha ping, mei tiao 3 kuai, zhou jie",
    "zhao ren shua cha ping, yi tiao 5 kuai, ri jie",
    "承 接：kong ping / shan tie / jiang re du，私 我",
    "接 che re sou，话 题 降 权，价 格 私 聊",
    "jie dan: shan tie, che re sou, kong ping, you xu yao si liao",
    "承接 ju bao jing pin，量大从优，v：jubao_5566",
    "删 帖 / 控 评 / 撤 热 搜，全 网 可 做，私 我",
    "cheng jie shan tie he kong ping, liang da cong you, si wo",
    "招人 shua cha ping，一条5r，日结",
    # Tone marks, joined syllables and brushing tasks.
    "chéng jiē shān tiě / kòng píng, sī wǒ",
    "zhao ren shua hao ping he shua cha ping, mei dan 2 yuan, ri jie",
    "xu yao che re sou de lao ban si liao, quan wang ke zuo",
    "jie dan: ju bao jing pin, jiang re du, bao yue you hui",
    "JD: shantie kongping, 私",
    "dian zan zhuan fa ping lun, yi tiao 5 mao, ri jie, jia v: dz_team01",
]

NOT_SOLD = [
    # Pinyin with no service in it.
    "jin tian qu chi huo guo, wei dao hen hao, xia ci hai lai",
    "zhao ren: dian yuan, mei tian 8 xiao shi, yue xin 5000",
    # English that happens to share letters with pinyin.
    "Shanghai office hiring: content manager, salary negotiable, send CV.",
    # A platform rule and a warning, spaced or in pinyin.
    "平台规定：严禁 shan tie、kong ping 等有偿服务，违者封号。",
    "有人私信问我接不接 shua cha ping 的单，一条5块，截图举报了。",
    "wo jin tian kan dao you ren shan tie, zhen de hen qi guai",
    "Kong Ping is a nice name for a cat.",
    "ju bao jing pin? na shi wei gui de, bie zuo.",
]


@pytest.mark.parametrize("text", SOLD)
def test_offers_in_pinyin_are_black_pr(new_registry: Registry, text: str) -> None:
    assert "black_pr" in slugs_of(new_registry, text)


@pytest.mark.parametrize("text", NOT_SOLD)
def test_pinyin_without_an_offer_stays_clean(new_registry: Registry, text: str) -> None:
    assert "black_pr" not in slugs_of(new_registry, text)


def test_evidence_points_at_the_pinyin_as_written(new_registry: Registry) -> None:
    text = "jie dan: shan tie, che re sou, kong ping, you xu yao si liao"
    (finding,) = scan_family(new_registry, [make_item(1, text)])["i-1"]
    services = [e for e in finding.evidence if e.kind == "black_pr_service"]
    assert [(e.matched, e.span.text if e.span else None) for e in services] == [
        ("删帖", "shan tie"),
        ("撤热搜", "che re sou"),
        ("控评", "kong ping"),
    ]
    assert {e.details["how"] for e in services} == {"pinyin"}


def test_reader_reads_spaced_and_joined_syllables() -> None:
    reader = PinyinReader(["删帖", "控评", "私我", "降热度"])
    assert reader.read(normalize("kongping / shan tie / jiang re du, si wo")).text == (
        "控评 / 删帖 / 降热度, 私我"
    )


def test_reader_leaves_handles_words_and_single_syllables() -> None:
    reader = PinyinReader(["删帖", "私我", "块"])
    for text in ("v: shantie_88", "wx: shantie", "shanghai tie", "shan", "kuai dian lai"):
        view = normalize(text)
        assert reader.read(view) is view


def test_reader_reads_money_after_a_number_only() -> None:
    reader = PinyinReader([])
    assert reader.read(normalize("3 kuai, 5yuan, 8 mao")).text == "3块, 5元, 8毛"
    view = normalize("kuai lai")
    assert reader.read(view) is view


def test_read_text_maps_back_to_the_original() -> None:
    reader = PinyinReader(["差评"])
    view = reader.read(normalize("写 cha ping 了"))
    start = view.text.index("差评")
    assert view.original_text(start, start + 2) == "cha ping"
