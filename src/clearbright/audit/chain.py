"""Append-only audit log: each entry's hash covers its content and the previous entry's hash.

Modifying an entry breaks its own hash, deleting one breaks the sequence and the next entry's
link, reordering breaks both (the sequence number is hashed). `audit_head` holds the last
sequence number and hash, written in the same transaction, so a deleted tail is caught too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearbright.store.cases_schema import AuditEntry, AuditHead

GENESIS = "0" * 64
HEAD_ID = 1


@dataclass
class VerifyReport:
    """The outcome of checking the chain: entries read and the problems found."""

    entries: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def lock_head(session: Session) -> None:
    """Take the chain's lock at the start of a write transaction.

    Every writer appends to the chain, so taking its lock first, before any case row, gives
    all writers one lock order and rules out deadlocks between them.
    """
    session.get(AuditHead, HEAD_ID, with_for_update=True)


def record(
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_id: object,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry; the head row is locked so concurrent writers chain in order."""
    head = session.get(AuditHead, HEAD_ID, with_for_update=True)
    if head is None:  # the migration seeds it; this covers a hand-emptied table
        head = AuditHead(id=HEAD_ID, seq=0, hash=GENESIS)
        session.add(head)
    entry = AuditEntry(
        seq=head.seq + 1,
        at=datetime.now(UTC),
        actor=actor,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        before=_plain(before),
        after=_plain(after),
        prev_hash=head.hash,
    )
    entry.hash = entry_hash(entry)
    head.seq, head.hash = entry.seq, entry.hash
    session.add(entry)
    return entry


def entry_hash(entry: AuditEntry) -> str:
    payload = {
        "seq": entry.seq,
        "at": _instant(entry.at),
        "actor": entry.actor,
        "action": entry.action,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "before": entry.before,
        "after": entry.after,
        "prev": entry.prev_hash,
    }
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def verify(session: Session) -> VerifyReport:
    """Walk the chain in sequence order and report every break."""
    report = VerifyReport()
    previous, expected_seq = GENESIS, 1
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        report.entries += 1
        if entry.seq != expected_seq:
            report.problems.append(
                f"entry {entry.seq}: expected sequence {expected_seq} "
                "(an entry was deleted or reordered)"
            )
        if entry.prev_hash != previous:
            report.problems.append(f"entry {entry.seq}: does not link to the entry before it")
        if entry_hash(entry) != entry.hash:
            report.problems.append(f"entry {entry.seq}: content does not match its hash (modified)")
        previous, expected_seq = entry.hash, entry.seq + 1
    head = session.get(AuditHead, HEAD_ID)
    if head is not None and (head.seq, head.hash) != (expected_seq - 1, previous):
        report.problems.append(
            f"the chain ends at entry {expected_seq - 1} but the head "
            f"records entry {head.seq} (entries were deleted)"
        )
    return report


def _instant(at: datetime) -> str:
    # SQLite hands back naive datetimes, PostgreSQL aware ones: hash one UTC form of both.
    aware = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
    return aware.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _plain(value: dict[str, Any] | None) -> dict[str, Any] | None:
    # Round-trip through JSON so the hashed form is exactly what the database gives back.
    if value is None:
        return None
    plain: dict[str, Any] = json.loads(json.dumps(value, ensure_ascii=False, default=str))
    return plain
