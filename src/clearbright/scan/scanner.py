"""The scan pipeline: normalize each item once, run every registered detector, apply the policy.

The CLI, the HTTP service and the Spark job all call this; none re-implements detection.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from clearbright.detectors.base import CorpusDetector, Detector, NormalizedItem, prepare
from clearbright.detectors.catalog import DetectorClass, detector_classes
from clearbright.model import Finding, Item
from clearbright.policy import Policy
from clearbright.registry import Registry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DetectorFailure:
    """A detector raised on an item: reported, never allowed to stop the scan."""

    detector: str
    item_id: str | None
    error: str


@dataclass
class ScanReport:
    items: list[Item] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    failures: list[DetectorFailure] = field(default_factory=list)


class Scanner:
    """Runs the detectors of the catalog over items against one registry and one policy."""

    def __init__(
        self,
        registry: Registry,
        policy: Policy | None = None,
        classes: Sequence[DetectorClass] | None = None,
    ) -> None:
        self.registry = registry
        self.policy = policy or Policy.load()
        chosen = detector_classes() if classes is None else tuple(classes)
        self.item_detectors = [c(registry) for c in chosen if issubclass(c, Detector)]
        self.corpus_detectors = [c(registry) for c in chosen if issubclass(c, CorpusDetector)]

    @property
    def detector_names(self) -> list[str]:
        return [d.name for d in (*self.item_detectors, *self.corpus_detectors)]

    def scan_item(self, item: Item) -> list[Finding]:
        """Per-item detectors only, policy applied (for single submissions and Spark batches)."""
        report = ScanReport()
        raw = self._detect_item(prepare(item, self.registry), report)
        return list(self.policy.apply(raw))

    def scan(self, items: Iterable[Item], on_item: Callable[[], None] | None = None) -> ScanReport:
        """Scan a corpus: per-item detectors as items stream in, corpus detectors at the end."""
        report = ScanReport()
        prepared: list[NormalizedItem] = []
        raw: list[Finding] = []
        for item in items:
            normalized = prepare(item, self.registry)
            report.items.append(item)
            prepared.append(normalized)
            raw.extend(self._detect_item(normalized, report))
            if on_item:
                on_item()
        for detector in self.corpus_detectors:
            try:
                raw.extend(detector.detect_corpus(prepared))
            except Exception as exc:  # a detector bug must not lose the whole scan
                report.failures.append(_failure(detector.name, None, exc))
        order = {(i.platform, i.id): n for n, i in enumerate(report.items)}
        raw.sort(key=lambda f: order.get((f.platform, f.item_id), len(order)))
        report.findings = list(self.policy.apply(raw))
        return report

    def _detect_item(self, item: NormalizedItem, report: ScanReport) -> list[Finding]:
        found: list[Finding] = []
        for detector in self.item_detectors:
            if item.item.kind not in detector.kinds:
                continue
            try:
                found.extend(detector.detect(item))
            except Exception as exc:  # a detector bug must not lose the whole scan
                report.failures.append(_failure(detector.name, item.item.id, exc))
        return found


def _failure(detector: str, item_id: str | None, exc: Exception) -> DetectorFailure:
    log.exception("detector %s failed on item %s", detector, item_id)
    return DetectorFailure(detector, item_id, f"{type(exc).__name__}: {exc}")
