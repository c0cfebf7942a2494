"""The notice archive: closed notices and their outcomes, searchable and exportable.

In the spirit of the Lumen database: for each notice whose case has reached an outcome (a
decision), the kind of sender, the platform, the category, the items (masked), the outcome
and the timing. Personal data stays out: no notifier name or contact, item references and
URLs masked (`masking.reference`), and no free text (a notice's explanation can name people in
ways no masking finds reliably). A notice enters the archive once its case has a decision; the
outcome shown is the case's latest decision, after any appeal.

Search filters: platform, category, sender type, outcome, a filing-date range, and an exact
item reference or URL (matched against the unmasked value, shown masked).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Select, Text, and_, cast, func, select
from sqlalchemy.orm import Session

from clearbright.cases.intake import category_of
from clearbright.cases.views import when
from clearbright.categories import Category
from clearbright.reports import masking
from clearbright.store.cases_schema import Case, Decision, Notice, Notifier
from clearbright.store.supervision_schema import Dispatch

Format = Literal["jsonl", "csv"]
COLUMNS = (
    "notice_id",
    "case_id",
    "sender_type",
    "relation",
    "platform",
    "region",
    "category",
    "speech",
    "items",
    "filed_at",
    "outcome",
    "decided_at",
    "automated_decision",
    "appealed",
    "hours_to_decision",
    "dispatched_at",
    "platform_answer",
    "platform_action",
    "platform_answered_at",
    "hours_to_platform_answer",
)


@dataclass(frozen=True)
class Filters:
    """What to search for; every field is optional."""

    platform: str | None = None
    category: Category | None = None
    sender_type: str | None = None
    outcome: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    item: str | None = None


def search(
    session: Session, filters: Filters, *, offset: int = 0, limit: int | None = None
) -> tuple[list[dict[str, Any]], int]:
    """One page of archive records (oldest notice first) and the total matching."""
    query = _query(filters)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    page = query.order_by(Notice.id).offset(offset)
    if limit is not None:
        page = page.limit(limit)
    rows = list(session.execute(page))
    answers = _answers(session, [case.id for _, _, case, _ in rows])
    return [_record(n, kind, case, d, answers.get(case.id)) for n, kind, case, d in rows], int(
        total
    )


def iter_all(session: Session, filters: Filters, batch: int = 500) -> Iterator[dict[str, Any]]:
    """Every matching record, read a batch at a time."""
    offset = 0
    while True:
        page, _ = search(session, filters, offset=offset, limit=batch)
        yield from page
        if len(page) < batch:
            return
        offset += batch


def dump(records: Iterator[dict[str, Any]], fmt: Format) -> Iterator[str]:
    """Records as JSON Lines or CSV (lists joined with a space, header first)."""
    if fmt == "jsonl":
        for record in records:
            yield json.dumps(record, ensure_ascii=False) + "\n"
        return
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({**record, "items": " ".join(record["items"])})
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def _query(filters: Filters) -> Select[Notice, str, Case, Decision]:
    latest = (
        select(Decision.case_id, func.max(Decision.id).label("decision_id"))
        .group_by(Decision.case_id)
        .subquery()
    )
    query = (
        select(Notice, Notifier.kind, Case, Decision)
        .join(Notifier, Notifier.id == Notice.notifier_id)
        .join(Case, Case.id == Notice.case_id)
        .join(latest, latest.c.case_id == Case.id)
        .join(Decision, Decision.id == latest.c.decision_id)
    )
    conditions = []
    if filters.platform:
        conditions.append(Notice.platform == filters.platform)
    if filters.category is not None:
        conditions.append(Notice.category == filters.category.number)
    if filters.sender_type:
        conditions.append(Notifier.kind == filters.sender_type)
    if filters.outcome:
        conditions.append(Decision.action == filters.outcome)
    if filters.since is not None:
        conditions.append(Notice.created_at >= filters.since)
    if filters.until is not None:
        conditions.append(Notice.created_at < filters.until)
    if filters.item:
        # Item lists are stored as JSON text written by json.dumps (ASCII-escaped): the quoted
        # reference is a substring of it exactly when it is one of the list's elements.
        needle = json.dumps(filters.item.strip())
        conditions.append(cast(Notice.items, Text).contains(needle, autoescape=True))
    return query.where(and_(*conditions)) if conditions else query


def _answers(session: Session, case_ids: list[int]) -> dict[int, Dispatch]:
    """Each case's latest dispatch (the platform's answer to it, if any)."""
    if not case_ids:
        return {}
    rows = session.scalars(
        select(Dispatch).where(Dispatch.case_id.in_(set(case_ids))).order_by(Dispatch.id)
    )
    return {row.case_id: row for row in rows}


def _record(
    notice: Notice, kind: str, case: Case, decision: Decision, answer: Dispatch | None
) -> dict[str, Any]:
    category = category_of(notice.category)
    answered = answer.responded_at if answer else None
    return {
        "notice_id": notice.id,
        "case_id": case.id,
        "sender_type": kind,
        "relation": notice.relation,
        "platform": notice.platform,
        "region": notice.region,
        "category": category.slug,
        "speech": category.is_speech,
        "items": [masking.reference(ref) for ref in notice.items],
        "filed_at": when(notice.created_at),
        "outcome": decision.action,
        "decided_at": when(decision.created_at),
        "automated_decision": decision.automated_decision,
        "appealed": decision.appeal_of is not None,
        "hours_to_decision": _hours(notice.created_at, decision.created_at),
        "dispatched_at": when(answer.dispatched_at) if answer else None,
        "platform_answer": answer.status if answer else None,
        "platform_action": answer.action if answer else None,
        "platform_answered_at": when(answered),
        "hours_to_platform_answer": _hours(answer.dispatched_at, answered) if answer else None,
    }


def _hours(start: datetime | None, end: datetime | None) -> float | None:
    if start is None or end is None:
        return None
    delta = _aware(end) - _aware(start)
    return round(max(delta.total_seconds(), 0.0) / 3600, 3)


def _aware(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at
