"""Priority, severity, deadline and jurisdiction of a case.

Priority grows with the category's severity, validated personal data, fraud solicitation, reach
and campaign size; the deadline comes from the platform's `deadlines_hours` for that severity.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from clearbright.categories import Category
from clearbright.registry.models import Platform

# Base severity of each category: harms to safety or money first, contested speech lower.
BASE = {
    Category.EXTORTION: 0.75,
    Category.PRIVACY_LEAK: 0.65,
    Category.IMPERSONATION: 0.6,
    Category.COUNTERFEIT: 0.55,
    Category.COORDINATED_ATTACK: 0.5,
    Category.TARGETED_ABUSE: 0.45,
    Category.BLACK_PR: 0.45,
    Category.FALSE_SEARCH_TRENDING: 0.4,
    Category.DISTORTION: 0.35,
    Category.COMPETITOR_SMEAR: 0.35,
}
BANDS = ((0.9, "critical"), (0.7, "high"), (0.5, "medium"), (0.0, "low"))
PII_KINDS = frozenset({"validated_id_number"})
FRAUD_KINDS = frozenset({"extortion_offer", "solicitation", "fraud_solicitation"})
CENTRAL = "central"


@dataclass(frozen=True)
class Signals:
    """What raises a case's priority beyond its category."""

    validated_pii: bool = False
    fraud_solicitation: bool = False
    reach: int = 0
    campaign_size: int = 1

    @classmethod
    def from_evidence(cls, kinds: Iterable[str], reach: int, campaign_size: int) -> Signals:
        found = set(kinds)
        return cls(
            validated_pii=bool(found & PII_KINDS),
            fraud_solicitation=any(k in FRAUD_KINDS or "solicit" in k for k in found),
            reach=reach,
            campaign_size=campaign_size,
        )

    def merge(self, other: Signals) -> Signals:
        return Signals(
            self.validated_pii or other.validated_pii,
            self.fraud_solicitation or other.fraud_solicitation,
            max(self.reach, other.reach),
            max(self.campaign_size, other.campaign_size),
        )


def priority(category: Category, signals: Signals) -> float:
    """A score in [0, 1]: the category's base plus bounded bonuses."""
    score = BASE[category]
    score += 0.15 if signals.validated_pii else 0.0
    score += 0.15 if signals.fraud_solicitation else 0.0
    score += min(0.1, math.log10(signals.reach + 1) / 60)  # a million views adds 0.1
    score += min(0.1, (signals.campaign_size - 1) / 50)
    return round(min(score, 1.0), 4)


def severity(score: float) -> str:
    return next(name for floor, name in BANDS if score >= floor)


def due(created: datetime, platform: Platform | None, level: str) -> datetime | None:
    """The platform's deadline for this severity, or None when it sets none."""
    if platform is None:
        return None
    hours = platform.deadlines_hours.get(level)  # type: ignore[call-overload]
    return None if hours is None else created + timedelta(hours=float(hours))


def jurisdiction(
    regions: Iterable[str | None], platform: Platform | None
) -> tuple[str | None, bool]:
    """The case's region and whether it spans several (then it goes to the central queue)."""
    known = sorted({r for r in regions if r})
    if not known and platform is not None and len(platform.regions) == 1:
        known = [platform.regions[0].code]
    if len(known) > 1:
        return None, True
    return (known[0] if known else None), False


def default_queue(category: Category, region: str | None, escalated: bool) -> str:
    return f"{category.slug}/{CENTRAL if escalated or region is None else region}"


def platform_of(platforms: Mapping[str, Platform], platform_id: str) -> Platform | None:
    return platforms.get(platform_id)
