"""Pattern: colloquial profit and loss wordings (净赚5个亿, 巨亏) against the filed result."""

from __future__ import annotations

import pytest

from clearbright.detectors.claims.figures import FigureReader
from clearbright.registry import Registry
from clearbright.text.normalize import normalize

from .conftest import run_claims


def _claims(registry: Registry, text: str) -> list[tuple[str, str, float]]:
    field = normalize(text)
    reader = FigureReader(registry)
    found = reader.claims(field.text, registry.find_mentions(field))
    return [(c.metric, c.kind, c.value) for c in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("星途教育去年净赚5个亿", ("net_profit", "level", 5e8)),
        ("星途教育2025年赚了三个亿", ("net_profit", "level", 3e8)),
        ("星途教育全年巨亏2个亿", ("net_profit", "level", -2e8)),
        ("澜境全年巨亏！", ("net_profit", "sign", -1.0)),
        ("澜境汽车又亏损了", ("net_profit", "sign", -1.0)),
        ("星途教育去年大赚，老师却被欠薪", ("net_profit", "sign", 1.0)),
    ],
)
def test_colloquial_figures_are_read(
    claims_registry: Registry, text: str, expected: tuple[str, str, float]
) -> None:
    assert expected in _claims(claims_registry, text)


@pytest.mark.parametrize(
    "text",
    [
        "星途教育去年净赚5个亿，老板赚翻了",
        "星途教育2025年赚了3个亿，还说学费不够？",
        "听说星途去年盈利4个亿，都是家长的血汗钱",
        "澜境汽车2025年巨亏，卖一辆亏一辆",
        "澜境全年亏了十个亿",
        "星途教育一年赚8个亿，学费还涨",
        "星途教育去年挣了5个亿",
        "星途教育去年赚翻了，退费却拖着",
    ],
)
def test_wrong_sign_is_a_distortion(claims_registry: Registry, text: str) -> None:
    [finding] = run_claims(claims_registry, text=text)["figure_distortion"]
    assert finding.slug == "distortion"
    assert finding.target in ("ent-xingtu", "ent-lanjing")


@pytest.mark.parametrize(
    "text",
    [
        "星途教育去年亏了1.8亿，日子不好过",  # the filed loss
        "星途教育2025年亏损，退费要趁早",  # a loss, as filed
        "澜境全年净赚3.4个亿，比去年好",  # the filed profit
        "澜境汽车关闭了几家亏损门店",  # some stores lose money: not the year's result
        "星途教育去年亏了吗？有没有人知道",  # a question
        "澜境汽车2025年没亏损，还涨了",  # negated loss, as filed
        "澜境汽车的盈利能力一般",  # a topic, not a result
        "星途教育预计明年扭亏为盈",  # a forecast
        "如果澜境今年巨亏，股价会跌",  # a condition
        "星途教育的老师一年赚不到5万",  # a person's pay, not the enterprise's result
        "星途的员工年入10万，还算可以",
        "星途教育老板一年赚5个亿",  # the owner's wealth
        "网传澜境全年巨亏，纯属谣言",  # named to be denied
    ],
)
def test_figure_guards(claims_registry: Registry, text: str) -> None:
    assert "figure_distortion" not in run_claims(claims_registry, text=text)


@pytest.mark.parametrize(
    ("posted", "flagged"),
    [
        ("2026-04-01T10:00:00+08:00", True),  # 去年 = FY2025, a filed loss
        ("2025-04-01T10:00:00+08:00", False),  # 去年 = FY2024, a filed profit of 5.1亿
        (None, False),  # undated: the FY2024 profit may be the year meant
        ("2028-04-01T10:00:00+08:00", False),  # 2027 is not filed: any filed year may be meant
    ],
)
def test_last_year_is_read_from_the_posting_date(
    claims_registry: Registry, posted: str | None, flagged: bool
) -> None:
    found = run_claims(claims_registry, text="星途教育去年净赚5个亿", created_at=posted)
    assert ("figure_distortion" in found) == flagged
    if flagged:
        [finding] = found["figure_distortion"]
        stated = [e.details for e in finding.evidence if "stated_period" in e.details]
        assert stated[0]["stated_period"] == "2025" and stated[0]["period"] == "FY2025"
