"""The shared shape of the privacy detectors: recognize matches per field, judge each in its
context, and turn the judged ones into one finding with masked evidence."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from clearbright.categories import Category
from clearbright.detectors.base import Detector, NormalizedItem
from clearbright.detectors.privacy.matches import PiiMatch
from clearbright.model import Evidence, Finding, TextField


@dataclass(frozen=True)
class Judgement:
    """What a detector concluded about one match: how severe, and why."""

    score: float
    kind: str
    description: str
    target: str | None = None
    details: dict[str, Any] = field(default_factory=dict)


class PrivacyDetector(Detector):
    """Base of the category-3 detectors: one finding per item, one evidence per judged match."""

    categories = (Category.PRIVACY_LEAK,)
    kinds = frozenset({"post", "comment", "search_suggestion", "trending_topic"})
    FIELDS: ClassVar[tuple[TextField, ...]] = ("text", "title")

    @abstractmethod
    def recognize(self, text: str) -> list[PiiMatch]:
        """Matches in folded text, before context is considered."""

    @abstractmethod
    def judge(self, item: NormalizedItem, field: TextField, match: PiiMatch) -> Judgement | None:
        """Score a match in its context; None when the context says it is not a leak."""

    def detect(self, item: NormalizedItem) -> Iterable[Finding]:
        evidence: list[Evidence] = []
        best: Judgement | None = None
        for name in self.FIELDS:
            folded = item.get(name)
            if folded is None or not folded.text:
                continue
            for match in self.recognize(folded.text):
                judged = self.judge(item, name, match)
                if judged is None:
                    continue
                evidence.append(self._evidence(item, name, match, judged))
                if best is None or judged.score > best.score:
                    best = judged
        if best is not None:
            evidence.sort(key=lambda e: e.kind != best.kind)
            yield self.finding(item.item, best.score, evidence, target=best.target)

    @staticmethod
    def _evidence(
        item: NormalizedItem, name: TextField, match: PiiMatch, judged: Judgement
    ) -> Evidence:
        details: dict[str, Any] = {
            "entity": match.entity,
            "masked": match.masked,
            "validated": match.validated,
            "partial": match.partial,
            "signals": list(match.signals),
            **judged.details,
        }
        return Evidence(
            kind=judged.kind,
            description=judged.description,
            span=item.span(name, match.start, match.end),
            registry_ref=judged.target,
            details=details,
        )
