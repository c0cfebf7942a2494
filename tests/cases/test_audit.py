"""The audit chain verifies, and catches modified, deleted and reordered entries."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from clearbright.audit import verify
from clearbright.cases.notices import file_notice
from clearbright.store.cases_schema import AuditEntry
from tests.cases.conftest import ALICE, notice


def _three_writes(session: Session, platforms: Any) -> None:
    for n in range(3):
        file_notice(session, notice([f"wb-{n}"]), ALICE, platforms)
    session.commit()


def test_an_untouched_chain_verifies(session: Session, platforms: Any) -> None:
    _three_writes(session, platforms)
    report = verify(session)
    assert report.ok and report.entries == 6  # a case and a notice per filing


def _modify(session: Session) -> None:
    session.execute(update(AuditEntry).where(AuditEntry.seq == 2).values(actor="mallory"))


def _delete_middle(session: Session) -> None:
    session.execute(delete(AuditEntry).where(AuditEntry.seq == 3))


def _delete_tail(session: Session) -> None:
    session.execute(delete(AuditEntry).where(AuditEntry.seq == 6))


def _swap(session: Session) -> None:
    first, second = (
        session.scalars(select(AuditEntry).where(AuditEntry.seq == s)).one() for s in (2, 3)
    )
    a = {c: getattr(first, c) for c in ("actor", "action", "entity_id", "after", "hash")}
    b = {c: getattr(second, c) for c in ("actor", "action", "entity_id", "after", "hash")}
    session.execute(update(AuditEntry).where(AuditEntry.seq == 2).values(**b))
    session.execute(update(AuditEntry).where(AuditEntry.seq == 3).values(**a))


@pytest.mark.parametrize(
    ("tamper", "problem"),
    [
        (_modify, "modified"),
        (_delete_middle, "deleted"),
        (_delete_tail, "deleted"),
        (_swap, "link"),
    ],
)
def test_tampering_is_detected(session: Session, platforms: Any, tamper: Any, problem: str) -> None:
    _three_writes(session, platforms)
    tamper(session)
    session.commit()
    report = verify(session)
    assert not report.ok
    assert any(problem in p for p in report.problems)
