"""Which registered enterprises and people a field names: as written, in pinyin, or a lookalike.

Exact and folded names (traditional, full-width, split characters) come from the mentions
the scanner found once for all detectors. The counterfeit family's lookalike index adds
names spelled in pinyin ("lan mu", "Ji Chuan"), visually similar characters (翊 for 翎),
Latin typos and homophone spellings that keep two of the name's characters or look like it
(顾南生, 澄峪). Other homophones are left out: in running text a registered name sounds
like too many ordinary words (于说 for 昱朔), and a false target would turn any insult in
the sentence into "targeted" abuse.
"""

from __future__ import annotations

from dataclasses import dataclass

from clearbright.detectors.abuse.terms import HOMOPHONE_SHAPE_MIN
from clearbright.detectors.base import NormalizedItem
from clearbright.detectors.counterfeit.names import NameIndex
from clearbright.model import TextField
from clearbright.registry import Registry
from clearbright.text.similar_chars import shape_similarity

# Naming a target more often adds nothing; the caps bound work on pathological input.
MAX_HITS = 50
LOOKALIKE_CHARS = 2000
LOOKALIKE_METHODS = frozenset({"pinyin", "shape", "latin"})


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
        self._lookalikes = NameIndex(registry)

    def find(self, item: NormalizedItem, field: TextField) -> list[TargetHit]:
        """Registered names in one field, with original offsets, in text order."""
        normalized = item.get(field)
        if normalized is None:
            return []
        hits: list[TargetHit] = []
        for mention in item.mentions.get(field, ())[:MAX_HITS]:
            start, end = normalized.to_original(mention.start, mention.end)
            name = normalized.text[mention.start : mention.end]
            hits.extend(TargetHit(e, name, start, end, "exact") for e in sorted(mention.entity_ids))
        if len(normalized.text) <= LOOKALIKE_CHARS:
            hits.extend(self._lookalike_hits(item, field, hits))
        return sorted(hits, key=lambda h: h.start)

    def _lookalike_hits(
        self, item: NormalizedItem, field: TextField, exact: list[TargetHit]
    ) -> list[TargetHit]:
        normalized = item.fields[field]
        found: list[TargetHit] = []
        for match in self._lookalikes.find(normalized)[:MAX_HITS]:
            written = normalized.text[match.start : match.end]
            if match.method not in LOOKALIKE_METHODS and not (
                match.method == "homophone" and _believable(written, match.target.folded)
            ):
                continue
            start, end = normalized.to_original(match.start, match.end)
            if not any(h.start < end and start < h.end for h in exact):
                found.append(
                    TargetHit(match.target.entity_id, match.target.text, start, end, match.method)
                )
        return found

    def label(self, entity_id: str) -> str:
        return self.registry.entity_name(entity_id)


def _believable(written: str, name: str) -> bool:
    """A homophone spelling keeps two characters of the name, or looks like it (澄峪, 顾南生)."""
    if len(written) != len(name):
        return False
    literal = sum(a == b for a, b in zip(written, name, strict=True))
    if literal >= 2:
        return True
    return literal >= 1 and all(
        shape_similarity(a, b) >= HOMOPHONE_SHAPE_MIN
        for a, b in zip(written, name, strict=True)
        if a != b
    )
