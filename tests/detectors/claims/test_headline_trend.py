"""Pattern: a headline asserts that a figure doubled or surged (翻倍, 暴增, 业绩大涨) while the
item's own body quotes the filed decline (同比下降7.5%) and the filing agrees with the body.
Headlines the body and filing bear out, questions, a composite 业绩 borne out by one of its
figures, and words about growth that are not the figure stay clean."""

from __future__ import annotations

import pytest

from clearbright.registry import Registry

from .conftest import run_claims, slugs

BODY = (
    "砚田农机2025年年度报告显示，公司全年营收24.3亿元，同比下降7.5%；净利润1.6亿元，同比下降12%。"
)


@pytest.mark.parametrize(
    "title",
    [
        "砚田农机营收翻倍，逆势扩张",
        "逆势扩张！砚田农机业绩翻倍",
        "砚田农机收入翻了一番",
        "砚田农机营收暴增",
        "砚田业绩逆势大涨",
        "砚田农机净利润大幅增长",
        "砚田农机营业额增长了一倍",
        "砚田营收翻两番，农机寒冬里的黑马",
    ],
)
def test_headline_growth_against_filed_decline(claims_registry: Registry, title: str) -> None:
    found = run_claims(claims_registry, title=title, text=BODY)
    assert "headline_contradiction" in found
    assert "figure_distortion" in found  # the filing says so too


def test_trend_without_filing_read_against_body(claims_registry: Registry) -> None:
    """No filing needed: the body's own figure contradicts the headline's direction."""
    found = run_claims(
        claims_registry,
        title="汤舍拉面营收暴增",
        text="汤舍拉面发布年报：2025年营收12.4亿元，同比下降6%，门店数量有所收缩。",
    )
    assert "headline_contradiction" in found


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("砚田农机营收下滑7.5%", BODY),
        ("砚田农机业绩承压，营收净利双降", BODY),
        ("砚田农机营收翻倍？", BODY + "网传营收翻倍的说法不实。"),
        ("砚田农机营收下降，仍逆势扩张经销网络", BODY + "公司全年新增经销商40家。"),
        ("砚田农机业绩说明会今日召开", BODY + "管理层在业绩说明会上介绍了新品规划。"),
        ("砚田农机员工收入翻倍", BODY + "公司称一线员工收入两年翻倍。"),
        # 业绩 borne out by one of its figures in the body
        (
            "星途教育业绩翻倍？不，是利润翻倍",
            "星途教育2025年营收12.6亿元，同比下降8%；净利润同比增长105%。",
        ),
    ],
)
def test_not_headline_figure_distortion(claims_registry: Registry, title: str, text: str) -> None:
    assert "headline_contradiction" not in slugs(claims_registry, title=title, text=text)


def test_trend_agreeing_with_filing(claims_registry: Registry) -> None:
    """澜境's filed revenue grew 11.3%: "营收大涨" is an opinion of the size, not a distortion."""
    found = slugs(claims_registry, text="澜境汽车2025年营收大涨，净利润也不错。")
    assert "distortion" not in found
