"""Timeliness of platforms, per platform and region, over dispatches sent in a date range.

Times are in hours. A dispatch counts as answered on time when the platform acted or contested
at or before its deadline; it is overdue when it is still unanswered after its deadline.
`quality` holds the scores of the supervisors' audit-sample reviews (see quality.py).

Each scorecard also carries one `score` out of 100: the mean of the share answered within the
deadline and the audit-sample agreement rate (whichever of the two exist). Disagreement counts
the same whichever way it goes, so removing protected criticism costs a platform as much as
leaving a leak up. `trend` cuts the same figures per ISO week or calendar month.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from clearbright.cases.errors import Invalid
from clearbright.store.supervision_schema import Dispatch
from clearbright.supervision import quality

CENTRAL = "central"
ALL_REGIONS = "all"
Unit = Literal["week", "month"]
MAX_TREND_SPAN = timedelta(days=366 * 5)
#: The figures a trend follows per period (each a list with one value per period).
TREND_FIGURES = (
    "dispatched",
    "hours_to_acknowledge_median",
    "hours_to_action_median",
    "hours_to_action_p90",
    "within_deadline_share",
    "overdue",
    "contested_share",
    "agreement_rate",
    "score",
)


def timeliness(
    session: Session,
    since: datetime,
    until: datetime,
    *,
    where: ColumnElement[bool] | None = None,
    now: datetime | None = None,
) -> list[dict[str, Any]]:
    """One scorecard per (platform, region) for dispatches sent in [since, until)."""
    groups: dict[tuple[str, str], list[Dispatch]] = defaultdict(list)
    for row in _rows(session, since, until, where):
        groups[(row.platform, row.region or CENTRAL)].append(row)
    at = _aware(now or datetime.now(UTC))
    return [scorecard(p, r, rows, at) for (p, r), rows in sorted(groups.items())]


def by_platform(
    session: Session,
    since: datetime,
    until: datetime,
    *,
    where: ColumnElement[bool] | None = None,
    now: datetime | None = None,
) -> list[dict[str, Any]]:
    """One scorecard per platform over all regions (region `all`), for dispatches in range."""
    groups: dict[str, list[Dispatch]] = defaultdict(list)
    for row in _rows(session, since, until, where):
        groups[row.platform].append(row)
    at = _aware(now or datetime.now(UTC))
    return [scorecard(p, ALL_REGIONS, rows, at) for p, rows in sorted(groups.items())]


def trend(
    session: Session,
    since: datetime,
    until: datetime,
    unit: Unit = "month",
    *,
    where: ColumnElement[bool] | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Each platform's figures per period (ISO week or calendar month) over [since, until).

    Every platform gets one value per period, None where it had no dispatch (or nothing to
    measure) in that period, so series line up with `periods`.
    """
    labels = periods(since, until, unit)
    index = {label: i for i, label in enumerate(labels)}
    groups: dict[str, list[list[Dispatch]]] = defaultdict(lambda: [[] for _ in labels])
    for row in _rows(session, since, until, where):
        groups[row.platform][index[period_of(_aware(row.dispatched_at), unit)]].append(row)
    at = _aware(now or datetime.now(UTC))
    series = {}
    for platform, buckets in sorted(groups.items()):
        cards = [scorecard(platform, ALL_REGIONS, rows, at) if rows else None for rows in buckets]
        series[platform] = {name: [_figure(c, name) for c in cards] for name in TREND_FIGURES}
    return {"unit": unit, "periods": labels, "platforms": series}


def period_of(at: datetime, unit: Unit) -> str:
    """The label of the period holding `at` (UTC): `2026-W09` or `2026-03`."""
    day = _aware(at).astimezone(UTC).date()
    if unit == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{day.year}-{day.month:02d}"


def periods(since: datetime, until: datetime, unit: Unit) -> list[str]:
    """The labels of every period that overlaps [since, until), in order."""
    if until - since > MAX_TREND_SPAN:
        raise Invalid(f"a trend spans at most {MAX_TREND_SPAN.days} days; narrow the range")
    labels: list[str] = []
    day: date = _aware(since).astimezone(UTC).date()
    last = (_aware(until) - timedelta(microseconds=1)).astimezone(UTC).date()
    while day <= last:
        label = period_of(datetime.combine(day, time.min, UTC), unit)
        if not labels or labels[-1] != label:
            labels.append(label)
        day += timedelta(days=1)  # a day at a time: a few hundred steps for a year
    return labels


def score(card: dict[str, Any]) -> float | None:
    """Out of 100: mean of the within-deadline share and the audit agreement rate."""
    parts = [card["within_deadline_share"], card["quality"]["agreement_rate"]]
    known = [p for p in parts if p is not None]
    return None if not known else round(100 * sum(known) / len(known), 1)


def _figure(card: dict[str, Any] | None, name: str) -> float | None:
    if card is None:
        return None
    if name.startswith("hours_to_"):
        measure, _, stat = name.rpartition("_")
        value: float | None = card[measure][stat]
        return value
    if name == "agreement_rate":
        rate: float | None = card["quality"]["agreement_rate"]
        return rate
    figure: float | None = card[name]
    return figure


def _rows(
    session: Session, since: datetime, until: datetime, where: ColumnElement[bool] | None
) -> list[Dispatch]:
    query = select(Dispatch).where(Dispatch.dispatched_at >= since, Dispatch.dispatched_at < until)
    if where is not None:
        query = query.where(where)
    return list(session.scalars(query.order_by(Dispatch.id)))


def scorecard(platform: str, region: str, rows: list[Dispatch], now: datetime) -> dict[str, Any]:
    """The figures for one platform and region."""
    ack = [_hours(r.dispatched_at, r.acknowledged_at) for r in rows if r.acknowledged_at]
    acted = [_hours(r.dispatched_at, r.responded_at) for r in rows if r.status == "acted"]
    due = [r for r in rows if r.deadline_at is not None]
    on_time = [r for r in due if r.responded_at and _aware(r.responded_at) <= _aware(r.deadline_at)]
    overdue = [r for r in due if r.responded_at is None and _aware(r.deadline_at) < now]
    contested = [r for r in rows if r.status == "contested"]
    card = {
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
    card["score"] = score(card)
    return card


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
