"""A coordinated campaign becomes one case per platform, not one case per post or account."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearbright.cases.access import SYSTEM
from clearbright.cases.findings import campaign_of, open_cases
from clearbright.ingest import ItemReader
from clearbright.registry import Registry
from clearbright.scan import Scanner
from clearbright.store import Store
from clearbright.store.cases_schema import Case, CaseKey
from clearbright.store.schema import StoredCampaign
from clearbright.store.store import RunRecord

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _scan_into(store: Store) -> list[Any]:
    registry = Registry.load(EXAMPLES / "registry")
    scanner = Scanner(registry)
    report = scanner.scan(ItemReader(str(EXAMPLES / "items.jsonl")))
    store.save_run(
        RunRecord(
            id=str(uuid.uuid4()),
            started_at=datetime.now(UTC),
            source="examples",
            registry="examples/registry",
            items_read=len(report.items),
            lines_skipped=0,
            detectors=scanner.detector_names,
        ),
        report.items,
        report.findings,
    )
    return list(report.findings)


def test_a_campaign_gathers_in_one_case_per_platform(store: Store, platforms: Any) -> None:
    findings = _scan_into(store)
    members = [f for f in findings if f.slug == "coordinated_attack"]
    campaigns = {campaign_of(f)["campaign_id"] for f in members}  # type: ignore[index]
    by_platform = {f.platform for f in members}
    assert len(members) >= 4 and len(campaigns) == 1 and len(by_platform) >= 2

    with Session(store.engine) as session, session.begin():
        open_cases(session, findings, SYSTEM, platforms)
    with Session(store.engine) as session:
        key = f"campaign:{campaigns.pop()}"
        cases = session.scalars(
            select(Case).join(CaseKey, CaseKey.case_id == Case.id).where(CaseKey.key == key)
        ).all()
        # One case per platform the campaign touched, each holding all its posts there.
        assert sorted(c.platform for c in cases) == sorted(by_platform)
        for case in cases:
            posted_there = {f.item_id for f in members if f.platform == case.platform}
            assert posted_there <= set(case.item_refs)
            assert case.signals["campaign_size"] == len(members)


def test_a_campaign_is_persisted_once_and_refreshed_by_a_rescan(store: Store) -> None:
    findings = _scan_into(store)
    _scan_into(store)  # the same corpus again: the same campaign id, one row
    members = [f for f in findings if f.slug == "coordinated_attack"]
    summary = campaign_of(members[0])
    assert summary is not None
    with Session(store.engine) as session:
        rows = session.scalars(select(StoredCampaign)).all()
        assert [row.id for row in rows] == [summary["campaign_id"]]
        row = rows[0]
        assert row.item_count == len(members) and row.target == members[0].target
        assert sorted(row.platforms) == sorted({f.platform for f in members})
        assert row.account_count == len(summary["accounts"]) > 1
        assert row.start is not None and row.end is not None and row.start <= row.end
        assert row.first_run_id != row.last_run_id
