"""Quality by audit sampling: a reproducible random sample of a platform's answered dispatches
is re-reviewed by a supervisor, and agreement is scored.

The supervisor records what should have happened (`enforce` or `no_action`). A platform that
left a harm up is under-enforcing; one that removed or restricted protected criticism is
over-enforcing, and both count against it equally.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from clearbright.audit import record
from clearbright.cases.access import STAFF, Actor, Role, require
from clearbright.cases.errors import InvalidTransition
from clearbright.cases.intake import category_of
from clearbright.store.cases_schema import Case, Decision
from clearbright.store.supervision_schema import Dispatch
from clearbright.supervision.dispatch import view

ANSWERED = ("acted", "contested")
VERDICTS = ("agree", "under_enforcement", "over_enforcement")


class ReviewIn(BaseModel):
    """A supervisor's judgement of what the platform should have done."""

    model_config = ConfigDict(extra="forbid")

    expected: Literal["enforce", "no_action"]
    note: str = Field(default="", max_length=2000)


def sample(
    session: Session,
    platform: str,
    since: datetime,
    until: datetime,
    size: int,
    seed: int,
    *,
    where: ColumnElement[bool] | None = None,
) -> list[int]:
    """Ids of up to `size` answered dispatches; the same inputs always give the same sample."""
    query = select(Dispatch.id).where(
        Dispatch.platform == platform,
        Dispatch.status.in_(ANSWERED),
        Dispatch.dispatched_at >= since,
        Dispatch.dispatched_at < until,
    )
    if where is not None:
        query = query.where(where)
    population = list(session.scalars(query.order_by(Dispatch.id)))
    chosen = random.Random(seed).sample(population, min(size, len(population)))
    return sorted(chosen)


def sample_view(session: Session, ids: list[int]) -> list[dict[str, Any]]:
    """The sampled dispatches with what the case desk decided, to guide the re-review.

    `suggested` is the expectation the case's latest decision implies (`no_action` when it
    left the content up, e.g. as protected criticism; `enforce` for any other action; None
    when the case has no decision). The supervisor still judges each one.
    """
    rows = session.scalars(select(Dispatch).where(Dispatch.id.in_(ids)).order_by(Dispatch.id))
    out = []
    for row in rows:
        case = session.get_one(Case, row.case_id)
        decided = session.scalars(
            select(Decision.action)
            .where(Decision.case_id == row.case_id)
            .order_by(Decision.id.desc())
        ).first()
        suggested = (
            None if decided is None else "no_action" if decided == "no_action" else "enforce"
        )
        category = category_of(case.category)
        out.append(
            {
                **view(row),
                "category": category.slug,
                "speech": category.is_speech,
                "case_decision": decided,
                "suggested": suggested,
            }
        )
    return out


def verdict(row: Dispatch, expected: str) -> str:
    """Agreement, or the kind of disagreement, between the platform's answer and the review."""
    enforced = row.status == "acted" and row.action != "no_action"
    if enforced == (expected == "enforce"):
        return "agree"
    return "over_enforcement" if enforced else "under_enforcement"


def review(
    session: Session, row: Dispatch, data: ReviewIn, actor: Actor, *, now: datetime | None = None
) -> str:
    """Record the supervisor's review of one answered dispatch; it is done once, and audited."""
    require(actor, Role.SUPERVISOR, *STAFF)
    if row.status not in ANSWERED:
        raise InvalidTransition(f"dispatch {row.id} is {row.status}: the platform has not answered")
    if row.review_verdict is not None:
        raise InvalidTransition(f"dispatch {row.id} is already reviewed ({row.review_verdict})")
    row.review_expected, row.review_note = data.expected, data.note
    row.review_verdict = verdict(row, data.expected)
    row.reviewed_by, row.reviewed_at = actor.label, now or datetime.now(UTC)
    record(session, actor.label, "dispatch.review", "dispatch", row.id, {"review": None}, view(row))
    return row.review_verdict


def scores(rows: list[Dispatch]) -> dict[str, Any]:
    """Reviewed count, agreement rate and disagreements by kind."""
    verdicts = [r.review_verdict for r in rows if r.review_verdict is not None]
    counts = {v: verdicts.count(v) for v in VERDICTS}
    rate = None if not verdicts else round(counts["agree"] / len(verdicts), 4)
    return {"reviewed": len(verdicts), "agreement_rate": rate, **counts}
