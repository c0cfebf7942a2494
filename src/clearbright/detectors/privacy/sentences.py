"""Privacy detectors that judge each sentence of an item's text and title on its own."""

from __future__ import annotations

import re
from abc import abstractmethod
from collections.abc import Iterable

from clearbright.detectors.base import Detector, NormalizedItem
from clearbright.model import Evidence, Finding, TextField

SENTENCE = re.compile(r"[^。!?\n]+")
CLAUSE = re.compile(r"[^,;]+")


class SentenceDetector(Detector):
    """Collects one piece of evidence per sentence that `judge` accepts; the best score wins."""

    def detect(self, item: NormalizedItem) -> Iterable[Finding]:
        evidence: list[Evidence] = []
        best = 0.0
        target: str | None = None
        for name in ("text", "title"):
            folded = item.get(name)
            if folded is None:
                continue
            for sentence in SENTENCE.finditer(folded.text):
                judged = self.judge(item, name, sentence.start(), sentence.group())
                if judged is None:
                    continue
                if judged[0] > best:
                    best, target = judged[0], judged[1].registry_ref
                evidence.append(judged[1])
        if evidence:
            yield self.finding(item.item, best, evidence, target=target)

    @abstractmethod
    def judge(
        self, item: NormalizedItem, field: TextField, offset: int, sentence: str
    ) -> tuple[float, Evidence] | None:
        """Score and evidence for one sentence starting at `offset` of the folded field."""
