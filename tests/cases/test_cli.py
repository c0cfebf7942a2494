"""The case commands: token create, notice add and audit verify."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from clearbright.cases import tokens
from clearbright.cli.main import app
from clearbright.store import Store
from clearbright.store.cases_schema import ApiToken
from tests.cases.conftest import EXAMPLES

NOTICE = [
    "notice",
    "add",
    "--platform",
    "weibo",
    "--item",
    "wb-1",
    "--item",
    "wb-2",
    "--category",
    "impersonation",
    "--explanation",
    "冒充官方账号",
    "--notifier",
    "澄屿科技",
    "--registry",
    str(EXAMPLES),
]


def test_token_create_prints_a_secret_stored_only_as_a_hash(db_url: str) -> None:
    result = CliRunner().invoke(
        app,
        [
            "token",
            "create",
            "--name",
            "wb",
            "--role",
            "platform",
            "--platform",
            "weibo",
            "--db",
            db_url,
        ],
    )
    assert result.exit_code == 0, result.output
    secret = result.stdout.strip()
    store = Store.open(db_url)
    with Session(store.engine) as session:
        row = session.scalars(select(ApiToken)).one()
        actor = tokens.authenticate(session, secret)
    store.close()
    assert row.token_hash != secret and secret not in row.token_hash
    assert actor is not None and (actor.role.value, actor.platform) == ("platform", "weibo")


def test_a_token_role_needs_its_scope(db_url: str) -> None:
    result = CliRunner().invoke(
        app, ["token", "create", "--name", "s", "--role", "supervisor", "--db", db_url]
    )
    assert result.exit_code == 1 and "--region" in result.output


def test_notice_add_files_and_links_duplicates(db_url: str) -> None:
    runner = CliRunner()
    first = runner.invoke(app, [*NOTICE, "--db", db_url])
    second = runner.invoke(app, [*NOTICE, "--db", db_url])
    assert first.exit_code == 0, first.output
    one, two = json.loads(first.stdout), json.loads(second.stdout)
    assert two == {"notice": one["notice"] + 1, "case": one["case"], "duplicate_of": one["notice"]}
    verified = runner.invoke(app, ["audit", "verify", "--db", db_url])
    assert verified.exit_code == 0, verified.output


def test_notice_add_rejects_an_unknown_category(db_url: str) -> None:
    args = [*NOTICE, "--db", db_url]
    args[args.index("impersonation")] = "gossip"
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1 and "category" in result.output
