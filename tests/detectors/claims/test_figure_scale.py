"""Pattern: figures off by a scale against the filing (亏了32个亿 for a 3.2亿 loss, 会员只剩5万
for 52万), vague magnitudes against a filed change (利润少了一大半 for -12%), bounds, and the
synonyms of paying learners, members and store closures. Registry: distortion_registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearbright.detectors.claims.figures import FigureReader
from clearbright.registry import Registry
from clearbright.text.normalize import normalize

from .conftest import run_claims

REGISTRY = Path(__file__).parent / "distortion_registry"


@pytest.fixture(scope="module")
def registry() -> Registry:
    """Fictional school, bakery, gym, grocer and electronics enterprises with their filings."""
    return Registry.load(REGISTRY)


def _flagged(registry: Registry, text: str) -> bool:
    return "figure_distortion" in run_claims(registry, text=text)


def _claims(registry: Registry, text: str) -> list[tuple[str, str, float, float | None]]:
    field = normalize(text)
    reader = FigureReader(registry)
    found = reader.claims(field.text, registry.find_mentions(field), 2026)
    return [(c.metric, c.kind, c.value, c.high) for c in found]


@pytest.mark.parametrize(
    "text",
    [
        # a loss or revenue ten times the filed one (翠岭 lost 3.2亿, 麦穗 took in 9.8亿)
        "翠岭教育2025年亏了32个亿，还在招生",
        "翠岭去年亏损32亿，家长们小心",
        "翠岭一年亏掉三十多个亿，谁敢报名",
        "翠岭教育去年净亏30多亿",
        "翠岭教育去年亏了将近32个亿",
        "麦穗烘焙去年营收98亿，门店开满全国",
        "麦穗一年营收近百亿",
        "翠岭巨亏32亿，还在招生",
        "翠岭付费学员从52万掉到5万",
        "悦栖会员数腰斩",
        # counts an order of magnitude low (52万 paying learners, 52万 members)
        "翠岭教育付费学员只剩5万了",
        "翠岭的付费学员只有五万多",
        "翠岭学员只剩五万，老师都走了",
        "悦栖健身会员只剩5万，快倒闭了",
        "悦栖会员才五万人",
        "悦栖会员不到6万了",
        # vague magnitudes against a filed -12% profit change
        "麦穗烘焙去年利润少了一大半",
        "麦穗去年净利润只剩三成",
        "麦穗的利润去年掉了七八成",
        "麦穗去年利润少了三分之二",
        "悦栖去年营收翻了好几倍",
        # closures: 230 filed by 麦穗, 38 by 临禾
        "麦穗烘焙去年关店两千多家",
        "麦穗烘焙门店倒闭了两千多家",
        "麦穗去年关闭门店2000多家",
        "临禾生鲜去年关了三百多家店",
        "临禾去年门店关了三百来家",
        "麦穗去年倒闭了几千家",
        "翠岭亏了几十亿",
        # an everyday count noun with a vague change (临禾 filed 420 stores, -8%)
        "临禾门店少了一大半",
        "临禾去年门店直接腰斩",
        "悦栖会员少了一半多",
    ],
)
def test_scale_errors_are_distortions(registry: Registry, text: str) -> None:
    [finding] = run_claims(registry, text=text)["figure_distortion"]
    assert finding.slug == "distortion"
    label = next(e for e in finding.evidence if e.kind == "context_label")
    assert "年度报告" in (label.details or {}).get("source", "")


@pytest.mark.parametrize(
    "text",
    [
        "麦穗烘焙去年营收近10亿，增长一般",  # fair rounding of 9.8亿
        "麦穗烘焙2025年利润下滑了12%，不太乐观",  # the filed change
        "麦穗烘焙去年利润少了一成多，日子不好过",
        "翠岭教育去年亏了3.2个亿，退费要趁早",  # the filed loss
        "翠岭教育去年亏损不到4亿",  # a true bound
        "翠岭亏损超过3亿，窟窿不小",
        "悦栖会员不到60万",
        "悦栖会员五十多万，不算少",
        "翠岭付费学员52万，比前年少了",
        "麦穗营收跌破10亿",
        "麦穗烘焙去年关店230家，收缩明显",
        "麦穗烘焙去年关了两百多家店",
        "麦穗去年倒闭了超过200家门店",  # a true bound
        "麦穗去年关店不到300家",
        "麦穗烘焙去年关店两百多家，但开了五百家新店",
        "麦穗去年关了几百家店",
        "临禾门店减少了8%",
        "临禾去年门店少了一成左右",
        "临禾门店少了几十家",  # the change in stores, not their number
        "临禾门店排队的人少了一大半",
        "麦穗2024年净利润2.7亿",  # another year's figure, as filed
        "麦穗2024年净利润增长6%",
        "麦穗烘焙去年营收增长3%，利润却少了一成多",
        # opinion and discussion with no figure of their own
        "我觉得麦穗的利润下滑很严重，管理层要反思",
        "麦穗利润少了12%，有人说少了一大半，纯属谣言",
        "网传麦穗去年关店两千多家，官方说只关了230家",
        "麦穗去年利润少了一大半？年报明明写的是下降12%",
        # hearsay corrected, conditions, one street's stores
        "有人说麦穗利润少了一大半，其实只降了12%",
        "别听营销号说麦穗关店两千多家，年报写的是230家",
        "麦穗要是利润少了一大半，早就撑不住了",
        "如果悦栖会员只剩5万，它早倒闭了",
        "悦栖会员只剩5万的说法不实",
        "我们这条街麦穗门店关了两家",
        "评论员：麦穗利润下滑12%，说明烘焙行业进入存量竞争",
        # sums over several years and the industry's figures are not the filed year's
        "麦穗这三年累计关店两千多家",
        "整个烘焙行业去年倒闭了两千多家，麦穗还在开店",
        "翠岭成立以来累计亏了三十多个亿",
        # this year's and next year's figures are not filed yet (posted in 2026)
        "临禾今年关店60家，收缩中",
        "麦穗明年要关店两千多家？",
        "悦栖今年营收翻了好几倍",
        # a count that is no figure of the enterprise
        "翠岭5万学员家长联名投诉",
        "悦栖会员卡5万一张，太贵了",
        "麦穗门店关了灯还在排队",
    ],
)
def test_accurate_or_unrelated_figures_are_not_findings(registry: Registry, text: str) -> None:
    assert not _flagged(registry, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("麦穗利润少了一大半", ("net_profit", "change", -55.0, -95.0)),
        ("麦穗净利润只剩不到三成", ("net_profit", "change", -70.0, -100.0)),
        ("麦穗营收翻了三倍", ("revenue", "change", 200.0, 300.0)),
        ("悦栖会员不到6万", ("paying_users", "level", 6e4, 0.0)),
        ("麦穗去年倒闭了两千多家", ("store_closures", "level", 2000.0, 3000.0)),
        ("悦栖会员只剩五万多人", ("paying_users", "level", 5e4, 6e4)),
    ],
)
def test_ranges_are_read(
    registry: Registry, text: str, expected: tuple[str, str, float, float | None]
) -> None:
    assert expected in _claims(registry, text)


def test_fallback_metric_is_used_only_without_a_filing_of_its_own(registry: Registry) -> None:
    """A school's 学员 count is set against its filed paying learners (no enrolment filed)."""
    assert _flagged(registry, "翠岭在读学员只有5万")
    assert not _flagged(registry, "翠岭在读学员只有50多万")


def test_a_loss_filed_as_a_positive_amount_is_a_negative_profit(registry: Registry) -> None:
    """朔光 filed `net_loss: 4.5` (亿元): 亏了45个亿 and 净赚 contradict it, 亏损4.5亿 does not."""
    [finding] = run_claims(registry, text="朔光电子去年亏了45个亿")["figure_distortion"]
    label = next(e for e in finding.evidence if e.kind == "context_label")
    assert "净亏损为4.5亿元" in label.description
    mismatch = next(e for e in finding.evidence if e.kind == "figure_mismatch")
    assert mismatch.registry_ref == "ent-shuoguang:FY2025:net_loss"
    assert _flagged(registry, "朔光去年净赚2个亿")
    assert not _flagged(registry, "朔光去年亏损4.5亿，还说不裁员")
    assert not _flagged(registry, "朔光去年巨亏")
