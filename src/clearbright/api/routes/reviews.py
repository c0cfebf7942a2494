"""Decisions with statements of reasons, appeals and their re-decisions."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header

from clearbright.api import idempotency
from clearbright.api.deps import Ctx, RowId, Who
from clearbright.api.routes.cases import load
from clearbright.cases import appeals, masking, views
from clearbright.cases.access import STAFF, Role, check_case, require
from clearbright.cases.decisions import DecisionIn, decide, statement
from clearbright.cases.errors import NotFound
from clearbright.store.cases_schema import Appeal, Case, Decision

router = APIRouter(prefix="/v1", tags=["decisions and appeals"])
IdemKey = Annotated[str | None, Header(alias="Idempotency-Key", max_length=128)]


@router.post("/cases/{case_id}/decisions", status_code=201)
def create_decision(
    case_id: RowId, data: DecisionIn, ctx: Ctx, who: Who, key: IdemKey = None
) -> Any:
    """A reviewer's decision with its statement of reasons (never automated)."""
    require(who, *STAFF)

    def create(session: Any) -> dict[str, Any]:
        case = load(session, case_id, who, lock=True)
        return statement(decide(session, case, data, who))

    return idempotency.run(ctx, who, key, {"case": case_id, **data.model_dump(mode="json")}, create)


@router.get("/decisions/{decision_id}")
def get_decision(decision_id: RowId, ctx: Ctx, who: Who) -> dict[str, Any]:
    with ctx.reading() as session:
        decision = session.get(Decision, decision_id)
        if decision is None:
            raise NotFound(f"no decision {decision_id}")
        check_case(who, session.get_one(Case, decision.case_id))
        return masking.statement_for(who, statement(decision))


@router.post("/cases/{case_id}/appeals", status_code=201)
def create_appeal(
    case_id: RowId, data: appeals.AppealIn, ctx: Ctx, who: Who, key: IdemKey = None
) -> Any:
    """The author (through the platform or staff) or the notifier appeals the last decision."""
    require(who, Role.PLATFORM, Role.NOTIFIER, *STAFF)

    def create(session: Any) -> dict[str, Any]:
        case = session.get(Case, case_id, with_for_update=True)
        if case is None:
            raise NotFound(f"no case {case_id}")
        if who.role is not Role.NOTIFIER:  # a notifier's scope is its own notice, checked below
            check_case(who, case)
        return views.appeal_view(appeals.file_appeal(session, case, data, who))

    return idempotency.run(ctx, who, key, {"case": case_id, **data.model_dump(mode="json")}, create)


@router.post("/appeals/{appeal_id}/decision", status_code=201)
def decide_appeal(appeal_id: RowId, data: DecisionIn, ctx: Ctx, who: Who) -> dict[str, Any]:
    """A different reviewer re-decides: the outcome is upheld or overturned."""
    require(who, *STAFF)
    with ctx.writing() as session:
        appeal = session.get(Appeal, appeal_id, with_for_update=True)
        if appeal is None:
            raise NotFound(f"no appeal {appeal_id}")
        load(session, appeal.case_id, who, lock=True)
        decision = appeals.resolve(session, appeal, data, who)
        return {"appeal": views.appeal_view(appeal), "decision": statement(decision)}


@router.get("/appeals/stats")
def appeal_stats(ctx: Ctx, who: Who) -> dict[str, int]:
    """Appeals upheld, overturned and pending (Santa Clara numbers)."""
    require(who, *STAFF, Role.SUPERVISOR)
    with ctx.reading() as session:
        return appeals.counts(session)
