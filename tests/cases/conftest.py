"""A migrated store on every backend and helpers to run the case desk in one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from clearbright.cases.access import Actor, Role
from clearbright.cases.notices import NoticeIn
from clearbright.registry import Registry
from clearbright.store import Store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "registry"
ALICE = Actor(name="alice", role=Role.REVIEWER, token_id=None)
BOB = Actor(name="bob", role=Role.SENIOR_REVIEWER, token_id=None)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = Store.open(db_url)
    yield opened
    opened.close()


@pytest.fixture
def session(store: Store) -> Iterator[Session]:
    with Session(store.engine, expire_on_commit=False) as opened:
        yield opened


@pytest.fixture(scope="session")
def platforms() -> dict[str, object]:
    return dict(Registry.load(EXAMPLES).platforms)


def notice(
    items: list[str], category: str = "impersonation", platform: str = "weibo", **extra: object
) -> NoticeIn:
    return NoticeIn.model_validate(
        {
            "platform": platform,
            "items": items,
            "category": category,
            "relation": "self",
            "explanation": "冒充我司官方账号",
            "notifier": {"kind": "enterprise", "name": "澄屿科技"},
            **extra,
        }
    )
