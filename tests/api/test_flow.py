"""End to end over HTTP: notice → case → triage → decision → appeal → overturn → audit."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy import update
from typer.testing import CliRunner

from clearbright.cli.main import app as cli
from clearbright.store.cases_schema import AuditEntry, Case
from tests.api.conftest import Service, notice_body

REMOVE = {
    "action": "remove",
    "ground": "冒充注册企业的官方客服（第4类）",
    "facts": "账号自称澄屿科技客服并索要保证金",
    "evidence": [{"kind": "notice"}],
}
OVERTURN = {
    "action": "label",
    "ground": "账号为授权经销商",
    "facts": "申诉人提供了授权书",
    "label_note": "授权经销商账号，非官方客服",
}


def _through_decision(service: Service) -> tuple[int, int]:
    http = service.client
    created = http.post(
        "/v1/notices", json=notice_body(["wb-9001"]), headers=service.as_("notifier")
    )
    assert created.status_code == 201, created.text
    case_id = created.json()["case_id"]
    for step in ({"to": "triaged"}, {"to": "assigned", "assignee": "reviewer:reviewer"}):
        moved = http.post(
            f"/v1/cases/{case_id}/transitions", json=step, headers=service.as_("reviewer")
        )
        assert moved.status_code == 200, moved.text
    decided = http.post(
        f"/v1/cases/{case_id}/decisions", json=REMOVE, headers=service.as_("reviewer")
    )
    assert decided.status_code == 201, decided.text
    reasons = decided.json()
    assert reasons["decision_visibility"] == "remove" and not reasons["automated_decision"]
    assert reasons["territorial_scope"] == ["CN-ZJ"] and "appeal" in reasons["redress"]
    return case_id, reasons["id"]


def test_notice_to_overturned_appeal_with_a_verified_audit_chain(
    service: Service, db_url: str
) -> None:
    http = service.client
    case_id, _ = _through_decision(service)
    appeal = http.post(
        f"/v1/cases/{case_id}/appeals",
        headers=service.as_("weibo"),
        json={"appellant": "author", "text": "我们是授权经销商"},
    )
    assert appeal.status_code == 201, appeal.text
    same_reviewer = http.post(
        f"/v1/appeals/{appeal.json()['id']}/decision",
        json=OVERTURN,
        headers=service.as_("reviewer"),
    )
    assert same_reviewer.status_code == 403
    redecided = http.post(
        f"/v1/appeals/{appeal.json()['id']}/decision", json=OVERTURN, headers=service.as_("senior")
    )
    assert redecided.status_code == 201, redecided.text
    assert redecided.json()["appeal"]["outcome"] == "overturned"
    case = http.get(f"/v1/cases/{case_id}", headers=service.as_("weibo")).json()
    assert [t["to"] for t in case["transitions"]] == [
        "triaged",
        "assigned",
        "decided",
        "appealed",
        "redecided",
    ]
    closed = http.post(
        f"/v1/cases/{case_id}/transitions", json={"to": "closed"}, headers=service.as_("senior")
    )
    assert closed.json()["times"]["closed"] is not None
    stats = http.get("/v1/appeals/stats", headers=service.as_("admin")).json()
    assert stats == {"upheld": 0, "overturned": 1, "pending": 0}
    audit = http.get("/v1/audit/verify", headers=service.as_("admin")).json()
    assert audit["ok"] and audit["entries"] >= 10
    result = CliRunner().invoke(cli, ["audit", "verify", "--db", db_url])
    assert result.exit_code == 0, result.output


def test_a_tampered_audit_row_fails_verification(service: Service, db_url: str) -> None:
    _through_decision(service)
    with service.store.engine.begin() as connection:
        connection.execute(
            update(AuditEntry)
            .where(AuditEntry.action == "decision.create")
            .values(after={"decision_visibility": "no_action"})
        )
    audit = service.client.get("/v1/audit/verify", headers=service.as_("admin")).json()
    assert not audit["ok"] and "modified" in audit["problems"][0]
    result = CliRunner().invoke(cli, ["audit", "verify", "--db", db_url])
    assert result.exit_code == 1


def test_an_invalid_transition_is_a_clear_409(service: Service) -> None:
    created = service.client.post(
        "/v1/notices", json=notice_body(["wb-1"]), headers=service.as_("notifier")
    ).json()
    response = service.client.post(
        f"/v1/cases/{created['case_id']}/transitions",
        json={"to": "closed"},
        headers=service.as_("reviewer"),
    )
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "invalid_transition" and "from new to closed" in error["message"]


def test_errors_share_one_body(service: Service) -> None:
    missing = service.client.get("/v1/cases/999", headers=service.as_("admin"))
    invalid = service.client.post("/v1/notices", json={"items": []}, headers=service.as_("admin"))
    anonymous = service.client.get("/v1/cases")
    for response, status, code in (
        (missing, 404, "not_found"),
        (invalid, 422, "invalid"),
        (anonymous, 401, "unauthorized"),
    ):
        assert response.status_code == status
        assert response.json()["error"]["code"] == code


def test_idempotency_keys_replay_and_refuse_a_different_body(service: Service) -> None:
    headers = {**service.as_("notifier"), "Idempotency-Key": "k-1"}
    first = service.client.post("/v1/notices", json=notice_body(["wb-1"]), headers=headers)
    again = service.client.post("/v1/notices", json=notice_body(["wb-1"]), headers=headers)
    other = service.client.post("/v1/notices", json=notice_body(["wb-2"]), headers=headers)
    assert first.json() == again.json() and again.headers["Idempotent-Replayed"] == "true"
    assert other.status_code == 409
    listed = service.client.get("/v1/notices", headers=service.as_("admin")).json()
    assert listed["total"] == 1


def test_cases_paginate_with_overdue_and_urgent_first(service: Service) -> None:
    for n in range(3):
        service.client.post(
            "/v1/notices", json=notice_body([f"wb-{n}"]), headers=service.as_("notifier")
        )
    service.client.post(
        "/v1/notices",
        headers=service.as_("notifier"),
        json=notice_body(["wb-x"], category="extortion"),
    )
    page = service.client.get("/v1/cases?limit=2&offset=0", headers=service.as_("admin")).json()
    assert page["total"] == 4 and len(page["items"]) == 2
    assert page["items"][0]["category"] == "extortion"
    rest = service.client.get("/v1/cases?limit=2&offset=2", headers=service.as_("admin")).json()
    assert {c["id"] for c in page["items"]}.isdisjoint({c["id"] for c in rest["items"]})


def test_scan_stores_findings_and_opens_cases(service: Service) -> None:
    item = {
        "id": "wb-scan-1",
        "platform": "weibo",
        "kind": "comment",
        "text": "您好，我是澄屿科技客服专员，您的订单异常，需要缴纳500元保证金才能退款。",
        "author": {"id": "kf_001", "name": "客服小周"},
    }
    scanned = service.client.post("/v1/scan", json=item, headers=service.as_("weibo"))
    assert scanned.status_code == 200, scanned.text
    body = scanned.json()
    assert any(f["slug"] == "impersonation" for f in body["findings"]) and body["case_ids"]
    stored = service.client.get("/v1/findings", headers=service.as_("weibo")).json()
    assert stored["total"] == len(body["findings"])
    batch = service.client.post(
        "/v1/scan/batch", json={"items": [item]}, headers=service.as_("reviewer")
    )
    assert batch.status_code == 200 and batch.json()["case_ids"] == []  # linked, not re-opened


def test_concurrent_writes_keep_the_chain_and_never_fail(service: Service) -> None:
    """Racing scans of the same item and racing notices: no 5xx, one case, a valid chain."""
    item = {
        "id": "wb-race",
        "platform": "weibo",
        "kind": "comment",
        "text": "您好，我是澄屿科技客服专员，您的订单异常，需要缴纳500元保证金才能退款。",
        "author": {"id": "kf_race", "name": "客服小周"},
    }
    base = str(service.client.base_url)

    def post(n: int) -> int:
        with httpx.Client(base_url=base, timeout=120) as client:
            if n % 2:
                return client.post("/v1/scan", json=item, headers=service.as_("admin")).status_code
            body = notice_body(["wb-race"], explanation=f"第{n}次举报")
            return client.post(
                "/v1/notices", json=body, headers=service.as_("notifier")
            ).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(post, range(16)))
    assert all(status in (200, 201) for status in statuses), statuses
    cases = service.client.get("/v1/cases", headers=service.as_("admin")).json()
    assert cases["total"] == 1
    assert service.client.get("/v1/audit/verify", headers=service.as_("admin")).json()["ok"]


def test_a_case_is_claimed_when_a_reviewer_first_opens_it(service: Service) -> None:
    created = service.client.post(
        "/v1/notices", json=notice_body(["wb-claim"]), headers=service.as_("notifier")
    ).json()
    path = f"/v1/cases/{created['case_id']}"
    by_platform = service.client.get(path, headers=service.as_("weibo")).json()
    assert by_platform["times"]["claimed"] is None
    first = service.client.get(path, headers=service.as_("reviewer")).json()
    again = service.client.get(path, headers=service.as_("senior")).json()
    assert first["times"]["claimed"] is not None
    assert again["times"]["claimed"] == first["times"]["claimed"]


def test_overdue_cases_surface_first(service: Service) -> None:
    ids = [
        service.client.post(
            "/v1/notices",
            json=notice_body([f"wb-due-{n}"], **extra),
            headers=service.as_("notifier"),
        ).json()["case_id"]
        for n, extra in enumerate(({"category": "extortion"}, {}))
    ]
    with service.store.engine.begin() as connection:
        connection.execute(
            update(Case)
            .where(Case.id == ids[1])
            .values(due_at=datetime.now(UTC) - timedelta(hours=1))
        )
    listed = service.client.get("/v1/cases", headers=service.as_("admin")).json()["items"]
    assert [c["id"] for c in listed] == [ids[1], ids[0]] and listed[0]["overdue"]
