"""Notice evidence files over HTTP: upload, limits, types, who may list and download them."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clearbright.cases import evidence_files
from clearbright.store.access_schema import EvidenceBlob, EvidenceFile
from tests.api.conftest import Service, notice_body

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d4944415478da63f8cfc0f01f0005000201a5f0d8a10000000049454e44ae426082"
)
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
CHAT = "客服：请先转500元保证金。我：你们真是澄屿官方吗？".encode()


def _notice(
    service: Service, who: str = "notifier", items: list[str] | None = None
) -> dict[str, Any]:
    response = service.client.post(
        "/v1/notices", json=notice_body(items or ["ev-1"]), headers=service.as_(who)
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


def _upload(
    service: Service,
    notice: int,
    files: list[tuple[str, bytes]],
    who: str = "notifier",
    shareable: bool = False,
) -> Any:
    return service.client.post(
        f"/v1/notices/{notice}/evidence",
        files=[("files", (name, data, "application/octet-stream")) for name, data in files],
        data={"shareable": str(shareable).lower()},
        headers=service.as_(who),
    )


def test_files_are_stored_by_hash_and_downloaded_intact(service: Service) -> None:
    notice = _notice(service)["id"]
    sent = _upload(service, notice, [("截图.png", PNG), ("举报材料.pdf", PDF), ("聊天.txt", CHAT)])
    assert sent.status_code == 201, sent.text
    files = sent.json()["files"]
    assert [f["media_type"] for f in files] == ["image/png", "application/pdf", "text/plain"]
    assert files[0]["sha256"] == hashlib.sha256(PNG).hexdigest()
    listed = service.client.get(f"/v1/notices/{notice}/evidence", headers=service.as_("reviewer"))
    assert [f["id"] for f in listed.json()["files"]] == [f["id"] for f in files]
    got = service.client.get(
        f"/v1/notices/{notice}/evidence/{files[0]['id']}", headers=service.as_("reviewer")
    )
    assert got.status_code == 200 and got.content == PNG
    assert got.headers["content-type"] == "image/png"
    assert got.headers["content-disposition"].startswith("attachment;")
    assert got.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in got.headers["content-security-policy"]
    detail = service.client.get(f"/v1/notices/{notice}", headers=service.as_("notifier")).json()
    assert [f["name"] for f in detail["files"]] == ["截图.png", "举报材料.pdf", "聊天.txt"]


def test_the_same_content_is_stored_once(service: Service) -> None:
    first, second = _notice(service, items=["a"])["id"], _notice(service, items=["b"])["id"]
    assert _upload(service, first, [("one.png", PNG)]).status_code == 201
    assert _upload(service, second, [("two.png", PNG)]).status_code == 201
    with Session(service.store.engine) as session:
        assert session.scalar(select(func.count()).select_from(EvidenceBlob)) == 1
        assert session.scalar(select(func.count()).select_from(EvidenceFile)) == 2


@pytest.mark.parametrize(
    ("name", "data", "status", "code"),
    [
        ("page.html", b"<html><script>alert(1)</script></html>", 415, "unsupported_type"),
        ("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", 415, "unsupported_type"),
        ("tool.exe", b"MZ\x90\x00\x03\x00\x00\x00" + bytes(200), 415, "unsupported_type"),
        ("bundle.zip", b"PK\x03\x04" + bytes(100), 415, "unsupported_type"),
        ("binary.bin", bytes(range(256)), 415, "unsupported_type"),
        ("fake.png", b"<html>not a png</html>", 415, "unsupported_type"),
        ("empty.txt", b"", 422, "invalid"),
    ],
)
def test_refused_types_name_the_file_and_store_nothing(
    service: Service, name: str, data: bytes, status: int, code: str
) -> None:
    notice = _notice(service)["id"]
    # One good file beside the bad one: all or none are stored.
    response = _upload(service, notice, [("ok.png", PNG), (name, data)])
    assert response.status_code == status
    error = response.json()["error"]
    assert error["code"] == code and name in error["message"]
    with Session(service.store.engine) as session:
        assert session.scalar(select(func.count()).select_from(EvidenceFile)) == 0


def test_a_file_over_the_size_limit_is_413(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evidence_files, "MAX_FILE_BYTES", 1000)
    notice = _notice(service)["id"]
    response = _upload(service, notice, [("big.txt", b"a" * 1001)])
    assert response.status_code == 413
    assert "big.txt" in response.json()["error"]["message"]
    assert _upload(service, notice, [("fits.txt", b"a" * 1000)]).status_code == 201


def test_who_may_upload_list_and_download(service: Service) -> None:
    notice = _notice(service)
    nid, case = notice["id"], notice["case_id"]
    assert _upload(service, nid, [("x.png", PNG)], who="other_notifier").status_code == 403
    assert _upload(service, nid, [("x.png", PNG)], who="weibo").status_code == 403
    private = _upload(service, nid, [("private.txt", CHAT)]).json()["files"][0]
    shared = _upload(service, nid, [("shared.png", PNG)], shareable=True).json()["files"][0]
    assert _upload(service, nid, [("staff.pdf", PDF)], who="reviewer").status_code == 201

    def listing(who: str) -> Any:
        return service.client.get(f"/v1/notices/{nid}/evidence", headers=service.as_(who))

    for who in ("other_notifier", "supervisor_zj", "douyin"):
        assert listing(who).status_code == 403, who
    # Not yet dispatched: the platform sees nothing, shareable or not.
    assert listing("weibo").status_code == 403
    for step in ({"to": "triaged"}, {"to": "assigned"}):
        service.client.post(
            f"/v1/cases/{case}/transitions", json=step, headers=service.as_("reviewer")
        )
    sent = service.client.post(
        "/v1/dispatches", json={"cases": [case]}, headers=service.as_("supervisor_zj")
    )
    assert sent.status_code == 201, sent.text
    assert [f["id"] for f in listing("weibo").json()["files"]] == [shared["id"]]
    assert listing("douyin").status_code == 403
    base = f"/v1/notices/{nid}/evidence"
    weibo = service.as_("weibo")
    assert service.client.get(f"{base}/{shared['id']}", headers=weibo).content == PNG
    assert service.client.get(f"{base}/{private['id']}", headers=weibo).status_code == 404
    assert len(listing("notifier").json()["files"]) == 3
    own = service.client.get(f"{base}/{private['id']}", headers=service.as_("notifier"))
    assert own.content == CHAT
    other = service.client.get(f"{base}/{private['id']}", headers=service.as_("other_notifier"))
    assert other.status_code == 403


def test_a_purged_file_is_gone_until_uploaded_again(service: Service) -> None:
    notice = _notice(service)["id"]
    first = _upload(service, notice, [("shot.png", PNG)]).json()["files"][0]
    with Session(service.store.engine) as session, session.begin():
        blob = session.get_one(EvidenceBlob, first["sha256"])
        blob.content, blob.size = b"", 0  # what the retention purge leaves
    url = f"/v1/notices/{notice}/evidence/{first['id']}"
    gone = service.client.get(url, headers=service.as_("reviewer"))
    assert gone.status_code == 410 and gone.json()["error"]["code"] == "gone"
    assert _upload(service, notice, [("again.png", PNG)]).status_code == 201
    back = service.client.get(url, headers=service.as_("reviewer"))
    assert back.status_code == 200 and back.content == PNG
