"""Pattern: a headline widens one site's sanction to the whole enterprise ("X所有门店被责令
关停") while its own body says one named site was suspended for a month and the other sites
run normally; and a headline's "enrolment doubled" over a body quoting a filed fall in
enrolment (在园幼儿人数同比下降7.5%). No registry record is needed. Headlines the body bears
out (one store, several named stores, every store), and accurate titles, stay clean."""

from __future__ import annotations

import pytest

from clearbright.detectors.claims.headline_scope import others_normal, universal_closure
from clearbright.detectors.claims.metrics import filed_metric
from clearbright.registry import Registry

from .conftest import run_claims

ONE_SITE = (
    "市场监管部门昨日通报，福缘康养城南店因消防设施不达标，被责令停业整顿一个月，"
    "其余门店均正常营业。"
)
ONE_WARD = (
    "据区民政局通报，福缘康养西湖路院区因消防检查不合格被责令暂停收住新老人一个月，"
    "福缘康养其他院区运营正常。"
)
ONE_STORE = "记者获悉，赤焰火锅望京店因后厨卫生问题被责令停业整改一个月，赤焰其余门店照常营业。"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("福缘康养所有门店被责令关停", ONE_SITE),
        ("福缘康养全部养老院被勒令关闭", ONE_WARD),
        ("赤焰火锅所有门店被查封", ONE_STORE),
        ("突发！赤焰火锅旗下全部门店停业", ONE_STORE),
        ("赤焰火锅门店全部被责令关停", ONE_STORE),
        (
            "赤焰火锅全线关店",
            "赤焰火锅望京店被责令停业整改一个月，赤焰其他门店不受影响，正常营业。",
        ),
        (
            "重磅！福缘康养旗下养老院全被关停",
            "福缘康养城东院区暂停营业一个月，其余院区运营一切正常。",
        ),
        (
            "福缘康养所有院区关停",
            "据通报，福缘康养城东院区因消防问题暂停营业一个月，其他院区不受影响。",
        ),
        ("赤焰火锅全面停业", "记者核实，此次仅望京店因后厨卫生问题被责令停业一个月。"),
        (
            "福缘康养所有养老院被关停",
            "民政局通报称，只有福缘康养城东院区被责令暂停收住老人一个月。",
        ),
    ],
)
def test_headline_widens_one_site(claims_registry: Registry, title: str, text: str) -> None:
    [finding] = run_claims(claims_registry, title=title, text=text)["headline_contradiction"]
    kinds = {e.kind for e in finding.evidence}
    assert {"headline_scope", "headline_body_conflict"} <= kinds


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("福缘康养城南店被责令停业一个月", ONE_SITE),  # accurate
        ("赤焰火锅望京店被责令停业", ONE_STORE),  # accurate
        ("赤焰火锅所有门店被查封？", ONE_STORE),  # a question
        (
            "赤焰火锅多家门店被查封",
            "记者获悉，赤焰火锅望京店、国贸店、三里屯店因后厨卫生问题均被查封，市场监管部门正在调查。",
        ),
        (
            "赤焰火锅所有门店被查封",
            "市场监管部门通报，赤焰火锅旗下全部门店因使用过期食材被查封，正在立案调查。",
        ),
        ("并非所有门店关停：赤焰火锅仅望京店停业", ONE_STORE),  # the title itself is accurate
        (
            "赤焰火锅全部门店停业",
            "赤焰火锅望京店被责令停业一个月。目前其余门店是否正常营业尚不清楚。",
        ),  # the body is unsure
        (
            "赤焰火锅全部门店停业一天",
            "赤焰火锅宣布全部门店停业一天进行员工培训，外卖业务照常。",
        ),  # borne out
        ("赤焰火锅所有门店停业", "记者核实，不只望京店，赤焰火锅其他门店也已停业。"),
        ("赤焰火锅所有门店停业", "记者核实，不仅望京店被责令停业，其余门店也相继关停。"),
    ],
)
def test_headline_scope_guards(claims_registry: Registry, title: str, text: str) -> None:
    assert "headline_contradiction" not in run_claims(claims_registry, title=title, text=text)


def test_others_normal_negated() -> None:
    assert others_normal("望京店停业，其余门店也无法正常营业。") is None
    assert universal_closure("并非所有门店关停") is None


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "星途教育在园幼儿人数翻倍",
            "星途教育发布2025年年报，在园幼儿人数同比下降7.5%，公司称将聚焦普惠园。",
        ),
        ("星途教育招生人数翻倍", "星途教育年报披露，2025年招生人数同比减少7.5%，但营收保持稳定。"),
        ("星途教育入托人数大涨", "根据公司公告，星途教育2025年在托幼儿数量同比下降7.5%。"),
        ("星途教育学生数量翻了一番", "星途教育发布年报：在校学生人数较上年下降7.5%。"),
    ],
)
def test_enrolment_headline_against_body(claims_registry: Registry, title: str, text: str) -> None:
    assert "headline_contradiction" in run_claims(claims_registry, title=title, text=text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("星途教育在园幼儿人数下滑", "星途教育发布2025年年报，在园幼儿人数同比下降7.5%。"),
        ("星途教育招生人数翻倍", "星途教育年报披露，2025年招生人数同比增长102%，新开12所园。"),
    ],
)
def test_enrolment_headline_guards(claims_registry: Registry, title: str, text: str) -> None:
    assert "headline_contradiction" not in run_claims(claims_registry, title=title, text=text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("知桥学堂去年在园幼儿人数翻倍，家长们都抢着报名", True),
        ("知桥学堂2025年在读学员一万多人", True),
        ("知桥学堂2025年在园幼儿5200人，同比下降7.5%", False),  # as filed
        ("知桥学堂去年招生人数有所下滑", False),  # as filed
        ("知桥学堂2025年在园幼儿5200人，较上年下降7.5%", False),  # as filed
        ("知桥学堂上年在园幼儿一万人", False),  # the prior year, not filed here
        ("知桥学堂在园幼儿较上年翻倍", True),
    ],
)
def test_enrolment_against_filing(claims_registry: Registry, text: str, flagged: bool) -> None:
    """A filed enrolment count ("enrolled_children") is a figure posts are read against."""
    assert ("figure_distortion" in run_claims(claims_registry, text=text)) is flagged


def test_enrolment_filing_names() -> None:
    assert {filed_metric(n) for n in ("enrolled_children", "Enrollment", "students")} == {
        "enrolment"
    }
