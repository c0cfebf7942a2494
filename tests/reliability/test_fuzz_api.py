"""The HTTP API on hostile bodies: never a 5xx, always the common error body.

schemathesis (tests/api/test_schemathesis.py) generates requests from the OpenAPI document;
this adds what a schema-driven generator does not send: bytes that are not UTF-8, nesting deep
enough to break a recursive parser, numbers over 4300 digits, lone surrogates, megabyte texts,
and random items with hostile text through the scan endpoint.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from clearbright.api import create_app
from clearbright.cases import tokens
from clearbright.cases.access import Role
from clearbright.registry import Registry
from clearbright.scan import Scanner
from clearbright.store import Store
from tests.api.conftest import running
from tests.reliability.strategies import item_dicts, item_line

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
ENDPOINTS = ["/v1/notices", "/v1/scan", "/v1/scan/batch", "/v1/routing/shadow"]
ITEM = b'{"id": "a", "platform": "weibo", "kind": "post", "text": '
BODIES = {
    "not UTF-8": b'{"platform": "\xff\xfe\xed\xa0\x80"}',
    "deep arrays": b"[" * 100_000 + b"]" * 100_000,
    "deep objects": b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    "huge integer": b'{"reach": ' + b"9" * 5000 + b"}",
    "huge integer item": ITEM + b'"x", "created_at": ' + b"9" * 5000 + b"}",
    "overflowing float": ITEM + b"1e999999}",
    "lone surrogate": ITEM + b'"\\ud800\\udfff\\ud800"}',
    "NUL": ITEM + b'"a\\u0000b"}',
    "megabyte text": ITEM + b'"' + "澄屿".encode() * 170_000 + b'"}',
    "empty": b"",
    "truncated": b'{"items": [',
}


@dataclass
class Api:
    client: httpx.Client
    headers: dict[str, str]


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory, example_registry: Registry) -> Iterator[Api]:
    store = Store.open(f"sqlite:///{tmp_path_factory.mktemp('api') / 'store.db'}")
    with Session(store.engine) as session, session.begin():
        secret, _ = tokens.create(session, "admin", Role.ADMIN)
    app = create_app(store, example_registry, scanner=Scanner(example_registry))
    with running(app) as base, httpx.Client(base_url=base, timeout=120) as client:
        yield Api(client, {"Authorization": f"Bearer {secret}", "Content-Type": "application/json"})
    store.close()


def _check(response: httpx.Response) -> None:
    assert response.status_code < 500, response.text[:500]
    if response.status_code >= 400:
        assert set(response.json()["error"]) == {"code", "message", "details"}


@pytest.mark.parametrize("name", list(BODIES))
def test_hostile_bodies_get_a_4xx_or_are_stored(api: Api, name: str) -> None:
    for endpoint in ENDPOINTS:
        _check(api.client.post(endpoint, content=BODIES[name], headers=api.headers))


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=not os.environ.get("FUZZ_EXAMPLES"),
    phases=(Phase.explicit, Phase.generate),
    suppress_health_check=list(HealthCheck),
)
@given(data=st.lists(item_dicts(), min_size=1, max_size=3))
def test_random_items_through_the_scan_endpoints(api: Api, data: list[dict[str, object]]) -> None:
    _check(api.client.post("/v1/scan", content=item_line(data[0]), headers=api.headers))
    batch = b'{"items": [' + b",".join(item_line(d) for d in data) + b"]}"
    _check(api.client.post("/v1/scan/batch", content=batch, headers=api.headers))
    notice = {
        "platform": data[0].get("platform"),
        "items": [str(d.get("id")) for d in data],
        "category": "counterfeit",
        "relation": "self",
        "explanation": data[0].get("text"),
        "notifier": {"kind": "public", "name": str(data[0].get("id"))},
    }
    _check(
        api.client.post(
            "/v1/notices",
            content=json.dumps(notice).encode("utf-8", "surrogatepass"),
            headers=api.headers,
        )
    )
