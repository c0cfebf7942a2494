"""Quotation checking against statements.jsonl: extraction, attribution and classification."""

from __future__ import annotations

import pytest

from clearbright.detectors.base import prepare
from clearbright.detectors.claims.quote_check import check_quote
from clearbright.detectors.claims.quote_distortion import QuoteDistortionDetector
from clearbright.model import Item
from clearbright.registry import Registry
from clearbright.registry.models import Statement
from clearbright.text.normalize import fold

TRANSCRIPT = Statement(
    id="s1",
    speaker="per-x",
    source="发布会实录（虚构）",
    date="2025-01-01",
    transcript="今年我们不会为了规模去打价格战。质量问题没有小事，我们宁可少卖。"
    "关于网上流传的“某品牌电池会爆炸”，我明确说：这是假的。研发投入增加到了20亿元，"
    "如果做不到八周交车，我们会按照合同赔付。",
)


@pytest.mark.parametrize(
    ("quote", "kind"),
    [
        ("今年我们不会为了规模去打价格战", "verbatim"),
        ("质量问题没有小事，我们宁可少卖", "verbatim"),
        ("质量问题没有小事，宁可少卖", "paraphrase"),
        ("为了规模去打价格战", "truncated_negation"),
        ("我们会按照合同赔付", "truncated_condition"),
        ("如果做不到八周交车，我们会按照合同赔付", "verbatim"),
        ("某品牌电池会爆炸", "quoted_to_deny"),
        ("质量问题是小事，我们宁可多卖", "negation_flipped"),
        ("研发投入增加到了2亿元", "figure_changed"),
        ("明年我们要收购一家航空公司", "absent"),
        ("今年我们不会为了规模去打价格战，研发投入增加到了20亿元", "spliced"),
        ("质量问题没有小事，我们会按照合同赔付", "spliced"),
    ],
)
def test_classification(quote: str, kind: str) -> None:
    verdict = check_quote(fold(quote), [TRANSCRIPT])
    assert verdict is not None
    assert verdict.kind == kind, verdict


def test_diff_marks_what_changed() -> None:
    verdict = check_quote(fold("质量问题是小事，我们宁可多卖"), [TRANSCRIPT])
    assert verdict is not None
    assert "[-没有-]" in verdict.diff and "{+多+}" in verdict.diff
    assert "少卖" in verdict.passage


def test_no_transcript_no_verdict() -> None:
    assert check_quote("随便说说", []) is None


def _detect(registry: Registry, text: str, title: str | None = None) -> list[str]:
    item = Item(id="q", platform="weibo", kind="post", text=text, title=title)
    findings = QuoteDistortionDetector(registry).detect(prepare(item, registry))
    return [e.details.get("classification", e.kind) for f in findings for e in f.evidence]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reversed and negation-dropped quotations
        ("顾南笙亲口说：“我们会裁减研发人员。”", "negation_flipped"),
        ("「今年我们会涨价」，柏知远在股东大会上表示。", "negation_flipped"),
        ("柏知远在股东大会上表示：“今年我们会涨价。”", "negation_flipped"),
        ("顾南笙原话：“评价别人的产品”", "truncated_negation"),
        # accurate quotation, quotation reported as false, unattributed quotation, satire
        ("顾南笙说“我们不会裁减研发人员”，值得肯定。", None),
        ("网传柏知远说“今年我们会涨价”，这是假的。", None),
        ("有网友说：“今年我们会涨价。”", None),
        ("柏知远回应了“今年我们会涨价”的说法。", None),  # a named claim, not his words
        ("顾南笙转述网友说“澄屿手表很烂”。", None),  # another speaker's words
        ("【讽刺】顾南笙：“我们会裁减研发人员，改招算命先生。”", None),
    ],
)
def test_quote_detector(example_registry: Registry, text: str, expected: str | None) -> None:
    found = _detect(example_registry, text)
    if expected is None:
        assert found == []
    else:
        assert expected in found
        assert "context_label" in found


def test_headline_quote_borne_out_by_body_is_not_a_finding(example_registry: Registry) -> None:
    body = "顾南笙在业绩会上谈到研发，他说研发没有捷径，要长期投入，不会裁减研发人员。"
    assert _detect(example_registry, body, title="专访顾南笙：研发没有捷径") == []
    assert "absent" in _detect(example_registry, body, title="澄屿CEO：明年全员降薪")
    # a summary headline borne out by the transcript, in other words
    assert (
        _detect(example_registry, "业绩会回顾。", title="澄屿CEO：研发投入加大，净利润下降") == []
    )
