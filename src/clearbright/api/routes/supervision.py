"""Dispatches to platforms (send, inbox, acknowledge, act, contest) and timeliness metrics."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query
from sqlalchemy import func, select

from clearbright.api.deps import Ctx, Paging, RowId, Who
from clearbright.cases.access import STAFF, Role, require
from clearbright.reports.transparency import period
from clearbright.store.supervision_schema import Dispatch
from clearbright.supervision import dispatch as d
from clearbright.supervision import quality
from clearbright.supervision.metrics import timeliness

router = APIRouter(prefix="/v1", tags=["supervision"])
Status = Annotated[str | None, Query(pattern="^(sent|acknowledged|acted|contested)$")]


@router.post("/dispatches", status_code=201)
def create_dispatches(data: d.DispatchIn, ctx: Ctx, who: Who) -> dict[str, Any]:
    """A supervisor sends its region's cases (staff: the central queue) to their platforms."""
    require(who, Role.SUPERVISOR, *STAFF)
    with ctx.writing() as session:
        rows = d.dispatch(session, data, who, ctx.registry.platforms)
        return {"batch": rows[0].batch, "dispatches": [d.view(r) for r in rows]}


@router.get("/dispatches")
def list_dispatches(ctx: Ctx, who: Who, paging: Paging, status: Status = None) -> dict[str, Any]:
    """A platform's inbox, a supervisor's region, or everything for staff; oldest first."""
    require(who, Role.PLATFORM, Role.SUPERVISOR, *STAFF)
    query = select(Dispatch).where(d.scope(who))
    if status is not None:
        query = query.where(Dispatch.status == status)
    with ctx.reading() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = session.scalars(
            query.order_by(Dispatch.dispatched_at, Dispatch.id)
            .limit(paging.limit)
            .offset(paging.offset)
        )
        return paging.wrap([d.view(r) for r in rows], int(total))


@router.get("/dispatches/{dispatch_id}")
def get_dispatch(dispatch_id: RowId, ctx: Ctx, who: Who) -> dict[str, Any]:
    require(who, Role.PLATFORM, Role.SUPERVISOR, *STAFF)
    with ctx.reading() as session:
        return d.view(d.load(session, dispatch_id, who))


@router.post("/dispatches/{dispatch_id}/acknowledge")
def acknowledge(dispatch_id: RowId, ctx: Ctx, who: Who) -> dict[str, Any]:
    """The platform has seen the notice."""
    require(who, Role.PLATFORM)
    with ctx.writing() as session:
        row = d.load(session, dispatch_id, who, lock=True)
        d.acknowledge(session, row, who)
        return d.view(row)


@router.post("/dispatches/{dispatch_id}/act")
def act(dispatch_id: RowId, data: d.ActIn, ctx: Ctx, who: Who) -> dict[str, Any]:
    """The platform's action with its own statement of reasons."""
    require(who, Role.PLATFORM)
    with ctx.writing() as session:
        row = d.load(session, dispatch_id, who, lock=True)
        d.act(session, row, data, who)
        return d.view(row)


@router.post("/dispatches/{dispatch_id}/contest")
def contest(dispatch_id: RowId, data: d.ContestIn, ctx: Ctx, who: Who) -> dict[str, Any]:
    """The platform disputes the notice, with reasons."""
    require(who, Role.PLATFORM)
    with ctx.writing() as session:
        row = d.load(session, dispatch_id, who, lock=True)
        d.contest(session, row, data, who)
        return d.view(row)


@router.get("/metrics/timeliness")
def timeliness_metrics(since: date, until: date, ctx: Ctx, who: Who) -> dict[str, Any]:
    """Scorecards per platform and region for dispatches sent from `since` to `until`
    (inclusive): a supervisor sees its region, a platform itself, staff everything."""
    require(who, Role.SUPERVISOR, Role.PLATFORM, *STAFF)
    start, end = period(since.isoformat(), until.isoformat())
    with ctx.reading() as session:
        cards = timeliness(session, start, end, where=d.scope(who))
    return {"since": start.isoformat(), "until": end.isoformat(), "scorecards": cards}


@router.get("/quality/sample")
def quality_sample(
    platform: Annotated[str, Query(min_length=1, max_length=128)],
    since: date,
    until: date,
    ctx: Ctx,
    who: Who,
    size: Annotated[int, Query(ge=1, le=500)] = 20,
    seed: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0,
) -> dict[str, Any]:
    """A reproducible random sample of the platform's answered dispatches to re-review."""
    require(who, Role.SUPERVISOR, *STAFF)
    start, end = period(since.isoformat(), until.isoformat())
    with ctx.reading() as session:
        ids = quality.sample(session, platform, start, end, size, seed, where=d.scope(who))
    return {"platform": platform, "seed": seed, "size": size, "dispatches": ids}


@router.post("/dispatches/{dispatch_id}/review")
def review_dispatch(
    dispatch_id: RowId, data: quality.ReviewIn, ctx: Ctx, who: Who
) -> dict[str, Any]:
    """A supervisor's verdict on the platform's answer: agree, under- or over-enforcement."""
    require(who, Role.SUPERVISOR, *STAFF)
    with ctx.writing() as session:
        row = d.load(session, dispatch_id, who, lock=True)
        quality.review(session, row, data, who)
        return d.view(row)
