"""Dispatch → acknowledge → act or contest, scopes, audit entries and timeliness scorecards."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from clearbright.audit import verify
from clearbright.cases.access import Actor, Role
from clearbright.cases.errors import Forbidden, InvalidTransition, NotFound
from clearbright.cases.lifecycle import transition
from clearbright.cases.notices import file_notice
from clearbright.store.cases_schema import AuditEntry, Case
from clearbright.supervision import dispatch as d
from clearbright.supervision.metrics import summary, timeliness
from tests.cases.conftest import ALICE, notice

SUP_ZJ = Actor(name="zj", role=Role.SUPERVISOR, region="CN-ZJ")
SUP_GD = Actor(name="gd", role=Role.SUPERVISOR, region="CN-GD")
WEIBO = Actor(name="wb", role=Role.PLATFORM, platform="weibo")
DOUYIN = Actor(name="dy", role=Role.PLATFORM, platform="douyin")
T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
REMOVED = d.ActIn(action="remove", ground="仿冒官方账号", facts="账号名与注册商标一致")


def _case(session: Session, platforms: Any, ref: str, region: str = "CN-ZJ") -> Case:
    _, case = file_notice(session, notice([ref], region=region), ALICE, platforms)
    transition(session, case, "triaged", ALICE)
    transition(session, case, "assigned", ALICE)
    return case


def _send(session: Session, platforms: Any, cases: list[Case], **extra: Any) -> list[Any]:
    data = d.DispatchIn(cases=[c.id for c in cases], **extra)
    return d.dispatch(session, data, SUP_ZJ, platforms, now=T0)


def test_dispatch_sets_the_platform_deadline_and_waits_for_the_platform(
    session: Session, platforms: Any
) -> None:
    case = _case(session, platforms, "wb-1", region="CN-ZJ")
    (row,) = _send(session, platforms, [case])
    hours = platforms["weibo"].deadlines_hours[case.severity]
    assert row.deadline_at == T0 + timedelta(hours=hours)
    assert (row.status, row.queue, case.state) == ("sent", "CN-ZJ", "awaiting_platform")


def test_a_batch_is_one_batch_id_and_an_explicit_deadline_wins(
    session: Session, platforms: Any
) -> None:
    cases = [_case(session, platforms, f"wb-{i}", region="CN-ZJ") for i in range(3)]
    rows = _send(session, platforms, cases, deadline_hours=5)
    assert len({r.batch for r in rows}) == 1
    assert {r.deadline_at for r in rows} == {T0 + timedelta(hours=5)}


def test_acknowledge_act_and_contest_are_timestamped_and_audited(
    session: Session, platforms: Any
) -> None:
    first, second = (_case(session, platforms, f"wb-{i}", region="CN-ZJ") for i in (1, 2))
    acted, contested = _send(session, platforms, [first, second])
    d.acknowledge(session, acted, WEIBO, now=T0 + timedelta(hours=1))
    d.act(session, acted, REMOVED, WEIBO, now=T0 + timedelta(hours=3))
    d.contest(session, contested, d.ContestIn(reason="内容为消费者真实评价"), WEIBO)
    session.commit()
    assert (acted.status, acted.action, acted.ground) == ("acted", "remove", REMOVED.ground)
    assert acted.acknowledged_by == WEIBO.label and acted.responded_at is not None
    assert contested.status == "contested" and contested.acknowledged_at is not None
    actions = list(
        session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "dispatch"))
    )
    assert actions.count("dispatch.create") == 2
    assert {"dispatch.acknowledge", "dispatch.act", "dispatch.contest"} <= set(actions)
    assert verify(session).ok


def test_an_answered_dispatch_cannot_be_answered_again(session: Session, platforms: Any) -> None:
    (row,) = _send(session, platforms, [_case(session, platforms, "wb-1", region="CN-ZJ")])
    d.act(session, row, REMOVED, WEIBO)
    with pytest.raises(InvalidTransition, match="already acted"):
        d.contest(session, row, d.ContestIn(reason="不同意"), WEIBO)


def test_only_the_addressed_platform_answers(session: Session, platforms: Any) -> None:
    (row,) = _send(session, platforms, [_case(session, platforms, "wb-1", region="CN-ZJ")])
    with pytest.raises(Forbidden):
        d.acknowledge(session, row, DOUYIN)
    with pytest.raises(Forbidden):
        d.act(session, row, REMOVED, SUP_ZJ)
    with pytest.raises(NotFound):
        d.load(session, row.id, DOUYIN)
    assert d.load(session, row.id, WEIBO) is row


def test_a_supervisor_dispatches_only_its_region(session: Session, platforms: Any) -> None:
    case = _case(session, platforms, "wb-1", region="CN-ZJ")
    with pytest.raises(Forbidden, match="outside the scope"):
        d.dispatch(session, d.DispatchIn(cases=[case.id]), SUP_GD, platforms)
    with pytest.raises(Forbidden):
        d.dispatch(session, d.DispatchIn(cases=[case.id]), WEIBO, platforms)


def test_cross_region_cases_go_to_the_central_queue(session: Session, platforms: Any) -> None:
    case = _case(session, platforms, "wb-1", region="CN-ZJ")
    case.escalated, case.region, case.regions = True, None, ["CN-GD", "CN-ZJ"]
    with pytest.raises(Forbidden, match="central"):
        d.dispatch(session, d.DispatchIn(cases=[case.id]), SUP_ZJ, platforms)
    (row,) = d.dispatch(session, d.DispatchIn(cases=[case.id]), ALICE, platforms)
    assert row.queue == "central"


def test_a_closed_or_new_case_is_not_dispatched(session: Session, platforms: Any) -> None:
    _, case = file_notice(session, notice(["wb-9"], region="CN-ZJ"), ALICE, platforms)
    with pytest.raises(InvalidTransition, match="nothing to dispatch"):
        d.dispatch(session, d.DispatchIn(cases=[case.id]), SUP_ZJ, platforms)


def test_scorecard_times_deadlines_overdue_and_contested(session: Session, platforms: Any) -> None:
    cases = [_case(session, platforms, f"wb-{i}", region="CN-ZJ") for i in range(4)]
    fast, slow, disputed, silent = _send(session, platforms, cases, deadline_hours=10)
    d.acknowledge(session, fast, WEIBO, now=T0 + timedelta(hours=1))
    d.act(session, fast, REMOVED, WEIBO, now=T0 + timedelta(hours=2))
    d.act(session, slow, REMOVED, WEIBO, now=T0 + timedelta(hours=20))
    d.contest(session, disputed, d.ContestIn(reason="属于正当批评"), WEIBO, now=T0)
    session.commit()
    (card,) = timeliness(
        session, T0 - timedelta(days=1), T0 + timedelta(days=1), now=T0 + timedelta(days=2)
    )
    assert (card["platform"], card["region"], card["dispatched"]) == ("weibo", "CN-ZJ", 4)
    assert card["hours_to_action"]["median"] == pytest.approx(11.0)
    assert card["hours_to_acknowledge"]["median"] == pytest.approx(1.0)
    assert card["within_deadline_share"] == 0.5  # fast and the contest; slow is late
    assert (card["overdue"], card["contested_share"]) == (1, 0.25)
    assert silent.responded_at is None
    assert timeliness(session, T0 + timedelta(days=1), T0 + timedelta(days=2)) == []


def test_summary_median_and_p90() -> None:
    assert summary([]) == {"median": None, "p90": None}
    assert summary([4.0]) == {"median": 4.0, "p90": 4.0}
    assert summary([float(v) for v in range(1, 11)]) == {"median": 5.5, "p90": 9.1}
