"""Audit sampling: reproducible samples, verdicts, and an over-enforcing platform scored down."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy.orm import Session

from clearbright.cases.errors import Forbidden, InvalidTransition
from clearbright.supervision import dispatch as d
from clearbright.supervision import quality
from clearbright.supervision.metrics import timeliness
from tests.supervision.test_dispatch import REMOVED, SUP_ZJ, T0, WEIBO, _case

KEPT = d.ActIn(action="no_action", ground="未发现违规", facts="内容无问题")
ENFORCE = quality.ReviewIn(expected="enforce")
LEAVE_UP = quality.ReviewIn(expected="no_action", note="消费者对产品的真实批评，应保留")
WINDOW = (T0 - timedelta(days=1), T0 + timedelta(days=1))


def _answered(session: Session, platforms: Any, answers: list[d.ActIn]) -> list[Any]:
    cases = [_case(session, platforms, f"wb-q{i}") for i in range(len(answers))]
    rows = d.dispatch(session, d.DispatchIn(cases=[c.id for c in cases]), SUP_ZJ, platforms, now=T0)
    for row, answer in zip(rows, answers, strict=True):
        d.act(session, row, answer, WEIBO, now=T0 + timedelta(hours=1))
    return rows


@pytest.mark.parametrize(
    ("answer", "expected", "verdict"),
    [
        (REMOVED, "enforce", "agree"),
        (KEPT, "no_action", "agree"),
        (REMOVED, "no_action", "over_enforcement"),
        (KEPT, "enforce", "under_enforcement"),
    ],
)
def test_verdicts(
    session: Session, platforms: Any, answer: d.ActIn, expected: str, verdict: str
) -> None:
    (row,) = _answered(session, platforms, [answer])
    data = quality.ReviewIn.model_validate({"expected": expected})
    assert quality.review(session, row, data, SUP_ZJ) == verdict


def test_a_contested_harm_is_under_enforcement(session: Session, platforms: Any) -> None:
    (row,) = d.dispatch(
        session, d.DispatchIn(cases=[_case(session, platforms, "wb-c").id]), SUP_ZJ, platforms
    )
    d.contest(session, row, d.ContestIn(reason="不同意"), WEIBO)
    assert quality.review(session, row, ENFORCE, SUP_ZJ) == "under_enforcement"


def test_the_sample_is_reproducible_and_only_answered(session: Session, platforms: Any) -> None:
    rows = _answered(session, platforms, [REMOVED] * 8)
    unanswered = d.dispatch(
        session,
        d.DispatchIn(cases=[_case(session, platforms, "wb-u").id]),
        SUP_ZJ,
        platforms,
        now=T0,
    )
    first = quality.sample(session, "weibo", *WINDOW, size=3, seed=7)
    assert first == quality.sample(session, "weibo", *WINDOW, size=3, seed=7)
    assert len(first) == 3 and set(first) <= {r.id for r in rows}
    assert unanswered[0].id not in quality.sample(session, "weibo", *WINDOW, size=50, seed=1)
    assert quality.sample(session, "douyin", *WINDOW, size=3, seed=7) == []


def test_review_is_once_by_a_supervisor_after_an_answer(session: Session, platforms: Any) -> None:
    (row,) = _answered(session, platforms, [REMOVED])
    with pytest.raises(Forbidden):
        quality.review(session, row, ENFORCE, WEIBO)
    quality.review(session, row, ENFORCE, SUP_ZJ)
    with pytest.raises(InvalidTransition, match="already reviewed"):
        quality.review(session, row, ENFORCE, SUP_ZJ)
    (pending,) = d.dispatch(
        session, d.DispatchIn(cases=[_case(session, platforms, "wb-p").id]), SUP_ZJ, platforms
    )
    with pytest.raises(InvalidTransition, match="not answered"):
        quality.review(session, pending, ENFORCE, SUP_ZJ)


def test_a_platform_removing_protected_criticism_is_scored_down(
    session: Session, platforms: Any
) -> None:
    # Four answers: two harms removed rightly, two criticisms (guard items) removed wrongly.
    rows = _answered(session, platforms, [REMOVED] * 4)
    for row, review in zip(rows, [ENFORCE, ENFORCE, LEAVE_UP, LEAVE_UP], strict=True):
        quality.review(session, row, review, SUP_ZJ)
    session.commit()
    (card,) = timeliness(session, *WINDOW)
    assert card["quality"] == {
        "reviewed": 4,
        "agreement_rate": 0.5,
        "agree": 2,
        "under_enforcement": 0,
        "over_enforcement": 2,
    }
