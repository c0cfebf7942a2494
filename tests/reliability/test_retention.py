"""Retention: `purge` drops content past its period, keeps hashes, and the audit chain verifies.

Content is aged by moving its scan run and notice dates back; everything else goes through the
same code the service and the command line use.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from clearbright.api import create_app
from clearbright.audit import verify
from clearbright.cases import tokens
from clearbright.cases.access import SYSTEM, Role
from clearbright.cases.findings import open_cases
from clearbright.cases.notices import NoticeIn, file_notice
from clearbright.cli.main import app as cli
from clearbright.ingest import ItemReader
from clearbright.registry import Registry
from clearbright.retention import RetentionPolicy, purge
from clearbright.retention.purge import PURGED
from clearbright.scan import Scanner
from clearbright.store import RunRecord, Store
from clearbright.store.access_schema import EvidenceBlob, EvidenceFile
from clearbright.store.cases_schema import AuditEntry, Case, Notice
from clearbright.store.schema import ScanRun, StoredCampaign, StoredFinding, StoredItem
from tests.api.conftest import running
from tests.conftest import EXAMPLES

NOW = datetime.now(UTC)
OLD = NOW - timedelta(days=800)
BLOB = "法务部取证截图：澄屿科技官方客服账号冒充".encode()


@pytest.fixture
def store(db_url: str, scanner: Scanner, example_registry: Registry) -> Iterator[Store]:
    """The example corpus stored with its cases and one notice with a file, all 800 days old."""
    store = Store.open(db_url)
    report = scanner.scan(list(ItemReader(str(EXAMPLES / "items.jsonl"))))
    run = RunRecord("run-old", OLD, "examples", None, len(report.items), 0, scanner.detector_names)
    store.save_run(run, report.items, report.findings)
    with Session(store.engine) as session, session.begin():
        open_cases(session, report.findings, SYSTEM, example_registry.platforms)
        notice, _ = file_notice(session, _notice(), SYSTEM, example_registry.platforms)
        digest = hashlib.sha256(BLOB).hexdigest()
        session.add(EvidenceBlob(sha256=digest, size=len(BLOB), content=BLOB, created_at=OLD))
        session.flush()
        session.add(_file(notice.id, digest))
        session.execute(update(ScanRun).values(finished_at=OLD))
        session.execute(update(Notice).values(created_at=OLD))
    yield store
    store.close()


def _notice() -> NoticeIn:
    return NoticeIn.model_validate(
        {
            "platform": "weibo",
            "items": ["ex-004"],
            "category": "impersonation",
            "relation": "self",
            "explanation": "该账号冒充澄屿科技官方客服，联系人林晓雯 13800138000",
            "evidence_files": ["screenshot-ex-004.png"],
            "notifier": {"kind": "enterprise", "name": "澄屿科技法务部"},
        }
    )


def _file(notice_id: int, digest: str) -> EvidenceFile:
    return EvidenceFile(
        notice_id=notice_id,
        sha256=digest,
        name="screenshot-ex-004.png",
        media_type="image/png",
        size=len(BLOB),
        shareable=False,
        uploaded_by="admin:system",
        created_at=OLD,
    )


def _close_all(store: Store) -> None:
    # Test set-up only: the lifecycle path to `closed` is tested in tests/cases.
    with Session(store.engine) as session, session.begin():
        session.execute(update(Case).values(state="closed", closed_at=NOW))


def _snapshot(store: Store) -> list[object]:
    with Session(store.engine) as session:
        items = [(i.text, i.data, i.content_hash) for i in session.scalars(select(StoredItem))]
        findings = [(f.evidence, f.reasons) for f in session.scalars(select(StoredFinding))]
        notices = [(n.explanation, n.evidence_files) for n in session.scalars(select(Notice))]
        blobs = [b.content for b in session.scalars(select(EvidenceBlob))]
        campaigns = [c.details for c in session.scalars(select(StoredCampaign))]
    return [items, findings, notices, blobs, campaigns]


def _purge(store: Store, policy: RetentionPolicy, dry_run: bool = False) -> dict[str, object]:
    with Session(store.engine) as session, session.begin():
        return purge(session, policy, now=NOW, dry_run=dry_run).summary()


def test_purge_drops_content_keeps_hashes_and_the_chain_verifies(store: Store) -> None:
    _close_all(store)
    with Session(store.engine) as session:  # closed here: an open one leaks a connection
        hashes = {i.id: i.content_hash for i in session.scalars(select(StoredItem))}
    before = _snapshot(store)
    dry = _purge(store, RetentionPolicy(), dry_run=True)
    assert _snapshot(store) == before  # a dry run changes nothing
    assert dry["items"] == len(hashes) and dry["notices"] == 1 and dry["evidence_files"] == 1
    assert dry["campaigns"] == 1  # the example corpus holds one coordinated campaign

    done = _purge(store, RetentionPolicy())
    assert {**done, "dry_run": True} == dry

    with Session(store.engine) as session:
        for item in session.scalars(select(StoredItem)):
            assert item.text == "" and item.author_id is None
            assert item.content_hash == hashes[item.id] == item.data["content_hash"]
            assert set(item.data) <= {
                "id",
                "platform",
                "kind",
                "created_at",
                "region",
                "text",
                "purged_at",
                "content_hash",
            }
        for finding in session.scalars(select(StoredFinding)):
            for evidence in finding.evidence:
                assert evidence["description"] == PURGED and evidence["details"] == {}
                assert evidence["span"] is None or evidence["span"]["text"] == ""
                assert len(evidence["purged"]["sha256"]) == 64
        notice = session.scalars(select(Notice)).one()
        assert notice.explanation.startswith(PURGED) and "13800138000" not in notice.explanation
        assert notice.evidence_files[0].startswith("sha256:")
        blob = session.scalars(select(EvidenceBlob)).one()
        assert blob.content == b"" and blob.sha256 == hashlib.sha256(BLOB).hexdigest()
        assert verify(session).ok
        purges = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "retention.purge")
        ).all()
        assert {e.entity for e in purges} == {
            "item",
            "finding",
            "notice",
            "evidence_file",
            "campaign",
        }
        campaign = session.scalars(select(StoredCampaign)).one()
        assert set(campaign.details) == {"campaign_id", "purged"}  # templates and accounts gone
        assert campaign.item_count > 0 and campaign.platforms  # the counts stay
        audited = {
            r["id"]: r["sha256"] for e in purges if e.entity == "item" for r in e.after["rows"]
        }
        assert audited == hashes
        text = json.dumps(
            [e.after for e in session.scalars(select(AuditEntry))], ensure_ascii=False
        )
        assert "13800138000" not in text  # neither the audit log nor the purge record holds content

    assert _purge(store, RetentionPolicy())["items"] == 0  # purging twice drops nothing more


def test_cases_still_open_after_their_content_is_purged(
    store: Store, example_registry: Registry
) -> None:
    _purge(store, RetentionPolicy(hold_open_cases=False))
    with Session(store.engine) as session, session.begin():
        secret, _ = tokens.create(session, "rev", Role.REVIEWER)
        case_ids = list(session.scalars(select(Case.id)))
        notice_id = session.scalars(select(Notice.id)).one()
    headers = {"Authorization": f"Bearer {secret}"}
    with running(create_app(store, example_registry)) as base, httpx.Client(base_url=base) as web:
        for case_id in case_ids:
            assert web.get(f"/v1/cases/{case_id}", headers=headers).status_code == 200
        notice = web.get(f"/v1/notices/{notice_id}", headers=headers)
        assert notice.status_code == 200 and notice.json()["explanation"].startswith(PURGED)
        assert web.get("/v1/findings", headers=headers).status_code == 200
        assert web.get("/v1/audit/verify", headers=headers).json().get("ok") in (True, None)


def test_open_cases_hold_their_content(store: Store) -> None:
    with Session(store.engine) as session:
        open_items = {
            key
            for keys in session.scalars(select(Case.keys))
            for key in keys
            if key.startswith("item:")
        }
    assert open_items, "the example corpus opens cases"
    summary = _purge(store, RetentionPolicy())
    assert summary["held_for_open_cases"] > 0 and summary["notices"] == 0
    with Session(store.engine) as session:
        for item in session.scalars(select(StoredItem)):
            held = f"item:{item.platform}:{item.item_id}" in open_items
            assert (item.text != "") == held
        assert verify(session).ok


def test_periods_per_kind_and_category(store: Store) -> None:
    _close_all(store)
    policy = RetentionPolicy.model_validate(
        {
            "items": {"default": None, "domain": 30},
            "evidence": {"default": None},
            "notices": {"default": 3650},
        }
    )
    _purge(store, policy)
    with Session(store.engine) as session:
        for item in session.scalars(select(StoredItem)):
            assert (item.text == "") == (item.kind == "domain")
        assert all(
            "purged" not in e for f in session.scalars(select(StoredFinding)) for e in f.evidence
        )
        assert not session.scalars(select(Notice)).one().explanation.startswith(PURGED)


def test_purge_command(store: Store, tmp_path: Path) -> None:
    _close_all(store)
    url = store.engine.url.render_as_string(hide_password=False)
    policy = tmp_path / "retention.yaml"
    policy.write_text("items:\n  default: 30\nevidence:\n  default: null\n", encoding="utf-8")
    runner = CliRunner()
    dry = runner.invoke(cli, ["purge", "--db", url, "--retention", str(policy), "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert json.loads(dry.stdout)["items"] > 0 and json.loads(dry.stdout)["findings"] == 0
    done = runner.invoke(cli, ["purge", "--db", url, "--retention", str(policy)])
    assert (
        done.exit_code == 0 and json.loads(done.stdout)["items"] == json.loads(dry.stdout)["items"]
    )
    verified = runner.invoke(cli, ["audit", "verify", "--db", url])
    assert verified.exit_code == 0, verified.output

    policy.write_text("items:\n  post: -1\n", encoding="utf-8")
    bad = runner.invoke(cli, ["purge", "--db", url, "--retention", str(policy)])
    assert bad.exit_code == 1 and "retention.yaml:2" in bad.output and "post" in bad.output
    policy.write_text("notices:\n  not_a_category: 3\n", encoding="utf-8")
    bad = runner.invoke(cli, ["purge", "--db", url, "--retention", str(policy)])
    assert bad.exit_code == 1 and "unknown category 'not_a_category'" in bad.output
