"""Name lookalikes: each transformation family with Chinese and Latin examples, and negatives."""

from __future__ import annotations

import pytest

from clearbright.detectors.counterfeit.identity import Identities, Segment, disclaims
from clearbright.detectors.counterfeit.names import NameIndex
from clearbright.model import Item
from clearbright.registry import Registry
from clearbright.registry.models import Enterprise
from clearbright.text.normalize import normalize


@pytest.fixture(scope="module")
def identities(example_registry: Registry) -> Identities:
    return Identities(example_registry)


@pytest.mark.parametrize(
    ("text", "name", "method", "explains"),
    [
        ("澄屿科技", "澄屿科技", "exact", "exact name"),
        ("澄嶼科技", "澄屿科技", "folded", "folded: 澄嶼科技"),  # traditional characters
        ("澄 屿*科技", "澄屿科技", "folded", "folded: 澄 屿*科技"),  # inserted separators
        ("橙屿科技", "澄屿科技", "homophone", "homophone: 橙 for 澄"),
        ("澄屹科技", "澄屿科技", "shape", "similar shape: 屹 for 屿"),
        ("陈屿科技", "澄屿科技", "near_homophone", "near homophone: 陈 (chen) for 澄 (cheng)"),
        ("Cheng Yu 科技", "澄屿科技", "pinyin", "pinyin spelling: Cheng Yu 科技"),
        ("CHENGYU", "CHENGYU", "exact", "exact name"),
        ("CНENGYU", "CHENGYU", "folded", "folded: CНENGYU"),  # Cyrillic Н
        ("XlUPING", "XIUPING", "latin", "homoglyph: xluping"),
        ("顾南笙", "顾南笙", "exact", "exact name"),
        ("顾南生", "顾南笙", "homophone", "homophone: 生 for 笙"),
        ("佰知远", "柏知远", "homophone", "homophone: 佰 for 柏"),  # 柏 reads bo or bai
    ],
)
def test_lookalike_names(
    identities: Identities, text: str, name: str, method: str, explains: str
) -> None:
    matches = identities.names.find(normalize(text))
    assert matches, text
    best = max(matches, key=lambda m: m.end - m.start)
    assert (best.target.text, best.method) == (name, method)
    assert explains in best.transformation


@pytest.mark.parametrize(
    "text",
    ["今天天气不错", "chengdu travel", "屿", "a", "", "澄清事实", "chengyuan"],
)
def test_ordinary_text_matches_no_name(identities: Identities, text: str) -> None:
    assert identities.names.find(normalize(text)) == []


@pytest.mark.parametrize(
    ("display", "claimed", "whole"),
    [
        ("澄屿科技", "澄屿科技", True),
        ("澄屿科技官方旗舰店", "澄屿科技官方", False),  # an official account name
        ("澄屿手表售后服务中心", "澄屿手表", False),
        ("澄屿智能穿戴", "澄屿", False),  # 智能穿戴 is the enterprise's own industry
        ("成语官方", "澄屿", False),  # full homophone with a copy word
        ("顾南笙-本人", "顾南笙", False),
        ("顾南笙Leo", "顾南笙", False),
    ],
)
def test_display_names_that_claim(
    identities: Identities, display: str, claimed: str, whole: bool
) -> None:
    claims = identities.claims(Segment("title", normalize(display)))
    assert [(c.target.text, c.whole_name) for c in claims] == [(claimed, whole)]


@pytest.mark.parametrize(
    "display",
    [
        "抵制澄屿",  # talks about the brand
        "澄屿手表爱好者",  # a fan's name, not the brand's
        "成语",  # a full homophone alone is an ordinary word
        "成语大全官方",
        "顾南笙的读书笔记",
    ],
)
def test_display_names_that_only_mention(identities: Identities, display: str) -> None:
    assert identities.claims(Segment("title", normalize(display))) == []


@pytest.mark.parametrize(
    ("display", "editions", "claimed"),
    [
        ("澄屿商城优惠版", True, "澄屿商城"),  # the official mini-app's name and an edition
        ("澄屿健康极速版", True, "澄屿健康"),
        ("禾淼鲜榨到家会员版", True, "禾淼鲜榨到家"),
        ("澄屿健康Pro", True, "澄屿健康"),
        ("澄屿健康2.0", True, "澄屿健康"),
        ("澄屿健康v3", True, "澄屿健康"),
        ("澄屿健康尝鲜版", True, "澄屿健康"),  # an edition word outside the lexicon
        ("澄屿健康 Max", True, "澄屿健康"),
        ("澄屿商城优惠版", False, None),  # an account name: edition words are no copy words
        ("岛屿动物极速版", True, None),  # the trademark 屿动 inside an ordinary word
        ("成语极速版", True, None),  # a full homophone needs more than an edition word
        ("禾淼极速版赛车游戏", True, None),  # a residue that is not an edition
    ],
)
def test_app_names_with_an_edition_word(
    identities: Identities, display: str, editions: bool, claimed: str | None
) -> None:
    claims = identities.claims(Segment("title", normalize(display)), editions=editions)
    assert [c.target.text for c in claims] == ([claimed] if claimed else [])


@pytest.mark.parametrize(
    ("display", "person", "presents", "affiliation"),
    [
        ("柏知远 禾淼食品董事长", "柏知远", True, "禾淼食品"),
        ("禾淼董事长柏知远", "柏知远", True, "禾淼"),
        ("林晏舟 岫屏智能", "林晏舟", True, "岫屏智能"),
        ("温若琳 澄屿科技首席财务官", "温若琳", True, "澄屿科技"),  # an executive, no record
        ("温若琳 澄屿科技CFO", "温若琳", True, "澄屿科技"),
        ("顾南笙 CEO", "顾南笙", True, None),  # CEO: 首席执行官, the registered role
        ("顾南笙官方", "顾南笙", True, None),
        ("林晏舟 总经理", "林晏舟", False, None),  # not the registered role: maybe a namesake
        ("顾南笙-个人号", "顾南笙", False, None),  # the name alone: perhaps a namesake
        ("顾南笙 禾淼食品董事长", None, False, None),  # another enterprise: no claim
    ],
)
def test_person_display_names_with_a_title_or_enterprise(
    identities: Identities,
    display: str,
    person: str | None,
    presents: bool,
    affiliation: str | None,
) -> None:
    claims = [
        c for c in identities.claims(Segment("title", normalize(display))) if c.target.is_person
    ]
    if person is None:
        assert claims == []
        return
    (claim,) = claims
    assert (claim.target.text, claim.presents_person, claim.affiliation) == (
        person,
        presents,
        affiliation,
    )


def test_two_character_brand_inside_a_common_word_is_no_claim() -> None:
    # A fictional brand whose name is also part of an idiom (浑然天成).
    brand = Enterprise(
        id="ent-tiancheng",
        name="天成器具有限公司",
        short_names=("天成",),
        english_names=("TIANCHENG",),
    )
    identities = Identities(Registry(enterprises={brand.id: brand}))
    assert identities.claims(Segment("title", normalize("浑然天成"))) == []
    assert identities.claims(Segment("title", normalize("天成天然"))) == []
    claims = identities.claims(Segment("title", normalize("天成官方旗舰店")))
    assert [c.target.text for c in claims] == ["天成"]
    typo = identities.names.find(normalize("TIANCHEMG"))
    assert [(m.target.text, m.transformation) for m in typo] == [
        ("TIANCHENG", "typo: tianchemg for TIANCHENG")
    ]


def test_index_is_built_once_and_never_compares_every_name(example_registry: Registry) -> None:
    index = NameIndex(example_registry)
    # Candidates come from the character index: a text sharing no character gets none.
    assert index._window_matches(normalize("完全无关的文字")) == []


def test_short_latin_mark_alone_is_an_ordinary_word() -> None:
    brand = Enterprise(id="ent-nova", name="诺瓦器具有限公司", trademarks=("Nova",))
    identities = Identities(Registry(enterprises={brand.id: brand}))
    assert identities.claims(Segment("title", normalize("Nova"))) == []
    assert [c.target.text for c in identities.claims(Segment("title", normalize("Nova官方")))] == [
        "Nova"
    ]


@pytest.mark.parametrize(
    ("text", "disclaimed"),
    [
        ("澄屿手表爱好者（非官方）", True),
        ("a fan page", True),
        ("Fang Zhou", False),
        ("澄屿", False),
    ],
)
def test_disclaimers(text: str, disclaimed: bool) -> None:
    assert disclaims(Item(id="i", platform="weibo", kind="account", text=text)) is disclaimed
