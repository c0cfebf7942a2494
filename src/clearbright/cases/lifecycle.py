"""The case state machine; every transition is recorded and audited, invalid ones refused.

new → triaged → assigned → (awaiting_platform →) decided → (appealed → redecided →) closed
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from clearbright.audit import record
from clearbright.cases.access import Actor
from clearbright.cases.errors import InvalidTransition
from clearbright.store.cases_schema import Case, Transition

STATES = (
    "new",
    "triaged",
    "assigned",
    "awaiting_platform",
    "decided",
    "appealed",
    "redecided",
    "closed",
)
ALLOWED: dict[str, frozenset[str]] = {
    "new": frozenset({"triaged"}),
    "triaged": frozenset({"assigned"}),
    "assigned": frozenset({"awaiting_platform", "decided"}),
    "awaiting_platform": frozenset({"decided"}),
    "decided": frozenset({"appealed", "closed"}),
    "appealed": frozenset({"redecided"}),
    "redecided": frozenset({"closed"}),
    "closed": frozenset(),
}
# Reached only through a decision or an appeal, so a statement of reasons always exists.
GUARDED = frozenset({"decided", "appealed", "redecided"})
OPEN = frozenset(set(STATES) - {"closed"})


def transition(
    session: Session, case: Case, to: str, actor: Actor, note: str = "", *, guarded_ok: bool = False
) -> Transition:
    """Move a case to state `to`, stamping the SLA times; raise InvalidTransition otherwise."""
    if to not in ALLOWED:
        raise InvalidTransition(f"unknown state {to!r} (states: {', '.join(STATES)})")
    if to not in ALLOWED[case.state]:
        allowed = ", ".join(sorted(ALLOWED[case.state])) or "none (the case is closed)"
        raise InvalidTransition(
            f"case {case.id} cannot go from {case.state} to {to} (allowed: {allowed})"
        )
    if to in GUARDED and not guarded_ok:
        how = "file an appeal" if to == "appealed" else "record a decision"
        raise InvalidTransition(f"a case becomes {to} only when you {how}")
    now = datetime.now(UTC)
    before = case.state
    case.state = to
    _stamp(case, to, now)
    row = Transition(
        case_id=case.id, from_state=before, to_state=to, actor=actor.label, note=note, at=now
    )
    session.add(row)
    record(
        session,
        actor.label,
        "case.transition",
        "case",
        case.id,
        {"state": before},
        {"state": to, "note": note},
    )
    return row


def claim(session: Session, case: Case, actor: Actor) -> bool:
    """Record the first time a reviewer opens the case (the SLA's "claimed"); True if now."""
    if case.claimed_at is not None:
        return False
    case.claimed_at = datetime.now(UTC)
    record(
        session,
        actor.label,
        "case.claim",
        "case",
        case.id,
        {"claimed_at": None},
        {"claimed_at": case.claimed_at.isoformat()},
    )
    return True


def _stamp(case: Case, state: str, now: datetime) -> None:
    if state == "assigned" and case.claimed_at is None:
        case.claimed_at = now
    elif state == "awaiting_platform" and case.sent_at is None:
        case.sent_at = now
    elif state in {"decided", "redecided"}:
        case.acted_at = now
    elif state == "closed":
        case.closed_at = now
