"""The transparency report: its figures, its files, masking, and bad periods refused."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from clearbright.cases import appeals
from clearbright.cases.access import Actor, Role
from clearbright.cases.decisions import DecisionIn, decide
from clearbright.cases.lifecycle import transition
from clearbright.cases.notices import NoticeIn, file_notice
from clearbright.cli.main import app
from clearbright.reports import transparency
from clearbright.store import Store
from clearbright.supervision import dispatch as d
from tests.cases.conftest import ALICE, BOB

NOTIFIER_NAME = "澄屿科技法务部张晓明"
NOTIFIER_CONTACT = "legal-zhang@chengyu-tech.example"
PHONE = "13912345678"
ID_NUMBER = "330108198506122312"
SECRETS = (NOTIFIER_NAME, NOTIFIER_CONTACT, PHONE, ID_NUMBER, "wb-leak-1", "leaker_acct")
SUP = Actor(name="zj", role=Role.SUPERVISOR, region="CN-ZJ")
WEIBO = Actor(name="wb", role=Role.PLATFORM, platform="weibo")


def _notice(ref: str, category: str) -> NoticeIn:
    return NoticeIn.model_validate(
        {
            "platform": "weibo",
            "items": [ref],
            "category": category,
            "relation": "self",
            "region": "CN-ZJ",
            "explanation": f"账号 leaker_acct 公开了我的手机号 {PHONE} 和身份证 {ID_NUMBER}",
            "notifier": {"kind": "enterprise", "name": NOTIFIER_NAME, "contact": NOTIFIER_CONTACT},
        }
    )


def _populate(session: Session, platforms: Any) -> None:
    leak = _open(session, platforms, "wb-leak-1", "privacy_leak")
    facts = f"帖子含手机号 {PHONE} 与身份证号 {ID_NUMBER}"
    (sent,) = d.dispatch(session, d.DispatchIn(cases=[leak.id]), SUP, platforms)
    d.act(session, sent, d.ActIn(action="remove", ground="泄露个人信息", facts=facts), WEIBO)
    decide(session, leak, DecisionIn(action="remove", ground="个人信息泄露", facts=facts), ALICE)
    critique = _open(session, platforms, "wb-review-2", "targeted_abuse")
    no_action = DecisionIn(action="no_action", ground="protected criticism", facts="真实差评")
    decide(session, critique, no_action, ALICE)
    appeal = appeals.file_appeal(
        session, critique, appeals.AppealIn(appellant="notifier", text=NOTIFIER_NAME), ALICE
    )
    removal = DecisionIn(action="remove", ground="人身攻击", facts="辱骂创始人")
    appeals.resolve(session, appeal, removal, BOB)
    session.commit()


def _open(session: Session, platforms: Any, ref: str, category: str) -> Any:
    _, case = file_notice(session, _notice(ref, category), ALICE, platforms)
    transition(session, case, "triaged", ALICE)
    transition(session, case, "assigned", ALICE)
    return case


def _today_window() -> tuple[datetime, datetime]:
    today = datetime.now(UTC).date()
    return transparency.period(str(today - timedelta(days=1)), str(today))


def test_the_figures_count_notices_decisions_appeals_and_platforms(
    session: Session, platforms: Any
) -> None:
    _populate(session, platforms)
    data = transparency.build(session, *_today_window())
    assert data["notices"]["total"] == 2
    assert data["notices"]["by_source_type"] == {"enterprise": 2}
    assert data["notices"]["by_category"] == {"privacy_leak": 1, "targeted_abuse": 1}
    assert data["decisions"]["by_action"] == {"remove": 2, "no_action": 1}
    assert (data["decisions"]["human"], data["decisions"]["automated"]) == (3, 0)
    assert data["decisions"]["no_action_speech"] == 1
    assert data["decisions"]["hours_to_decision"]["median"] is not None
    assert data["appeals"] == {
        "filed": 1,
        "upheld": 0,
        "overturned": 1,
        "pending": 0,
        "reversal_rate": 1.0,
    }
    (card,) = data["platforms"]
    assert (card["platform"], card["region"], card["acted"]) == ("weibo", "CN-ZJ", 1)


def test_a_period_before_the_data_is_empty(session: Session, platforms: Any) -> None:
    _populate(session, platforms)
    data = transparency.build(session, *transparency.period("2020-01-01", "2020-01-31"))
    assert data["notices"]["total"] == data["decisions"]["total"] == 0
    assert data["platforms"] == []


def test_the_cli_writes_json_and_html_without_personal_data(
    store: Store, db_url: str, platforms: Any, tmp_path: Path
) -> None:
    with Session(store.engine, expire_on_commit=False) as session:
        _populate(session, platforms)
    today = datetime.now(UTC).date()
    out = tmp_path / "report"
    args = ["report", "--since", str(today - timedelta(days=1)), "--until", str(today)]
    result = CliRunner().invoke(app, [*args, "--out", str(out), "--db", db_url])
    assert result.exit_code == 0, result.output
    data = json.loads((out / "report.json").read_text("utf-8"))
    assert data["format"] == transparency.FORMAT and data["notices"]["total"] == 2
    page = (out / "report.html").read_text("utf-8")
    assert "<h1>Transparency report</h1>" in page and "weibo" in page
    assert "Over-enforced" in page
    for path in out.iterdir():
        text = path.read_text("utf-8")
        leaked = [s for s in SECRETS if s in text]
        assert not leaked, f"{path.name} contains {leaked}"


@pytest.mark.parametrize(
    ("since", "until", "message"),
    [
        ("2026-13-01", "2026-12-31", "--since '2026-13-01' is not a date"),
        ("2026-01-01", "soon", "--until 'soon' is not a date"),
        ("2026-03-01", "2026-02-01", "is before --since"),
    ],
)
def test_a_bad_period_is_a_clear_error_and_a_non_zero_exit(
    tmp_path: Path, since: str, until: str, message: str
) -> None:
    db = f"sqlite:///{tmp_path / 'store.db'}"
    args = ["report", "--since", since, "--until", until, "--out", str(tmp_path / "r"), "--db", db]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    assert message in result.output
    assert not (tmp_path / "r").exists()
