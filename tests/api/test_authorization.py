"""Every role's forbidden reads and writes answer 403; the notifier's identity stays hidden."""

from __future__ import annotations

from typing import Any

import pytest

from tests.api.conftest import Service, notice_body

DECISION = {"action": "no_action", "ground": "protected criticism", "facts": "真实评价"}


@pytest.fixture
def cases(service: Service) -> dict[str, int]:
    """One case on weibo in CN-ZJ, one on douyin in CN-GD, both decided by the reviewer."""
    made = {}
    for platform, region in (("weibo", "CN-ZJ"), ("douyin", "CN-GD")):
        created = service.client.post(
            "/v1/notices",
            json=notice_body([f"{platform}-1"], platform=platform, region=region),
            headers=service.as_("notifier"),
        )
        case_id = created.json()["case_id"]
        for step in ({"to": "triaged"}, {"to": "assigned"}):
            service.client.post(
                f"/v1/cases/{case_id}/transitions", json=step, headers=service.as_("reviewer")
            )
        service.client.post(
            f"/v1/cases/{case_id}/decisions", json=DECISION, headers=service.as_("reviewer")
        )
        made[platform] = case_id
        made[f"{platform}_notice"] = created.json()["id"]
    return made


FORBIDDEN: list[tuple[str, str, str, Any]] = [
    # platform A never reads or acts on platform B's cases
    ("weibo", "GET", "/v1/cases/{douyin}", None),
    ("weibo", "GET", "/v1/decisions/{douyin_decision}", None),
    ("weibo", "POST", "/v1/cases/{douyin}/appeals", {"appellant": "author", "text": "申诉"}),
    ("douyin", "GET", "/v1/cases/{weibo}", None),
    # ...nor any notice, where the notifier's identity is
    ("weibo", "GET", "/v1/notices/{weibo_notice}", None),
    ("weibo", "GET", "/v1/notices", None),
    ("weibo", "POST", "/v1/notices", notice_body(["x"], platform="douyin")),
    (
        "weibo",
        "POST",
        "/v1/scan",
        {"id": "d1", "platform": "douyin", "kind": "post", "text": "你好"},
    ),
    # platforms and supervisors do not decide or move cases
    ("weibo", "POST", "/v1/cases/{weibo}/decisions", DECISION),
    ("weibo", "POST", "/v1/cases/{weibo}/transitions", {"to": "closed"}),
    ("supervisor_zj", "POST", "/v1/cases/{weibo}/transitions", {"to": "closed"}),
    ("supervisor_zj", "POST", "/v1/cases/{weibo}/decisions", DECISION),
    # supervisors stay in their region
    ("supervisor_zj", "GET", "/v1/cases/{douyin}", None),
    ("supervisor_gd", "GET", "/v1/cases/{weibo}", None),
    ("supervisor_gd", "GET", "/v1/notices/{weibo_notice}", None),
    # notifiers see their own notices only, and no cases
    ("other_notifier", "GET", "/v1/notices/{weibo_notice}", None),
    ("notifier", "GET", "/v1/cases", None),
    ("notifier", "GET", "/v1/cases/{weibo}", None),
    ("notifier", "GET", "/v1/findings", None),
    (
        "notifier",
        "POST",
        "/v1/scan",
        {"id": "w1", "platform": "weibo", "kind": "post", "text": "你好"},
    ),
    ("notifier", "POST", "/v1/cases/{weibo}/appeals", {"appellant": "author", "text": "x"}),
    ("other_notifier", "POST", "/v1/cases/{weibo}/appeals", {"appellant": "notifier", "text": "x"}),
    # staff limits
    ("reviewer", "POST", "/v1/routing/shadow", {"rules": []}),
    ("reviewer", "GET", "/v1/audit/verify", None),
]


@pytest.mark.parametrize(
    ("who", "method", "path", "payload"),
    FORBIDDEN,
    ids=[f"{w}-{m}-{p}" for w, m, p, _ in FORBIDDEN],
)
def test_forbidden_is_403(
    service: Service, cases: dict[str, int], who: str, method: str, path: str, payload: Any
) -> None:
    ids = {**cases, "douyin_decision": _decision_id(service, cases["douyin"])}
    response = service.client.request(
        method, path.format(**ids), json=payload, headers=service.as_(who)
    )
    assert response.status_code == 403, response.text
    assert response.json()["error"]["code"] == "forbidden"


def test_platform_lists_only_its_own_cases_and_never_the_notifier(
    service: Service, cases: dict[str, int]
) -> None:
    listed = service.client.get("/v1/cases", headers=service.as_("weibo"))
    assert [c["platform"] for c in listed.json()["items"]] == ["weibo"]
    case = service.client.get(f"/v1/cases/{cases['weibo']}", headers=service.as_("weibo"))
    assert case.status_code == 200
    assert "澄屿科技法务部" not in case.text and "legal@" not in case.text


def test_supervisors_list_their_region_only(service: Service, cases: dict[str, int]) -> None:
    listed = service.client.get("/v1/cases", headers=service.as_("supervisor_gd")).json()
    assert [c["id"] for c in listed["items"]] == [cases["douyin"]]


def test_staff_and_the_filing_notifier_see_the_identity(
    service: Service, cases: dict[str, int]
) -> None:
    for who in ("reviewer", "notifier"):
        notice = service.client.get(
            f"/v1/notices/{cases['weibo_notice']}", headers=service.as_(who)
        ).json()
        assert notice["notifier"]["name"] == "澄屿科技法务部"


def test_the_notifier_may_appeal_no_action_on_its_own_case(
    service: Service, cases: dict[str, int]
) -> None:
    response = service.client.post(
        f"/v1/cases/{cases['weibo']}/appeals",
        json={"appellant": "notifier", "text": "这不是批评，是冒充"},
        headers=service.as_("notifier"),
    )
    assert response.status_code == 201, response.text


def _decision_id(service: Service, case_id: int) -> int:
    case = service.client.get(f"/v1/cases/{case_id}", headers=service.as_("admin")).json()
    return int(case["decisions"][0]["id"])
