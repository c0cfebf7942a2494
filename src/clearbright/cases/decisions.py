"""Decisions with a statement of reasons, following the EU DSA statement-of-reasons fields.

`no_action` is a first-class outcome with its own reasons (e.g. "protected criticism"). A
speech category (2, 5, 6, 10) can never be decided `remove` automatically: a person decides.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from clearbright.audit import record
from clearbright.cases.access import Actor
from clearbright.cases.errors import Invalid
from clearbright.cases.intake import category_of
from clearbright.cases.lifecycle import transition
from clearbright.categories import Category
from clearbright.store.cases_schema import Case, Decision

DecisionAction = Literal[
    "remove", "label", "restrict_visibility", "demote", "suspend_account", "no_action"
]
REDRESS = (
    "The author may appeal this decision, and the notifier may appeal a decision to take "
    "no action, within 6 months through POST /v1/cases/{case}/appeals; a different "
    "reviewer decides the appeal."
)


class DecisionIn(BaseModel):
    """A decision as a reviewer records it (the statement of reasons)."""

    model_config = ConfigDict(extra="forbid")

    action: DecisionAction
    ground: str = Field(
        min_length=1,
        max_length=2000,
        description="the rule applied, or why no action (protected criticism)",
    )
    facts: str = Field(
        min_length=1, max_length=10000, description="the facts and circumstances relied on"
    )
    category: Category | None = Field(default=None, description="default: the case's")
    evidence: list[dict[str, Any]] = Field(default_factory=list, max_length=50)
    automated_detection: bool = False
    territorial_scope: list[str] | None = Field(default=None, max_length=50)
    duration_days: int | None = Field(default=None, ge=1, le=3650)
    label_note: str | None = Field(default=None, max_length=2000)


def decide(
    session: Session,
    case: Case,
    data: DecisionIn,
    actor: Actor,
    *,
    automated_decision: bool = False,
    appeal_of: int | None = None,
) -> Decision:
    """Record a decision and move the case to decided (or redecided for an appeal)."""
    category = data.category or category_of(case.category)
    if automated_decision and data.action == "remove" and category.is_speech:
        raise Invalid(
            f"category {category.number} ({category.slug}) is speech: removal must "
            "be decided by a person, not automatically"
        )
    if data.action == "label" and not data.label_note:
        raise Invalid("a label decision needs label_note (the context note shown)")
    decision = Decision(
        case_id=case.id,
        action=data.action,
        category=category.number,
        ground=data.ground if not data.label_note else f"{data.ground}\nnote: {data.label_note}",
        facts=data.facts,
        evidence=data.evidence,
        automated_detection=data.automated_detection,
        automated_decision=automated_decision,
        territorial_scope=data.territorial_scope or list(case.regions) or ["platform-wide"],
        duration_days=data.duration_days,
        redress=REDRESS.replace("{case}", str(case.id)),
        decided_by=actor.label,
        appeal_of=appeal_of,
        created_at=datetime.now(UTC),
    )
    transition(
        session,
        case,
        "redecided" if appeal_of else "decided",
        actor,
        f"{data.action}: {data.ground[:200]}",
        guarded_ok=True,
    )
    session.add(decision)
    session.flush()
    record(
        session, actor.label, "decision.create", "decision", decision.id, None, statement(decision)
    )
    return decision


def statement(decision: Decision) -> dict[str, Any]:
    """The statement of reasons, in the DSA schema's terms."""
    category = category_of(decision.category)
    return {
        "id": decision.id,
        "case_id": decision.case_id,
        "decision_visibility": decision.action,
        "category": category.slug,
        "category_number": category.number,
        "incompatible_content_ground": decision.ground,
        "decision_facts": decision.facts,
        "evidence": decision.evidence,
        "automated_detection": decision.automated_detection,
        "automated_decision": decision.automated_decision,
        "territorial_scope": decision.territorial_scope,
        "duration_days": decision.duration_days,
        "redress": decision.redress,
        "decided_by": decision.decided_by,
        "appeal_of": decision.appeal_of,
        "created_at": decision.created_at.isoformat(),
    }
