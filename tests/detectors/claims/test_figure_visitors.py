"""Pattern: a scenic area's visitor count (filed as "visitors", 万人次) misstated as a change
("接待游客暴跌七成" against a filed +8.5 %) or a level. The filed growth, an opinion without a
figure, another year and a count that is not the visitors stay clean."""

from __future__ import annotations

import pytest

from clearbright.detectors.claims.metrics import filed_metric
from clearbright.registry import Registry

from .conftest import run_claims

FILED = "ent-xiaguang:FY2024:visitors"


@pytest.mark.parametrize(
    "text",
    [
        "峡光景区2024年接待游客暴跌七成，县里砸了几个亿修栈道全打水漂了",
        "峡光2024年游客量下降了40%，没人去了",
        "峡光景区2024年入园人数腰斩",
        "峡光景区2024年接待游客只有120万人次",
        "2024年峡光的客流量同比下滑三成",
    ],
)
def test_visitor_distortions(claims_registry: Registry, text: str) -> None:
    [finding] = run_claims(claims_registry, text=text)["figure_distortion"]
    assert FILED in {e.registry_ref for e in finding.evidence}


@pytest.mark.parametrize(
    "text",
    [
        "峡光景区2024年接待游客增长8.5%，玻璃栈道功不可没",  # the filed growth
        "峡光景区2024年接待游客412万人次",  # the filed level
        "峡光景区2024年接待游客约410万人次，比上年多了一些",
        "峡光景区越来越没意思了，游客也少了",  # an opinion without a figure
        "峡光景区2023年接待游客下降三成",  # a year with no filing
        "峡光景区国庆单日接待游客下降七成",  # a day, not the year
        "峡光景区门票涨了三成，游客怨声载道",  # the price, not the visitors
    ],
)
def test_visitor_guards(claims_registry: Registry, text: str) -> None:
    assert "figure_distortion" not in run_claims(claims_registry, text=text)


def test_filed_names() -> None:
    assert filed_metric("visitors") == "visitors"
    assert filed_metric("tourist_arrivals") == "visitors"
    assert filed_metric("visitor_count") == "visitors"
