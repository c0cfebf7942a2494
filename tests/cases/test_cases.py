"""Notices become cases: merging, triage, deadlines, jurisdiction and the state machine."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from clearbright.cases.errors import InvalidTransition
from clearbright.cases.lifecycle import transition
from clearbright.cases.notices import file_notice
from clearbright.store.cases_schema import Case, Notice, Transition
from tests.cases.conftest import ALICE, notice


def test_a_notice_opens_a_triage_ready_case(session: Session, platforms: Any) -> None:
    filed, case = file_notice(session, notice(["wb-1"], region="CN-ZJ"), ALICE, platforms)
    session.commit()
    assert case.state == "new" and filed.case_id == case.id
    assert case.region == "CN-ZJ" and not case.escalated
    assert case.queue == "impersonation/CN-ZJ"
    assert case.due_at is not None  # weibo sets deadlines for every severity


@pytest.mark.parametrize(
    ("first", "second", "same_case"),
    [
        (["wb-1", "wb-2"], ["wb-2", "wb-3"], True),  # shared item: one campaign
        (["wb-1"], ["wb-9"], False),  # nothing shared: two cases
    ],
)
def test_overlapping_items_merge_into_one_case(
    session: Session, platforms: Any, first: list[str], second: list[str], same_case: bool
) -> None:
    _, a = file_notice(session, notice(first), ALICE, platforms)
    _, b = file_notice(session, notice(second), ALICE, platforms)
    session.commit()
    assert (a.id == b.id) is same_case
    if same_case:
        assert a.item_refs == ["wb-1", "wb-2", "wb-3"]
        assert a.signals["campaign_size"] == 3


def test_a_duplicate_notice_is_linked_not_reopened(session: Session, platforms: Any) -> None:
    first, case = file_notice(session, notice(["wb-1"]), ALICE, platforms)
    case.state = "closed"
    session.commit()
    again, same = file_notice(session, notice(["wb-1"]), ALICE, platforms)
    session.commit()
    assert again.duplicate_of == first.id and same.id == case.id and same.state == "closed"
    assert len(session.scalars(select(Case)).all()) == 1


def test_items_in_several_regions_go_to_the_central_queue(session: Session, platforms: Any) -> None:
    _, case = file_notice(session, notice(["wb-1"], region="CN-ZJ"), ALICE, platforms)
    _, case = file_notice(session, notice(["wb-1", "wb-2"], region="CN-GD"), ALICE, platforms)
    assert case.escalated and case.region is None and case.queue == "impersonation/central"


def test_fraud_and_reach_raise_priority(session: Session, platforms: Any) -> None:
    _, low = file_notice(session, notice(["wb-1"], category="distortion"), ALICE, platforms)
    _, high = file_notice(
        session, notice(["wb-2"], category="extortion", reach=1_000_000), ALICE, platforms
    )
    assert high.priority > low.priority
    assert (low.severity, high.severity) == ("low", "high")


def test_transitions_are_recorded_and_invalid_ones_refused(
    session: Session, platforms: Any
) -> None:
    _, case = file_notice(session, notice(["wb-1"]), ALICE, platforms)
    transition(session, case, "triaged", ALICE)
    with pytest.raises(InvalidTransition, match="cannot go from triaged to closed"):
        transition(session, case, "closed", ALICE)
    with pytest.raises(InvalidTransition, match="unknown state"):
        transition(session, case, "deleted", ALICE)
    transition(session, case, "assigned", ALICE)
    with pytest.raises(InvalidTransition, match="record a decision"):
        transition(session, case, "decided", ALICE)
    session.commit()
    moves = session.scalars(select(Transition.to_state).order_by(Transition.id)).all()
    assert moves == ["triaged", "assigned"] and case.claimed_at is not None


def test_the_notifier_identity_is_stored_apart(session: Session, platforms: Any) -> None:
    filed, _ = file_notice(session, notice(["wb-1"]), ALICE, platforms)
    session.commit()
    row = session.get_one(Notice, filed.id)
    assert "澄屿科技" not in repr([getattr(row, c.key) for c in Notice.__table__.columns])
