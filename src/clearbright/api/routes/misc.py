"""Health, stored findings, routing rules in shadow mode and audit checks."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query
from sqlalchemy import func, select, text

from clearbright.api.deps import Ctx, Paging, Who
from clearbright.audit import verify
from clearbright.cases import masking, routing
from clearbright.cases.access import STAFF, Role, require
from clearbright.store.cases_schema import Case
from clearbright.store.schema import StoredFinding, StoredItem

router = APIRouter(tags=["service"])


@router.get("/health")
def health(ctx: Ctx) -> dict[str, str]:
    """Liveness and database reachability (no token needed)."""
    with ctx.reading() as session:
        session.execute(text("SELECT 1"))
    return {"status": "ok"}


@router.get("/v1/findings")
def list_findings(
    ctx: Ctx,
    who: Who,
    paging: Paging,
    slug: Annotated[str | None, Query(max_length=32)] = None,
    platform: Annotated[str | None, Query(max_length=128)] = None,
) -> dict[str, Any]:
    """Stored findings in the token's scope; evidence masked for roles that are not staff."""
    require(who, *STAFF, Role.PLATFORM, Role.SUPERVISOR)
    query = select(StoredFinding, StoredItem).join(
        StoredItem, StoredItem.id == StoredFinding.item_pk
    )
    if who.role is Role.PLATFORM:
        query = query.where(StoredItem.platform == who.platform)
    if who.role is Role.SUPERVISOR:
        query = query.where(StoredItem.region == who.region)
    if slug is not None:
        query = query.where(StoredFinding.slug == slug)
    if platform is not None:
        query = query.where(StoredItem.platform == platform)
    with ctx.reading() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = session.execute(
            query.order_by(StoredFinding.id).limit(paging.limit).offset(paging.offset)
        )
        items = [
            {
                "id": f.id,
                "item_id": i.item_id,
                "platform": i.platform,
                "category": f.category,
                "slug": f.slug,
                "detector": f.detector,
                "score": f.score,
                "action": f.action,
                "automated": f.automated,
                "target": f.target,
                "reasons": f.reasons,
                "evidence": masking.evidence_for(who, f.evidence),
            }
            for f, i in rows
        ]
    return paging.wrap(items, int(total))


@router.post("/v1/routing/shadow")
def shadow_rules(ctx: Ctx, who: Who, rules: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
    """Validate routing rules and show what they would change on open cases (no writes)."""
    require(who, Role.SENIOR_REVIEWER, Role.ADMIN)
    parsed = routing.RuleSet.parse(rules)
    with ctx.reading() as session:
        cases = session.scalars(select(Case).where(Case.state != "closed").order_by(Case.id))
        return {"rules": len(parsed.rules), "changes": routing.shadow(parsed, cases)}


@router.get("/v1/audit/verify")
def audit_verify(ctx: Ctx, who: Who) -> dict[str, Any]:
    """Check the audit chain end to end."""
    require(who, Role.ADMIN, Role.SUPERVISOR)
    with ctx.reading() as session:
        report = verify(session)
    return {"ok": report.ok, "entries": report.entries, "problems": report.problems}
