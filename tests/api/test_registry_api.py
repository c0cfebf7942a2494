"""The registry through the API: reads for every role, audited edits by admins that survive a
restart and change what the next scan finds."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import delete
from sqlalchemy.orm import Session

from clearbright.api import create_app
from clearbright.audit import verify
from clearbright.errors import RegistryError
from clearbright.registry import Registry
from clearbright.store import Store
from clearbright.store.access_schema import RegistryRecord
from tests.api.conftest import Service, running

CLAIM = {
    "text": "澄屿手表电池会爆炸",
    "verdict": "false",
    "correction": "澄屿手表电池通过国家强制性安全认证。",
    "source": "澄屿科技公告（虚构）",
    "subject": "ent-chengyu",
}
SUGGESTION = {
    "id": "sug-battery",
    "platform": "weibo",
    "kind": "search_suggestion",
    "text": "澄屿手表电池会爆炸",
    "region": "CN-ZJ",
}
ENTERPRISE = {
    "name": "霁川新能源有限公司",
    "short_names": ["霁川"],
    "uscc": "91330106MA2JC7Q8D6",
    "official_domains": ["jichuan-energy.cn"],
    "official_accounts": {"weibo": [{"handle": "jichuan_official", "name": "霁川新能源"}]},
}


def _admin(service: Service) -> dict[str, str]:
    return service.as_("admin")


def test_reads_list_and_fetch_records(service: Service) -> None:
    client = service.client
    summary = client.get("/v1/registry", headers=service.as_("notifier")).json()
    assert summary["enterprises"] >= 3 and summary["platforms"]
    page = client.get(
        "/v1/registry/enterprises", params={"q": "澄屿", "limit": 5}, headers=service.as_("weibo")
    ).json()
    assert [e["id"] for e in page["items"]] == ["ent-chengyu"] and page["total"] == 1
    one = client.get("/v1/registry/people/per-gunansheng", headers=service.as_("reviewer"))
    assert one.status_code == 200 and one.json()["enterprise"] == "ent-chengyu"
    missing = client.get("/v1/registry/people/per-nobody", headers=service.as_("reviewer"))
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    officials = client.get(
        "/v1/registry/officials", params={"owner": "ent-chengyu"}, headers=service.as_("weibo")
    ).json()
    assert {"domain": "chengyu-tech.com", "owner": "ent-chengyu"} in officials["domains"]
    assert any(a["handle"] == "chengyu_official" for a in officials["accounts"])
    assert any(a["package"] == "com.chengyu.health" for a in officials["apps"])
    assert client.get("/v1/registry/gadgets", headers=_admin(service)).status_code == 422


def test_an_edit_is_validated_like_the_folder(service: Service) -> None:
    client = service.client
    bad_code = {**ENTERPRISE, "uscc": "91330106MA2JC7Q8D1"}
    refused = client.put(
        "/v1/registry/enterprises/ent-jichuan", json=bad_code, headers=_admin(service)
    )
    assert refused.status_code == 422
    assert "uscc" in refused.json()["error"]["message"]
    assert "social credit code" in refused.json()["error"]["message"]
    unknown_rival = {**ENTERPRISE, "uscc": None, "rivals": ["ent-nowhere"]}
    refused = client.put(
        "/v1/registry/enterprises/ent-jichuan", json=unknown_rival, headers=_admin(service)
    )
    assert refused.status_code == 422 and "ent-nowhere" in refused.json()["error"]["message"]
    other_id = client.put(
        "/v1/registry/claims/clm-a", json={**CLAIM, "id": "clm-b"}, headers=_admin(service)
    )
    assert other_id.status_code == 422
    # Deleting an enterprise others refer to would break the registry: refused, nothing stored.
    referenced = client.delete("/v1/registry/enterprises/ent-chengyu", headers=_admin(service))
    assert referenced.status_code == 422
    assert client.get("/v1/registry/enterprises/ent-chengyu", headers=_admin(service)).is_success
    history = client.get("/v1/registry/history", headers=_admin(service)).json()
    assert history["total"] == 0


def _scan_slugs(service: Service) -> list[tuple[str, list[Any]]]:
    response = service.client.post("/v1/scan", json=SUGGESTION, headers=service.as_("reviewer"))
    assert response.status_code == 200
    return [
        (f["slug"], [e["registry_ref"] for e in f["evidence"]]) for f in response.json()["findings"]
    ]


def test_an_edit_is_audited_used_by_the_next_scan_and_kept_after_a_restart(
    db_url: str, service: Service, registry: Registry
) -> None:
    client = service.client
    assert _scan_slugs(service) == []
    put = client.put("/v1/registry/claims/clm-battery", json=CLAIM, headers=_admin(service))
    assert put.status_code == 200, put.text
    assert put.json()["created"] is True and put.json()["record"]["id"] == "clm-battery"
    assert ("false_search_trending", ["clm-battery", "clm-battery"]) in _scan_slugs(service)

    replaced = client.put(
        "/v1/registry/enterprises/ent-xiuping",
        json={
            **client.get("/v1/registry/enterprises/ent-xiuping", headers=_admin(service)).json(),
            "industry": "新能源",
        },
        headers=_admin(service),
    )
    assert replaced.status_code == 200 and replaced.json()["created"] is False
    history = client.get(
        "/v1/registry/history", params={"kind": "enterprises"}, headers=_admin(service)
    ).json()["items"]
    assert history[0]["actor"] == "admin:admin" and history[0]["action"] == "registry.put"
    assert history[0]["before"]["industry"] == "智能穿戴"
    assert history[0]["after"]["industry"] == "新能源"
    with Session(service.store.engine) as session:
        assert verify(session).ok

    # A new service over the same database (a restart) serves the edits.
    restarted_store = Store.open(db_url)
    app = create_app(restarted_store, registry)
    with running(app) as base, httpx.Client(base_url=base, timeout=60) as fresh:
        claim = fresh.get("/v1/registry/claims/clm-battery", headers=_admin(service))
        assert claim.status_code == 200 and claim.json()["text"] == CLAIM["text"]
        xiuping = fresh.get("/v1/registry/enterprises/ent-xiuping", headers=_admin(service))
        assert xiuping.json()["industry"] == "新能源"
        deleted = fresh.delete("/v1/registry/claims/clm-battery", headers=_admin(service))
        assert deleted.status_code == 200
        gone = fresh.get("/v1/registry/claims/clm-battery", headers=_admin(service))
        assert gone.status_code == 404
    restarted_store.close()


def test_new_enterprise_appears_in_officials(service: Service) -> None:
    client = service.client
    put = client.put(
        "/v1/registry/enterprises/ent-jichuan", json=ENTERPRISE, headers=_admin(service)
    )
    assert put.status_code == 200, put.text
    officials = client.get(
        "/v1/registry/officials", params={"owner": "ent-jichuan"}, headers=service.as_("notifier")
    ).json()
    assert officials["domains"] == [{"domain": "jichuan-energy.cn", "owner": "ent-jichuan"}]
    summary = client.get("/v1/registry", headers=service.as_("notifier")).json()
    assert summary["enterprises"] == len(
        client.get("/v1/registry/enterprises", headers=_admin(service)).json()["items"]
    )


def test_a_stored_edit_the_folder_no_longer_fits_stops_the_start(
    service: Service, db_url: str, registry: Registry
) -> None:
    person = {"name": "江映雪", "enterprise": "ent-jichuan"}
    for kind, rid, body in (
        ("enterprises", "ent-jichuan", ENTERPRISE),
        ("people", "per-jiang", person),
    ):
        response = service.client.put(
            f"/v1/registry/{kind}/{rid}", json=body, headers=_admin(service)
        )
        assert response.status_code == 200, response.text
    # The enterprise edit is undone by hand, leaving a person whose enterprise is gone.
    with Session(service.store.engine) as session, session.begin():
        session.execute(delete(RegistryRecord).where(RegistryRecord.record_id == "ent-jichuan"))
    restarted = Store.open(db_url)
    app = create_app(restarted, registry)
    with pytest.raises(RegistryError, match="ent-jichuan"):
        _ = app.state.context.registry
    restarted.close()
