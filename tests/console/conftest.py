"""The console over a store loaded like the demo: the example corpus scanned, cases opened, a
notice filed and a token per role; served by uvicorn on a free loopback port."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from clearbright.api import create_app
from clearbright.cases import tokens
from clearbright.cases.access import Role
from clearbright.console import demo
from clearbright.ingest import ItemReader
from clearbright.registry import Registry
from clearbright.scan import Scanner, ScanReport
from clearbright.store import Store
from clearbright.store.cases_schema import Case
from tests.api.conftest import running

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@dataclass
class Console:
    """A running console: its URL, the store behind it and the demo's tokens by name."""

    url: str
    store: Store
    tokens: dict[str, str]
    clients: list[httpx.Client] = field(default_factory=list)

    def client(self) -> httpx.Client:
        """A client without a session (closed when the test ends)."""
        made = httpx.Client(base_url=self.url, timeout=60)
        self.clients.append(made)
        return made

    def sign_in(self, name: str) -> httpx.Client:
        """A client holding a signed-in session for one of the demo's tokens."""
        client = self.client()
        csrf = csrf_of(client.get("/console/login").text)
        answer = client.post("/console/login", data={"csrf": csrf, "token": self.tokens[name]})
        assert answer.status_code == 303, answer.text
        return client

    def token(
        self, name: str, role: Role, platform: str | None = None, region: str | None = None
    ) -> str:
        with Session(self.store.engine) as session, session.begin():
            secret, _ = tokens.create(session, name, role, platform=platform, region=region)
        return secret

    def case_ids(self, **where: str | None) -> list[int]:
        query = select(Case.id).order_by(Case.id)
        for column, value in where.items():
            query = query.where(getattr(Case, column) == value)
        with Session(self.store.engine) as session:
            return list(session.scalars(query))


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "the page has no CSRF field"
    return found.group(1)


@pytest.fixture(scope="session")
def examples() -> tuple[Registry, Scanner, ScanReport]:
    registry = Registry.load(EXAMPLES / "registry")
    scanner = Scanner(registry)
    return registry, scanner, scanner.scan(list(ItemReader(str(EXAMPLES / "items.jsonl"))))


def serve(
    url: str, examples: tuple[Registry, Scanner, ScanReport], *, history: bool = False
) -> Iterator[Console]:
    registry, scanner, report = examples
    made = demo.fill(url, registry, scanner, report, EXAMPLES, history=history)
    store = Store.open(url)
    app = create_app(store, registry, scanner=scanner)
    with running(app) as base:
        console = Console(base, store, {name: secret for name, (_, secret) in made.tokens.items()})
        try:
            yield console
        finally:
            for client in console.clients:
                client.close()
    store.close()


@pytest.fixture
def console(db_url: str, examples: tuple[Registry, Scanner, ScanReport]) -> Iterator[Console]:
    """A fresh console per test, on each backend."""
    yield from serve(db_url, examples)
