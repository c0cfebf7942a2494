"""The detector protocol: a normalized item (or a corpus of them) and the registry in, findings out.

A new harm is one new module with a `Detector` (per item) or `CorpusDetector` (over many
items, e.g. coordination or extortion sequences) subclass, listed in `catalog.py`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from clearbright.categories import Category
from clearbright.model import KINDS, Evidence, Finding, Item, Span, TextField
from clearbright.registry import Mention, Registry
from clearbright.text.normalize import NormalizedText, normalize


@dataclass(frozen=True)
class NormalizedItem:
    """An item with its text fields normalized once, and the registered names found in them."""

    item: Item
    fields: dict[TextField, NormalizedText]
    mentions: dict[TextField, tuple[Mention, ...]] = field(default_factory=dict)

    @property
    def text(self) -> NormalizedText:
        return self.fields["text"]

    def get(self, name: TextField) -> NormalizedText | None:
        return self.fields.get(name)

    def span(self, name: TextField, start: int, end: int) -> Span:
        """Evidence span in the original field for a range of its normalized text."""
        normalized = self.fields[name]
        o_start, o_end = normalized.to_original(start, end)
        return Span(field=name, start=o_start, end=o_end, text=normalized.original[o_start:o_end])

    def mentioned_entities(self) -> frozenset[str]:
        """Registry ids named anywhere in the item's text fields."""
        return frozenset(eid for ms in self.mentions.values() for m in ms for eid in m.entity_ids)


NORMALIZED_FIELDS: tuple[TextField, ...] = ("text", "title", "url", "author.name")
MENTION_FIELDS: tuple[TextField, ...] = ("text", "title", "author.name")


def prepare(item: Item, registry: Registry) -> NormalizedItem:
    """Normalize an item's fields and find registered names, once for all detectors."""
    fields: dict[TextField, NormalizedText] = {}
    for name in NORMALIZED_FIELDS:
        raw = item.field_text(name)
        if raw is not None:
            fields[name] = normalize(raw)
    mentions = {
        name: tuple(registry.find_mentions(fields[name]))
        for name in MENTION_FIELDS
        if name in fields
    }
    return NormalizedItem(item=item, fields=fields, mentions=mentions)


@dataclass(frozen=True)
class Example:
    """An item (partial: id, platform and kind are filled in) and the slug it must yield.

    `expect=None` means the detector must stay silent. Contract tests run every example
    against the project's example registry (`examples/registry`).
    """

    item: dict[str, Any]
    expect: str | None

    def build(self, index: int = 0) -> Item:
        data = {"id": f"example-{index}", "platform": "weibo", "kind": "post", **self.item}
        return Item.model_validate(data)


class _DetectorBase:
    """What every detector declares: a unique name, its categories and its examples."""

    name: ClassVar[str]
    categories: ClassVar[tuple[Category, ...]]
    kinds: ClassVar[frozenset[str]] = frozenset(KINDS)
    EXAMPLES: ClassVar[tuple[Example, ...]] = ()

    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    def finding(
        self,
        item: Item,
        score: float,
        evidence: Sequence[Evidence],
        target: str | None = None,
        category: Category | None = None,
    ) -> Finding:
        """A finding from this detector; the category defaults to the first declared one."""
        chosen = category or self.categories[0]
        if chosen not in self.categories:
            raise ValueError(f"{self.name} does not declare category {chosen.slug}")
        return Finding.of(item, chosen, self.name, score, tuple(evidence), target)


class Detector(_DetectorBase, ABC):
    """Looks at one item at a time."""

    @abstractmethod
    def detect(self, item: NormalizedItem) -> Iterable[Finding]:
        """Findings for one item (none when there is no evidence)."""


class CorpusDetector(_DetectorBase, ABC):
    """Looks at many items together (campaigns, dossier-then-offer sequences)."""

    @abstractmethod
    def detect_corpus(self, items: Sequence[NormalizedItem]) -> Iterable[Finding]:
        """Findings over a corpus; items are in input order."""


AnyDetector = Detector | CorpusDetector
