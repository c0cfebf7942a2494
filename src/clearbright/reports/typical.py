"""Typical cases for the transparency report: chosen by a fixed rule, told from fields only.

RULE (printed in the report and in docs/transparency-report.md):

1. Candidates are the cases whose latest decision was made in the report's period.
2. They are grouped by category and by outcome (action taken, or no action).
3. Groups are ranked by size (most cases first), then by category number, then actions before
   no action; the first six groups are taken, except that the largest group of no-action
   decisions in a speech category (criticism left standing) always takes the last place if
   it did not make the six.
4. From each group the case with the most notices and findings is shown (the best-documented
   one); ties go to the earliest case.

A summary is written from structured fields only (kinds of items, kinds of sources, detector
signals, the action and its ground as a category of rule, timings), never from free text: no
item ids, handles, names, contacts or notice text appear, so it carries no personal data and
not the notifier's identity.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clearbright.cases.intake import category_of
from clearbright.categories import Category
from clearbright.reports.sor import LEGAL_GROUND
from clearbright.store.cases_schema import Appeal, Case, CaseFinding, Decision, Notice, Notifier
from clearbright.store.schema import StoredFinding, StoredItem
from clearbright.store.supervision_schema import Dispatch

MAX_CASES = 6
RULE = (
    "Candidates are the cases whose latest decision was made in this period, grouped by "
    "category and outcome (action taken or no action). Groups are ranked by size, then by "
    "category number, actions before no action; the first six are shown, and the largest "
    "group of no-action decisions in a speech category (criticism left standing) always "
    "takes the last place if it did not make the six. From each group, the case with the "
    "most notices and findings is shown (ties: the earliest case). Summaries are written "
    "from structured fields only: no item ids, handles, names, contacts or notice text."
)


def choose(session: Session, since: datetime, until: datetime) -> list[dict[str, Any]]:
    """The typical cases of the period, summarized, in the rule's order."""
    latest = _latest_decisions(session, since, until)
    if not latest:
        return []
    weight = _weights(session, list(latest))
    groups: dict[tuple[int, bool], list[int]] = defaultdict(list)
    for case_id, decision in latest.items():
        groups[(decision.category, decision.action == "no_action")].append(case_id)
    ranked = sorted(groups, key=lambda g: (-len(groups[g]), g[0], g[1]))
    chosen = ranked[:MAX_CASES]
    protected = [g for g in ranked if g[1] and category_of(g[0]).is_speech]
    if protected and protected[0] not in chosen:
        chosen = [*chosen[: MAX_CASES - 1], protected[0]]
    picks = [min(groups[g], key=lambda c: (-weight.get(c, 0), c)) for g in chosen]
    return [
        summarize(session, session.get_one(Case, c), latest[c], n)
        for n, c in enumerate(picks, start=1)
    ]


def summarize(session: Session, case: Case, decision: Decision, number: int) -> dict[str, Any]:
    """One case told from structured fields, with no personal data."""
    category = category_of(decision.category)
    kinds = Counter(
        session.scalars(
            select(StoredItem.kind).where(
                StoredItem.platform == case.platform, StoredItem.item_id.in_(list(case.item_refs))
            )
        )
    )
    sources = Counter(
        session.scalars(
            select(Notifier.kind)
            .join(Notice, Notice.notifier_id == Notifier.id)
            .where(Notice.case_id == case.id)
        )
    )
    signals = sorted(
        {
            str(e.get("kind"))
            for evidence in session.scalars(
                select(StoredFinding.evidence)
                .join(CaseFinding, CaseFinding.finding_id == StoredFinding.id)
                .where(CaseFinding.case_id == case.id)
            )
            for e in evidence or []
            if isinstance(e, dict) and e.get("kind")
        }
    )
    answer = session.scalars(
        select(Dispatch).where(Dispatch.case_id == case.id).order_by(Dispatch.id.desc())
    ).first()
    appeal = session.scalars(
        select(Appeal.outcome).where(Appeal.case_id == case.id).order_by(Appeal.id.desc())
    ).first()
    card = {
        "label": f"Typical case {number}",
        "category": category.slug,
        "category_number": category.number,
        "speech": category.is_speech,
        "platform": case.platform,
        "region": case.region or "several regions",
        "items": len(case.item_refs),
        "item_kinds": dict(sorted(kinds.items())),
        "sources": dict(sorted(sources.items())) or {"scan": 1},
        "signals": signals[:8],
        "outcome": decision.action,
        "ground": _ground(decision.action, category),
        "decided_by": "automated" if decision.automated_decision else "person",
        "after_appeal": decision.appeal_of is not None,
        "appeal": appeal,
        "hours_to_decision": _hours(case.created_at, decision.created_at),
        "platform_answer": _answer(answer),
    }
    card["summary"] = _sentence(card)
    return card


def _latest_decisions(session: Session, since: datetime, until: datetime) -> dict[int, Decision]:
    last = select(func.max(Decision.id).label("id")).group_by(Decision.case_id).scalar_subquery()
    rows = session.scalars(
        select(Decision).where(
            Decision.id.in_(last), Decision.created_at >= since, Decision.created_at < until
        )
    )
    return {d.case_id: d for d in rows}


def _weights(session: Session, case_ids: list[int]) -> dict[int, int]:
    weight: Counter[int] = Counter()
    for table in (Notice, CaseFinding):
        rows = session.execute(
            select(table.case_id, func.count())
            .where(table.case_id.in_(case_ids))
            .group_by(table.case_id)
        )
        for case_id, count in rows:
            weight[int(case_id)] += int(count)
    return dict(weight)


def _ground(action: str, category: Category) -> str:
    if action == "no_action":
        if category.is_speech:
            return "no violation: protected criticism, opinion or accurate reporting"
        return "no violation found"
    return LEGAL_GROUND.get(category, f"platform community rules on {category.slug}")


def _answer(row: Dispatch | None) -> dict[str, Any] | None:
    if row is None:
        return None
    deadline = _hours(row.dispatched_at, row.deadline_at)
    answered = _hours(row.dispatched_at, row.responded_at)
    return {
        "status": row.status,
        "action": row.action,
        "hours_to_answer": answered,
        "deadline_hours": deadline,
        "within_deadline": None if answered is None or deadline is None else answered <= deadline,
        "review": row.review_verdict,
    }


def _sentence(card: dict[str, Any]) -> str:
    kinds = ", ".join(f"{n} {k}" for k, n in card["item_kinds"].items()) or f"{card['items']} item"
    sources = ", ".join(card["sources"])
    parts = [
        f"{kinds} on {card['platform']} ({card['region']}), category {card['category']}, "
        f"brought by: {sources}."
    ]
    if card["signals"]:
        parts.append(f"Evidence: {', '.join(card['signals'])}.")
    decided = "automatically" if card["decided_by"] == "automated" else "by a person"
    when = "" if card["hours_to_decision"] is None else f" after {card['hours_to_decision']} h"
    parts.append(f"Decided {decided}{when}: {card['outcome']} ({card['ground']}).")
    if card["after_appeal"]:
        parts.append("This decision followed an appeal.")
    answer = card["platform_answer"]
    if answer is not None:
        timing = (
            "not yet answered"
            if answer["hours_to_answer"] is None
            else f"answered after {answer['hours_to_answer']} h"
        )
        what = answer["action"] or answer["status"]
        parts.append(f"Platform: {what}, {timing}.")
    return " ".join(parts)


def _hours(start: datetime | None, end: datetime | None) -> float | None:
    if start is None or end is None:
        return None
    delta = _aware(end) - _aware(start)
    return round(max(delta.total_seconds(), 0.0) / 3600, 1)


def _aware(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at
