"""Which registered enterprises and people a field names, as written or spelled in pinyin.

Exact and folded names (traditional, full-width, split characters) come from the mentions
the scanner found once for all detectors; this adds names spelled in pinyin ("lan mu",
"hanyuechuan"), which registry lookup cannot see. Homophone spellings of names are not
accepted: a registered name sounds like too many ordinary words.
"""

from __future__ import annotations

from dataclasses import dataclass

from clearbright.detectors.abuse.terms import TermMatcher
from clearbright.detectors.base import NormalizedItem
from clearbright.model import TextField
from clearbright.registry import Registry
from clearbright.text.normalize import is_han

# Naming a target more often adds nothing; the cap bounds work on pathological input.
MAX_HITS = 50


@dataclass(frozen=True)
class TargetHit:
    """A registered entity named at [start, end) of the *original* field text."""

    entity_id: str
    name: str
    start: int
    end: int
    how: str


class TargetResolver:
    """Finds registered targets in an item's fields."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        names = {
            e.folded: e.entity_id
            for e in registry.names
            if len(e.folded) >= 2 and all(is_han(c) for c in e.folded)
        }
        self._ids = names
        self._spelled = TermMatcher(dict.fromkeys(names, "name"), homophones=False, initials=False)

    def find(self, item: NormalizedItem, field: TextField) -> list[TargetHit]:
        """Registered names in one field, with original offsets, in text order."""
        normalized = item.get(field)
        if normalized is None:
            return []
        hits: list[TargetHit] = []
        for mention in item.mentions.get(field, ())[:MAX_HITS]:
            start, end = normalized.to_original(mention.start, mention.end)
            for entity_id in sorted(mention.entity_ids):
                hits.append(
                    TargetHit(
                        entity_id, normalized.text[mention.start : mention.end], start, end, "exact"
                    )
                )
        for match in self._spelled.find(normalized.text)[:MAX_HITS]:
            if match.how != "pinyin":
                continue
            start, end = normalized.to_original(match.start, match.end)
            if not any(h.start < end and start < h.end for h in hits):
                hits.append(TargetHit(self._ids[match.term], match.term, start, end, "pinyin"))
        return sorted(hits, key=lambda h: h.start)

    def label(self, entity_id: str) -> str:
        return self.registry.entity_name(entity_id)
