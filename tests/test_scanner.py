"""The scan pipeline with detectors defined here: order, policy, failures, corpus detectors."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from clearbright.categories import Category
from clearbright.detectors.base import CorpusDetector, Detector, NormalizedItem
from clearbright.model import Evidence, Finding, Item
from clearbright.registry import Registry
from clearbright.scan import Scanner


class MentionDetector(Detector):
    """Flags any item naming a registered enterprise (a test double for the protocol)."""

    name = "mention_test"
    categories = (Category.BLACK_PR,)
    kinds = frozenset({"post"})

    def detect(self, item: NormalizedItem) -> Iterable[Finding]:
        for mention in item.mentions.get("text", ()):
            span = item.span("text", mention.start, mention.end)
            yield self.finding(
                item.item, 0.9, [Evidence(kind="mention", description="named", span=span)]
            )


class BrokenDetector(Detector):
    """Always raises."""

    name = "broken_test"
    categories = (Category.BLACK_PR,)

    def detect(self, item: NormalizedItem) -> Iterable[Finding]:
        raise RuntimeError("boom")


class PairDetector(CorpusDetector):
    """Flags the first of every two items by the same author."""

    name = "pair_test"
    categories = (Category.EXTORTION,)

    def detect_corpus(self, items: Sequence[NormalizedItem]) -> Iterable[Finding]:
        seen: dict[str, Item] = {}
        for item in items:
            author = item.item.author.id if item.item.author else ""
            if author in seen:
                yield self.finding(seen[author], 0.6, [Evidence(kind="pair", description="pair")])
            seen[author] = item.item


def items() -> list[Item]:
    raw = [
        ("a", "post", "澄 屿的表"),
        ("b", "comment", "澄屿"),
        ("c", "post", "无关"),
        ("d", "post", "禾淼"),
    ]
    return [
        Item.model_validate(
            {"id": i, "platform": "weibo", "kind": k, "text": t, "author": {"id": "same"}}
        )
        for i, k, t in raw
    ]


def test_findings_in_input_order_with_policy_applied(example_registry: Registry) -> None:
    scanner = Scanner(example_registry, classes=[MentionDetector, PairDetector])
    report = scanner.scan(items())
    assert [(f.item_id, f.detector) for f in report.findings] == [
        ("a", "mention_test"),
        ("a", "pair_test"),
        ("b", "pair_test"),
        ("c", "pair_test"),
        ("d", "mention_test"),
    ]
    first = report.findings[0]
    assert first.action == "review" and "black_pr (category 7)" in first.reasons
    assert first.evidence[0].span is not None and first.evidence[0].span.text == "澄 屿"


def test_a_failing_detector_is_reported_not_fatal(example_registry: Registry) -> None:
    scanner = Scanner(example_registry, classes=[BrokenDetector, MentionDetector])
    report = scanner.scan(items())
    assert len(report.findings) == 2
    assert {f.item_id for f in report.failures} == {"a", "b", "c", "d"}
    assert report.failures[0].error == "RuntimeError: boom"


def test_scan_item_runs_per_item_detectors(example_registry: Registry) -> None:
    scanner = Scanner(example_registry, classes=[MentionDetector, PairDetector])
    assert [f.detector for f in scanner.scan_item(items()[0])] == ["mention_test"]
    assert scanner.detector_names == ["mention_test", "pair_test"]
