"""Pattern: an author tied to a rival by the display name alone (the brand, one of its stores,
a department or house account) spreads a registered false claim about the other rival, often
in slang: pinyin initials ("dgy", "YSK"), pictographs ("🐷油"), "insiders all know", or a true
figure of the rival given a false cause; or an undeclared author steers readers to one rival
while doing so. Diners' honest reviews, a rival's true statements and praise of its own food,
news of a registered true fine, and debunks stay clean."""

from __future__ import annotations

import pytest

from clearbright.registry import Registry

from .conftest import run_claims, slugs


def _author(name: str) -> dict[str, str]:
    return {"id": f"u-{abs(hash(name)) % 10_000}", "name": name}


@pytest.mark.parametrize(
    ("name", "text", "claim"),
    [
        ("面川拉面品牌部", "汤舍拉面后厨用dgy，圈里人都知道，别去了。", "t-clm-30"),
        ("面川拉面（望京店）", "汤舍的骨汤里加了YSK，所以才那么上头，同行都懂。", "t-clm-29"),
        ("面川拉面望京店", "汤舍拉面骨汤加ysk，内行人都清楚。", "t-clm-29"),
        ("面川市场部小林", "汤舍拉面后厨的🐷油都是回收的，懂的都懂。", "t-clm-30"),
        ("面川拉面", "汤舍拉面后厨用的是泔水油，吃了别后悔。", "t-clm-30"),
        (
            "面川餐饮观察",
            "汤舍拉面去年关了25家店，真实原因是被查出后厨用地沟油被罚了。",
            "t-clm-30",
        ),
        ("乔木鲜茶（春熙路店）", "业内都知道云麓奶茶加了ysk，不然怎么那么上头。", "t-clm-2"),
        # the post's word for recycled oil is not the claim's ("回收老油")
        ("春满食品旗舰店", "冬林的速冻油条是用地沟油炸的，行内都知道。", "t-clm-36"),
        ("春满食品客服", "冬林油条用泔水油炸制，懂的都懂。", "t-clm-36"),
    ],
)
def test_display_name_ties_author_to_rival(
    claims_registry: Registry, name: str, text: str, claim: str
) -> None:
    [finding] = run_claims(claims_registry, text=text, author=_author(name))["competitor_smear"]
    refs = {e.registry_ref for e in finding.evidence}
    assert claim in refs
    [tie] = [e for e in finding.evidence if e.kind == "rival_affiliation"]
    assert tie.details["how"] == "display_name"


@pytest.mark.parametrize(
    ("name", "text", "claim"),
    [
        ("拉面探店王", "汤舍拉面后厨用泔水油，懂的都懂，认准面川。", "t-clm-30"),
        ("吃面日记", "汤舍拉面 dgy 实锤，行内人都清楚，想吃拉面还是面川靠谱。", "t-clm-30"),
        ("拉面观察", "汤舍拉面后厨的🐷油都是回收的。还是去吃面川吧，至少干净。", "t-clm-30"),
    ],
)
def test_steering_to_one_rival_ties_author(
    claims_registry: Registry, name: str, text: str, claim: str
) -> None:
    [finding] = run_claims(claims_registry, text=text, author=_author(name))["competitor_smear"]
    kinds = {e.kind for e in finding.evidence}
    assert {"rival_promotion", "rival_affiliation"} <= kinds
    assert claim in {e.registry_ref for e in finding.evidence}
    assert finding.target == "ent-tangshe"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # an unaffiliated diner's honest bad review, even preferring the rival
        ("小王爱吃面", "汤舍拉面今天去吃了，汤太咸，服务也慢，还是面川好吃。"),
        ("小王爱吃面", "汤舍拉面后厨用dgy，圈里人都知道。"),  # no tie, no steering
        # a rival's staff stating true facts about the other rival
        ("面川拉面品牌部", "汤舍拉面2025年关闭了25家门店，行业竞争确实激烈。"),
        ("面川拉面望京店", "汤舍拉面去年因为食品留样不规范被罚了三万，这个是通报过的。"),
        ("面川拉面品牌部", "汤舍去年净利润同比下降9%，大家日子都不好过。"),
        ("面川拉面品牌部", "汤舍拉面2025年抽检检出大肠菌群超标，大家注意。"),
        # a rival praising its own food, saying nothing of the other
        ("面川拉面品牌部", "面川拉面新品上线，骨汤熬足八小时，欢迎来尝，还是面川靠谱！"),
        # news of a registered true fine
        ("本地新闻", "据市场监管部门通报，汤舍拉面2025年因食品留样不规范被罚款三万元。"),
        # a rival debunking the rumour
        ("面川拉面品牌部", "网传汤舍拉面用地沟油，市场监管部门已辟谣，不要信。"),
        ("面川拉面品牌部", "汤舍拉面的dgy传闻是假的，检查早就没问题。"),
        # a display name that makes the brand its object: a customer's complaint account
        ("面川拉面避雷小分队", "汤舍拉面后厨用dgy，圈里人都知道。"),
        ("爱吃面川的阿强", "汤舍拉面后厨用dgy，圈里人都知道。"),  # a customer's nickname
        # English letters that are not pinyin initials
        ("面川拉面品牌部", "汤舍拉面的app太难用了，点单老是卡。"),
    ],
)
def test_not_competitor_smear(claims_registry: Registry, name: str, text: str) -> None:
    assert "competitor_smear" not in slugs(claims_registry, text=text, author=_author(name))


def test_pictograph_span_points_at_original(claims_registry: Registry) -> None:
    """The evidence span of a pictograph reading is a range of the item's own text."""
    text = "汤舍拉面后厨的🐷油都是回收的，懂的都懂。"
    [finding] = run_claims(claims_registry, text=text, author=_author("面川拉面"))[
        "competitor_smear"
    ]
    [match] = [e for e in finding.evidence if e.kind == "claim_match"]
    assert match.span is not None
    assert text[match.span.start : match.span.end] == match.span.text
    assert "油" in match.span.text
