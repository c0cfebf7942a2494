"""The campaign: one coordinated attack on one target, with the evidence that made it one.

A campaign is a value: the detector builds it, every member item's finding carries it in its
evidence details (`to_details()`), and a case store can key one case by `id` instead of
opening hundreds. The id depends on the target and the first member item only, so it survives
re-scans and the arrival of later copies.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class CampaignItem:
    """One member item: which item, on which platform, by which account, when."""

    item_id: str
    platform: str
    account: str
    time: float
    # Jaccard similarity of the item's shingles to its template's medoid.
    similarity: float


@dataclass(frozen=True)
class Campaign:
    """Many accounts pushing near-identical attacks on one registry entity within a window."""

    id: str
    target: str
    target_name: str
    items: tuple[CampaignItem, ...]
    templates: tuple[str, ...]
    score: float
    # Signal name → strength (pair counts; `cross_platform` is the number of platforms).
    signals: Mapping[str, float]

    @property
    def accounts(self) -> tuple[str, ...]:
        return tuple(sorted({item.account for item in self.items}))

    @property
    def platforms(self) -> tuple[str, ...]:
        return tuple(sorted({item.platform for item in self.items}))

    @property
    def start(self) -> datetime:
        return datetime.fromtimestamp(min(i.time for i in self.items), tz=UTC)

    @property
    def end(self) -> datetime:
        return datetime.fromtimestamp(max(i.time for i in self.items), tz=UTC)

    @property
    def minutes(self) -> float:
        return round((self.end - self.start).total_seconds() / 60, 1)

    def items_by_platform(self) -> dict[str, list[str]]:
        """Platform → ids of the member items posted there."""
        grouped: dict[str, list[str]] = {}
        for item in sorted(self.items, key=lambda i: (i.platform, i.time)):
            grouped.setdefault(item.platform, []).append(item.item_id)
        return grouped

    def to_details(self) -> dict[str, Any]:
        """A JSON-ready summary for evidence details (and for a store to persist as one case)."""
        return {
            "campaign_id": self.id,
            "target": self.target,
            "target_name": self.target_name,
            "accounts": list(self.accounts),
            "platforms": list(self.platforms),
            "items_by_platform": self.items_by_platform(),
            "item_count": len(self.items),
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "minutes": self.minutes,
            "templates": list(self.templates),
            "score": self.score,
            "signals": dict(self.signals),
        }


def campaign_id(target: str, items: Sequence[CampaignItem]) -> str:
    """A stable id from the target and the campaign's first item (earliest, then smallest key).

    It does not change as later copies join, so the streaming window and a re-scan of the same
    corpus name the campaign the same way, and a store can grow one case instead of opening
    a new one for every copy.
    """
    first = min(items, key=lambda i: (i.time, i.platform, i.item_id))
    seed = f"{target}\n{first.platform}:{first.item_id}"
    return f"campaign-{hashlib.sha256(seed.encode('utf-8')).hexdigest()[:16]}"
