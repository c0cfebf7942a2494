"""Dispatch over HTTP: supervisor sends, the platform's inbox answers, scopes give 403/404."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.api.conftest import Service, notice_body

ACT = {"action": "remove", "ground": "仿冒官方客服", "facts": "账号自称澄屿科技客服"}


def _assigned_case(service: Service, ref: str, platform: str = "weibo") -> int:
    http = service.client
    body = notice_body([ref], platform=platform)
    created = http.post("/v1/notices", json=body, headers=service.as_("notifier"))
    assert created.status_code == 201, created.text
    case_id: int = created.json()["case_id"]
    for step in ({"to": "triaged"}, {"to": "assigned"}):
        moved = http.post(
            f"/v1/cases/{case_id}/transitions", json=step, headers=service.as_("reviewer")
        )
        assert moved.status_code == 200, moved.text
    return case_id


def _dispatch(service: Service, *cases: int) -> list[dict[str, object]]:
    sent = service.client.post(
        "/v1/dispatches", json={"cases": list(cases)}, headers=service.as_("supervisor_zj")
    )
    assert sent.status_code == 201, sent.text
    rows: list[dict[str, object]] = sent.json()["dispatches"]
    return rows


def test_dispatch_acknowledge_act_and_scorecard(service: Service) -> None:
    http = service.client
    (row,) = _dispatch(service, _assigned_case(service, "wb-7001"))
    assert row["status"] == "sent" and row["deadline_at"] is not None
    inbox = http.get("/v1/dispatches", headers=service.as_("weibo")).json()
    assert [r["id"] for r in inbox["items"]] == [row["id"]]
    assert http.get("/v1/dispatches", headers=service.as_("douyin")).json()["total"] == 0
    base = f"/v1/dispatches/{row['id']}"
    assert http.post(f"{base}/acknowledge", headers=service.as_("weibo")).status_code == 200
    acted = http.post(f"{base}/act", json=ACT, headers=service.as_("weibo"))
    assert acted.status_code == 200 and acted.json()["status"] == "acted"
    again = http.post(f"{base}/contest", json={"reason": "不同意"}, headers=service.as_("weibo"))
    assert again.status_code == 409
    today = datetime.now(UTC).date().isoformat()
    window = {"since": today, "until": today}
    cards = http.get("/v1/metrics/timeliness", params=window, headers=service.as_("supervisor_zj"))
    (card,) = cards.json()["scorecards"]
    assert (card["platform"], card["acted"], card["contested_share"]) == ("weibo", 1, 0.0)
    other = http.get("/v1/metrics/timeliness", params=window, headers=service.as_("supervisor_gd"))
    assert other.json()["scorecards"] == []
    verified = http.get("/v1/audit/verify", headers=service.as_("admin")).json()
    assert verified["ok"]


def test_contest_is_recorded_with_its_reason(service: Service) -> None:
    (row,) = _dispatch(service, _assigned_case(service, "wb-7002"))
    contested = service.client.post(
        f"/v1/dispatches/{row['id']}/contest",
        json={"reason": "属于消费者正当批评"},
        headers=service.as_("weibo"),
    )
    assert contested.status_code == 200
    assert contested.json()["contest_reason"] == "属于消费者正当批评"


def test_roles_and_scopes_are_enforced(service: Service) -> None:
    http = service.client
    case_id = _assigned_case(service, "wb-7003")
    for who in ("weibo", "notifier", "supervisor_gd"):
        refused = http.post("/v1/dispatches", json={"cases": [case_id]}, headers=service.as_(who))
        assert refused.status_code == 403, (who, refused.text)
    (row,) = _dispatch(service, case_id)
    base = f"/v1/dispatches/{row['id']}"
    assert http.post(f"{base}/acknowledge", headers=service.as_("douyin")).status_code == 404
    assert http.get(base, headers=service.as_("douyin")).status_code == 404
    assert http.get(base, headers=service.as_("supervisor_gd")).status_code == 404
    assert http.post(f"{base}/act", json=ACT, headers=service.as_("reviewer")).status_code == 403
    assert http.get(base, headers=service.as_("supervisor_zj")).status_code == 200
    metrics = http.get(
        "/v1/metrics/timeliness",
        params={"since": "2026-01-01", "until": "2026-01-02"},
        headers=service.as_("notifier"),
    )
    assert metrics.status_code == 403


def test_bad_metric_dates_are_422(service: Service) -> None:
    for params in (
        {"since": "2026-02-30", "until": "2026-03-01"},
        {"since": "2026-03-02", "until": "2026-03-01"},
    ):
        answer = service.client.get(
            "/v1/metrics/timeliness", params=params, headers=service.as_("admin")
        )
        assert answer.status_code == 422, answer.text


def test_audit_sample_review_scores_the_platform(service: Service) -> None:
    http = service.client
    (row,) = _dispatch(service, _assigned_case(service, "wb-7004"))
    base = f"/v1/dispatches/{row['id']}"
    assert http.post(f"{base}/act", json=ACT, headers=service.as_("weibo")).status_code == 200
    today = datetime.now(UTC).date().isoformat()
    window = {"since": today, "until": today}
    picked = http.get(
        "/v1/quality/sample",
        params={"platform": "weibo", "seed": 3, **window},
        headers=service.as_("supervisor_zj"),
    )
    assert picked.status_code == 200 and picked.json()["dispatches"] == [row["id"]]
    review = {"expected": "no_action", "note": "真实差评"}
    refused = http.post(f"{base}/review", json=review, headers=service.as_("weibo"))
    assert refused.status_code == 403
    other = http.post(f"{base}/review", json=review, headers=service.as_("supervisor_gd"))
    assert other.status_code == 404
    done = http.post(f"{base}/review", json=review, headers=service.as_("supervisor_zj"))
    assert done.status_code == 200 and done.json()["review"]["verdict"] == "over_enforcement"
    cards = http.get("/v1/metrics/timeliness", params=window, headers=service.as_("weibo"))
    assert cards.json()["scorecards"][0]["quality"]["over_enforcement"] == 1
