"""Financial figures against financials.jsonl, and headline-body contradiction."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clearbright.detectors.base import prepare
from clearbright.detectors.claims.figure_distortion import FigureDistortionDetector
from clearbright.detectors.claims.figures import FigureReader
from clearbright.detectors.claims.headline import HeadlineContradictionDetector
from clearbright.model import Item
from clearbright.registry import Registry
from clearbright.text.normalize import normalize


def _claims(registry: Registry, text: str) -> list[tuple[str, str | None, str, float]]:
    folded = normalize(text)
    reader = FigureReader(registry)
    found = reader.claims(folded.text, registry.find_mentions(folded))
    return [(c.metric, c.period, c.kind, c.value) for c in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("澄屿2024年净利润暴跌50%", ("net_profit", "2024", "change", -50.0)),
        ("澄屿2024年营收同比增长百分之十二", ("revenue", "2024", "change", 12.0)),
        ("禾淼营收直接腰斩", ("revenue", None, "change", -50.0)),
        ("禾淼营收翻倍", ("revenue", None, "change", 100.0)),
        ("禾淼净利润下降三成", ("net_profit", None, "change", -30.0)),
        ("禾淼2024年营收只剩十五亿", ("revenue", "2024", "level", 15e8)),
        ("禾淼2024年净亏损2.6亿元", ("net_profit", "2024", "level", -2.6e8)),
        ("澄屿2024年第一季度营收20亿", ("revenue", "2024Q1", "level", 20e8)),
    ],
)
def test_reading(example_registry: Registry, text: str, expected: tuple[object, ...]) -> None:
    assert expected in _claims(example_registry, text)


@pytest.mark.parametrize(
    "text",
    [
        "澄屿净利率降到了8%",  # a ratio the registry does not file
        "禾淼预计2025年营收增长30%",  # a forecast
        "澄屿卖一块表利润只有50元",  # a per-unit figure
        "营收暴跌80%",  # no enterprise
        "澄屿海外营收下降30%",  # a segment, not the group figure
        "澄屿2024年营业利润下降30%",  # another profit measure
        "澄屿六月交付突破一万台",  # a month's figure, and a bound
        "澄屿2024年营收超过50亿",  # a lower bound the filing satisfies
    ],
)
def test_not_a_filed_figure_claim(example_registry: Registry, text: str) -> None:
    assert _claims(example_registry, text) == []


def _slugs(
    detector: type[FigureDistortionDetector] | type[HeadlineContradictionDetector],
    registry: Registry,
    text: str,
    title: str | None = None,
) -> list[str]:
    item = Item(id="f", platform="weibo", kind="post", text=text, title=title)
    return [f.slug for f in detector(registry).detect(prepare(item, registry))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("澄屿2024年净利润暴跌50%，要凉了。", "distortion"),
        ("禾淼2024年营收直接腰斩，只剩15亿。", "distortion"),
        ("禾淼食品2024年净亏损2.6亿元。", "distortion"),
        ("澄屿2024年营收增长12%，达到86.4亿元，可净利润下降5%，管理层真该反思。", None),
        ("禾淼2024年净利润2.6亿，同比只增长8.4%，增长乏力，前景堪忧。", None),
        ("澄屿2023年营收暴跌40%", None),
        (
            "澄屿2024年净利润下降5%，研发36亿，我看没问题。",
            None,
        ),  # 36亿 is not the profit  # no figure filed for that period: nothing to contradict
    ],
)
def test_figure_detector(example_registry: Registry, text: str, expected: str | None) -> None:
    assert _slugs(FigureDistortionDetector, example_registry, text) == (
        [expected] if expected else []
    )


def test_figure_finding_carries_filed_figure_and_label(example_registry: Registry) -> None:
    item = Item(id="f", platform="weibo", kind="post", text="澄屿2024年净利润暴跌50%")
    [finding] = FigureDistortionDetector(example_registry).detect(prepare(item, example_registry))
    mismatch, label = finding.evidence
    assert mismatch.kind == "figure_mismatch" and mismatch.details["filed_yoy"] == -5.0
    assert mismatch.span is not None and mismatch.span.text == "净利润暴跌50%"
    assert label.kind == "context_label" and "7.2亿元" in label.description
    assert finding.target == "ent-chengyu"


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "禾淼果汁被曝用过期原料",
            "有传言称禾淼果汁用过期原料生产，经抽检，这一说法不实。",
            "distortion",
        ),
        (
            "岫屏智能宣布破产",
            "岫屏智能旗下一家子公司完成重组，岫屏智能本身并未破产。",
            "distortion",
        ),
        (
            "禾淼2024年营收暴跌30%",
            "禾淼食品年报显示，2024年营收31.5亿元，同比增长3.1%。",
            "distortion",
        ),
        (
            "禾淼召回一批次果汁",
            "禾淼食品主动召回一批次包装破损产品，并向消费者致歉，退款已安排。",
            None,
        ),
        (
            "岫屏智能破产了吗？",
            "有网友询问岫屏智能是否破产。记者查阅公开信息，岫屏经营正常。",
            None,
        ),
        ("岫屏智能破产清算", "法院裁定受理岫屏智能破产清算申请，管理人已接管公司。", None),
        ("澄屿净利润下降5%", "澄屿科技2024年净利润7.2亿元，同比下降5%，营收增长12%。", None),
    ],
)
def test_headline(example_registry: Registry, title: str, text: str, expected: str | None) -> None:
    found = _slugs(HeadlineContradictionDetector, example_registry, text, title)
    assert found == ([expected] if expected else [])


def _naive_bounds(text: str, at: int) -> tuple[int, int]:
    from clearbright.detectors.claims.textutil import MAX_SCOPE as MAX_SENTENCE
    from clearbright.detectors.claims.textutil import SENTENCE_BREAKS

    start, low = at, max(0, at - MAX_SENTENCE)
    while start > low and text[start - 1] not in SENTENCE_BREAKS:
        start -= 1
    end, high = at, min(len(text), at + MAX_SENTENCE)
    while end < high and text[end] not in SENTENCE_BREAKS:
        end += 1
    return start, end


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="营收。！?；\n1亿", max_size=2600), st.integers(0, 2600))
def test_sentence_bounds_match_a_character_walk(text: str, at: int) -> None:
    from clearbright.detectors.claims.figures import _sentence_end, _sentence_start

    at = min(at, len(text))
    assert (_sentence_start(text, at), _sentence_end(text, at)) == _naive_bounds(text, at)
