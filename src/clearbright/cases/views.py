"""Rows as the API shows them; the notifier's identity appears only when asked for by staff."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from clearbright.cases.intake import category_of
from clearbright.store.cases_schema import Appeal, Case, Notice, Notifier, Transition


def when(value: datetime | None) -> str | None:
    if value is None:
        return None
    return (value.replace(tzinfo=UTC) if value.tzinfo is None else value).isoformat()


def overdue(case: Case, now: datetime | None = None) -> bool:
    if case.due_at is None or case.state == "closed":
        return False
    due = case.due_at.replace(tzinfo=UTC) if case.due_at.tzinfo is None else case.due_at
    return due < (now or datetime.now(UTC))


def case_view(case: Case) -> dict[str, Any]:
    return {
        "id": case.id,
        "state": case.state,
        "category": category_of(case.category).slug,
        "target": case.target,
        "platform": case.platform,
        "region": case.region,
        "regions": case.regions,
        "escalated": case.escalated,
        "severity": case.severity,
        "priority": case.priority,
        "signals": case.signals,
        "queue": case.queue,
        "assignee": case.assignee,
        "items": case.item_refs,
        "overdue": overdue(case),
        "times": {
            "created": when(case.created_at),
            "due": when(case.due_at),
            "claimed": when(case.claimed_at),
            "sent_to_platform": when(case.sent_at),
            "acted": when(case.acted_at),
            "closed": when(case.closed_at),
        },
    }


def notice_view(notice: Notice, notifier: Notifier | None = None) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": notice.id,
        "case_id": notice.case_id,
        "duplicate_of": notice.duplicate_of,
        "platform": notice.platform,
        "items": notice.items,
        "category": category_of(notice.category).slug,
        "relation": notice.relation,
        "explanation": notice.explanation,
        "evidence_files": notice.evidence_files,
        "region": notice.region,
        "target": notice.target,
        "created_at": when(notice.created_at),
    }
    if notifier is not None:
        view["notifier"] = {
            "kind": notifier.kind,
            "name": notifier.name,
            "contact": notifier.contact,
        }
    return view


def transition_view(row: Transition) -> dict[str, Any]:
    return {
        "from": row.from_state,
        "to": row.to_state,
        "actor": row.actor,
        "note": row.note,
        "at": when(row.at),
    }


def appeal_view(appeal: Appeal) -> dict[str, Any]:
    return {
        "id": appeal.id,
        "case_id": appeal.case_id,
        "decision_id": appeal.decision_id,
        "appellant": appeal.appellant,
        "text": appeal.text,
        "outcome": appeal.outcome,
        "decided_by": appeal.decided_by,
        "created_at": when(appeal.created_at),
        "decided_at": when(appeal.decided_at),
    }
