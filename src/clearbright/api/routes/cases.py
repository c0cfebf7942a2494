"""Cases: list and filter (overdue first), read, and move through the state machine."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import case as when
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clearbright.api.deps import Ctx, Paging, RowId, Who
from clearbright.audit import record
from clearbright.cases import masking, views
from clearbright.cases.access import STAFF, Actor, Role, case_scope, check_case, require
from clearbright.cases.decisions import statement
from clearbright.cases.errors import NotFound
from clearbright.cases.intake import category_of
from clearbright.cases.lifecycle import claim, transition
from clearbright.categories import Category
from clearbright.store.cases_schema import Appeal, Case, Decision, Notice, Transition

router = APIRouter(prefix="/v1/cases", tags=["cases"])


class TransitionIn(BaseModel):
    """Move a case to a state; `assignee` is set when assigning."""

    model_config = ConfigDict(extra="forbid")

    to: str = Field(min_length=1, max_length=32)
    note: str = Field(default="", max_length=2000)
    assignee: str | None = Field(default=None, min_length=1, max_length=128)


@router.get("")
def list_cases(
    ctx: Ctx,
    who: Who,
    paging: Paging,
    state: Annotated[str | None, Query(max_length=32)] = None,
    category: Category | None = None,
    platform: Annotated[str | None, Query(max_length=128)] = None,
    region: Annotated[str | None, Query(max_length=32)] = None,
    queue: Annotated[str | None, Query(max_length=64)] = None,
    assignee: Annotated[str | None, Query(max_length=128)] = None,
) -> dict[str, Any]:
    """Cases in the token's scope, overdue first, then by priority."""
    require(who, *STAFF, Role.PLATFORM, Role.SUPERVISOR)
    now = datetime.now(UTC)
    query = select(Case).where(case_scope(who))
    for column, value in (
        (Case.state, state),
        (Case.platform, platform),
        (Case.region, region),
        (Case.queue, queue),
        (Case.assignee, assignee),
    ):
        if value is not None:
            query = query.where(column == value)
    if category is not None:
        query = query.where(Case.category == category.number)
    is_overdue = when((Case.due_at < now, 0), else_=1)
    with ctx.reading() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = session.scalars(
            query.order_by(is_overdue, Case.priority.desc(), Case.due_at, Case.id)
            .limit(paging.limit)
            .offset(paging.offset)
        )
        return paging.wrap([views.case_view(c) for c in rows], int(total))


@router.get("/{case_id}")
def get_case(case_id: RowId, ctx: Ctx, who: Who) -> dict[str, Any]:
    """A case with its history, linked notices (never the notifier), decisions and appeals."""
    with ctx.reading() as session:
        case = load(session, case_id, who)
        if who.role not in STAFF or case.claimed_at is not None:
            return detail(session, case, who)
    # A reviewer opens it for the first time: that is the SLA's "claimed" time.
    with ctx.writing() as session:
        case = load(session, case_id, who, lock=True)
        claim(session, case, who)
        return detail(session, case, who)


@router.post("/{case_id}/transitions")
def move_case(case_id: RowId, data: TransitionIn, ctx: Ctx, who: Who) -> dict[str, Any]:
    """Triage, assign, send to the platform or close; decisions and appeals have their own."""
    require(who, *STAFF)
    with ctx.writing() as session:
        case = load(session, case_id, who, lock=True)
        transition(session, case, data.to, who, data.note)
        if data.to == "assigned":
            before = case.assignee
            case.assignee = data.assignee or who.label
            record(
                session,
                who.label,
                "case.assign",
                "case",
                case.id,
                {"assignee": before},
                {"assignee": case.assignee},
            )
        session.flush()
        return views.case_view(case)


def load(session: Session, case_id: int, who: Actor, *, lock: bool = False) -> Case:
    """The case, if it exists and is in the actor's scope."""
    case = session.get(Case, case_id, with_for_update=lock)
    if case is None:
        raise NotFound(f"no case {case_id}")
    check_case(who, case)
    return case


def detail(session: Session, case: Case, who: Actor) -> dict[str, Any]:
    """The case with its history; decisions' evidence masked for roles that are not staff."""
    history = session.scalars(
        select(Transition).where(Transition.case_id == case.id).order_by(Transition.id)
    )
    notices = session.scalars(select(Notice).where(Notice.case_id == case.id).order_by(Notice.id))
    decisions = session.scalars(
        select(Decision).where(Decision.case_id == case.id).order_by(Decision.id)
    )
    appeals = session.scalars(select(Appeal).where(Appeal.case_id == case.id).order_by(Appeal.id))
    linked = [
        {
            "id": n.id,
            "category": category_of(n.category).slug,
            "relation": n.relation,
            "duplicate_of": n.duplicate_of,
        }
        for n in notices
    ]
    return {
        **views.case_view(case),
        "transitions": [views.transition_view(t) for t in history],
        "notices": linked,
        "decisions": [masking.statement_for(who, statement(d)) for d in decisions],
        "appeals": [views.appeal_view(a) for a in appeals],
    }
