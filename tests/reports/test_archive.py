"""The notice archive: closed notices and outcomes, masked, filtered, exported as JSONL or CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from clearbright.cli.main import app
from clearbright.reports import masking
from clearbright.store import Store
from tests.reports.example_data import CRITICISM, HARMS, NOTIFIERS, PERSONAL, populate

runner = CliRunner()


def _export(db_url: str, *args: str) -> Any:
    return runner.invoke(app, ["archive", "export", *args, "--db", db_url])


def _records(result: Any) -> list[dict[str, Any]]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_masking_rules() -> None:
    assert masking.handle("chengyu_kefu888") == "c******8"
    assert masking.handle("ab") == "**"
    assert masking.reference("https://weibo.com/chengyu_kefu888?from=x#top") == (
        "https://weibo.com/c******8"
    )
    assert masking.reference("ex-012") == "e****2"
    masked = masking.text("联系 @gunansheng 手机 13912345678")
    assert "gunansheng" not in masked and "13912345678" not in masked


def test_the_archive_filters_and_masks(store: Store, db_url: str, tmp_path: Path) -> None:
    populate(store)
    everything = _records(_export(db_url))
    assert len(everything) == len(CRITICISM) + len(HARMS)
    text = json.dumps(everything, ensure_ascii=False)
    secrets = [*PERSONAL, *(v for n in NOTIFIERS.values() for v in n.values() if v != n["kind"])]
    secrets += [ref for _, refs, *_ in [*CRITICISM, *HARMS] for ref in refs]
    assert not [s for s in secrets if s in text]
    leak = next(r for r in everything if r["category"] == "privacy_leak")
    assert leak["items"] == ["e****2"] and leak["sender_type"] == "person"
    assert leak["outcome"] == "remove" and leak["platform_answer"] == "acted"
    assert leak["hours_to_platform_answer"] is not None and leak["filed_at"]
    assert [r["category"] for r in _records(_export(db_url, "--category", "privacy_leak"))] == [
        "privacy_leak"
    ]
    kept = _records(_export(db_url, "--outcome", "no_action"))
    assert len(kept) == len(CRITICISM) and all(r["speech"] for r in kept)
    assert len(_records(_export(db_url, "--platform", "douyin"))) == 3
    assert len(_records(_export(db_url, "--sender-type", "public"))) == 1
    # An exact reference finds its notice (shown masked); a prefix finds nothing.
    assert [r["items"] for r in _records(_export(db_url, "--item", "ex-012"))] == [["e****2"]]
    assert _records(_export(db_url, "--item", "ex-01")) == []
    assert _records(_export(db_url, "--since", "2020-01-01", "--until", "2020-12-31")) == []
    out = tmp_path / "archive.csv"
    assert _export(db_url, "--format", "csv", "--out", str(out)).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    assert len(rows) == len(everything) and rows[0]["notice_id"] == str(everything[0]["notice_id"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "xml"], "--format must be jsonl or csv"),
        (["--category", "gossip"], "unknown category 'gossip'"),
        (["--since", "2026-02-01", "--until", "2026-01-01"], "is before --since"),
    ],
)
def test_bad_filters_are_one_line_errors(tmp_path: Path, args: list[str], message: str) -> None:
    result = _export(f"sqlite:///{tmp_path / 'x.db'}", *args)
    assert result.exit_code == 1 and message in result.output
