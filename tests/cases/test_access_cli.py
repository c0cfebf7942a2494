"""Token lifetime commands and evidence files on `notice add`."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from clearbright.cases import tokens
from clearbright.cli.main import app
from clearbright.store import Store
from clearbright.store.access_schema import EvidenceBlob, EvidenceFile
from clearbright.store.cases_schema import ApiToken, Notice
from tests.cases.test_cli import NOTICE

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _create(db_url: str, *extra: str) -> str:
    result = CliRunner().invoke(
        app, ["token", "create", "--name", "rv", "--role", "reviewer", *extra, "--db", db_url]
    )
    assert result.exit_code == 0, result.output
    return result.stdout.strip()


def test_expires_in_sets_the_expiry(db_url: str) -> None:
    secret = _create(db_url, "--expires-in", "12h")
    store = Store.open(db_url)
    with Session(store.engine) as session:
        row = session.scalars(select(ApiToken)).one()
        assert row.expires_at is not None
        expires = row.expires_at.replace(tzinfo=row.expires_at.tzinfo or UTC)
        assert timedelta(hours=11) < expires - datetime.now(UTC) <= timedelta(hours=12)
        assert tokens.authenticate(session, secret) is not None
    store.close()


def test_a_bad_lifetime_is_a_one_line_error(db_url: str) -> None:
    for value in ("soon", "0d", "-3h", "12 years"):
        result = CliRunner().invoke(
            app,
            [
                "token",
                "create",
                "--name",
                "x",
                "--role",
                "reviewer",
                "--expires-in",
                value,
                "--db",
                db_url,
            ],
        )
        assert result.exit_code == 1, value
        assert "expires-in" in result.output and "Traceback" not in result.output


def test_list_and_revoke(db_url: str) -> None:
    secret = _create(db_url)
    runner = CliRunner()
    listed = runner.invoke(app, ["token", "list", "--db", db_url])
    assert listed.exit_code == 0, listed.output
    row = json.loads(listed.stdout.strip())
    assert row["name"] == "rv" and row["valid"] is True and secret not in listed.stdout
    revoked = runner.invoke(app, ["token", "revoke", str(row["id"]), "--db", db_url])
    assert revoked.exit_code == 0, revoked.output
    again = runner.invoke(app, ["token", "revoke", str(row["id"]), "--db", db_url])
    assert again.exit_code == 0  # revoking twice is harmless
    store = Store.open(db_url)
    with Session(store.engine) as session:
        assert tokens.authenticate(session, secret) is None
    store.close()
    after = json.loads(runner.invoke(app, ["token", "list", "--db", db_url]).stdout.strip())
    assert after["valid"] is False and after["revoked_at"]
    missing = runner.invoke(app, ["token", "revoke", "999", "--db", db_url])
    assert missing.exit_code == 1 and "no token 999" in missing.output
    verified = runner.invoke(app, ["audit", "verify", "--db", db_url])
    assert verified.exit_code == 0


def test_notice_add_stores_evidence_files(db_url: str, tmp_path: Path) -> None:
    report = tmp_path / "举报材料.pdf"
    report.write_bytes(PDF)
    chat = tmp_path / "chat.txt"
    chat.write_text("客服要求转账保证金", encoding="utf-8")
    result = CliRunner().invoke(
        app, [*NOTICE, "--evidence", str(report), "--evidence", str(chat), "--db", db_url]
    )
    assert result.exit_code == 0, result.output
    notice_id = json.loads(result.stdout)["notice"]
    store = Store.open(db_url)
    with Session(store.engine) as session:
        files = session.scalars(select(EvidenceFile).where(EvidenceFile.notice_id == notice_id))
        assert [(f.name, f.media_type, f.sha256) for f in files] == [
            ("举报材料.pdf", "application/pdf", hashlib.sha256(PDF).hexdigest()),
            ("chat.txt", "text/plain", hashlib.sha256(chat.read_bytes()).hexdigest()),
        ]
        assert session.get_one(EvidenceBlob, hashlib.sha256(PDF).hexdigest()).content == PDF
    store.close()


def test_a_bad_evidence_file_is_refused_before_anything_is_stored(
    db_url: str, tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body>hi</body></html>", encoding="utf-8")
    runner = CliRunner()
    for bad, message in ((page, "not an accepted type"), (tmp_path / "nope.pdf", "nope.pdf")):
        result = runner.invoke(app, [*NOTICE, "--evidence", str(bad), "--db", db_url])
        assert result.exit_code == 1, result.output
        assert message in result.output and "Traceback" not in result.output
    store = Store.open(db_url)
    with Session(store.engine) as session:
        assert session.scalar(select(func.count()).select_from(Notice)) == 0
    store.close()
