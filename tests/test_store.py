"""The store on every backend: migrations, idempotent ingest, atomic runs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from clearbright.categories import Category
from clearbright.errors import StoreError
from clearbright.model import Evidence, Finding, Item
from clearbright.store import RunRecord, Store
from clearbright.store.schema import Base, ScanRun, StoredFinding, StoredItem

ITEMS = [Item(id=f"s-{n}", platform="weibo", kind="post", text=f"澄屿 {n}") for n in range(3)]


def _finding(item: Item, score: float = 0.8) -> Finding:
    evidence = Evidence(kind="test", description="a test evidence")
    return Finding.of(item, Category.BLACK_PR, "test_detector", score, [evidence]).model_copy(
        update={"action": "review", "reasons": "because"}
    )


def _run(run_id: str) -> RunRecord:
    return RunRecord(
        id=run_id,
        started_at=datetime.now(UTC),
        source="items.jsonl",
        registry="registry",
        items_read=len(ITEMS),
        lines_skipped=0,
        detectors=["test_detector"],
    )


@pytest.fixture
def store(db_url: str) -> Store:
    opened = Store.open(db_url)
    yield opened  # type: ignore[misc]
    opened.close()


def test_migrations_create_exactly_the_models(store: Store) -> None:
    with store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_migrating_twice_is_harmless(store: Store) -> None:
    store.migrate()
    assert store.count(ScanRun) == 0


def test_same_input_twice_stores_nothing_twice(store: Store) -> None:
    first = store.save_run(_run("run-1"), ITEMS, [_finding(ITEMS[0])])
    assert (first.items_new, first.findings_new) == (3, 1)
    second = store.save_run(_run("run-2"), ITEMS, [_finding(ITEMS[0])])
    assert (second.items_new, second.findings_new, second.findings_updated) == (0, 0, 0)
    assert store.count(StoredItem) == 3
    assert store.count(StoredFinding) == 1
    assert store.count(ScanRun) == 2


def test_rescan_updates_a_finding_in_place(store: Store) -> None:
    store.save_run(_run("run-1"), ITEMS, [_finding(ITEMS[0], 0.6)])
    saved = store.save_run(_run("run-2"), ITEMS, [_finding(ITEMS[0], 0.9)])
    assert (saved.findings_new, saved.findings_updated) == (0, 1)
    assert [f["score"] for f in store.findings()] == [0.9]


def test_same_id_on_two_platforms_are_two_items(store: Store) -> None:
    other = Item(id="s-0", platform="douyin", kind="post", text="另一个平台")
    store.save_run(_run("run-1"), [ITEMS[0], other], [_finding(ITEMS[0]), _finding(other)])
    assert store.count(StoredItem) == 2
    assert {(f["platform"], f["item_id"]) for f in store.findings()} == {
        ("weibo", "s-0"),
        ("douyin", "s-0"),
    }


def test_a_failing_run_leaves_nothing_behind(store: Store) -> None:
    store.save_run(_run("run-1"), ITEMS[:1], [])
    # Reusing a run id violates the primary key after items were added in the same transaction.
    with pytest.raises(StoreError, match="nothing was stored"):
        store.save_run(_run("run-1"), ITEMS, [_finding(ITEMS[2])])
    assert store.count(ScanRun) == 1
    assert store.count(StoredItem) == 1
    assert store.count(StoredFinding) == 0


def test_findings_round_trip_in_the_contract_format(store: Store) -> None:
    store.save_run(_run("run-1"), ITEMS, [_finding(ITEMS[1])])
    (stored,) = store.findings()
    assert stored["item_id"] == "s-1" and stored["slug"] == "black_pr"
    assert stored["evidence"][0]["description"] == "a test evidence"
    assert stored["action"] == "review" and stored["reasons"] == "because"


def test_unreachable_database_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot open the database"):
        Store.open("postgresql://nobody@127.0.0.1:1/none")


def test_sqlite_runs_in_wal_mode(tmp_path: object) -> None:
    from pathlib import Path

    opened = Store.open(f"sqlite:///{Path(str(tmp_path)) / 'wal.db'}")
    with opened.engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
    opened.close()
    assert mode == "wal"
