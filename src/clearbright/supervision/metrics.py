"""Timeliness of platforms, per platform and region, over dispatches sent in a date range.

Times are in hours. A dispatch counts as answered on time when the platform acted or contested
at or before its deadline; it is overdue when it is still unanswered after its deadline.
`quality` holds the scores of the supervisors' audit-sample reviews (see quality.py).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from clearbright.store.supervision_schema import Dispatch
from clearbright.supervision import quality

CENTRAL = "central"


def timeliness(
    session: Session,
    since: datetime,
    until: datetime,
    *,
    where: ColumnElement[bool] | None = None,
    now: datetime | None = None,
) -> list[dict[str, Any]]:
    """One scorecard per (platform, region) for dispatches sent in [since, until)."""
    query = select(Dispatch).where(Dispatch.dispatched_at >= since, Dispatch.dispatched_at < until)
    if where is not None:
        query = query.where(where)
    groups: dict[tuple[str, str], list[Dispatch]] = defaultdict(list)
    for row in session.scalars(query.order_by(Dispatch.id)):
        groups[(row.platform, row.region or CENTRAL)].append(row)
    at = _aware(now or datetime.now(UTC))
    return [scorecard(p, r, rows, at) for (p, r), rows in sorted(groups.items())]


def scorecard(platform: str, region: str, rows: list[Dispatch], now: datetime) -> dict[str, Any]:
    """The figures for one platform and region."""
    ack = [_hours(r.dispatched_at, r.acknowledged_at) for r in rows if r.acknowledged_at]
    acted = [_hours(r.dispatched_at, r.responded_at) for r in rows if r.status == "acted"]
    due = [r for r in rows if r.deadline_at is not None]
    on_time = [r for r in due if r.responded_at and _aware(r.responded_at) <= _aware(r.deadline_at)]
    overdue = [r for r in due if r.responded_at is None and _aware(r.deadline_at) < now]
    contested = [r for r in rows if r.status == "contested"]
    return {
        "platform": platform,
        "region": region,
        "dispatched": len(rows),
        "acknowledged": len(ack),
        "acted": len(acted),
        "contested": len(contested),
        "hours_to_acknowledge": summary(ack),
        "hours_to_action": summary(acted),
        "within_deadline_share": _share(len(on_time), len(due)),
        "overdue": len(overdue),
        "contested_share": _share(len(contested), len(rows)),
        "quality": quality.scores(rows),
    }


def summary(values: Iterable[float]) -> dict[str, float | None]:
    """Median and 90th percentile (inclusive method, so one value is its own p90)."""
    data = sorted(values)
    if not data:
        return {"median": None, "p90": None}
    p90 = data[0] if len(data) == 1 else statistics.quantiles(data, n=10, method="inclusive")[-1]
    return {"median": round(statistics.median(data), 3), "p90": round(p90, 3)}


def _share(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(part / whole, 4)


def _hours(start: datetime, end: datetime | None) -> float:
    assert end is not None
    return (_aware(end) - _aware(start)).total_seconds() / 3600


def _aware(at: datetime | None) -> datetime:
    # SQLite hands back naive datetimes (stored as UTC), PostgreSQL aware ones.
    assert at is not None
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at
