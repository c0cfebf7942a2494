"""Stateful API fuzzing: schemathesis follows the OpenAPI links of the due-process chain
(notice → case → transitions → decision → appeal → appeal decision) with real ids, and no
sequence of requests may cause a 5xx. Bounded and derandomized so runs repeat."""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings

from tests.api.conftest import Service

SCENARIOS = 25
STEPS = 8


def test_linked_operations_exist_in_the_document(service: Service) -> None:
    document = service.client.get("/openapi.json").json()
    links = document["paths"]["/v1/notices"]["post"]["responses"]["201"]["links"]
    assert {"GetNotice", "GetCase", "DecideCase", "AppealCase"} <= set(links)


def test_no_sequence_of_linked_requests_causes_a_server_error(service: Service) -> None:
    document = service.client.get("/openapi.json").json()
    schema = schemathesis.openapi.from_dict(document)
    base_url = str(service.client.base_url)
    headers = service.as_("admin")
    failures: list[str] = []
    calls: list[str] = []

    class Machine(schema.as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"base_url": base_url, "headers": headers, "timeout": 60}

        def validate_response(self, response: Any, case: Any, **kwargs: Any) -> None:
            # Only server errors fail: 4xx answers to bad sequences are the API working.
            calls.append(f"{case.method} {case.path} {response.status_code}")
            if response.status_code >= 500:
                failures.append(f"{response.status_code} for {case.as_curl_command()}")

    Machine.run(
        settings=settings(
            max_examples=SCENARIOS,
            stateful_step_count=STEPS,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
    )
    assert failures == []
    # The links were followed: some linked requests reached a real case or notice.
    followed = [c for c in calls if "{" in c and c.rsplit(" ", 1)[1] not in {"401", "404"}]
    assert followed, calls[:20]
