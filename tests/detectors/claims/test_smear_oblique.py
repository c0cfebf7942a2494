"""Pattern: a rival's staff smear a competitor, tied to the rival by a display name with a role
(店员, 加盟部, 用户运营, 选品官, 助播, 官方直播间助理, a store) or as a registered person of
the rival (a contracted host); the target named obliquely (pinyin initials "TY家", a fruit or
animal emoji for one character "🍑夭", a person's given name + 姐/哥 or surname + 总, spaced
characters, "对面那家奶茶", "对家"), the registered false claim paraphrased or insinuated
(a scare-quoted hint "加了那个“料”" with a wink "懂的都懂", an equation "<X>的珍珠 = 废旧轮胎").
A rival's true statements, fair comparisons, debunks, rumours asked about and answered no,
and the same words from an unaffiliated author stay clean.

The registry (registry_oblique/) is fictional."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearbright.detectors.claims.hints import accused_thing_of, hint_readings
from clearbright.detectors.claims.veiled import given_name, veiled_mentions
from clearbright.registry import Registry
from clearbright.text.normalize import fold, normalize

from .conftest import run_claims

OBLIQUE = Path(__file__).parent / "registry_oblique"
LUMENG_HOST = "xiaoman_live_0417"  # the registered account of 鹿梦's contracted host


@pytest.fixture(scope="module")
def registry() -> Registry:
    """Two tea-drink rivals (桃夭, 鹿梦) and two barbecue rivals (火苗, 岩石烤肉)."""
    return Registry.load(OBLIQUE)


def _smear(registry: Registry, name: str, text: str, kind: str = "post") -> set[str | None]:
    author = {"id": name if name.isascii() else f"u-{len(name)}-{ord(name[0])}", "name": name}
    found = run_claims(registry, kind=kind, text=text, author=author).get("competitor_smear", [])
    return {e.registry_ref for f in found for e in f.evidence}


@pytest.mark.parametrize(
    ("name", "how"),
    [
        ("鹿梦奶茶店员小美", "display_name"),
        ("鹿梦加盟部", "display_name"),
        ("鹿梦茶饮用户运营", "display_name"),  # a staff role built on a customer word
        ("鹿梦会员运营阿朵", "display_name"),
        ("小鹿茶选品官阿杰", "display_name"),  # a registered trademark of the rival
        ("鹿梦官方直播间助理", "display_name"),
        ("鹿梦小鹿茶助播", "display_name"),
        ("鹿梦奶茶（万象城店）", "display_name"),
        ("鹿屿茶事官方直播间助理", "display_name"),  # the rival's registered live-room account
        ("鹿屿点单小助手", "display_name"),  # the rival's registered mini app
        ("林小满", "registered_person"),  # the rival's contracted host
        (LUMENG_HOST, "registered_person"),  # her registered account
    ],
)
def test_author_tied_by_role_or_person(registry: Registry, name: str, how: str) -> None:
    author = {"id": name if name.isascii() else f"u-{ord(name[-1])}", "name": name}
    found = run_claims(registry, text="桃夭奶茶的奶盖用的是过期奶油，懂的都懂。", author=author)[
        "competitor_smear"
    ]
    [tie] = [e for f in found for e in f.evidence if e.kind == "rival_affiliation"]
    assert tie.details["how"] == how
    assert tie.details["target"] == "ent-taoyao"


@pytest.mark.parametrize(
    ("name", "text", "claim"),
    [
        # pinyin initials, run together, in capitals, spaced, or before the rest of the name
        ("鹿梦奶茶店员小美", "TY家的奶盖用的是过期奶油，懂的都懂。", "o-clm-9"),
        ("鹿梦会员运营", "t y 家奶盖=过期奶油，自己品。", "o-clm-9"),
        ("桃夭奶茶店长", "LM的珍珠 = 废旧轮胎，我不方便多说。", "o-clm-12"),
        ("火苗烤肉选品官", "YS烤肉的五花肉=病死猪肉，懂的都懂。", "o-clm-13"),
        ("岩石烤肉店员", "hm烤肉的牛肉 = 鸭肉，行内人都知道。", "o-clm-15"),
        # an emoji for one character of the brand
        ("鹿梦奶茶店员小美", "🍑夭的奶盖用的是过期奶油，行内人都知道。", "o-clm-9"),
        ("桃夭奶茶店长", "🦌梦的珍珠是废旧轮胎做的，懂的都懂。", "o-clm-12"),
        ("岩石烤肉店员", "🔥苗烤肉的牛肉其实是鸭肉冒充的，懂的都懂。", "o-clm-15"),
        # spaced characters
        ("鹿梦奶茶店员小美", "桃 夭 的奶盖用的是过期奶油，懂的都懂。", "o-clm-9"),
        ("火苗烤肉助播", "岩 石 烤肉的五花肉是病死猪肉冒充的，行内人都知道。", "o-clm-13"),
        # a person of the target, familiarly
        ("鹿梦奶茶店员小美", "清禾姐家的奶盖用的是过期奶油，懂的都懂。", "o-clm-9"),
        ("桃夭奶茶店长", "若溪姐家的珍珠是轮胎做的，行内人都知道。", "o-clm-12"),
        ("火苗烤肉店员", "明川哥家的五花肉是病死猪肉，我不方便多说。", "o-clm-13"),
        ("鹿梦运营阿朵", "说句实话，许总家的奶盖用的是过期奶油，懂的都懂。", "o-clm-9"),
        ("火苗烤肉加盟部", "贺总家那个五花肉，其实是病死猪肉冒充的，我不方便多说。", "o-clm-13"),
        # the shop across the street, the rival
        ("鹿梦奶茶店员小美", "对面那家奶茶的奶盖用的是过期奶油，懂的都懂。", "o-clm-9"),
        ("火苗烤肉店员", "隔壁那家烤肉用病死猪肉冒充五花肉，懂的都懂。", "o-clm-13"),
        ("鹿梦奶茶店员", "对家的奶盖用的是过期奶油，我不方便多说。", "o-clm-9"),
        ("鹿梦奶茶店员", "隔壁那家的奶盖用的是过期奶油，懂的都懂。", "o-clm-9"),
        ("鹿梦奶茶店员", "对面那家店的奶盖用的是过期奶油，懂的都懂。", "o-clm-9"),
        # the brand's stem as a shop
        ("火苗烤肉店员", "岩石家的五花肉都是病死猪肉冒充的，我不方便多说。", "o-clm-13"),
        # the contracted host's own account
        (LUMENG_HOST, "TY家奶盖用的是过期奶油，懂的都懂。", "o-clm-9"),
    ],
)
def test_target_named_obliquely(registry: Registry, name: str, text: str, claim: str) -> None:
    assert claim in _smear(registry, name, text)


@pytest.mark.parametrize(
    ("name", "text", "claim"),
    [
        ("鹿梦奶茶店员", "桃夭奶茶为什么让人上瘾？加了点“壳”呗，懂的都懂。", "o-clm-10"),
        ("鹿梦奶茶店员小美", "ty家奶茶喝了会上瘾，里面加了那个“壳”，行内人都知道。", "o-clm-10"),
        (
            "鹿梦奶茶店员",
            "为啥🍑夭的奶茶喝了会上瘾？里面添加了那个“料”，行内人都知道。",
            "o-clm-10",
        ),
        ("桃夭茶饮官方直播间助理", "鹿梦奶茶的珍珠是那种“胎”做的，懂的都懂。", "o-clm-12"),
        ("桃夭奶茶店员", "lm家的珍珠是用那个「东西」做的，废旧轮胎你懂的。", "o-clm-12"),
    ],
)
def test_insinuated_claim(registry: Registry, name: str, text: str, claim: str) -> None:
    assert claim in _smear(registry, name, text, kind="comment")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # a rival stating registered true claims, in plain and oblique names
        (LUMENG_HOST, "桃夭茶饮2025年关闭了40家门店，行业都不容易，大家加油。"),
        ("鹿梦奶茶店员", "TY家去年关了40家门店，这是年报写的。"),
        ("火苗烤肉店员", "贺总家去年因为后厨卫生不达标被责令整改过，这是通报过的。"),
        # fair price and feature comparisons
        ("鹿梦运营阿朵", "我们的奶盖用的是当天的淡奶油，比对面那家奶茶便宜三块，欢迎比较。"),
        ("鹿梦运营阿朵", "我们的奶盖用的是当天的淡奶油，比桃夭奶茶便宜三块，欢迎比较。"),
        ("鹿梦运营阿朵", "本店奶盖用的是当天的淡奶油，比TY家便宜三块。"),
        ("鹿梦奶茶店员小美", "我们鹿梦的奶茶比桃夭便宜两块，珍珠也更Q，欢迎来尝。"),
        # the false claim quoted to debunk it
        ("鹿梦奶茶店员", "有人说TY家奶盖用的是过期奶油，市场监管早就查过了，是谣言。"),
        ("鹿梦奶茶店员", "桃夭奶茶添加罂粟壳？这个谣言早就被辟谣了。"),
        ("鹿梦奶茶店员", "桃夭奶茶加了罂粟壳？假的，别传了。"),
        # a rumour asked about and answered no
        ("鹿梦奶茶店员", "对家的奶盖是不是过期奶油？不是，检查都合格。"),
        ("桃夭奶茶店长", "LM的珍珠是废旧轮胎做的吗？当然不是，人家是木薯淀粉。"),
        ("鹿梦奶茶店员", "说句公道话，桃夭奶茶的奶盖跟过期奶油没有关系，别乱传。"),
        # winks and oblique names with nothing false said
        ("鹿梦奶茶店员", "懂的都懂，我们家的奶茶加了那个“料”——满满的爱心。"),
        ("鹿梦奶茶店员", "清禾姐家的新品挺好喝，懂的都懂，同行也要学习。"),
        ("鹿梦奶茶店员", "对面那家奶茶今天排队排到门口，我不方便多说，大家自己品。"),
        ("鹿梦奶茶店员小美", "TY家的奶盖挺好喝的，说实话我们也在学。"),
        # the same words from authors tied to nobody
        ("路人甲", "TY家的奶盖用的是过期奶油，懂的都懂。"),
        ("鹿梦奶茶受害者联盟", "桃夭奶茶的奶盖用的是过期奶油，懂的都懂。"),
        ("火苗烤肉粉丝", "岩石烤肉用病死猪肉冒充五花肉，行内人都知道。"),
        ("爱喝奶茶的小鹿", "桃夭奶茶加了点“壳”，懂的都懂。"),
        ("鹿屿茶事官方直播间粉丝", "桃夭奶茶的奶盖用的是过期奶油，懂的都懂。"),
        # a veiled name of nobody in particular
        ("鹿梦奶茶店员", "某家的奶盖 = 过期奶油，我不方便多说。"),
    ],
)
def test_not_competitor_smear(registry: Registry, name: str, text: str) -> None:
    assert not _smear(registry, name, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ty家的奶盖", ["ent-taoyao"]),
        ("t y 家", ["ent-taoyao"]),
        ("ok的奶盖", []),  # an everyday word, not initials
        ("city的奶盖", []),  # letters inside a word
        ("🍑夭", []),  # a pictograph is read by the glyph reading, not here
        ("清禾姐说", ["ent-taoyao"]),
        ("砚秋姐说", []),  # nobody of the candidates
        ("对面那家奶茶", ["ent-taoyao"]),
        ("对面那家火锅", []),  # not what the candidate sells
        ("对家", ["ent-taoyao"]),
        ("一对家长", []),
        ("隔壁那家的", ["ent-taoyao"]),
        ("桃夭家的", ["ent-taoyao"]),  # the stem of 桃夭奶茶/桃夭茶饮 before 家
        ("桃夭的", []),  # a registered name: found as a mention, not a veiled one
    ],
)
def test_veiled_forms(registry: Registry, text: str, expected: list[str]) -> None:
    found = veiled_mentions(fold(text), registry, {"ent-taoyao"})
    assert [sorted(m.entity_ids)[0] for m in found] == expected


def test_veiled_initials_need_one_candidate(registry: Registry) -> None:
    """Initials several candidates share point at nobody."""
    assert veiled_mentions("ty家", registry, {"ent-taoyao", "ent-lumeng"})
    assert not veiled_mentions("hm家", registry, {"ent-taoyao", "ent-lumeng"})


def test_given_names() -> None:
    assert [given_name(n) for n in ("许清禾", "欧阳子晴", "温砚")] == ["清禾", "子晴", "砚"]


def test_hint_reading_fills_accused_thing(registry: Registry) -> None:
    """The hint is written as the claim's accused thing, and the reading keeps offsets into
    the original text."""
    from clearbright.detectors.claims.claim_matcher import shared_matcher

    entries = shared_matcher(registry).index.entries_about({"ent-taoyao"})
    text = normalize("加了点“壳”，懂的都懂")
    [reading] = hint_readings(text, entries)
    assert reading.entry.claim.id == "o-clm-10"
    assert "罂粟壳" in reading.text.text
    at = reading.text.text.index("罂粟壳")
    assert reading.text.original_text(at, at + 3) == "壳"
    assert not list(hint_readings(normalize("加了点“壳”"), entries))  # no wink
    assert accused_thing_of("含有激素") == "激素"
    assert accused_thing_of("断裂导致游客坠亡") == ""  # an event, no accused thing


@pytest.mark.parametrize(
    ("name", "text", "claim"),
    [
        ("面川拉面店员", "TS家的骨汤里加了罂粟壳，懂的都懂。", "t-clm-29"),
        ("面川拉面加盟部", "砚秋姐家的后厨用的是地沟油，我不方便多说。", "t-clm-30"),
        ("面川拉面运营", "对面那家拉面的骨汤加了那个“壳”，行内人都知道。", "t-clm-29"),
        ("面川拉面选品官", "乔总家后厨 = 地沟油，懂的都懂。", "t-clm-30"),
        ("春满食品店员", "dl家的油条是用地沟油炸的，懂的都懂。", "t-clm-36"),
    ],
)
def test_oblique_smears_on_another_registry(
    claims_registry: Registry, name: str, text: str, claim: str
) -> None:
    """The same readings work from any registry's names and people (tests' main registry)."""
    assert claim in _smear(claims_registry, name, text)


def test_hint_cites_only_the_claim_the_sentence_is_about(claims_registry: Registry) -> None:
    """A stand-in ("料") fits every claim's accused thing; the rest of the sentence (上瘾, 加了)
    picks the one it is about: 罂粟壳 making tea addictive, not 地沟油 in the toppings."""
    refs = _smear(claims_registry, "乔木鲜茶店员", "yl家奶茶为什么上瘾？加了那个“料”，懂的都懂。")
    assert "t-clm-2" in refs
    assert "t-clm-3" not in refs
