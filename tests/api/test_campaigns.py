"""Campaigns over HTTP: scanned once, listed as objects, each with its case per platform."""

from __future__ import annotations

import json
from pathlib import Path

from tests.api.conftest import Service

ITEMS = Path(__file__).resolve().parents[2] / "examples" / "items.jsonl"


def _scan_examples(service: Service) -> dict[str, object]:
    items = [json.loads(line) for line in ITEMS.read_text(encoding="utf-8").splitlines() if line]
    answer = service.client.post(
        "/v1/scan/batch", json={"items": items}, headers=service.as_("reviewer")
    )
    assert answer.status_code == 200, answer.text
    body: dict[str, object] = answer.json()
    return body


def test_a_scanned_campaign_is_one_object_with_one_case_per_platform(service: Service) -> None:
    _scan_examples(service)
    listed = service.client.get("/v1/campaigns", headers=service.as_("reviewer")).json()
    assert listed["total"] == 1
    campaign = listed["items"][0]
    assert campaign["items"] >= 4 and campaign["accounts"] >= 3 and len(campaign["platforms"]) >= 2

    detail = service.client.get(
        f"/v1/campaigns/{campaign['id']}", headers=service.as_("reviewer")
    ).json()
    assert sorted(c["platform"] for c in detail["cases"]) == sorted(campaign["platforms"])
    assert detail["details"]["templates"]
    # A second scan of the same posts grows nothing: the same object, the same cases.
    _scan_examples(service)
    again = service.client.get(
        f"/v1/campaigns/{campaign['id']}", headers=service.as_("reviewer")
    ).json()
    assert again["cases"] == detail["cases"] and again["items"] == campaign["items"]


def test_campaigns_are_for_staff_and_unknown_ids_are_404(service: Service) -> None:
    platform = service.client.get("/v1/campaigns", headers=service.as_("weibo"))
    assert platform.status_code == 403
    missing = service.client.get("/v1/campaigns/campaign-none", headers=service.as_("admin"))
    assert missing.status_code == 404 and missing.json()["error"]
