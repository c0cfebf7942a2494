"""Shared fixtures: the project's example registry and data, and database URLs to test against."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from clearbright.registry import Registry

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
PG_ENV = "CLEARBRIGHT_TEST_PG_URL"


@pytest.fixture(scope="session")
def example_registry() -> Registry:
    return Registry.load(EXAMPLES / "registry")


def database_urls(tmp: Path) -> list[str]:
    urls = [f"sqlite:///{tmp / 'store.db'}"]
    if os.environ.get(PG_ENV):
        urls.append(os.environ[PG_ENV])
    return urls


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database on each backend (PostgreSQL when the test command started one)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    yield empty_pg_url()


def empty_pg_url() -> str:
    """The test PostgreSQL database, emptied (its schema dropped and made again)."""
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set: the test command must start PostgreSQL")
        pytest.skip(f"{PG_ENV} not set (scripts/test.sh starts PostgreSQL)")
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url
