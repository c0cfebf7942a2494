"""Dispatches to platforms (send, inbox, acknowledge, act, contest), timeliness and quality
metrics, scorecards with trends, statements of reasons and the notice archive."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query
from sqlalchemy import func, select

from clearbright.api.deps import Ctx, Paging, RowId, Who
from clearbright.cases.access import STAFF, Role, case_scope, require
from clearbright.cases.errors import Invalid
from clearbright.categories import Category
from clearbright.reports import archive, sor
from clearbright.reports.transparency import period
from clearbright.store.supervision_schema import Dispatch
from clearbright.supervision import dispatch as d
from clearbright.supervision import metrics, quality
from clearbright.supervision.metrics import timeliness

router = APIRouter(prefix="/v1", tags=["supervision"])
Status = Annotated[str | None, Query(pattern="^(sent|acknowledged|acted|contested)$")]
Day = Annotated[date | None, Query(description="YYYY-MM-DD (inclusive)")]
Slug = Annotated[str | None, Query(max_length=64)]


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
        rows = quality.sample_view(session, ids)
    return {"platform": platform, "seed": seed, "size": size, "dispatches": ids, "sample": rows}


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


@router.get("/scorecards")
def scorecards(
    since: date,
    until: date,
    ctx: Ctx,
    who: Who,
    by: Annotated[str, Query(pattern="^(platform|region)$")] = "platform",
    trend: Annotated[str | None, Query(pattern="^(week|month)$")] = None,
) -> dict[str, Any]:
    """Scorecards (timeliness, audit quality, score) per platform or per platform and region,
    with an optional weekly or monthly trend; scoped like /v1/metrics/timeliness."""
    require(who, Role.SUPERVISOR, Role.PLATFORM, *STAFF)
    start, end = period(since.isoformat(), until.isoformat())
    grouped = metrics.by_platform if by == "platform" else metrics.timeliness
    with ctx.reading() as session:
        result: dict[str, Any] = {
            "since": start.isoformat(),
            "until": end.isoformat(),
            "scorecards": grouped(session, start, end, where=d.scope(who)),
        }
        if trend is not None:
            unit: metrics.Unit = "week" if trend == "week" else "month"
            result["trend"] = metrics.trend(session, start, end, unit, where=d.scope(who))
    return result


@router.get("/statements-of-reasons")
def statements_of_reasons(
    ctx: Ctx,
    who: Who,
    since: Day = None,
    until: Day = None,
    limit: Annotated[int, Query(ge=1, le=sor.MAX_BATCH)] = sor.MAX_BATCH,
    offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
) -> dict[str, Any]:
    """Statements of reasons (docs/statement-of-reasons.md), up to 100 a page, each validated
    against the shipped JSON Schema; scoped to the token's cases."""
    require(who, Role.SUPERVISOR, Role.PLATFORM, *STAFF)
    start, end = _range(since, until)
    where = case_scope(who)
    with ctx.reading() as session:
        total = sor.count(session, start, end, where=where)
        items = sor.records(session, start, end, offset=offset, limit=limit, where=where)
    return {"statements": items, "total": total, "limit": limit, "offset": offset}


@router.get("/archive")
def notice_archive(
    ctx: Ctx,
    who: Who,
    paging: Paging,
    platform: Annotated[str | None, Query(max_length=128)] = None,
    category: Slug = None,
    sender_type: Annotated[
        str | None, Query(pattern="^(enterprise|person|platform|supervisor|public)$")
    ] = None,
    outcome: Slug = None,
    since: Day = None,
    until: Day = None,
    item: Annotated[str | None, Query(max_length=700)] = None,
) -> dict[str, Any]:
    """The notice archive: notices whose case has an outcome, personal data masked (no notifier
    identity, masked item references, no free text); filters and pagination."""
    start, end = _range(since, until)
    try:
        chosen = Category.from_slug(category) if category else None
    except ValueError as exc:
        raise Invalid(str(exc)) from None
    filters = archive.Filters(platform, chosen, sender_type, outcome, start, end, item)
    with ctx.reading() as session:
        items, total = archive.search(session, filters, offset=paging.offset, limit=paging.limit)
    return paging.wrap(items, total)


def _range(since: date | None, until: date | None) -> tuple[datetime | None, datetime | None]:
    start = period(since.isoformat(), since.isoformat())[0] if since else None
    end = period(until.isoformat(), until.isoformat())[1] if until else None
    if start is not None and end is not None and end <= start:
        raise Invalid(f"until {until} is before since {since}")
    return start, end
