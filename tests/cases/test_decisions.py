"""Decisions with reasons, the speech rule, appeals by a different reviewer, routing rules."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from clearbright.cases import appeals, routing
from clearbright.cases.decisions import DecisionIn, decide, statement
from clearbright.cases.errors import Forbidden, Invalid
from clearbright.cases.lifecycle import transition
from clearbright.cases.notices import file_notice
from clearbright.store.cases_schema import Case
from tests.cases.conftest import ALICE, BOB, notice

REMOVE = DecisionIn(action="remove", ground="冒充注册企业官方账号", facts="账号名与商标一致")
NO_ACTION = DecisionIn(
    action="no_action", ground="protected criticism", facts="对产品质量的真实评价"
)


def _assigned(session: Session, platforms: Any, category: str = "impersonation") -> Case:
    _, case = file_notice(session, notice(["wb-1"], category=category), ALICE, platforms)
    transition(session, case, "triaged", ALICE)
    transition(session, case, "assigned", ALICE)
    return case


@pytest.mark.parametrize(
    "category", ["targeted_abuse", "distortion", "false_search_trending", "competitor_smear"]
)
def test_speech_is_never_removed_automatically(
    session: Session, platforms: Any, category: str
) -> None:
    case = _assigned(session, platforms, category)
    with pytest.raises(Invalid, match="speech"):
        decide(session, case, REMOVE, ALICE, automated_decision=True)
    assert decide(session, case, REMOVE, ALICE).automated_decision is False


def test_no_action_is_a_decision_with_reasons(session: Session, platforms: Any) -> None:
    case = _assigned(session, platforms, "black_pr")
    reasons = statement(decide(session, case, NO_ACTION, ALICE))
    assert reasons["decision_visibility"] == "no_action"
    assert reasons["incompatible_content_ground"] == "protected criticism"
    assert reasons["redress"] and reasons["territorial_scope"] and case.state == "decided"


def test_an_appeal_needs_a_different_reviewer(session: Session, platforms: Any) -> None:
    case = _assigned(session, platforms)
    decide(session, case, REMOVE, ALICE)
    appeal = appeals.file_appeal(
        session, case, appeals.AppealIn(appellant="author", text="这是我本人的账号"), ALICE
    )
    with pytest.raises(Forbidden, match="different reviewer"):
        appeals.resolve(session, appeal, NO_ACTION, ALICE)
    appeals.resolve(session, appeal, NO_ACTION, BOB)
    session.commit()
    assert (appeal.outcome, case.state) == ("overturned", "redecided")
    assert appeals.counts(session) == {"upheld": 0, "overturned": 1, "pending": 0}


def test_a_notifier_appeals_only_no_action(session: Session, platforms: Any) -> None:
    case = _assigned(session, platforms)
    decide(session, case, REMOVE, ALICE)
    with pytest.raises(Invalid, match="only a decision to take no action"):
        appeals.file_appeal(session, case, appeals.AppealIn(appellant="notifier", text="x"), ALICE)


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        ({"rules": [{"name": "r", "match": {"categories": ["nope"]}, "queue": "q"}]}, "unknown"),
        ({"rules": [{"name": "r", "match": {}}]}, "neither queue nor assign_to"),
        ({"rules": [{"name": "r", "queue": "q", "colour": "red"}]}, "colour"),
        ({"rules": [{"name": "r", "queue": "a"}, {"name": "r", "queue": "b"}]}, "unique"),
    ],
)
def test_routing_rules_are_validated_before_use(rules: dict[str, Any], message: str) -> None:
    with pytest.raises(Invalid, match=message):
        routing.RuleSet.parse(rules)


def test_shadow_mode_shows_changes_without_writing(session: Session, platforms: Any) -> None:
    _, case = file_notice(session, notice(["wb-1"], category="extortion"), ALICE, platforms)
    session.commit()
    rules = routing.RuleSet.from_yaml(
        "rules:\n- name: extortion-first\n  match: {categories: [extortion]}\n"
        "  queue: urgent\n  assign_to: team:senior\n"
    )
    (change,) = routing.shadow(rules, [case])
    assert change["queue"] == {"now": "extortion/central", "would_be": "urgent"}
    session.refresh(case)
    assert case.queue == "extortion/central" and case.assignee is None
    _, routed = file_notice(
        session, notice(["wb-2"], category="extortion"), ALICE, platforms, rules
    )
    assert (routed.queue, routed.assignee) == ("urgent", "team:senior")
