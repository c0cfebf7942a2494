"""Scorecards with trends, statements of reasons (100 a page) and the notice archive over HTTP."""

from __future__ import annotations

from typing import Any

from clearbright.reports import sor
from tests.api.conftest import Service
from tests.reports.example_data import CRITICISM, HARMS, Scenario, populate


def _get(service: Service, who: str, path: str, **params: Any) -> Any:
    return service.client.get(path, params=params, headers=service.as_(who))


def _window(scenario: Scenario) -> dict[str, str]:
    return {"since": str(scenario.since), "until": str(scenario.until)}


def test_scorecards_statements_and_archive(service: Service) -> None:
    scenario = populate(service.store)
    window = _window(scenario)

    cards = _get(service, "admin", "/v1/scorecards", **window, trend="week")
    assert cards.status_code == 200, cards.text
    scores = {c["platform"]: c["score"] for c in cards.json()["scorecards"]}
    assert scores["douyin"] < scores["weibo"]
    assert set(cards.json()["trend"]["platforms"]) == set(scores)
    own = _get(service, "douyin", "/v1/scorecards", **window, by="region")
    assert {c["platform"] for c in own.json()["scorecards"]} == {"douyin"}
    regional = _get(service, "supervisor_gd", "/v1/scorecards", **window, by="region")
    assert {c["region"] for c in regional.json()["scorecards"]} == {"CN-GD"}
    assert _get(service, "notifier", "/v1/scorecards", **window).status_code == 403
    assert _get(service, "admin", "/v1/scorecards", **window, trend="day").status_code == 422

    first = _get(service, "admin", "/v1/statements-of-reasons", limit=5)
    assert first.status_code == 200, first.text
    body = first.json()
    assert len(body["statements"]) == 5 and body["total"] > 5
    rest = _get(service, "admin", "/v1/statements-of-reasons", limit=100, offset=5).json()
    ids = [s["sor_id"] for s in body["statements"] + rest["statements"]]
    assert len(ids) == len(set(ids)) == body["total"]
    for record in rest["statements"]:
        sor.validate(record)
    too_many = _get(service, "admin", "/v1/statements-of-reasons", limit=101)
    assert too_many.status_code == 422
    weibo = _get(service, "weibo", "/v1/statements-of-reasons").json()
    assert weibo["total"] > 0 and {s["platform"] for s in weibo["statements"]} == {"weibo"}
    assert _get(service, "notifier", "/v1/statements-of-reasons").status_code == 403

    archive = _get(service, "notifier", "/v1/archive", limit=3)
    assert archive.status_code == 200, archive.text
    page = archive.json()
    assert page["total"] == len(CRITICISM) + len(HARMS) and len(page["items"]) == 3
    assert "notifier" not in archive.text and "ex-012" not in archive.text
    leak = _get(service, "reviewer", "/v1/archive", category="privacy_leak", item="ex-012")
    assert [r["items"] for r in leak.json()["items"]] == [["e****2"]]
    kept = _get(service, "reviewer", "/v1/archive", outcome="no_action").json()
    assert kept["total"] == len(CRITICISM)
    bad = _get(service, "reviewer", "/v1/archive", category="gossip")
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid"
    backwards = _get(service, "reviewer", "/v1/archive", since="2026-02-01", until="2026-01-01")
    assert backwards.status_code == 422
