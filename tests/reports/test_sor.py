"""Statements of reasons: DSA-style records, validated against the shipped schema, batched."""

from __future__ import annotations

import copy
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from clearbright.cli.main import app
from clearbright.reports import sor
from clearbright.store import Store
from tests.reports.example_data import CRITICISM, PERSONAL, populate

runner = CliRunner()


@pytest.fixture
def statements(store: Store) -> list[dict[str, Any]]:
    populate(store)
    with Session(store.engine) as session:
        return list(sor.iter_records(session))


def test_the_schema_is_shipped_in_the_package_and_is_valid() -> None:
    text = resources.files("clearbright.reports").joinpath("schema", sor.SCHEMA_FILE).read_text()
    Draft202012Validator.check_schema(json.loads(text))
    assert sor.schema()["properties"]["format"]["const"] == sor.FORMAT


def test_records_carry_the_dsa_fields(statements: list[dict[str, Any]]) -> None:
    by_puid = {s["puid"]: s for s in statements}
    leak = by_puid["ex-012"]  # the leaked ID number, removed by a person
    assert leak["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_REMOVED"]
    assert leak["decision_ground"] == "DECISION_GROUND_ILLEGAL_CONTENT"
    assert "Personal Information Protection Law" in leak["illegal_content_legal_ground"]
    assert leak["category"] == "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS"
    assert leak["content_type"] == ["CONTENT_TYPE_TEXT"] and leak["content_date"] == "2025-07-05"
    assert leak["source_type"] == "SOURCE_ARTICLE_16"  # a person's notice
    assert leak["automated_decision"] == "AUTOMATED_DECISION_NOT_AUTOMATED"
    assert leak["territorial_scope"] == ["CN-ZJ"]
    kept = by_puid["ex-016"]  # criticism left up
    assert kept["decision_ground"] == "DECISION_GROUND_NO_VIOLATION"
    assert kept["decision_visibility"] == [] and kept["decision_account"] is None
    assert kept["category_clearbright"]["speech"] is True
    suspended = next(s for s in statements if s["decision_account"])
    assert suspended["decision_account"] == "DECISION_ACCOUNT_SUSPENDED"
    assert suspended["end_date_account_restriction"] is not None  # 30 days
    scanned = next(
        s for s in statements if s["automated_decision"] != "AUTOMATED_DECISION_NOT_AUTOMATED"
    )
    assert scanned["source_type"] == "SOURCE_VOLUNTARY" and scanned["automated_detection"] == "Yes"
    account = next(s for s in statements if s["content_type"] == ["CONTENT_TYPE_OTHER"])
    assert account["content_type_other"]
    assert sum(1 for s in statements if s["decision_ground"].endswith("NO_VIOLATION")) == len(
        CRITICISM
    )
    appealed = [s for s in statements if s["appeal_of"] is not None]
    assert len(appealed) == 1
    text = json.dumps(statements, ensure_ascii=False)
    assert not [p for p in PERSONAL if p in text]
    assert "notifier" not in text and "沈知秋" not in text


def _good() -> dict[str, Any]:
    return {
        "format": sor.FORMAT,
        "sor_id": "cb-1-1",
        "puid": "wb-1",
        "platform": "weibo",
        "decision_id": 1,
        "case_id": 1,
        "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"],
        "decision_visibility_other": None,
        "decision_monetary": None,
        "decision_provision": None,
        "decision_account": None,
        "decision_ground": "DECISION_GROUND_ILLEGAL_CONTENT",
        "illegal_content_legal_ground": "Trademark Law of the PRC, art. 57",
        "illegal_content_explanation": "仿冒商标",
        "category": "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
        "category_clearbright": {"number": 1, "slug": "counterfeit", "speech": False},
        "content_type": ["CONTENT_TYPE_TEXT"],
        "content_type_other": None,
        "content_date": None,
        "application_date": "2026-03-01",
        "end_date_visibility_restriction": None,
        "end_date_monetary_restriction": None,
        "end_date_service_restriction": None,
        "end_date_account_restriction": None,
        "decision_facts": "账号名与注册商标一致",
        "source_type": "SOURCE_VOLUNTARY",
        "automated_detection": "Yes",
        "automated_decision": "AUTOMATED_DECISION_FULLY",
        "territorial_scope": ["CN-ZJ"],
        "appeal_of": None,
        "created_at": "2026-03-01T08:00:00+00:00",
    }


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda r: r.pop("puid"), "(record)"),
        (lambda r: r.update(decision_ground="DECISION_GROUND_GUESS"), "decision_ground"),
        (lambda r: r.pop("illegal_content_legal_ground"), "(record)"),
        (lambda r: r.update(decision_visibility=[]), "(record)"),  # restricts nothing
        (lambda r: r.update(application_date="2026-02-30"), "application_date"),
        (lambda r: r.update(territorial_scope=["Zhejiang"]), "territorial_scope.0"),
        (lambda r: r.update(source_identity="澄屿科技法务部"), "(record)"),  # no notifier
        (lambda r: r.update(decision_facts=""), "decision_facts"),
    ],
)
def test_an_invalid_record_is_refused_naming_the_field(change: Any, field: str) -> None:
    sor.validate(_good())
    bad = copy.deepcopy(_good())
    change(bad)
    with pytest.raises(sor.SorError) as caught:
        sor.validate(bad)
    assert caught.value.field == field


def test_an_invalid_record_stops_the_export_before_any_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    populate(store)
    real = sor.build

    def broken(*args: Any) -> dict[str, Any]:
        record = real(*args)
        if record["decision_ground"].endswith("NO_VIOLATION"):
            record["decision_visibility"] = ["DECISION_VISIBILITY_CONTENT_REMOVED"]
        return record

    monkeypatch.setattr(sor, "build", broken)
    with Session(store.engine) as session, pytest.raises(sor.SorError):
        sor.write_batches(session, tmp_path / "out", batch_size=5)
    assert not (tmp_path / "out").exists()


def test_the_cli_exports_batches_that_validate(
    store: Store, db_url: str, tmp_path: Path, statements: list[dict[str, Any]]
) -> None:
    out = tmp_path / "sor"
    out.mkdir()
    (out / "sor-00099.json").write_text("{}")  # a stale batch of an earlier export
    (out / "README").write_text("kept")
    result = runner.invoke(
        app, ["sor", "export", "--out", str(out), "--batch-size", "7", "--db", db_url]
    )
    assert result.exit_code == 0, result.output
    files = sorted(out.glob("sor-*.json"))
    assert len(files) == -(-len(statements) // 7)
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith("sor-")) == ["README"]
    exported = []
    for path in files:
        body = json.loads(path.read_text("utf-8"))
        assert set(body) == {"statements"} and 1 <= len(body["statements"]) <= 7
        for record in body["statements"]:
            sor.validate(record)
        exported += body["statements"]
    assert exported == statements
    assert f"{len(statements)} statements" in result.output
    bad = runner.invoke(
        app, ["sor", "export", "--out", str(out), "--batch-size", "101", "--db", db_url]
    )
    assert bad.exit_code == 1 and "batch size must be 1 to 100" in bad.output


def test_the_documented_example_validates() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "statement-of-reasons.md").read_text()
    (example,) = re.findall(r"```json\n(.*?)```", doc, flags=re.S)
    sor.validate(json.loads(example))
    documented = set(re.findall(r"^\| `([a-z_]+)`", doc, flags=re.M))
    documented |= {
        f
        for row in re.findall(r"^\| (`[a-z_]+`(?:, `[a-z_]+`)+)", doc, flags=re.M)
        for f in re.findall(r"`([a-z_]+)`", row)
    }
    assert set(sor.schema()["properties"]) <= documented
