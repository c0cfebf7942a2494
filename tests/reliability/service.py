"""A real `clearbright serve` process for the load and fault tests, and a client that records
what the service acknowledged."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
REGISTRY = ROOT / "examples" / "registry"
CLEARBRIGHT = str(Path(sys.executable).with_name("clearbright"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Server:
    """`clearbright serve` in a child process, killed with SIGKILL when asked to crash."""

    db_url: str
    log: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 90.0) -> None:
        command = [
            CLEARBRIGHT,
            "serve",
            "--db",
            self.db_url,
            "--port",
            str(self.port),
            "--registry",
            str(REGISTRY),
        ]
        # The rate limiter is tested on its own; here it would only slow the writers down.
        env = {
            **os.environ,
            "CLEARBRIGHT_DATA_DIR": str(self.log.parent),
            "CLEARBRIGHT_RATE_NOTICES": "off",
        }
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=log, env=env)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"serve exited: {self.log.read_text(errors='replace')[-2000:]}")
            try:
                if httpx.get(f"{self.base_url}/health", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        raise RuntimeError("serve did not answer /health in time")

    def kill9(self) -> None:
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill9()


@dataclass
class Ledger:
    """What clients sent and what the service acknowledged, with every status and latency."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    acked: dict[str, int] = field(default_factory=dict)  # request key -> created row id
    statuses: dict[int, int] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    server_errors: list[str] = field(default_factory=list)
    transport_errors: int = 0

    def note(self, response: httpx.Response, started: float) -> None:
        with self.lock:
            self.statuses[response.status_code] = self.statuses.get(response.status_code, 0) + 1
            self.latencies.append(time.perf_counter() - started)
            if response.status_code >= 500 and response.status_code != 503:
                self.server_errors.append(f"{response.status_code} {response.text[:300]}")

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def notice(key: str, platform: str = "weibo") -> dict[str, object]:
    """A notice about one item of its own, so each one opens or joins a case by its key."""
    return {
        "platform": platform,
        "items": [f"load-{key}"],
        "category": "impersonation",
        "relation": "authorized_representative",
        "region": "CN-ZJ",
        "explanation": f"该账号冒充澄屿科技官方客服收取保证金（{key}）",
        "notifier": {"kind": "enterprise", "name": "澄屿科技法务部"},
    }


def scan_items(key: str, count: int) -> list[dict[str, object]]:
    return [
        {
            "id": f"scan-{key}-{n}",
            "platform": "weibo",
            "kind": "account",
            "text": "澄屿科技官方客服，售后退款请私信",
            "url": f"https://weibo.com/chengyu_kefu_{key}_{n}",
            "author": {"id": f"chengyu_kefu_{key}_{n}", "name": "澄屿科技官方客服"},
            "region": "CN-ZJ",
        }
        for n in range(count)
    ]
