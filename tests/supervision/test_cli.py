"""The supervision commands: dispatch as a supervisor, answer as a platform, sample, review,
scorecards; roles and scopes enforced through the token; errors are one line and exit 1."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from clearbright.audit import verify
from clearbright.cases import tokens
from clearbright.cases.access import Role
from clearbright.cli.main import app
from clearbright.store import Store
from clearbright.store.cases_schema import AuditEntry
from tests.conftest import EXAMPLES  # examples/
from tests.supervision.test_dispatch import _case

runner = CliRunner()


@pytest.fixture
def setup(store: Store, db_url: str, platforms: Any) -> dict[str, Any]:
    with Session(store.engine, expire_on_commit=False) as session:
        cases = [_case(session, platforms, f"cli-{i}", region="CN-ZJ").id for i in range(3)]
        gd = _case(session, platforms, "cli-gd", region="CN-GD").id
        secrets = {
            name: tokens.create(session, name, role, platform=platform, region=region)[0]
            for name, role, platform, region in (
                ("zj", Role.SUPERVISOR, None, "CN-ZJ"),
                ("weibo", Role.PLATFORM, "weibo", None),
                ("douyin", Role.PLATFORM, "douyin", None),
            )
        }
        session.commit()
    return {"db": db_url, "cases": cases, "gd": gd, "tokens": secrets}


def _run(setup: dict[str, Any], who: str | None, *args: str) -> Any:
    extra = ["--token", setup["tokens"][who]] if who else []
    return runner.invoke(app, [*args, *extra, "--db", setup["db"]])


def _ok(result: Any) -> Any:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_dispatch_answer_sample_review_scorecard(setup: dict[str, Any], store: Store) -> None:
    registry = str(EXAMPLES / "registry")
    cases = [str(c) for c in setup["cases"]]
    sent = _ok(_run(setup, "zj", "dispatch", *cases, "--registry", registry))
    ids = [str(row["id"]) for row in sent["dispatches"]]
    assert len({row["batch"] for row in sent["dispatches"]}) == 1
    assert all(row["deadline_at"] for row in sent["dispatches"])  # the platform's deadline
    inbox = _ok(_run(setup, "weibo", "platform", "inbox", "--json"))
    assert [str(r["id"]) for r in inbox] == ids
    assert _ok(_run(setup, "douyin", "platform", "inbox", "--json")) == []
    assert _ok(_run(setup, "weibo", "platform", "acknowledge", ids[0]))["status"] == "acknowledged"
    acted = _run(
        setup, "weibo", "platform", "act", ids[0],
        "--action", "remove", "--ground", "仿冒官方", "--facts", "冒充澄屿科技客服",
    )  # fmt: skip
    assert _ok(acted)["action"] == "remove"
    contested = _run(setup, "weibo", "platform", "contest", ids[1], "--reason", "非仿冒")
    assert _ok(contested)["status"] == "contested"
    today = json.loads(json.dumps(sent["dispatches"][0]["dispatched_at"]))[:10]
    window = ["--since", today, "--until", today]
    sample = _ok(_run(setup, "zj", "quality", "sample", "--platform", "weibo", *window))
    assert sorted(r["id"] for r in sample["dispatches"]) == sorted(int(i) for i in ids[:2])
    again = _ok(_run(setup, "zj", "quality", "sample", "--platform", "weibo", *window))
    assert again == sample
    reviewed = _run(setup, "zj", "quality", "review", ids[0], "--expected", "no_action")
    assert _ok(reviewed)["review"]["verdict"] == "over_enforcement"
    cards = _ok(_run(setup, None, "scorecard", *window, "--json", "--trend", "week"))
    (card,) = cards["scorecards"]
    assert (card["platform"], card["dispatched"], card["acted"], card["contested"]) == (
        "weibo",
        3,
        1,
        1,
    )
    assert card["quality"]["over_enforcement"] == 1 and card["score"] is not None
    assert cards["trend"]["platforms"]["weibo"]["dispatched"] == [3]
    table = _run(setup, "zj", "scorecard", *window, "--by", "region")
    assert table.exit_code == 0 and "CN-ZJ" in table.stdout
    with Session(store.engine) as session:
        actions = set(session.scalars(select(AuditEntry.action)))
        assert verify(session).ok
    assert {"dispatch.create", "dispatch.acknowledge", "dispatch.act", "dispatch.contest"} <= (
        actions
    )
    assert "dispatch.review" in actions


@pytest.mark.parametrize(
    ("who", "args", "message"),
    [
        ("weibo", ["dispatch", "CASE"], "role platform may not"),
        ("zj", ["dispatch", "GD"], "outside the scope"),
        ("zj", ["dispatch", "999999"], "no case 999999"),
        ("zj", ["dispatch", "CASE", "--deadline-hours", "-1"], "deadline_hours"),
        ("douyin", ["platform", "acknowledge", "1"], "no dispatch 1"),
        ("weibo", ["platform", "inbox", "--status", "lost"], "unknown status"),
        ("zj", ["scorecard", "--since", "2026-01-01", "--until", "x"], "is not a date"),
        (
            "zj",
            ["scorecard", "--since", "2026-01-01", "--until", "2026-01-02", "--by", "x"],
            "--by",
        ),
    ],
)
def test_bad_requests_are_one_line_errors(
    setup: dict[str, Any], who: str, args: list[str], message: str
) -> None:
    resolved = [
        str(setup["cases"][0]) if a == "CASE" else str(setup["gd"]) if a == "GD" else a
        for a in args
    ]
    result = _run(setup, who, *resolved)
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output


def test_an_unknown_token_is_refused(setup: dict[str, Any]) -> None:
    result = runner.invoke(app, ["platform", "inbox", "--token", "cb_nope", "--db", setup["db"]])
    assert result.exit_code == 1 and "unknown, expired or revoked token" in result.output
