"""Appeals: the author (or the notifier, against no action) appeals; a different reviewer
re-decides, and the outcome (upheld or overturned) is recorded and counted.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clearbright.audit import record
from clearbright.cases.access import Actor, Role
from clearbright.cases.decisions import DecisionIn, decide
from clearbright.cases.errors import Forbidden, Invalid, NotFound
from clearbright.cases.lifecycle import transition
from clearbright.store.cases_schema import Appeal, Case, Decision, Notice, Notifier


class AppealIn(BaseModel):
    """An appeal against the case's latest decision."""

    model_config = ConfigDict(extra="forbid")

    appellant: Literal["author", "notifier"]
    text: str = Field(min_length=1, max_length=10000)


def latest_decision(session: Session, case: Case) -> Decision:
    query = select(Decision).where(Decision.case_id == case.id).order_by(Decision.id.desc())
    decision = session.scalars(query.limit(1)).first()
    if decision is None:
        raise NotFound(f"case {case.id} has no decision to appeal")
    return decision


def file_appeal(session: Session, case: Case, data: AppealIn, actor: Actor) -> Appeal:
    """Record an appeal and move the case to appealed."""
    decision = latest_decision(session, case)
    if data.appellant == "notifier":
        if decision.action != "no_action":
            raise Invalid("a notifier may appeal only a decision to take no action")
        if actor.role is Role.NOTIFIER and not _notified(session, case, actor):
            raise Forbidden(f"this token filed no notice on case {case.id}")
    elif actor.role is Role.NOTIFIER:
        raise Forbidden("a notifier token cannot appeal as the author")
    transition(session, case, "appealed", actor, data.text[:200], guarded_ok=True)
    appeal = Appeal(
        case_id=case.id,
        decision_id=decision.id,
        appellant=data.appellant,
        text=data.text,
        filed_by=actor.label,
        created_at=datetime.now(UTC),
    )
    session.add(appeal)
    session.flush()
    record(
        session,
        actor.label,
        "appeal.create",
        "appeal",
        appeal.id,
        None,
        {"case_id": case.id, "decision_id": decision.id, "appellant": data.appellant},
    )
    return appeal


def resolve(session: Session, appeal: Appeal, data: DecisionIn, actor: Actor) -> Decision:
    """Re-decide an appeal; the reviewer of the appealed decision may not."""
    if appeal.outcome is not None:
        raise Invalid(f"appeal {appeal.id} is already decided ({appeal.outcome})")
    original = session.get_one(Decision, appeal.decision_id)
    if original.decided_by == actor.label:
        raise Forbidden(
            f"the appeal must be decided by a different reviewer than {original.decided_by}"
        )
    case = session.get_one(Case, appeal.case_id)
    decision = decide(session, case, data, actor, appeal_of=appeal.id)
    before = {"outcome": None}
    appeal.outcome = "upheld" if decision.action == original.action else "overturned"
    appeal.decided_by, appeal.decided_at = actor.label, datetime.now(UTC)
    record(
        session,
        actor.label,
        "appeal.decide",
        "appeal",
        appeal.id,
        before,
        {"outcome": appeal.outcome, "decision_id": decision.id},
    )
    return decision


def counts(session: Session) -> dict[str, int]:
    """Appeals by outcome (pending when not yet decided)."""
    rows = session.execute(select(Appeal.outcome, func.count()).group_by(Appeal.outcome))
    totals = {"upheld": 0, "overturned": 0, "pending": 0}
    for outcome, number in rows:
        totals[outcome or "pending"] = int(number)
    return totals


def _notified(session: Session, case: Case, actor: Actor) -> bool:
    query = (
        select(Notice.id)
        .join(Notifier, Notifier.id == Notice.notifier_id)
        .where(Notice.case_id == case.id, Notifier.token_id == actor.token_id)
    )
    return session.scalars(query.limit(1)).first() is not None
