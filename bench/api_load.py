"""Load on the HTTP API with wrk over loopback: requests/s and p50/p99 latency.

Scenarios: scan one item (POST /v1/scan) and create a notice (POST /v1/notices), each on SQLite
and on PostgreSQL, against a real `clearbright serve` process, beside GET /health as the peer
baseline (the framework and server alone). Every request carries a new item id, so each one
really stores an item or a notice and opens or joins a case. Bounded: DURATION seconds and at
most MAX_REQUESTS per thread per scenario. After the notice run the notices in the database are
counted against the 2xx answers wrk received: an acknowledged notice missing from the store
would be a lost write, two notices for one request a duplicate. `stored` may exceed `acked` by
the requests in flight when wrk stopped (committed, but their answers were not counted).

    python bench/api_load.py                                   # SQLite only
    python bench/api_load.py --pg postgresql://user@host/db    # and PostgreSQL
    (or CLEARBRIGHT_BENCH_PG_URL; the PostgreSQL database is emptied first: give a throwaway one)

The server runs with CLEARBRIGHT_RATE_NOTICES=off: the per-token notice limit would otherwise
answer most of one token's notices with 429. Needs `wrk` (Debian: apt-get install wrk); exits 0
with a message when it is missing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = ROOT / "examples" / "registry"
DURATION, THREADS, CONNECTIONS, MAX_REQUESTS = 10, 2, 8, 5000
COUNTS = (("acked", 8), ("stored", 8), ("lost", 6), ("dup", 5))
ITEM_TEXT = "您好，我是澄屿科技客服专员，您的订单异常，需要缴纳500元保证金才能退款。"

LUA = """
-- `tid` is a global that setup() gives each thread, so ids never repeat across threads;
-- `acked` (global, read back in done()) counts the 2xx answers each thread received.
local counter, sent, threads = 0, 0, {}
acked = 0
function setup(thread)
  thread:set("tid", counter); counter = counter + 1; table.insert(threads, thread)
end
local template = %(template)s
request = function()
  sent = sent + 1
  local body = string.gsub(template, "@ID@", tid .. "-" .. sent)
  return wrk.format("POST", %(path)s, {["Content-Type"] = "application/json",
    ["Authorization"] = %(auth)s}, body)
end
response = function(status, headers, body)
  if status >= 200 and status < 300 then acked = acked + 1 end
  if sent >= %(max)d then wrk.thread:stop() end
end
function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("acked") end
  io.write("ACKED " .. total .. "\\n")
end
"""


def main() -> None:
    if shutil.which("wrk") is None:
        print("wrk is not installed (apt-get install wrk): skipping the API load benchmark")
        return
    pg_url = sys.argv[sys.argv.index("--pg") + 1] if "--pg" in sys.argv[:-1] else None
    backends = {"sqlite": None, "postgresql": pg_url or os.environ.get("CLEARBRIGHT_BENCH_PG_URL")}
    rows = []
    for backend, url in backends.items():
        if backend == "postgresql" and not url:
            print("no --pg URL (or CLEARBRIGHT_BENCH_PG_URL): skipping PostgreSQL")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            db_url = url or f"sqlite:///{Path(tmp) / 'bench.db'}"
            rows.extend(run_backend(backend, db_url, Path(tmp)))
    print(
        f"\n{THREADS} threads, {CONNECTIONS} connections, {DURATION} s or "
        f"{MAX_REQUESTS} requests per thread per scenario, uvicorn 1 worker on loopback"
    )
    print(
        f"{'backend':<11}{'scenario':<15}{'requests':>9}{'req/s':>9}{'p50 ms':>9}"
        f"{'p99 ms':>9}{'errors':>8}{'acked':>8}{'stored':>8}{'lost':>6}{'dup':>5}"
    )
    for row in rows:
        counts = "".join(f"{row[k]:>{w}}" for k, w in COUNTS) if "stored" in row else ""
        print(
            f"{row['backend']:<11}{row['scenario']:<15}{row['requests']:>9}"
            f"{row['rps']:>9.1f}{row['p50']:>9.2f}{row['p99']:>9.2f}{row['errors']:>8}{counts}"
        )


def run_backend(backend: str, db_url: str, tmp: Path) -> list[dict[str, object]]:
    secret = prepare(db_url)
    port = free_port()
    log = (tmp / "server.log").open("wb")
    # The server's log goes to a file: an unread pipe would fill up and stall it.
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "clearbright",
            "serve",
            "--db",
            db_url,
            "--registry",
            str(REGISTRY),
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=log,
        env={**os.environ, "CLEARBRIGHT_RATE_NOTICES": "off"},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base, server)
        auth = {"Authorization": f"Bearer {secret}"}
        # The first scan builds the detectors: keep it out of the measurement.
        httpx.post(f"{base}/v1/scan", json=item("warm-up"), headers=auth, timeout=120)
        scenarios = {
            "health (peer)": ("GET", "/health", None),
            "scan one item": ("POST", "/v1/scan", item("@ID@")),
            "create notice": ("POST", "/v1/notices", notice("@ID@")),
        }
        rows = [
            {"backend": backend, "scenario": name, **wrk(base, method, path, body, secret, tmp)}
            for name, (method, path, body) in scenarios.items()
        ]
        rows[-1].update(count_notices(db_url, int(str(rows[-1]["acked"]))))
        return rows
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
        errors = (tmp / "server.log").read_text(encoding="utf-8", errors="replace")
        if "Traceback" in errors:
            print(f"server errors on {backend}:\n{errors[-3000:]}")


def prepare(db_url: str) -> str:
    """An empty, migrated database with one admin token; return the token."""
    from clearbright.cases import tokens
    from clearbright.cases.access import Role
    from clearbright.store import Store

    if db_url.startswith("postgresql"):
        engine = create_engine(db_url.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    store = Store.open(db_url)
    with Session(store.engine) as session, session.begin():
        secret, _ = tokens.create(session, "bench", Role.ADMIN)
    store.close()
    return secret


def wrk(
    base: str, method: str, path: str, body: dict[str, object] | None, secret: str, tmp: Path
) -> dict[str, object]:
    command = [
        "wrk",
        f"-t{THREADS}",
        f"-c{CONNECTIONS}",
        f"-d{DURATION}s",
        "--latency",
        "--timeout",
        "10s",
    ]
    if method == "POST":
        script = tmp / "post.lua"
        script.write_text(
            LUA
            % {
                "template": lua_string(json.dumps(body, ensure_ascii=False)),
                "path": lua_string(path),
                "auth": lua_string(f"Bearer {secret}"),
                "max": MAX_REQUESTS,
            },
            encoding="utf-8",
        )
        command += ["-s", str(script)]
    done = subprocess.run([*command, base + path], capture_output=True, text=True, check=True)
    # wrk reports a broken script on stderr and then runs plain GETs: never measure those.
    if done.stderr.strip():
        raise SystemExit(f"wrk failed: {done.stderr.strip()}")
    return parse(done.stdout)


def parse(out: str) -> dict[str, object]:
    latency = {
        m[0]: to_ms(float(m[1]), m[2])
        for m in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    }
    requests = re.search(r"(\d+) requests in", out)
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    acked = re.search(r"^ACKED (\d+)$", out, re.M)
    return {
        "acked": int(acked[1]) if acked else -1,
        "requests": int(requests[1]) if requests else 0,
        "rps": float(rps[1]) if rps else 0.0,
        "p50": latency.get("50", float("nan")),
        "p99": latency.get("99", float("nan")),
        "errors": int(errors[1]) if errors else 0,
    }


def count_notices(db_url: str, acked: int) -> dict[str, int]:
    """Notices in the store against those acknowledged: lost = acked but absent."""
    from sqlalchemy import func, select

    from clearbright.store import Store
    from clearbright.store.cases_schema import Notice

    store = Store.open(db_url)
    # One query, one snapshot: requests still in flight when wrk stopped may commit meanwhile.
    # Every request names a new item: one item list filed twice is a duplicated notice.
    query = select(func.count(), func.count(func.distinct(Notice.items_key))).select_from(Notice)
    with Session(store.engine) as session:
        stored, distinct = session.execute(query).one()
    store.close()
    return {"stored": stored, "lost": max(0, acked - stored), "dup": stored - distinct}


def to_ms(value: float, unit: str) -> float:
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


def lua_string(value: str) -> str:
    return "[==[" + value + "]==]"


def item(item_id: str) -> dict[str, object]:
    return {
        "id": f"bench-{item_id}",
        "platform": "weibo",
        "kind": "comment",
        "text": ITEM_TEXT,
        "author": {"id": f"acct-{item_id}", "name": "客服小周"},
        "region": "CN-ZJ",
    }


def notice(item_id: str) -> dict[str, object]:
    return {
        "platform": "weibo",
        "items": [f"notice-{item_id}"],
        "category": "impersonation",
        "relation": "self",
        "explanation": "冒充官方客服",
        "region": "CN-ZJ",
        "notifier": {"kind": "enterprise", "name": "澄屿科技"},
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_ready(base: str, server: subprocess.Popen[bytes]) -> None:
    for _ in range(600):
        if server.poll() is not None:
            raise SystemExit(
                f"the server stopped: {server.stderr.read().decode() if server.stderr else ''}"
            )
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit("the server did not start in 60 s")


if __name__ == "__main__":
    main()
