"""Load and faults against a real `clearbright serve` process.

- load: a few hundred concurrent notices, scans and decisions on PostgreSQL; nothing lost or
  duplicated, no 5xx; p50/p99 latency printed (not asserted: no timed tests).
- kill -9 of the server in the middle of notices, batch scans and decisions, on both backends;
  after a restart every acknowledged write is there, no case is half-written, the audit chain
  verifies.
"""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from clearbright.audit import verify
from clearbright.cases import tokens
from clearbright.cases.access import Role
from clearbright.store import Store
from clearbright.store.cases_schema import Case, CaseFinding, Decision, Notice
from tests.conftest import empty_pg_url
from tests.reliability.service import CLEARBRIGHT, Ledger, Server, notice, scan_items

RETRYABLE = {409, 429, 503}
NOTICES, SCANS, DECISIONS = 240, 20, 15


@pytest.fixture
def pg_url() -> str:
    return empty_pg_url()


def bearer_tokens(db_url: str) -> dict[str, dict[str, str]]:
    """A migrated store with a token per role; the headers to use them."""
    store = Store.open(db_url)
    headers = {}
    with Session(store.engine) as session, session.begin():
        for name, role in [
            ("notifier", Role.NOTIFIER),
            ("reviewer", Role.REVIEWER),
            ("admin", Role.ADMIN),
        ]:
            secret, _ = tokens.create(session, name, role)
            headers[name] = {"Authorization": f"Bearer {secret}"}
    store.close()
    return headers


def send(
    client: httpx.Client,
    ledger: Ledger,
    method: str,
    path: str,
    *,
    attempts: int = 8,
    stop: threading.Event | None = None,
    **kwargs: object,
) -> httpx.Response | None:
    """One request, retried on transport errors and retryable answers (same Idempotency-Key)."""
    for attempt in range(attempts):
        if stop is not None and stop.is_set():
            return None
        started = time.perf_counter()
        try:
            response = client.request(method, path, **kwargs)  # type: ignore[arg-type]
        except httpx.TransportError:
            with ledger.lock:
                ledger.transport_errors += 1
            if stop is not None:
                return None  # the server is gone: this write was never acknowledged
            time.sleep(0.1 * (attempt + 1))
            continue
        ledger.note(response, started)
        if response.status_code not in RETRYABLE:
            return response
        time.sleep(float(response.headers.get("Retry-After", 0.1 * (attempt + 1))))
    return None


def file_notice(
    client: httpx.Client,
    ledger: Ledger,
    headers: dict[str, str],
    key: str,
    stop: threading.Event | None = None,
) -> None:
    response = send(
        client,
        ledger,
        "POST",
        "/v1/notices",
        json=notice(key),
        stop=stop,
        headers={**headers, "Idempotency-Key": key},
    )
    if response is not None and response.status_code == 201:
        with ledger.lock:
            ledger.acked[key] = response.json()["id"]


def decide(
    client: httpx.Client,
    ledger: Ledger,
    headers: dict[str, str],
    case_id: int,
    stop: threading.Event | None = None,
) -> None:
    body = {
        "action": "remove",
        "ground": "冒充官方客服收取保证金",
        "facts": "账号名称与官方一致",
        "category": "impersonation",
    }
    response = send(
        client,
        ledger,
        "POST",
        f"/v1/cases/{case_id}/decisions",
        json=body,
        stop=stop,
        headers={**headers, "Idempotency-Key": f"decide-{case_id}"},
    )
    if response is not None and response.status_code == 201:
        with ledger.lock:
            ledger.acked[f"decision-{case_id}"] = response.json()["id"]


def assign(client: httpx.Client, headers: dict[str, str], case_id: int) -> None:
    for step in ("triaged", "assigned"):
        answer = client.post(f"/v1/cases/{case_id}/transitions", json={"to": step}, headers=headers)
        assert answer.status_code == 200, answer.text


def test_load_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    headers = bearer_tokens(pg_url)
    server = Server(pg_url, tmp_path / "serve.log")
    server.start()
    ledger = Ledger()
    try:
        with httpx.Client(
            base_url=server.base_url, timeout=60, limits=httpx.Limits(max_connections=32)
        ) as client:
            send(
                client,
                ledger,
                "POST",
                "/v1/scan/batch",  # warm the scanner up once
                json={"items": scan_items("warm", 1)},
                headers=headers["admin"],
            )
            keys = [f"n{i:04d}" for i in range(NOTICES)]
            scans: list[httpx.Response | None] = []
            with ThreadPoolExecutor(12) as pool:
                for key in keys:
                    pool.submit(file_notice, client, ledger, headers["notifier"], key)
                for n in range(SCANS):
                    pool.submit(
                        lambda n=n: scans.append(
                            send(
                                client,
                                ledger,
                                "POST",
                                "/v1/scan/batch",
                                json={"items": scan_items(f"s{n}", 5)},
                                headers=headers["admin"],
                            )
                        )
                    )
            case_ids = sorted({r.json()["case_id"] for r in _notices(client, headers, DECISIONS)})
            for case_id in case_ids:
                assign(client, headers["reviewer"], case_id)
            with ThreadPoolExecutor(8) as pool:
                for case_id in case_ids:
                    pool.submit(decide, client, ledger, headers["reviewer"], case_id)
    finally:
        server.stop()
    print(
        f"\nload: {len(ledger.latencies)} requests, statuses {ledger.statuses}, "
        f"p50 {ledger.percentile(0.5) * 1000:.0f} ms, p99 {ledger.percentile(0.99) * 1000:.0f} ms"
    )
    assert ledger.server_errors == []
    assert all(s is not None and s.status_code == 200 for s in scans)
    assert set(keys) <= set(ledger.acked)
    engine = create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with Session(engine) as session:
        rows = session.execute(select(Notice.id, Notice.items)).all()
        assert sorted(i for i, _ in rows) == sorted(ledger.acked[k] for k in keys)
        assert sorted(items[0] for _, items in rows) == [f"load-{k}" for k in keys]  # once each
        decided = session.scalar(select(func.count()).select_from(Decision))
        assert decided == len(case_ids) == sum(k.startswith("decision-") for k in ledger.acked)
        assert verify(session).ok
    engine.dispose()


def _notices(
    client: httpx.Client, headers: dict[str, dict[str, str]], count: int
) -> list[httpx.Response]:
    answers = [
        client.get(f"/v1/notices/{n}", headers=headers["reviewer"]) for n in range(1, count + 1)
    ]
    assert all(a.status_code == 200 for a in answers)
    return answers


def _hammer(
    server: Server,
    ledger: Ledger,
    headers: dict[str, dict[str, str]],
    case_ids: list[int],
    stop: threading.Event,
) -> list[threading.Thread]:
    """Threads that write until the server dies: notices, batch scans, decisions."""
    counter = iter(range(10**6))
    lock = threading.Lock()

    def next_key(prefix: str) -> str:
        with lock:
            return f"{prefix}{next(counter)}"

    def loop(work: Callable[[httpx.Client], None]) -> None:
        with httpx.Client(base_url=server.base_url, timeout=30) as client:
            while not stop.is_set():
                work(client)

    def notices(client: httpx.Client) -> None:
        file_notice(client, ledger, headers["notifier"], next_key("k"), stop)

    def scans(client: httpx.Client) -> None:
        key = next_key("b")
        response = send(
            client,
            ledger,
            "POST",
            "/v1/scan/batch",
            stop=stop,
            json={"items": scan_items(key, 10)},
            headers=headers["admin"],
        )
        if response is not None and response.status_code == 200:
            with ledger.lock:
                ledger.acked[f"scan-{key}"] = len(response.json()["case_ids"])

    def decisions(client: httpx.Client) -> None:
        for case_id in case_ids:
            if stop.is_set():
                return
            decide(client, ledger, headers["reviewer"], case_id, stop)
        stop.wait()

    threads = [
        threading.Thread(target=loop, args=(w,)) for w in (notices, notices, scans, decisions)
    ]
    for thread in threads:
        thread.start()
    return threads


def test_kill9_mid_ingest_and_decision(db_url: str, tmp_path: Path) -> None:
    headers = bearer_tokens(db_url)
    server = Server(db_url, tmp_path / "serve.log")
    server.start()
    ledger = Ledger()
    with httpx.Client(base_url=server.base_url, timeout=60) as client:
        send(
            client,
            ledger,
            "POST",
            "/v1/scan/batch",
            json={"items": scan_items("warm", 1)},
            headers=headers["admin"],
        )
        for n in range(10):
            file_notice(client, ledger, headers["notifier"], f"pre{n}")
        case_ids = sorted(
            {
                client.get(
                    f"/v1/notices/{ledger.acked[f'pre{n}']}", headers=headers["reviewer"]
                ).json()["case_id"]
                for n in range(10)
            }
        )
        for case_id in case_ids:
            assign(client, headers["reviewer"], case_id)
    before = len(ledger.acked)
    stop = threading.Event()
    threads = _hammer(server, ledger, headers, case_ids, stop)
    deadline = time.monotonic() + 60
    while len(ledger.acked) < before + 15 and time.monotonic() < deadline:
        time.sleep(0.05)
    server.kill9()  # writers are mid-request: some transactions are open when it dies
    stop.set()
    for thread in threads:
        thread.join(timeout=60)
    assert ledger.server_errors == []
    assert len(ledger.acked) >= before + 15, "the load did not get going before the kill"

    print(
        f"\nkill -9: {len(ledger.acked)} writes acknowledged, statuses {ledger.statuses}, "
        f"{ledger.transport_errors} requests cut off by the kill"
    )
    server.start()  # a new process on the same database
    try:
        _check_nothing_lost(server, headers, ledger)
    finally:
        server.stop()
    verified = subprocess.run(
        [CLEARBRIGHT, "audit", "verify", "--db", db_url],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert verified.returncode == 0, verified.stderr


def _check_nothing_lost(server: Server, headers: dict[str, dict[str, str]], ledger: Ledger) -> None:
    with httpx.Client(base_url=server.base_url, timeout=60) as client:
        for key, row_id in ledger.acked.items():
            if key.startswith("decision-"):
                path = f"/v1/decisions/{row_id}"
            elif key.startswith("scan-"):
                continue  # checked below through the stored items
            else:
                path = f"/v1/notices/{row_id}"
            answer = client.get(path, headers=headers["reviewer"])
            assert answer.status_code == 200, (key, answer.text)
            if not key.startswith("decision-"):
                assert answer.json()["items"] == [f"load-{key}"]
    store = Store.open(server.db_url)
    try:
        with Session(store.engine) as session:
            for case in session.scalars(select(Case)):
                has_lead = session.scalar(
                    select(func.count()).select_from(Notice).where(Notice.case_id == case.id)
                ) or session.scalar(
                    select(func.count())
                    .select_from(CaseFinding)
                    .where(CaseFinding.case_id == case.id)
                )
                assert has_lead, f"case {case.id} has neither a notice nor a finding"
                decisions = session.scalar(
                    select(func.count()).select_from(Decision).where(Decision.case_id == case.id)
                )
                assert (case.state == "decided") == bool(decisions), f"case {case.id}"
            assert verify(session).ok
    finally:
        store.close()
