"""The README's main command, without serving: a fresh store, cases and a token per role."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clearbright.cases import tokens
from clearbright.console import demo
from clearbright.store import Store
from clearbright.store.cases_schema import Appeal, Case, Decision, Notice


def test_demo_sets_up_and_prints_a_sign_in_per_role(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert demo.main(["--data-dir", str(tmp_path), "--no-serve"]) == 0
    out = capsys.readouterr().out
    assert "console: http://127.0.0.1:8000/console/" in out
    secrets = {}
    for name, role, _, _ in demo.ROLES:
        line = next(line for line in out.splitlines() if f" {name} " in line)
        assert role.value in line
        secrets[name] = line.split()[-1]
    assert (tmp_path / "findings.jsonl").read_text(encoding="utf-8").count("\n") > 0
    store = Store.open(f"sqlite:///{tmp_path / 'demo.db'}")
    try:
        with Session(store.engine) as session:
            assert session.scalar(select(func.count()).select_from(Case)) > 10
            assert session.scalar(select(func.count()).select_from(Notice)) == 1
            assert session.scalar(select(func.count()).select_from(Decision)) == 2
            assert session.scalar(select(func.count()).select_from(Appeal)) == 1
            for name, secret in secrets.items():
                actor = tokens.authenticate(session, secret)
                assert actor is not None and actor.name == name
    finally:
        store.close()
    # A second run starts over: the earlier tokens no longer work.
    assert demo.main(["--data-dir", str(tmp_path), "--no-serve"]) == 0
    store = Store.open(f"sqlite:///{tmp_path / 'demo.db'}")
    try:
        with Session(store.engine) as session:
            assert tokens.authenticate(session, secrets["demo-reviewer"]) is None
    finally:
        store.close()
