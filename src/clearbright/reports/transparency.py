"""The figures of a transparency report over a period [since, until).

Only counts, shares and durations leave the store, plus the typical cases, which are told
from structured fields (typical.py): no notice text, no statement-of-reasons text, no item
ids or handles, and nothing from the notifier except its kind (the source type), so the
report holds no personal data and never the notifier's identity.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearbright.cases.intake import category_of
from clearbright.errors import ClearbrightError
from clearbright.reports import typical
from clearbright.store.cases_schema import Appeal, Case, Decision, Notice, Notifier
from clearbright.store.supervision_schema import Dispatch
from clearbright.supervision.metrics import Unit, by_platform, summary, timeliness, trend

FORMAT = "clearbright.transparency/2"
# Up to a quarter, trends are weekly; longer periods get monthly points.
WEEKLY_UP_TO = timedelta(days=92)


class ReportError(ClearbrightError):
    """A report that cannot be built as asked (e.g. a bad period)."""


def period(since: str, until: str) -> tuple[datetime, datetime]:
    """Parse ISO dates (YYYY-MM-DD); `until` is inclusive, so the end is the next midnight."""
    start, end = _day(since, "--since"), _day(until, "--until")
    if end < start:
        raise ReportError(f"--until {until} is before --since {since}")
    begin = datetime.combine(start, time.min, UTC)
    try:
        return begin, datetime.combine(end, time.min, UTC) + timedelta(days=1)
    except OverflowError:
        raise ReportError(f"--until {until} is past the last representable day") from None


def build(
    session: Session, since: datetime, until: datetime, *, now: datetime | None = None
) -> dict[str, Any]:
    """Everything the report shows, as plain JSON-ready data.

    `now` (default: the current time) decides which unanswered dispatches count as overdue.
    """
    unit: Unit = "week" if until - since <= WEEKLY_UP_TO else "month"
    return {
        "format": FORMAT,
        "period": {"since": since.isoformat(), "until": until.isoformat()},
        "notices": _notices(session, since, until),
        "decisions": _decisions(session, since, until),
        "platform_actions": _platform_actions(session, since, until),
        "appeals": _appeals(session, since, until),
        "scorecards": by_platform(session, since, until, now=now),
        "platforms": timeliness(session, since, until, now=now),
        "trends": trend(session, since, until, unit, now=now),
        "typical_cases": typical.choose(session, since, until),
        "typical_case_rule": typical.RULE,
    }


def _notices(session: Session, since: datetime, until: datetime) -> dict[str, Any]:
    # Only the notifier's kind is selected: its name and contact never enter the report.
    rows = session.execute(
        select(Notifier.kind, Notice.category)
        .join(Notifier, Notifier.id == Notice.notifier_id)
        .where(Notice.created_at >= since, Notice.created_at < until)
    ).all()
    return {
        "total": len(rows),
        "by_source_type": _sorted(Counter(kind for kind, _ in rows)),
        "by_category": _sorted(Counter(category_of(number).slug for _, number in rows)),
    }


def _decisions(session: Session, since: datetime, until: datetime) -> dict[str, Any]:
    rows = session.execute(
        select(
            Decision.action, Decision.category, Decision.automated_decision, Decision.case_id
        ).where(Decision.created_at >= since, Decision.created_at < until)
    ).all()
    no_action = [category_of(number) for action, number, _, _ in rows if action == "no_action"]
    return {
        "total": len(rows),
        "by_action": _sorted(Counter(action for action, _, _, _ in rows)),
        "by_category": _sorted(Counter(category_of(number).slug for _, number, _, _ in rows)),
        "automated": sum(1 for _, _, automated, _ in rows if automated),
        "human": sum(1 for _, _, automated, _ in rows if not automated),
        "no_action": len(no_action),
        # A no-action decision in a speech category is criticism or opinion left standing.
        "no_action_speech": sum(1 for c in no_action if c.is_speech),
        "no_action_speech_by_category": _sorted(Counter(c.slug for c in no_action if c.is_speech)),
        "hours_to_decision": summary(_handling_hours(session, since, until)),
    }


def _platform_actions(session: Session, since: datetime, until: datetime) -> dict[str, Any]:
    """What platforms did with the dispatches they answered in the period."""
    rows = session.execute(
        select(Dispatch.status, Dispatch.action).where(
            Dispatch.responded_at.is_not(None),
            Dispatch.responded_at >= since,
            Dispatch.responded_at < until,
        )
    ).all()
    return {
        "answered": len(rows),
        "by_action": _sorted(
            Counter(action or "unknown" for status, action in rows if status == "acted")
        ),
        "contested": sum(1 for status, _ in rows if status == "contested"),
    }


def _handling_hours(session: Session, since: datetime, until: datetime) -> list[float]:
    rows = session.execute(
        select(Case.created_at, Case.acted_at).where(
            Case.acted_at.is_not(None), Case.acted_at >= since, Case.acted_at < until
        )
    ).all()
    return [
        (_aware(acted) - _aware(created)).total_seconds() / 3600
        for created, acted in rows
        if acted is not None
    ]


def _appeals(session: Session, since: datetime, until: datetime) -> dict[str, Any]:
    outcomes = list(
        session.scalars(
            select(Appeal.outcome).where(Appeal.created_at >= since, Appeal.created_at < until)
        )
    )
    counted = Counter(outcome or "pending" for outcome in outcomes)
    decided = counted["upheld"] + counted["overturned"]
    return {
        "filed": len(outcomes),
        "upheld": counted["upheld"],
        "overturned": counted["overturned"],
        "pending": counted["pending"],
        "reversal_rate": None if decided == 0 else round(counted["overturned"] / decided, 4),
    }


def _sorted(counts: Counter[str]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ReportError(f"{option} {text!r} is not a date (use YYYY-MM-DD)") from None


def _aware(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at
