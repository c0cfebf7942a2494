"""Merge findings and notices into cases: same items, account or campaign → the same open case.

A case's `keys` are its items (`item:PLATFORM:REF`), the accounts that posted them
(`author:PLATFORM:ID`) and the coordinated campaign they belong to (`campaign:ID`); a new lead
that shares any key with an open case on the same platform joins it, so a campaign's posts by
many accounts and an impersonating account's posts gather in one case. A campaign that spans
several platforms is one case per platform (each platform acts on its own items only), and
those cases share the campaign key, so each lists the others.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearbright.audit import record
from clearbright.cases import routing, triage
from clearbright.cases.access import Actor
from clearbright.cases.lifecycle import OPEN
from clearbright.categories import Category
from clearbright.registry.models import Platform
from clearbright.store.cases_schema import Case, CaseKey
from clearbright.store.schema import StoredItem


@dataclass
class Lead:
    """What a finding or a notice says about items on one platform."""

    platform: str
    category: Category
    refs: Sequence[str]
    target: str | None = None
    region: str | None = None
    evidence_kinds: Sequence[str] = ()
    reach: int = 0
    # The whole campaign's item count, when the lead is one post of a coordinated campaign.
    campaign_size: int = 0
    keys: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)


def category_of(number: int) -> Category:
    return list(Category)[number - 1]


def enrich(session: Session, lead: Lead) -> Lead:
    """Add item and author keys, and item regions, from the items already stored."""
    lead.keys |= {f"item:{lead.platform}:{ref}" for ref in lead.refs}
    lead.regions |= {lead.region} if lead.region else set()
    rows = session.execute(
        select(StoredItem.item_id, StoredItem.author_id, StoredItem.region).where(
            StoredItem.platform == lead.platform, StoredItem.item_id.in_(list(lead.refs))
        )
    )
    for _item_id, author, region in rows:
        if author:
            lead.keys.add(f"author:{lead.platform}:{author}")
        if region:
            lead.regions.add(region)
    return lead


def attach(
    session: Session,
    lead: Lead,
    actor: Actor,
    platforms: Mapping[str, Platform],
    rules: routing.RuleSet | None = None,
) -> tuple[Case, bool]:
    """The open case the lead belongs to (updated) or a new one; True when created."""
    lead = enrich(session, lead)
    case = _matching_case(session, lead)
    now = datetime.now(UTC)
    created = case is None
    if case is None:
        case = Case(
            state="new",
            category=lead.category.number,
            target=lead.target,
            platform=lead.platform,
            region=None,
            regions=[],
            escalated=False,
            severity="low",
            priority=0.0,
            signals={},
            queue="",
            assignee=None,
            item_refs=[],
            keys=[],
            created_at=now,
        )
        session.add(case)
    before = None if created else _summary(case)
    case.item_refs = sorted(set(case.item_refs) | set(lead.refs))
    added = lead.keys - set(case.keys)
    case.keys = sorted(set(case.keys) | lead.keys)
    case.regions = sorted(set(case.regions) | lead.regions)
    case.target = case.target or lead.target
    _assess(case, lead, platforms, rules)
    session.flush()
    session.add_all(CaseKey(case_id=case.id, key=key) for key in sorted(added))
    record(
        session,
        actor.label,
        "case.create" if created else "case.merge",
        "case",
        case.id,
        before,
        _summary(case),
    )
    return case, created


def _matching_case(session: Session, lead: Lead) -> Case | None:
    # The key index finds the candidates; the oldest open case on the platform wins.
    query = (
        select(Case)
        .join(CaseKey, CaseKey.case_id == Case.id)
        .where(
            CaseKey.key.in_(sorted(lead.keys)), Case.platform == lead.platform, Case.state.in_(OPEN)
        )
        .order_by(Case.id)
        .limit(1)
    )
    return session.scalars(query).first()


def _assess(
    case: Case, lead: Lead, platforms: Mapping[str, Platform], rules: routing.RuleSet | None
) -> None:
    """Recompute signals, priority, deadline, region and queue after the case grew."""
    old = triage.Signals(**case.signals) if case.signals else triage.Signals()
    size = max(len(case.item_refs), lead.campaign_size)
    new = triage.Signals.from_evidence(lead.evidence_kinds, lead.reach, size)
    signals = old.merge(new)
    category = category_of(case.category)
    if triage.BASE[lead.category] > triage.BASE[category]:
        category = lead.category  # the graver claim sets the case's category
    platform = platforms.get(case.platform)
    case.category = category.number
    case.signals = {
        "validated_pii": signals.validated_pii,
        "fraud_solicitation": signals.fraud_solicitation,
        "reach": signals.reach,
        "campaign_size": signals.campaign_size,
    }
    case.priority = triage.priority(category, signals)
    case.severity = triage.severity(case.priority)
    case.due_at = triage.due(case.created_at, platform, case.severity)
    case.region, case.escalated = triage.jurisdiction(case.regions, platform)
    if case.state == "new":
        case.queue = triage.default_queue(category, case.region, case.escalated)
        routing.apply(rules, case)


def _summary(case: Case) -> dict[str, object]:
    return {
        "state": case.state,
        "category": case.category,
        "priority": case.priority,
        "severity": case.severity,
        "region": case.region,
        "queue": case.queue,
        "items": list(case.item_refs),
    }
