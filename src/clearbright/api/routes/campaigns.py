"""Coordinated campaigns as persisted by the scans, with the cases each one opened."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from sqlalchemy import func, select

from clearbright.api.deps import Ctx, Paging, Who
from clearbright.cases.access import STAFF, require
from clearbright.cases.errors import NotFound
from clearbright.store.cases_schema import Case, CaseKey
from clearbright.store.schema import StoredCampaign

router = APIRouter(tags=["campaigns"])


@router.get("/v1/campaigns")
def list_campaigns(
    ctx: Ctx,
    who: Who,
    paging: Paging,
    target: Annotated[str | None, Query(max_length=128)] = None,
) -> dict[str, Any]:
    """Campaigns, largest first; staff only (a campaign spans accounts on several platforms)."""
    require(who, *STAFF)
    query = select(StoredCampaign)
    if target is not None:
        query = query.where(StoredCampaign.target == target)
    with ctx.reading() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = session.scalars(
            query.order_by(StoredCampaign.item_count.desc(), StoredCampaign.id)
            .limit(paging.limit)
            .offset(paging.offset)
        )
        return paging.wrap([_summary(row) for row in rows], total)


@router.get("/v1/campaigns/{campaign_id}")
def get_campaign(
    ctx: Ctx, who: Who, campaign_id: Annotated[str, Path(max_length=64)]
) -> dict[str, Any]:
    """One campaign: its members, templates and signals, and its case on each platform."""
    require(who, *STAFF)
    with ctx.reading() as session:
        row = session.get(StoredCampaign, campaign_id)
        if row is None:
            raise NotFound(f"no campaign {campaign_id}")
        cases = session.execute(
            select(Case.id, Case.platform, Case.state)
            .join(CaseKey, CaseKey.case_id == Case.id)
            .where(CaseKey.key == f"campaign:{campaign_id}")
            .order_by(Case.id)
        )
        return {
            **_summary(row),
            "details": row.details,
            "cases": [{"id": i, "platform": p, "state": s} for i, p, s in cases],
        }


def _summary(row: StoredCampaign) -> dict[str, Any]:
    return {
        "id": row.id,
        "target": row.target,
        "target_name": row.target_name,
        "score": row.score,
        "items": row.item_count,
        "accounts": row.account_count,
        "platforms": row.platforms,
        "start": row.start.isoformat() if row.start else None,
        "end": row.end.isoformat() if row.end else None,
        "first_run": row.first_run_id,
        "last_run": row.last_run_id,
    }
