"""Pattern: a count the enterprise filed under a free-form metric name (paying_users,
store_count, total_employees, monthly_active_users) misstated in everyday words and Chinese
numerals ("付费用户只剩三十万了" against 310万人). The filed figure, an approximate correct
figure ("三百多万"), opinions of the trend, people doing something ("用户3万人联名投诉"), a
part of the whole ("加盟门店"), questions and denials stay clean."""

from __future__ import annotations

import pytest

from clearbright.detectors.claims.figures import FigureReader
from clearbright.detectors.claims.metrics import filed_metric
from clearbright.registry import Registry
from clearbright.text.normalize import normalize

from .conftest import run_claims


@pytest.mark.parametrize(
    ("name", "metric"),
    [
        ("paying_users", "paying_users"),
        ("paid_members", "paying_users"),
        ("Paying-Subscribers", "paying_users"),
        ("registered_users", "users"),
        ("store_count", "stores"),
        ("number_of_stores", "stores"),
        ("total_employees", "employees"),
        ("headcount", "employees"),
        ("MAU", "monthly_active_users"),
        ("daily_active_users", "daily_active_users"),
        ("total_revenue", "revenue"),
        ("net_income", "net_profit"),
        ("r&d_expense", "rd_expense"),
        ("deliveries", "deliveries"),
        # qualified or unknown names map to nothing: a part is not the whole
        ("franchise_stores", None),
        ("overseas_revenue", None),
        ("new_users", None),
        ("gross_profit", None),
    ],
)
def test_filed_metric_names(name: str, metric: str | None) -> None:
    assert filed_metric(name) == metric


def _levels(registry: Registry, text: str) -> list[tuple[str, float, float | None]]:
    field = normalize(text)
    found = FigureReader(registry).claims(field.text, registry.find_mentions(field))
    return [(c.metric, c.value, c.high) for c in found if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("听芽付费用户只剩三十万了", ("paying_users", 3e5, None)),
        ("听芽付费用户三百一十万", ("paying_users", 3.1e6, None)),
        ("听芽付费用户才三十多万", ("paying_users", 3e5, 4e5)),
        ("听芽付费用户三百多万，增长放缓了", ("paying_users", 3e6, 4e6)),
        ("云麓现在门店只有八百多家了", ("stores", 800.0, 900.0)),
        ("星途教育员工只剩两百人了", ("employees", 200.0, None)),
        ("听芽月活跃用户只有三千万", ("monthly_active_users", 3e7, None)),
    ],
)
def test_counts_are_read(
    claims_registry: Registry, text: str, expected: tuple[str, float, float | None]
) -> None:
    assert expected in _levels(claims_registry, text)


@pytest.mark.parametrize(
    "text",
    [
        "听芽付费用户只剩三十万了，麦书衡还在吹，谁信谁傻",
        "听芽的付费会员就二十来万，装什么大厂",
        "听芽付费人数才30万出头，融资PPT全是吹的",
        "听芽去年付费用户不到五十万",
        "听芽付费用户数：30万。",
        "听芽月活跃用户只有三千万",
        "云麓门店数只剩一千家",
        "云麓现在门店只有八百多家了",
        "星途教育员工总数不到一千人",
        "星途教育的员工只剩两百人了",
        # the figure before the count noun, and a fall from the filed figure
        "听芽才三十万付费用户，吹什么",
        "听芽只有三十多万付费会员",
        "听芽有三十万付费用户",
        "云麓只剩800家门店了",
        "星途教育只剩两百名员工",
        "听芽付费用户从310万掉到30万了",
        "听芽付费用户三十万都不到",
    ],
)
def test_misread_count_is_a_distortion(claims_registry: Registry, text: str) -> None:
    [finding] = run_claims(claims_registry, text=text)["figure_distortion"]
    assert finding.slug == "distortion"
    [mismatch] = [e for e in finding.evidence if e.kind == "figure_mismatch"]
    assert mismatch.registry_ref is not None
    assert mismatch.registry_ref.split(":")[2] in (
        "paying_users",
        "monthly_active_users",
        "store_count",
        "total_employees",
    )


def test_label_names_the_count(claims_registry: Registry) -> None:
    [finding] = run_claims(claims_registry, text="听芽去年付费用户不到五十万")["figure_distortion"]
    [label] = [e for e in finding.evidence if e.kind == "context_label"]
    assert "付费用户数为310万人" in label.description


@pytest.mark.parametrize(
    "text",
    [
        "听芽付费用户三百一十万，增长不错",  # the filed figure
        "听芽付费用户有310万，还行",
        "听芽付费用户三百多万，增长放缓了",  # approximately the filed figure
        "听芽付费用户310万左右",
        "听芽付费用户越来越少了，麦书衡还在吹",  # an opinion of the trend, no figure
        "听芽付费用户增长乏力，谁信谁傻",
        "听芽付费用户突破三百万了",  # a bound
        "听芽月活1.2亿，挺厉害",
        "听芽用户3万人联名投诉自动续费",  # people doing something
        "听芽用户反映三十万条录音丢了",
        "听芽新用户只有三十万",  # a part of the users
        "云麓加盟门店只剩800家",  # a part of the stores
        "云麓门店排队两百人",
        "星途教育员工200人集体讨薪",
        "听芽付费用户目标是五百万",  # a target
        "听芽付费用户每月新增三十万",  # a monthly flow
        "【段子】听芽付费用户只剩三个人了",  # satire
        "网传听芽付费用户只剩三十万，纯属谣言",  # relayed to be denied
        "云麓门店只剩800家？不可能吧",  # a question
        "听芽付费用户只剩三十万了吗",
        "听芽有310万付费用户",  # the filed figure before its noun
        "听芽有三百多万付费用户",
        "云麓有4200家门店",
        "只有3万用户投诉听芽",  # people doing something
        "听芽只有30万用户投诉过",
        "星途教育只有两百名员工到场",
        "云麓只剩800家加盟门店",  # a part
        "听芽付费用户从276万涨到310万",  # the filed growth
    ],
)
def test_count_guards(claims_registry: Registry, text: str) -> None:
    assert "figure_distortion" not in run_claims(claims_registry, text=text)


@pytest.mark.parametrize(
    "text",
    [
        # an emoji or a space after a figure ends its sentence in a post: the question after
        # it is about something else (between two Chinese characters the normalizer drops
        # them, so this holds after digits and symbols)
        "听芽2025年付费用户同比下滑12%📉 是不是要凉了？",
        "听芽2025年付费用户同比下滑12% 还有人敢续费吗？",
        "听芽2025年付费用户同比下滑12%😅谁还敢买会员?",
    ],
)
def test_question_after_an_emoji_or_space_leaves_the_figure_stated(
    claims_registry: Registry, text: str
) -> None:
    assert "figure_distortion" in run_claims(claims_registry, text=text)


@pytest.mark.parametrize(
    "text",
    ["听芽2025年付费用户同比下滑12%吗？😅", "听芽2025年付费用户真的同比下滑12%？ 求证"],
)
def test_the_figures_own_question_still_holds_it_back(claims_registry: Registry, text: str) -> None:
    assert "figure_distortion" not in run_claims(claims_registry, text=text)
