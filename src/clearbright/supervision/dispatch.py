"""Send cases to a platform with a deadline; the platform acknowledges, acts or contests.

A supervisor dispatches only its own region's cases; a case spanning several regions (or none)
is in the central queue, which staff (the central supervisor's desk) dispatch. Every step is
timestamped on the dispatch row and appended to the audit chain.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import ColumnElement, false, select, true
from sqlalchemy.orm import Session

from clearbright.audit import record
from clearbright.cases import triage
from clearbright.cases.access import STAFF, Actor, Role, require
from clearbright.cases.errors import Forbidden, InvalidTransition, NotFound
from clearbright.cases.lifecycle import transition
from clearbright.registry.models import Platform
from clearbright.store.cases_schema import Case
from clearbright.store.supervision_schema import Dispatch

CENTRAL = triage.CENTRAL
# Cases past these states have nothing left for a platform to do.
DISPATCHABLE = frozenset({"triaged", "assigned", "awaiting_platform", "decided", "redecided"})
PlatformAction = Literal[
    "remove", "label", "restrict_visibility", "demote", "suspend_account", "no_action"
]


class DispatchIn(BaseModel):
    """A batch of cases to send to their platform; the deadline defaults to the platform's."""

    model_config = ConfigDict(extra="forbid")

    cases: list[Annotated[int, Field(ge=1, le=2_147_483_647)]] = Field(min_length=1, max_length=100)
    deadline_hours: float | None = Field(default=None, gt=0, le=24 * 90)


class ActIn(BaseModel):
    """The platform's own statement of reasons for what it did."""

    model_config = ConfigDict(extra="forbid")

    action: PlatformAction
    ground: str = Field(min_length=1, max_length=2000)
    facts: str = Field(min_length=1, max_length=10000)


class ContestIn(BaseModel):
    """Why the platform disputes the notice instead of acting."""

    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=1, max_length=10000)


def dispatch(
    session: Session,
    data: DispatchIn,
    actor: Actor,
    platforms: Mapping[str, Platform],
    *,
    now: datetime | None = None,
) -> list[Dispatch]:
    """Send every listed case to its platform in one batch; all or none are sent."""
    require(actor, Role.SUPERVISOR, *STAFF)
    at = now or datetime.now(UTC)
    batch = uuid.uuid4().hex
    sent = []
    for case_id in dict.fromkeys(data.cases):  # a repeated id is sent once
        case = session.get(Case, case_id, with_for_update=True)
        if case is None:
            raise NotFound(f"no case {case_id}")
        _check_dispatcher(actor, case)
        sent.append(_send(session, case, actor, batch, at, _deadline(data, case, platforms, at)))
    return sent


def acknowledge(
    session: Session, row: Dispatch, actor: Actor, *, now: datetime | None = None
) -> None:
    """The platform has seen the notice."""
    _check_platform(actor, row)
    if row.status != "sent":
        raise InvalidTransition(f"dispatch {row.id} is already {row.status}")
    row.status, row.acknowledged_by = "acknowledged", actor.label
    row.acknowledged_at = now or datetime.now(UTC)
    _audit(session, actor, "dispatch.acknowledge", row, "sent")


def act(
    session: Session, row: Dispatch, data: ActIn, actor: Actor, *, now: datetime | None = None
) -> None:
    """The platform acted (or decided not to) and gives its own reasons."""
    before = _answer(row, actor, now)
    row.status, row.action, row.ground, row.facts = "acted", data.action, data.ground, data.facts
    _audit(session, actor, "dispatch.act", row, before)


def contest(
    session: Session, row: Dispatch, data: ContestIn, actor: Actor, *, now: datetime | None = None
) -> None:
    """The platform disputes the notice, with reasons a supervisor can review."""
    before = _answer(row, actor, now)
    row.status, row.contest_reason = "contested", data.reason
    _audit(session, actor, "dispatch.contest", row, before)


def scope(actor: Actor) -> ColumnElement[bool]:
    """The dispatches an actor may list: a platform its inbox, a supervisor its region."""
    if actor.role in STAFF:
        return true()
    if actor.role is Role.PLATFORM:
        return Dispatch.platform == actor.platform
    if actor.role is Role.SUPERVISOR:
        return Dispatch.region == actor.region
    return false()


def load(session: Session, dispatch_id: int, actor: Actor, *, lock: bool = False) -> Dispatch:
    """A dispatch in the actor's scope; others are 404 so ids do not leak across platforms."""
    row = session.get(Dispatch, dispatch_id, with_for_update=lock)
    visible = session.scalar(select(Dispatch.id).where(Dispatch.id == dispatch_id, scope(actor)))
    if row is None or visible is None:
        raise NotFound(f"no dispatch {dispatch_id}")
    return row


def view(row: Dispatch) -> dict[str, Any]:
    """A dispatch as the API shows it."""
    return {
        "id": row.id,
        "case_id": row.case_id,
        "batch": row.batch,
        "platform": row.platform,
        "region": row.region,
        "queue": row.queue,
        "status": row.status,
        "dispatched_by": row.dispatched_by,
        "dispatched_at": _iso(row.dispatched_at),
        "deadline_at": _iso(row.deadline_at),
        "acknowledged_at": _iso(row.acknowledged_at),
        "responded_at": _iso(row.responded_at),
        "action": row.action,
        "ground": row.ground,
        "facts": row.facts,
        "contest_reason": row.contest_reason,
        "review": None
        if row.review_verdict is None
        else {
            "expected": row.review_expected,
            "verdict": row.review_verdict,
            "note": row.review_note,
            "reviewed_by": row.reviewed_by,
            "reviewed_at": _iso(row.reviewed_at),
        },
    }


def _check_dispatcher(actor: Actor, case: Case) -> None:
    if case.state not in DISPATCHABLE:
        raise InvalidTransition(f"case {case.id} is {case.state}: there is nothing to dispatch")
    if actor.role in STAFF:
        return
    if case.escalated or case.region is None:
        raise Forbidden(f"case {case.id} spans regions: it is in the central supervisor's queue")
    if case.region != actor.region:
        raise Forbidden(f"case {case.id} is outside the scope of this supervisor token")


def _deadline(
    data: DispatchIn, case: Case, platforms: Mapping[str, Platform], at: datetime
) -> datetime | None:
    if data.deadline_hours is not None:
        return at + timedelta(hours=data.deadline_hours)
    return triage.due(at, platforms.get(case.platform), case.severity)


def _send(
    session: Session,
    case: Case,
    actor: Actor,
    batch: str,
    at: datetime,
    deadline: datetime | None,
) -> Dispatch:
    row = Dispatch(
        case_id=case.id,
        batch=batch,
        platform=case.platform,
        region=case.region,
        queue=CENTRAL if case.escalated or case.region is None else case.region,
        status="sent",
        dispatched_by=actor.label,
        dispatched_at=at,
        deadline_at=deadline,
    )
    session.add(row)
    session.flush()
    if case.state == "assigned":  # the state machine's "waiting for the platform"
        transition(session, case, "awaiting_platform", actor, f"dispatched ({row.id})")
    record(session, actor.label, "dispatch.create", "dispatch", row.id, None, view(row))
    return row


def _check_platform(actor: Actor, row: Dispatch) -> None:
    require(actor, Role.PLATFORM)
    if actor.platform != row.platform:
        raise Forbidden(f"dispatch {row.id} is not in this platform's inbox")


def _answer(row: Dispatch, actor: Actor, now: datetime | None) -> str:
    _check_platform(actor, row)
    if row.status not in {"sent", "acknowledged"}:
        raise InvalidTransition(f"dispatch {row.id} is already {row.status}")
    at = now or datetime.now(UTC)
    if row.acknowledged_at is None:  # answering implies having seen it
        row.acknowledged_at, row.acknowledged_by = at, actor.label
    row.responded_at, row.responded_by = at, actor.label
    return row.status


def _audit(session: Session, actor: Actor, action: str, row: Dispatch, before: str) -> None:
    record(session, actor.label, action, "dispatch", row.id, {"status": before}, view(row))


def _iso(at: datetime | None) -> str | None:
    if at is None:
        return None
    return (at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)).isoformat()
