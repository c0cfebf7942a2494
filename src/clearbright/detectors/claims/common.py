"""What the claim detectors share: the satire guard and the fields they read."""

from __future__ import annotations

from clearbright.detectors.base import NormalizedItem
from clearbright.detectors.claims.lexicon import SATIRE
from clearbright.detectors.claims.textutil import has_any
from clearbright.model import TextField

READ_FIELDS: tuple[TextField, ...] = ("title", "text")


def is_satire(item: NormalizedItem) -> bool:
    """Satire and parody labelled as such in the item are never findings."""
    return any(
        has_any(nt.text, SATIRE)
        for name, nt in item.fields.items()
        if name in ("text", "title", "author.name")
    )


def body(item: NormalizedItem) -> str:
    """The folded body text of an item (empty when absent)."""
    return item.text.text if "text" in item.fields else ""
