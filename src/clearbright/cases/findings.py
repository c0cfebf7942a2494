"""Open or grow cases from stored findings the policy sends to people or to action."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearbright.cases import routing
from clearbright.cases.access import Actor
from clearbright.cases.intake import Lead, attach
from clearbright.model import Finding
from clearbright.registry.models import Platform
from clearbright.store.cases_schema import CaseFinding
from clearbright.store.schema import StoredFinding, StoredItem

CASE_ACTIONS = frozenset({"review", "escalate", "label", "remove"})


def open_cases(
    session: Session,
    findings: Sequence[Finding],
    actor: Actor,
    platforms: Mapping[str, Platform],
    rules: routing.RuleSet | None = None,
) -> list[int]:
    """Merge each actionable, already stored finding into its case; return the case ids."""
    case_ids: list[int] = []
    for finding in findings:
        if finding.action not in CASE_ACTIONS:
            continue
        stored_id = _stored_id(session, finding)
        if (
            stored_id is None
            or session.scalars(
                select(CaseFinding.id).where(CaseFinding.finding_id == stored_id)
            ).first()
            is not None
        ):
            continue  # not stored, or already linked to a case: linked, never re-opened
        campaign = campaign_of(finding)
        lead = Lead(
            platform=finding.platform,
            category=finding.category_enum,
            refs=[finding.item_id],
            target=finding.target,
            evidence_kinds=[e.kind for e in finding.evidence],
            keys={f"campaign:{campaign['campaign_id']}"} if campaign else set(),
            campaign_size=int(campaign.get("item_count", 0)) if campaign else 0,
        )
        case, _ = attach(session, lead, actor, platforms, rules)
        session.add(CaseFinding(case_id=case.id, finding_id=stored_id))
        session.flush()
        case_ids.append(case.id)
    return sorted(set(case_ids))


def campaign_of(finding: Finding) -> dict[str, Any] | None:
    """The campaign summary a coordinated-attack finding carries in its evidence, if any."""
    for evidence in finding.evidence:
        campaign = (evidence.details or {}).get("campaign")
        if isinstance(campaign, dict) and campaign.get("campaign_id"):
            return campaign
    return None


def _stored_id(session: Session, finding: Finding) -> int | None:
    query = (
        select(StoredFinding.id)
        .join(StoredItem, StoredItem.id == StoredFinding.item_pk)
        .where(
            StoredItem.platform == finding.platform,
            StoredItem.item_id == finding.item_id,
            StoredFinding.detector == finding.detector,
            StoredFinding.slug == finding.slug,
        )
    )
    return session.scalars(query).first()
