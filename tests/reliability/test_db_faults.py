"""Database faults: PostgreSQL restarted under load, SQLite read-only or full.

- PostgreSQL: a cluster of the test's own is stopped while writers run; meanwhile the service
  answers 503 with the common error body (never a 500 traceback), and after the restart it
  reconnects (pool pre-ping) and every acknowledged notice is stored.
- SQLite (WAL mode): a read-only database (opened `mode=ro`, which works even as root where
  file permissions do not) and a full one (`PRAGMA max_page_count` caps the file: the same
  SQLITE_FULL error as a full disk, without needing root for a tiny filesystem) give a clear
  error, store nothing half-written and pass `PRAGMA integrity_check` and `audit verify`.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, event, func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from clearbright.audit import verify
from clearbright.cli.main import app as cli
from clearbright.errors import StoreUnavailable
from clearbright.ingest import ItemReader
from clearbright.scan import Scanner
from clearbright.store import RunRecord, Store
from clearbright.store.schema import StoredItem
from tests.conftest import EXAMPLES
from tests.reliability.pgcluster import Cluster, pg_bin
from tests.reliability.service import Ledger, Server
from tests.reliability.test_load_faults import bearer_tokens, file_notice


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    binaries = pg_bin()
    if binaries is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL binaries are missing: scripts/postgres.sh installs them")
        pytest.skip("PostgreSQL binaries are missing (scripts/postgres.sh installs them)")
    own = Cluster(binaries)
    own.init()
    own.start()
    try:
        yield own
    finally:
        own.destroy()


def test_postgresql_restart_under_load(cluster: Cluster, tmp_path: Path) -> None:
    headers = bearer_tokens(cluster.url)
    server = Server(cluster.url, tmp_path / "serve.log")
    server.start()
    ledger = Ledger()
    stop = threading.Event()
    outage: dict[str, Any] = {"answers": [], "during": threading.Event()}

    def writer(prefix: str) -> None:
        with httpx.Client(base_url=server.base_url, timeout=30) as client:
            n = 0
            while not stop.is_set():
                n += 1
                file_notice(client, ledger, headers["notifier"], f"{prefix}{n}")

    def health() -> None:
        with httpx.Client(base_url=server.base_url, timeout=30) as client:
            while not stop.is_set():
                if outage["during"].is_set():
                    started = time.perf_counter()
                    answer = client.get("/health")
                    ledger.note(answer, started)
                    outage["answers"].append((answer.status_code, answer.json()))
                time.sleep(0.1)

    threads = [threading.Thread(target=writer, args=(p,)) for p in ("a", "b", "c")]
    threads.append(threading.Thread(target=health))
    try:
        for thread in threads:
            thread.start()
        _wait(lambda: len(ledger.acked) >= 20)
        outage["during"].set()
        cluster.stop("fast")
        time.sleep(3)
        with httpx.Client(base_url=server.base_url, timeout=30) as client:
            down = client.post("/v1/notices", json=_notice("down"), headers=headers["notifier"])
        cluster.start()
        outage["during"].clear()
        before = len(ledger.acked)
        _wait(lambda: len(ledger.acked) >= before + 20)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
        server.stop()
    print(
        f"\npostgresql restart: {len(ledger.acked)} notices acknowledged, statuses "
        f"{ledger.statuses}, p99 {ledger.percentile(0.99) * 1000:.0f} ms"
    )
    assert ledger.server_errors == [], ledger.server_errors[:3]
    assert down.status_code == 503, down.text
    assert down.json()["error"]["code"] == "unavailable"
    assert any(status == 503 for status, _ in outage["answers"])
    assert ledger.statuses.get(503, 0) > 0  # the writers were told, and retried
    for status, body in outage["answers"]:
        assert status in (200, 503) and (status == 200 or body["error"]["code"] == "unavailable")
    engine = create_engine(cluster.url.replace("postgresql://", "postgresql+psycopg://", 1))
    with Session(engine) as session:
        from clearbright.store.cases_schema import Notice

        stored = set(session.scalars(select(Notice.id)))
        assert set(ledger.acked.values()) <= stored
        assert verify(session).ok
    engine.dispose()


def _notice(key: str) -> dict[str, object]:
    from tests.reliability.service import notice

    return notice(key)


def _wait(condition: Any, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting for the writers"
        time.sleep(0.05)


@pytest.fixture
def sqlite_store(tmp_path: Path, scanner: Scanner) -> tuple[str, Path]:
    """A WAL SQLite store with the first half of the example corpus scanned into it."""
    path = tmp_path / "store.db"
    url = f"sqlite:///{path}"
    store = Store.open(url)
    items = list(ItemReader(str(EXAMPLES / "items.jsonl")))[:20]
    report = scanner.scan(items)
    store.save_run(_run("first", scanner), report.items, report.findings)
    store.close()
    return url, path


def _run(name: str, scanner: Scanner) -> RunRecord:
    return RunRecord(name, datetime.now(UTC), name, None, 0, 0, scanner.detector_names)


def _integrity(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def test_sqlite_full_database(sqlite_store: tuple[str, Path], scanner: Scanner) -> None:
    url, path = sqlite_store
    store = Store.open(url)

    @event.listens_for(store.engine, "connect")
    def cap(dbapi_connection: Any, _record: Any) -> None:
        # No room for one more page: the next write fails with SQLITE_FULL, as on a full disk.
        cursor = dbapi_connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages}")
        cursor.close()

    store.engine.dispose()
    before = store.count(StoredItem)
    items = list(ItemReader(str(EXAMPLES / "items.jsonl")))
    bigger = [i.model_copy(update={"id": f"{i.id}-big", "text": i.text * 400}) for i in items]
    with pytest.raises(StoreUnavailable, match="full"):
        store.save_run(_run("second", scanner), bigger, [])
    assert store.count(StoredItem) == before  # nothing half-written
    store.close()
    assert _integrity(path) == "ok"
    runner = CliRunner()
    verified = runner.invoke(cli, ["audit", "verify", "--db", url])
    assert verified.exit_code == 0, verified.output


def test_sqlite_read_only_database(sqlite_store: tuple[str, Path], tmp_path: Path) -> None:
    url, path = sqlite_store
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    items = tmp_path / "items.jsonl"
    items.write_text((EXAMPLES / "items.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    runner = CliRunner()
    scanned = runner.invoke(
        cli,
        [
            "scan",
            str(items),
            "--registry",
            str(EXAMPLES / "registry"),
            "--db",
            read_only,
            "--out",
            str(tmp_path / "f.jsonl"),
        ],
    )
    assert scanned.exit_code == 1
    assert "error:" in scanned.output and "readonly" in scanned.output.replace(
        "read-only", "readonly"
    )
    assert "Traceback" not in scanned.output
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM items").fetchone()[0] == 20
    assert _integrity(path) == "ok"
    engine = create_engine(url)
    with Session(engine) as session:
        assert verify(session).ok
        assert session.scalar(select(func.count()).select_from(StoredItem)) == 20
    engine.dispose()
