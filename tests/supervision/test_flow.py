"""Dispatch → acknowledge → act → audit sample → scorecard, by hand and over the example data;
an over-enforcing platform (removing protected criticism) is scored down; weekly trends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.orm import Session

from clearbright.audit import verify
from clearbright.cases.access import Actor, Role
from clearbright.cases.decisions import DecisionIn, decide
from clearbright.cases.errors import Invalid
from clearbright.store import Store
from clearbright.supervision import dispatch as d
from clearbright.supervision import metrics, quality
from tests.cases.conftest import ALICE
from tests.reports.example_data import populate
from tests.supervision.test_dispatch import REMOVED, SUP_ZJ, T0, _case

KEPT = d.ActIn(action="no_action", ground="属于正当批评", facts="消费者评价")
DOUYIN = Actor(name="dy", role=Role.PLATFORM, platform="douyin")
WEIBO = Actor(name="wb", role=Role.PLATFORM, platform="weibo")
WINDOW = (T0 - timedelta(days=1), T0 + timedelta(days=1))
LATER = T0 + timedelta(days=3)


def _decided(session: Session, platforms: Any, ref: str, platform: str, protected: bool) -> Any:
    case = _case(session, platforms, ref)
    case.platform = platform
    if protected:
        data = DecisionIn(action="no_action", ground="protected criticism", facts="真实差评")
    else:
        data = DecisionIn(action="remove", ground="仿冒", facts="冒充官方")
    decide(session, case, data, ALICE)
    return case


def _run_platform(
    session: Session, platforms: Any, platform: str, actor: Actor, over_enforce: bool
) -> None:
    """Four harms and four criticisms sent; the platform answers each within 2 hours."""
    cases = [
        _decided(session, platforms, f"{platform}-{i}", platform, protected=i >= 4)
        for i in range(8)
    ]
    rows = d.dispatch(session, d.DispatchIn(cases=[c.id for c in cases]), SUP_ZJ, platforms, now=T0)
    for i, row in enumerate(rows):
        d.acknowledge(session, row, actor, now=T0 + timedelta(minutes=30))
        protected = i >= 4
        answer = REMOVED if (not protected or over_enforce) else KEPT
        d.act(session, row, answer, actor, now=T0 + timedelta(hours=1 + i * 0.1))


def _review_sample(session: Session, platform: str, seed: int) -> list[int]:
    ids = quality.sample(session, platform, *WINDOW, size=8, seed=seed)
    for row in quality.sample_view(session, ids):
        data = quality.ReviewIn.model_validate({"expected": row["suggested"]})
        quality.review(session, d.load(session, row["id"], SUP_ZJ), data, SUP_ZJ)
    return ids


def test_an_over_enforcing_platform_is_scored_down(session: Session, platforms: Any) -> None:
    _run_platform(session, platforms, "weibo", WEIBO, over_enforce=False)
    _run_platform(session, platforms, "douyin", DOUYIN, over_enforce=True)
    session.commit()
    first = quality.sample(session, "douyin", *WINDOW, size=3, seed=11)
    assert first == quality.sample(session, "douyin", *WINDOW, size=3, seed=11)  # reproducible
    assert len(_review_sample(session, "weibo", 7)) == len(_review_sample(session, "douyin", 7))
    session.commit()
    cards = {c["platform"]: c for c in metrics.by_platform(session, *WINDOW, now=LATER)}
    weibo, douyin = cards["weibo"], cards["douyin"]
    # Equally fast and on time ...
    for card in (weibo, douyin):
        assert card["within_deadline_share"] == 1.0 and card["overdue"] == 0
        assert card["hours_to_acknowledge"]["median"] == pytest.approx(0.5)
    # ... but douyin removed the four criticisms: over-enforcement, counted against it.
    assert weibo["quality"] == {
        "reviewed": 8,
        "agreement_rate": 1.0,
        "agree": 8,
        "under_enforcement": 0,
        "over_enforcement": 0,
    }
    assert douyin["quality"]["over_enforcement"] == 4
    assert douyin["quality"]["agreement_rate"] == 0.5
    assert (weibo["score"], douyin["score"]) == (100.0, 75.0)
    assert verify(session).ok


def test_ignoring_a_harm_costs_as_much_as_removing_criticism(
    session: Session, platforms: Any
) -> None:
    cases = [_decided(session, platforms, f"s-{i}", "weibo", protected=i == 1) for i in range(2)]
    ignored, removed = d.dispatch(
        session, d.DispatchIn(cases=[c.id for c in cases]), SUP_ZJ, platforms, now=T0
    )
    d.act(session, ignored, KEPT, WEIBO, now=T0 + timedelta(hours=1))  # a harm left up
    d.act(session, removed, REMOVED, WEIBO, now=T0 + timedelta(hours=1))  # criticism removed
    for row in quality.sample_view(session, [ignored.id, removed.id]):
        data = quality.ReviewIn.model_validate({"expected": row["suggested"]})
        quality.review(session, d.load(session, row["id"], SUP_ZJ), data, SUP_ZJ)
    (card,) = metrics.by_platform(session, *WINDOW, now=LATER)
    assert card["quality"]["under_enforcement"] == card["quality"]["over_enforcement"] == 1
    assert card["quality"]["agreement_rate"] == 0.0


def test_the_sample_view_suggests_what_the_case_desk_decided(
    session: Session, platforms: Any
) -> None:
    kept = _decided(session, platforms, "v-1", "weibo", protected=True)
    undecided = _case(session, platforms, "v-2")
    rows = d.dispatch(session, d.DispatchIn(cases=[kept.id, undecided.id]), SUP_ZJ, platforms)
    for row in rows:
        d.act(session, row, REMOVED, WEIBO)
    views = {v["case_id"]: v for v in quality.sample_view(session, [r.id for r in rows])}
    assert (views[kept.id]["suggested"], views[kept.id]["case_decision"]) == (
        "no_action",
        "no_action",
    )
    assert views[undecided.id]["suggested"] is None


def test_trends_per_week_and_month(session: Session, platforms: Any) -> None:
    weeks = [T0 + timedelta(weeks=n) for n in range(3)]
    for n, at in enumerate(weeks):
        case = _case(session, platforms, f"t-{n}")
        (row,) = d.dispatch(
            session, d.DispatchIn(cases=[case.id], deadline_hours=10), SUP_ZJ, platforms, now=at
        )
        if n != 1:  # week two goes unanswered
            d.act(session, row, REMOVED, WEIBO, now=at + timedelta(hours=2 + 10 * n))
    session.commit()
    since, until = T0 - timedelta(days=1), T0 + timedelta(weeks=3)
    weekly = metrics.trend(session, since, until, "week", now=T0 + timedelta(weeks=4))
    assert weekly["periods"] == ["2026-W09", "2026-W10", "2026-W11", "2026-W12"]
    series = weekly["platforms"]["weibo"]
    assert series["dispatched"] == [1, 1, 1, None]
    assert series["hours_to_action_median"] == [2.0, None, 22.0, None]
    assert series["within_deadline_share"] == [1.0, 0.0, 0.0, None]
    assert series["overdue"] == [0, 1, 0, None]
    assert series["score"] == [100.0, 0.0, 0.0, None]
    monthly = metrics.trend(session, since, until, "month", now=T0 + timedelta(weeks=4))
    assert monthly["periods"] == ["2026-02", "2026-03"]
    assert monthly["platforms"]["weibo"]["dispatched"] == [None, 3]


def test_a_trend_over_too_long_a_range_is_refused(session: Session) -> None:
    with pytest.raises(Invalid, match="at most"):
        metrics.trend(session, datetime(2000, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC))


def test_the_example_scenario_scores_the_over_enforcer_lowest(store: Store) -> None:
    populate(store)
    now = datetime.now(UTC)
    with Session(store.engine) as session:
        cards = {
            c["platform"]: c
            for c in metrics.by_platform(session, now - timedelta(days=5), now + timedelta(days=1))
        }
        assert verify(session).ok
    assert set(cards) == {"weibo", "douyin", "appstore"}
    douyin, weibo, appstore = cards["douyin"], cards["weibo"], cards["appstore"]
    assert douyin["quality"]["over_enforcement"] >= 2  # removed the criticisms
    assert weibo["quality"]["over_enforcement"] == 0
    assert douyin["score"] < appstore["score"] < weibo["score"]
    assert appstore["overdue"] >= 1  # dispatches left unanswered past their deadline
    assert douyin["hours_to_action"]["median"] > weibo["hours_to_action"]["p90"]
    assert weibo["contested_share"] > 0
