"""Every endpoint of the OpenAPI document × every role: allowed or 403, and 401 without a token.

The table below is the access policy. A new endpoint without a row fails
`test_every_endpoint_has_a_row`, so nobody adds a route without deciding who may call it.
"Allowed" means the role gets past the role and scope checks for an object in its scope (the
answer may still be a 404, 409 or 422 about the object's state); "denied" means exactly 403.
The objects are one weibo case in CN-ZJ filed by `notifier`, triaged, dispatched to weibo,
decided (no action) by a reviewer outside the matrix and appealed by the notifier, with one
shareable evidence file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from clearbright.api import create_app
from clearbright.cases import tokens
from clearbright.cases.access import Role
from clearbright.registry import Registry
from clearbright.store import Store
from tests.api.conftest import EXAMPLES, Service, notice_body

ROLES = ("notifier", "weibo", "supervisor_zj", "reviewer", "senior", "admin")
ALL = frozenset(ROLES)
STAFF = frozenset({"reviewer", "senior", "admin"})
PUBLIC = "public"  # no token needed
DECISION = {"action": "no_action", "ground": "protected criticism", "facts": "真实评价"}
TEXT_FILE = ("证据.txt", "账号冒充澄屿科技客服的聊天记录".encode(), "text/plain")


@dataclass(frozen=True)
class Call:
    """Who may call an endpoint, and how to call it (path ids come from the fixture)."""

    allowed: frozenset[str] | str
    path: str = ""
    body: Any = None
    params: dict[str, Any] = field(default_factory=dict)
    files: bool = False
    body_for: Callable[[str], Any] | None = None


def _roles(*names: str) -> frozenset[str]:
    return frozenset(names)


def _appeal(role: str) -> dict[str, str]:
    return {"appellant": "notifier" if role == "notifier" else "author", "text": "申诉理由"}


CLAIM = {"text": "澄屿科技已经破产", "verdict": "false", "correction": "澄屿科技正常经营"}
ITEM = {"id": "m-1", "platform": "weibo", "kind": "post", "text": "澄屿科技今天发布新品"}
PERIOD = {"since": "2020-01-01", "until": "2030-12-31"}

MATRIX: dict[str, Call] = {
    "GET /health": Call(PUBLIC),
    "GET /v1/findings": Call(STAFF | {"weibo", "supervisor_zj"}),
    "POST /v1/routing/shadow": Call(_roles("senior", "admin"), body={"rules": []}),
    "GET /v1/audit/verify": Call(_roles("admin", "supervisor_zj")),
    "GET /v1/registry": Call(ALL),
    "GET /v1/registry/officials": Call(ALL),
    "GET /v1/registry/history": Call(STAFF),
    "GET /v1/registry/{kind}": Call(ALL, "/v1/registry/enterprises"),
    "GET /v1/registry/{kind}/{record_id}": Call(ALL, "/v1/registry/claims/{claim}"),
    "PUT /v1/registry/{kind}/{record_id}": Call(
        _roles("admin"), "/v1/registry/claims/matrix-claim", body=CLAIM
    ),
    "DELETE /v1/registry/{kind}/{record_id}": Call(_roles("admin"), "/v1/registry/claims/{claim}"),
    "GET /v1/campaigns": Call(STAFF),
    "GET /v1/campaigns/{campaign_id}": Call(STAFF, "/v1/campaigns/campaign-0000000000000000"),
    "POST /v1/scan": Call(STAFF | {"weibo"}, body=ITEM),
    "POST /v1/scan/batch": Call(STAFF | {"weibo"}, body={"items": [ITEM]}),
    "POST /v1/notices": Call(ALL, body=notice_body(["matrix-1"])),
    "GET /v1/notices": Call(STAFF | {"notifier"}),
    "GET /v1/notices/{notice_id}": Call(STAFF | {"notifier"}, "/v1/notices/{notice}"),
    "POST /v1/notices/{notice_id}/evidence": Call(
        STAFF | {"notifier"}, "/v1/notices/{notice}/evidence", files=True
    ),
    "GET /v1/notices/{notice_id}/evidence": Call(
        STAFF | {"notifier", "weibo"}, "/v1/notices/{notice}/evidence"
    ),
    "GET /v1/notices/{notice_id}/evidence/{file_id}": Call(
        STAFF | {"notifier", "weibo"}, "/v1/notices/{notice}/evidence/{file}"
    ),
    "GET /v1/cases": Call(STAFF | {"weibo", "supervisor_zj"}),
    "GET /v1/cases/{case_id}": Call(STAFF | {"weibo", "supervisor_zj"}, "/v1/cases/{case}"),
    "POST /v1/cases/{case_id}/transitions": Call(
        STAFF, "/v1/cases/{case}/transitions", body={"to": "closed"}
    ),
    "POST /v1/cases/{case_id}/decisions": Call(STAFF, "/v1/cases/{case}/decisions", body=DECISION),
    "GET /v1/decisions/{decision_id}": Call(
        STAFF | {"weibo", "supervisor_zj"}, "/v1/decisions/{decision}"
    ),
    "POST /v1/cases/{case_id}/appeals": Call(
        STAFF | {"weibo", "notifier"}, "/v1/cases/{case}/appeals", body_for=_appeal
    ),
    "POST /v1/appeals/{appeal_id}/decision": Call(
        STAFF, "/v1/appeals/{appeal}/decision", body=DECISION
    ),
    "GET /v1/appeals/stats": Call(STAFF | {"supervisor_zj"}),
    "POST /v1/dispatches": Call(STAFF | {"supervisor_zj"}, body={"cases": ["{case}"]}),
    "GET /v1/dispatches": Call(STAFF | {"weibo", "supervisor_zj"}),
    "GET /v1/dispatches/{dispatch_id}": Call(
        STAFF | {"weibo", "supervisor_zj"}, "/v1/dispatches/{dispatch}"
    ),
    "POST /v1/dispatches/{dispatch_id}/acknowledge": Call(
        _roles("weibo"), "/v1/dispatches/{dispatch}/acknowledge"
    ),
    "POST /v1/dispatches/{dispatch_id}/act": Call(
        _roles("weibo"),
        "/v1/dispatches/{dispatch}/act",
        body={"action": "label", "ground": "规则", "facts": "事实"},
    ),
    "POST /v1/dispatches/{dispatch_id}/contest": Call(
        _roles("weibo"), "/v1/dispatches/{dispatch}/contest", body={"reason": "并非冒充"}
    ),
    "GET /v1/metrics/timeliness": Call(STAFF | {"weibo", "supervisor_zj"}, params=PERIOD),
    "GET /v1/quality/sample": Call(
        STAFF | {"supervisor_zj"}, params={"platform": "weibo", **PERIOD}
    ),
    "GET /v1/scorecards": Call(STAFF | {"weibo", "supervisor_zj"}, params=PERIOD),
    "GET /v1/statements-of-reasons": Call(STAFF | {"weibo", "supervisor_zj"}),
    # The archive is public-facing: masked references, no identity, no free text.
    "GET /v1/archive": Call(ALL),
    "POST /v1/dispatches/{dispatch_id}/review": Call(
        STAFF | {"supervisor_zj"}, "/v1/dispatches/{dispatch}/review", body={"expected": "enforce"}
    ),
}


def _endpoints() -> list[str]:
    app = create_app(Store(create_engine("sqlite://")), Registry.load(EXAMPLES))
    return [
        f"{method.upper()} {path}"
        for path, item in app.openapi()["paths"].items()
        for method in item
    ]


def test_every_endpoint_has_a_row() -> None:
    endpoints = _endpoints()
    assert sorted(set(endpoints) - set(MATRIX)) == [], "endpoints missing from the access matrix"
    assert sorted(set(MATRIX) - set(endpoints)) == [], "matrix rows for endpoints that are gone"


@pytest.fixture
def objects(service: Service) -> dict[str, Any]:
    """The case and everything around it (see the module docstring)."""
    client = service.client
    with Session(service.store.engine) as session, session.begin():
        secret, _ = tokens.create(session, "decider", Role.REVIEWER)
    decider = {"Authorization": f"Bearer {secret}"}
    notice = client.post(
        "/v1/notices", json=notice_body(["w-matrix"]), headers=service.as_("notifier")
    ).json()
    case = notice["case_id"]
    for step in ({"to": "triaged"}, {"to": "assigned"}):
        client.post(f"/v1/cases/{case}/transitions", json=step, headers=decider).raise_for_status()
    dispatch = client.post(
        "/v1/dispatches", json={"cases": [case]}, headers=service.as_("supervisor_zj")
    )
    decision = client.post(f"/v1/cases/{case}/decisions", json=DECISION, headers=decider)
    appeal = client.post(
        f"/v1/cases/{case}/appeals", json=_appeal("notifier"), headers=service.as_("notifier")
    )
    upload = client.post(
        f"/v1/notices/{notice['id']}/evidence",
        files={"files": TEXT_FILE},
        data={"shareable": "true"},
        headers=service.as_("notifier"),
    )
    for response in (dispatch, decision, appeal, upload):
        assert response.status_code == 201, response.text
    return {
        "notice": notice["id"],
        "case": case,
        "dispatch": dispatch.json()["dispatches"][0]["id"],
        "decision": decision.json()["id"],
        "appeal": appeal.json()["id"],
        "file": upload.json()["files"][0]["id"],
        "claim": _a_claim(service),
    }


def _a_claim(service: Service) -> str:
    page = service.client.get("/v1/registry/claims", headers=service.as_("admin")).json()
    return str(page["items"][0]["id"])


def _fill(value: Any, ids: dict[str, Any]) -> Any:
    if isinstance(value, str):
        for key, found in ids.items():
            if value == f"{{{key}}}":
                return found
            value = value.replace(f"{{{key}}}", str(found))
        return value
    if isinstance(value, dict):
        return {k: _fill(v, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, ids) for v in value]
    return value


def _call(service: Service, label: str, who: str | None, ids: dict[str, Any]) -> int:
    method, template = label.split(" ", 1)
    call = MATRIX[label]
    body = call.body_for(who or "") if call.body_for else call.body
    response = service.client.request(
        method,
        _fill(call.path or template, ids),
        json=_fill(body, ids) if body is not None and not call.files else None,
        params=call.params,
        files={"files": TEXT_FILE} if call.files else None,
        headers=service.as_(who) if who else {},
    )
    return response.status_code


def test_each_role_is_allowed_or_refused_as_the_matrix_says(
    service: Service, objects: dict[str, Any]
) -> None:
    wrong = []
    for label, call in MATRIX.items():
        anonymous = _call(service, label, None, objects)
        if call.allowed == PUBLIC:
            if anonymous in (401, 403):
                wrong.append(f"{label}: public, but {anonymous} without a token")
            continue
        if anonymous != 401:
            wrong.append(f"{label}: {anonymous} without a token (expected 401)")
        # Denied roles first, so the allowed ones' writes cannot change what the others meet.
        for who in sorted(ROLES, key=lambda r: r in call.allowed):
            status = _call(service, label, who, objects)
            if who in call.allowed and status in (401, 403):
                wrong.append(f"{label}: {who} is allowed but got {status}")
            if who not in call.allowed and status != 403:
                wrong.append(f"{label}: {who} is denied but got {status}")
    assert wrong == []
