"""schemathesis against the OpenAPI document: no generated request may cause a 5xx.

Bounded: a few examples per operation and generation mode, derandomized so runs repeat.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from sqlalchemy import create_engine

from clearbright.api import create_app
from clearbright.registry import Registry
from clearbright.store import Store
from tests.api.conftest import EXAMPLES, Service

EXAMPLES_PER_OPERATION = 12


def _operations() -> list[tuple[str, GenerationMode]]:
    """Every operation with valid inputs, and with invalid ones where it takes any input."""
    # The OpenAPI document does not touch the database: an unmigrated in-memory store will do.
    app = create_app(Store(create_engine("sqlite://")), Registry.load(EXAMPLES))
    runs = []
    for path, item in app.openapi()["paths"].items():
        for method, operation in item.items():
            label = f"{method.upper()} {path}"
            runs.append((label, GenerationMode.POSITIVE))
            if operation.get("parameters") or operation.get("requestBody"):
                runs.append((label, GenerationMode.NEGATIVE))
    return runs


@pytest.mark.parametrize(("label", "mode"), _operations())
def test_no_generated_request_causes_a_server_error(
    service: Service, label: str, mode: GenerationMode
) -> None:
    document = service.client.get("/openapi.json").json()
    schema = schemathesis.openapi.from_dict(document)
    operation = next(op.ok() for op in schema.get_all_operations() if op.ok().label == label)
    base_url = str(service.client.base_url)
    headers = service.as_("admin")
    failures: list[str] = []

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Any) -> None:
        response = case.call(base_url=base_url, headers=headers, timeout=60)
        if response.status_code >= 500:
            failures.append(f"{response.status_code} for {case.as_curl_command()}")

    run()
    assert failures == []
