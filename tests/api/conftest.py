"""The service over a fresh database on each backend, with one token per role."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from sqlalchemy.orm import Session

from clearbright.api import create_app
from clearbright.cases import tokens
from clearbright.cases.access import Role
from clearbright.registry import Registry
from clearbright.scan import Scanner
from clearbright.store import Store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "registry"
ROLES = {
    "notifier": (Role.NOTIFIER, None, None),
    "other_notifier": (Role.NOTIFIER, None, None),
    "reviewer": (Role.REVIEWER, None, None),
    "senior": (Role.SENIOR_REVIEWER, None, None),
    "weibo": (Role.PLATFORM, "weibo", None),
    "douyin": (Role.PLATFORM, "douyin", None),
    "supervisor_zj": (Role.SUPERVISOR, None, "CN-ZJ"),
    "supervisor_gd": (Role.SUPERVISOR, None, "CN-GD"),
    "admin": (Role.ADMIN, None, None),
}


@dataclass
class Service:
    """A test client, the store behind it and a bearer header per role."""

    client: httpx.Client
    store: Store
    headers: dict[str, dict[str, str]]

    def as_(self, who: str) -> dict[str, str]:
        return self.headers[who]


@pytest.fixture(scope="session")
def registry() -> Registry:
    return Registry.load(EXAMPLES)


@pytest.fixture(scope="session")
def scanner(registry: Registry) -> Scanner:
    return Scanner(registry)


@pytest.fixture
def service(db_url: str, registry: Registry, scanner: Scanner) -> Iterator[Service]:
    store = Store.open(db_url)
    headers = {}
    with Session(store.engine) as session, session.begin():
        for name, (role, platform, region) in ROLES.items():
            secret, _ = tokens.create(session, name, role, platform=platform, region=region)
            headers[name] = {"Authorization": f"Bearer {secret}"}
    app = create_app(store, registry, scanner=scanner)
    with running(app) as base_url, httpx.Client(base_url=base_url, timeout=60) as client:
        yield Service(client, store, headers)
    store.close()


@contextmanager
def running(app: FastAPI) -> Iterator[str]:
    """Serve the app with uvicorn on a free loopback port in a thread; yield its base URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def notice_body(items: list[str], platform: str = "weibo", **extra: object) -> dict[str, object]:
    return {
        "platform": platform,
        "items": items,
        "category": "impersonation",
        "relation": "authorized_representative",
        "region": "CN-ZJ",
        "explanation": "该账号冒充澄屿科技官方客服收取保证金",
        "notifier": {
            "kind": "enterprise",
            "name": "澄屿科技法务部",
            "contact": "legal@chengyu-tech.com",
        },
        **extra,
    }
