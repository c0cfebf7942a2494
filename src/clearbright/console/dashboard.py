"""The supervisor dashboard's figures per platform and region over a date range.

Case figures (notices, cases, time to action, share within deadline, overdue, appeal reversal)
cover cases opened in the range and in the viewer's scope (`case_scope`: a supervisor sees its
region); platform timeliness on dispatches comes from supervision.metrics unchanged.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearbright.cases.access import Actor, case_scope
from clearbright.store.cases_schema import Appeal, Case, Notice
from clearbright.supervision import dispatch
from clearbright.supervision.metrics import CENTRAL, summary, timeliness


@dataclass(frozen=True)
class GroupFigures:
    """What the dashboard shows for one platform and region."""

    platform: str
    region: str
    notices: int
    cases: int
    decided: int
    hours_to_action: float | None
    within_deadline_share: float | None
    overdue: int
    appeals_decided: int
    reversal_rate: float | None

    @property
    def label(self) -> str:
        return f"{self.platform} · {self.region}"


def figures(
    session: Session, who: Actor, since: datetime, until: datetime, now: datetime | None = None
) -> dict[str, Any]:
    """Per-group case figures, their totals and the platforms' dispatch scorecards."""
    at = now or datetime.now(UTC)
    cases = list(
        session.scalars(
            select(Case)
            .where(case_scope(who), Case.created_at >= since, Case.created_at < until)
            .order_by(Case.id)
        )
    )
    ids = [c.id for c in cases]
    notices = _by_case(session.scalars(select(Notice.case_id).where(Notice.case_id.in_(ids))))
    outcomes: dict[int, list[str | None]] = defaultdict(list)
    for case_id, outcome in session.execute(
        select(Appeal.case_id, Appeal.outcome).where(Appeal.case_id.in_(ids))
    ):
        outcomes[case_id].append(outcome)
    groups: dict[tuple[str, str], list[Case]] = defaultdict(list)
    for case in cases:
        groups[(case.platform, case.region or CENTRAL)].append(case)
    rows = [
        _group(platform, region, members, notices, outcomes, at)
        for (platform, region), members in sorted(groups.items())
    ]
    return {
        "groups": rows,
        "total": _group("all", "all", cases, notices, outcomes, at),
        "timeliness": timeliness(session, since, until, where=dispatch.scope(who), now=at),
    }


def _group(
    platform: str,
    region: str,
    cases: list[Case],
    notices: dict[int, int],
    outcomes: dict[int, list[str | None]],
    now: datetime,
) -> GroupFigures:
    acted = [c for c in cases if c.acted_at is not None]
    with_deadline = [c for c in acted if c.due_at is not None]
    on_time = [c for c in with_deadline if _aware(c.acted_at) <= _aware(c.due_at)]
    overdue = [
        c
        for c in cases
        if c.acted_at is None
        and c.state != "closed"
        and c.due_at is not None
        and _aware(c.due_at) < now
    ]
    decided = [o for c in cases for o in outcomes.get(c.id, []) if o is not None]
    hours = [(_aware(c.acted_at) - _aware(c.created_at)).total_seconds() / 3600 for c in acted]
    return GroupFigures(
        platform=platform,
        region=region,
        notices=sum(notices.get(c.id, 0) for c in cases),
        cases=len(cases),
        decided=len(acted),
        hours_to_action=summary(hours)["median"],
        within_deadline_share=_share(len(on_time), len(with_deadline)),
        overdue=len(overdue),
        appeals_decided=len(decided),
        reversal_rate=_share(sum(1 for o in decided if o == "overturned"), len(decided)),
    )


def _by_case(case_ids: Any) -> dict[int, int]:
    counted: dict[int, int] = defaultdict(int)
    for case_id in case_ids:
        counted[case_id] += 1
    return counted


def _share(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(part / whole, 4)


def _aware(at: datetime | None) -> datetime:
    # SQLite hands back naive datetimes (stored as UTC), PostgreSQL aware ones.
    assert at is not None
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at
