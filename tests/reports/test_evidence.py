"""Evidence packages: export for fraud-type cases, verify, tamper detection, refusals, audit."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from clearbright.audit import verify as verify_chain
from clearbright.cases import evidence_files
from clearbright.cases.access import Actor, Role
from clearbright.cases.evidence_files import Upload
from clearbright.cases.intake import category_of
from clearbright.cases.notices import NoticeIn, file_notice
from clearbright.cli.main import app
from clearbright.reports import evidence
from clearbright.store import Store
from clearbright.store.cases_schema import AuditEntry, Case
from tests.reports.example_data import populate

runner = CliRunner()
ALICE = Actor(name="alice", role=Role.REVIEWER)


@pytest.fixture
def cases(store: Store) -> dict[str, int]:
    """The first case of each category in the example scenario."""
    populate(store)
    with Session(store.engine) as session:
        found: dict[str, int] = {}
        for case in session.scalars(select(Case).order_by(Case.id)):
            found.setdefault(category_of(case.category).slug, case.id)
        return found


def _export(db_url: str, case_id: int, out: Path) -> Any:
    return runner.invoke(
        app, ["evidence", "export", str(case_id), "--out", str(out), "--db", db_url]
    )


def _verify(db_url: str, package: Path, *extra: str) -> Any:
    return runner.invoke(app, ["evidence", "verify", str(package), *extra, "--db", db_url])


def _rewrite(package: Path, out: Path, change: dict[str, bytes | None]) -> None:
    """A copy of the package with members replaced (or dropped, for None)."""
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename in change:
                if change[info.filename] is not None:
                    target.writestr(info.filename, change[info.filename] or b"")
            else:
                target.writestr(info, source.read(info.filename))
        for name, data in change.items():
            if name not in source.namelist() and data is not None:
                target.writestr(name, data)


def test_export_and_verify_a_privacy_leak_package(
    cases: dict[str, int], store: Store, db_url: str, tmp_path: Path
) -> None:
    package = tmp_path / "leak.zip"
    result = _export(db_url, cases["privacy_leak"], package)
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(package) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
        decisions = json.loads(archive.read("decisions.json"))
        item = json.loads(archive.read("items/001.json"))
        entries = archive.read("audit/entries.jsonl").decode().splitlines()
    assert {"case.json", "decisions.json", "findings.json", "platform_answers.json"} <= names
    assert {"audit/entries.jsonl", "audit/chain.json", "manifest.json"} <= names
    assert set(manifest["files"]) == names - {"manifest.json"}
    assert decisions[0]["decision_visibility"] == "remove"
    assert item["captured"]["id"] == "ex-012"  # the item as captured, for the court
    actions = {json.loads(line)["action"] for line in entries}
    assert {"case.create", "decision.create", "dispatch.create"} <= actions
    checked = _verify(db_url, package, "--against-db")
    assert checked.exit_code == 0, checked.output
    assert "package intact" in checked.output
    assert _verify(db_url, package).exit_code == 0  # offline too
    with Session(store.engine) as session:
        exports = list(
            session.scalars(select(AuditEntry).where(AuditEntry.action == "evidence.export"))
        )
        assert verify_chain(session).ok
    assert len(exports) == 1
    assert exports[0].after["package_sha256"] == manifest["package_sha256"]  # type: ignore[index]
    assert exports[0].entity_id == str(cases["privacy_leak"])


def test_the_same_case_exports_to_the_same_members(
    cases: dict[str, int], db_url: str, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    assert _export(db_url, cases["counterfeit"], first).exit_code == 0
    assert _export(db_url, cases["counterfeit"], second).exit_code == 0
    with zipfile.ZipFile(first) as a, zipfile.ZipFile(second) as b:
        one, two = json.loads(a.read("manifest.json")), json.loads(b.read("manifest.json"))
        later = b.read("audit/entries.jsonl").decode()
    # Only the audit trail grew: by the first export, itself an entry about the case.
    differing = {n for n in one["files"] if one["files"][n] != two["files"].get(n)}
    assert differing == {"audit/chain.json", "audit/entries.jsonl"}
    assert '"evidence.export"' in later


TAMPERING = [
    ("decisions.json", "edit"),
    ("items/001.json", "edit"),
    ("audit/entries.jsonl", "edit"),
    ("findings.json", "drop"),
    ("extra.txt", "add"),
]


def test_a_tampered_member_is_named_and_fails(
    cases: dict[str, int], db_url: str, tmp_path: Path
) -> None:
    package = tmp_path / "leak.zip"
    assert _export(db_url, cases["privacy_leak"], package).exit_code == 0
    for member, how in TAMPERING:
        tampered = tmp_path / f"tampered-{how}-{member.replace('/', '_')}.zip"
        with zipfile.ZipFile(package) as archive:
            original = archive.read(member) if how == "edit" else b""
        change: dict[str, bytes | None] = {
            "edit": {member: original.replace(b"remove", b"label", 1).replace(b"ex-012", b"ex-9")},
            "drop": {member: None},
            "add": {member: b"planted"},
        }[how]
        _rewrite(package, tampered, change)
        result = _verify(db_url, tampered)
        assert result.exit_code == 1, (member, how)
        assert member in result.output, (member, how, result.output)


def test_a_consistent_forgery_is_caught_by_the_audit_entries(
    cases: dict[str, int], db_url: str, tmp_path: Path
) -> None:
    """Editing a decision and fixing its hash in the manifest still fails: the audit chain
    recorded the decision as it was made."""
    package, forged = tmp_path / "leak.zip", tmp_path / "forged.zip"
    assert _export(db_url, cases["privacy_leak"], package).exit_code == 0
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        decisions = archive.read("decisions.json").replace(b'"remove"', b'"label"', 1)
    manifest["files"]["decisions.json"] = evidence._sha256(decisions)
    manifest["package_sha256"] = evidence.package_hash(manifest["files"])
    _rewrite(
        package,
        forged,
        {"decisions.json": decisions, "manifest.json": json.dumps(manifest).encode()},
    )
    result = _verify(db_url, forged)
    assert result.exit_code == 1
    assert "decisions.json" in result.output and "differs from its audit entry" in result.output


def test_speech_categories_are_refused(
    cases: dict[str, int], store: Store, db_url: str, tmp_path: Path
) -> None:
    for slug in ("targeted_abuse", "distortion", "competitor_smear"):
        out = tmp_path / f"{slug}.zip"
        result = _export(db_url, cases[slug], out)
        assert result.exit_code == 1
        assert "speech category" in result.output and "fraud-type" in result.output
        assert not out.exists()
    with Session(store.engine) as session:
        assert not list(
            session.scalars(select(AuditEntry).where(AuditEntry.action == "evidence.export"))
        )


def test_coordinated_attacks_and_unknown_cases_are_refused(
    cases: dict[str, int], db_url: str, tmp_path: Path
) -> None:
    result = _export(db_url, cases["coordinated_attack"], tmp_path / "c.zip")
    assert result.exit_code == 1 and "only for fraud-type categories" in result.output
    result = _export(db_url, 999999, tmp_path / "x.zip")
    assert result.exit_code == 1 and "no case 999999" in result.output


def test_verify_refuses_what_is_not_a_package(db_url: str, tmp_path: Path) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    result = _verify(db_url, junk)
    assert result.exit_code == 1 and "not a zip file" in result.output
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("hello.txt", "hi")
    result = _verify(db_url, empty)
    assert result.exit_code == 1 and "no manifest.json" in result.output
    assert _verify(db_url, tmp_path / "missing.zip").exit_code == 1


def test_the_notifiers_files_travel_with_the_package(
    cases: dict[str, int], store: Store, db_url: str, tmp_path: Path
) -> None:
    """Attached files go in as uploaded; swapping one (even with a fixed manifest) fails."""
    with Session(store.engine) as session, session.begin():
        case = session.get_one(Case, cases["privacy_leak"])
        notice, joined = file_notice(session, _leak_notice(case), ALICE, {})
        assert joined.id == case.id  # the notice names the case's item: it joins the case
        uploads = [Upload("截图说明.txt", "泄露帖子的截图说明".encode())]
        evidence_files.attach(session, notice, uploads, shareable=False, actor=ALICE)
    package, forged = tmp_path / "leak.zip", tmp_path / "forged.zip"
    assert _export(db_url, cases["privacy_leak"], package).exit_code == 0
    with zipfile.ZipFile(package) as archive:
        listed = json.loads(archive.read("notice_files.json"))
        manifest = json.loads(archive.read("manifest.json"))
        member = listed[0]["member"]
        assert archive.read(member) == "泄露帖子的截图说明".encode()
    assert "截图说明" not in json.dumps(listed, ensure_ascii=False)  # named by id, not by name
    assert _verify(db_url, package).exit_code == 0

    swapped = "另一份说明".encode()
    listed[0]["sha256"] = manifest["files"][member] = evidence._sha256(swapped)
    manifest["files"]["notice_files.json"] = evidence._sha256(json.dumps(listed).encode())
    manifest["package_sha256"] = evidence.package_hash(manifest["files"])
    change: dict[str, bytes | None] = {
        member: swapped,
        "notice_files.json": json.dumps(listed).encode(),
        "manifest.json": json.dumps(manifest).encode(),
    }
    _rewrite(package, forged, change)
    result = _verify(db_url, forged)
    assert result.exit_code == 1 and "differs from the file the audit log recorded" in result.output


def _leak_notice(case: Case) -> NoticeIn:
    return NoticeIn.model_validate(
        {
            "platform": case.platform,
            "items": [case.item_refs[0]],
            "category": "privacy_leak",
            "relation": "self",
            "explanation": "帖子公开了我的身份证号",
            "notifier": {"kind": "person", "name": "虚构举报人"},
        }
    )
