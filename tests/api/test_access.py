"""Access: hashed, expiring and revocable tokens; rate limits; security headers; logs without
personal data; evidence masked for roles that do not review it."""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from clearbright.api import create_app
from clearbright.api.ratelimit import RateLimits
from clearbright.cases import tokens
from clearbright.cases.access import Role
from clearbright.registry import Registry
from clearbright.scan import Scanner
from clearbright.store import Store
from clearbright.store.cases_schema import ApiToken
from tests.api.conftest import ROLES, Service, notice_body, running

ID_NUMBER = "110101199003074514"
PHONE = "13912345678"
NOTIFIER_NAME = "霁川律师事务所周明远"
PII_ITEM = {
    "id": "pii-1",
    "platform": "weibo",
    "kind": "post",
    "region": "CN-ZJ",
    "text": f"曝光澄屿科技顾南笙的身份证号{ID_NUMBER}，手机{PHONE}，大家去问候他",
}


@contextmanager
def service_with(
    store: Store, app_registry: Registry, scanner: Scanner, **kwargs: Any
) -> Iterator[Service]:
    """The service with its own app settings (e.g. tight rate limits) and a token per role."""
    headers = {}
    with Session(store.engine) as session, session.begin():
        for name, (role, platform, region) in ROLES.items():
            secret, _ = tokens.create(session, name, role, platform=platform, region=region)
            headers[name] = {"Authorization": f"Bearer {secret}"}
    app = create_app(store, app_registry, scanner=scanner, **kwargs)
    with running(app) as base_url, httpx.Client(base_url=base_url, timeout=60) as client:
        yield Service(client, store, headers)


# --- tokens -------------------------------------------------------------------------------


def test_tokens_are_stored_only_as_their_sha256(service: Service) -> None:
    secret = service.as_("admin")["Authorization"].removeprefix("Bearer ")
    with service.store.engine.connect() as connection:
        rows = [tuple(map(str, r)) for r in connection.execute(text("SELECT * FROM api_tokens"))]
    assert rows and not any(secret in value for row in rows for value in row)
    hashes = {row[1] for row in rows}
    assert hashlib.sha256(secret.encode()).hexdigest() in hashes


def _status(service: Service, who: str) -> int:
    return service.client.get("/v1/cases", headers=service.as_(who)).status_code


def test_expired_and_revoked_tokens_are_rejected_with_401(service: Service) -> None:
    assert _status(service, "reviewer") == 200
    with Session(service.store.engine) as session, session.begin():
        reviewer = session.scalars(select(ApiToken).where(ApiToken.name == "reviewer")).one()
        tokens.revoke(session, reviewer.id)
        session.execute(
            update(ApiToken)
            .where(ApiToken.name == "senior")
            .values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    for who in ("reviewer", "senior"):
        response = service.client.get("/v1/cases", headers=service.as_(who))
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "unauthorized"
        assert response.headers["WWW-Authenticate"] == "Bearer"
    assert _status(service, "admin") == 200


def test_a_token_within_its_lifetime_works(service: Service) -> None:
    with Session(service.store.engine) as session, session.begin():
        secret, row = tokens.create(session, "short", Role.REVIEWER, expires_in=timedelta(hours=1))
        assert row.expires_at is not None
    headers = {"Authorization": f"Bearer {secret}"}
    assert service.client.get("/v1/cases", headers=headers).status_code == 200


# --- rate limits --------------------------------------------------------------------------


def test_notice_submission_is_limited_per_token_with_retry_after(
    db_url: str, registry: Registry, scanner: Scanner
) -> None:
    store = Store.open(db_url)
    limits = RateLimits(notices="3/minute")
    with service_with(store, registry, scanner, limits=limits) as service:
        answers = [
            service.client.post(
                "/v1/notices", json=notice_body([f"rl-{n}"]), headers=service.as_("notifier")
            )
            for n in range(4)
        ]
        assert [a.status_code for a in answers] == [201, 201, 201, 429]
        refused = answers[-1]
        assert refused.json()["error"]["code"] == "rate_limited"
        assert 1 <= int(refused.headers["Retry-After"]) <= 60
        other = service.client.post(
            "/v1/notices", json=notice_body(["rl-other"]), headers=service.as_("other_notifier")
        )
        assert other.status_code == 201  # the limit is per token
        listed = service.client.get("/v1/notices", headers=service.as_("admin")).json()
        assert listed["total"] == 4  # the refused notice was not stored
    store.close()


def test_evidence_uploads_are_limited_per_token(
    db_url: str, registry: Registry, scanner: Scanner
) -> None:
    store = Store.open(db_url)
    with service_with(store, registry, scanner, limits=RateLimits(uploads="2/minute")) as service:
        notice = service.client.post(
            "/v1/notices", json=notice_body(["up-1"]), headers=service.as_("notifier")
        ).json()["id"]
        codes = [
            service.client.post(
                f"/v1/notices/{notice}/evidence",
                files={"files": (f"{n}.txt", f"第{n}份聊天记录".encode(), "text/plain")},
                headers=service.as_("notifier"),
            ).status_code
            for n in range(3)
        ]
        assert codes == [201, 201, 429]
    store.close()


def test_failed_authentication_is_limited_per_address(
    db_url: str, registry: Registry, scanner: Scanner
) -> None:
    store = Store.open(db_url)
    limits = RateLimits(auth_failures="3/minute")
    with service_with(store, registry, scanner, limits=limits) as service:
        wrong = {"Authorization": "Bearer cb_guessed"}
        codes = [service.client.get("/v1/cases", headers=wrong).status_code for _ in range(3)]
        assert codes == [401, 401, 401]
        blocked = service.client.get("/v1/cases", headers=service.as_("admin"))
        assert blocked.status_code == 429  # even a right token, from a guessing address
        assert int(blocked.headers["Retry-After"]) >= 1
        assert service.client.get("/health").status_code == 200
    store.close()


def test_a_bad_rate_limit_setting_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from clearbright.api.ratelimit import Limiter
    from clearbright.errors import InputError

    monkeypatch.setenv("CLEARBRIGHT_RATE_NOTICES", "lots")
    with pytest.raises(InputError, match="CLEARBRIGHT_RATE_NOTICES"):
        Limiter(RateLimits.from_env())


# --- security headers ---------------------------------------------------------------------


def _check_headers(response: httpx.Response) -> None:
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


def test_every_response_carries_the_security_headers(service: Service) -> None:
    anonymous = [
        service.client.get("/health"),
        service.client.get("/v1/cases"),  # 401
        service.client.get("/nowhere"),  # 404
        service.client.get("/openapi.json"),
    ]
    for response in anonymous:
        _check_headers(response)
        assert "no-store" not in response.headers.get("Cache-Control", "")
    authenticated = [
        service.client.get("/v1/cases", headers=service.as_("reviewer")),
        service.client.get("/v1/cases/999", headers=service.as_("reviewer")),  # 404
        service.client.post("/v1/notices", json={}, headers=service.as_("notifier")),  # 422
    ]
    for response in authenticated:
        _check_headers(response)
        assert response.headers["Cache-Control"] == "no-store"
    assert "default-src 'none'" in authenticated[0].headers["Content-Security-Policy"]
    docs = service.client.get("/docs")
    _check_headers(docs)  # pages get frame-ancestors only: their own CSP is their code's


# --- logs ---------------------------------------------------------------------------------


@contextmanager
def captured_logs() -> Iterator[io.StringIO]:
    """Everything uvicorn, the API and the root logger write, at every level."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    # The test's own HTTP client logs the URLs it requests: that is not the service's log.
    handler.addFilter(lambda record: not record.name.startswith(("httpx", "httpcore")))
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    names = ("", "uvicorn", "uvicorn.access", "uvicorn.error", "clearbright", "clearbright.api")
    loggers = [logging.getLogger(n) for n in names]
    saved = [(lg.level, lg.propagate) for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.DEBUG)
    try:
        yield buffer
    finally:
        for lg, (level, _) in zip(loggers, saved, strict=True):
            lg.removeHandler(handler)
            lg.setLevel(level)


def test_logs_carry_no_personal_data_or_notifier_identity(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clearbright.api.routes import cases as case_routes

    def crash(*_args: Any, **_kwargs: Any) -> None:
        # An unhandled error whose message quotes personal data, as a database error would.
        raise RuntimeError(f"cannot write row ({NOTIFIER_NAME}, {PHONE}, {ID_NUMBER})")

    body = notice_body(["log-1"])
    body["explanation"] = f"{NOTIFIER_NAME}举报：帖子公开了身份证号{ID_NUMBER}和手机{PHONE}"
    body["notifier"] = {"kind": "person", "name": NOTIFIER_NAME, "contact": PHONE}
    with captured_logs() as logs:
        created = service.client.post("/v1/notices", json=body, headers=service.as_("notifier"))
        assert created.status_code == 201
        scanned = service.client.post("/v1/scan", json=PII_ITEM, headers=service.as_("reviewer"))
        assert scanned.status_code == 200
        service.client.get(
            "/v1/cases",
            params={"assignee": NOTIFIER_NAME, "platform": PHONE},
            headers=service.as_("reviewer"),
        )
        service.client.get("/v1/notices", headers={"Authorization": f"Bearer {ID_NUMBER}"})
        monkeypatch.setattr(case_routes, "claim", crash)
        failed = service.client.get(
            f"/v1/cases/{created.json()['case_id']}", headers=service.as_("reviewer")
        )
        assert failed.status_code == 500
        _check_headers(failed)  # an unhandled error's answer has them too
        assert failed.headers["Cache-Control"] == "no-store"
    output = logs.getvalue()
    assert "GET /v1/cases" in output  # the access log was captured...
    assert "RuntimeError" in output  # ...and so was the crash
    for secret in (ID_NUMBER, PHONE, NOTIFIER_NAME, "周明远"):
        assert secret not in output


# --- masked evidence ----------------------------------------------------------------------


def _privacy_evidence(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for f in findings if f["slug"] == "privacy_leak" for e in f["evidence"]]


def test_findings_evidence_is_masked_for_platforms_and_supervisors(service: Service) -> None:
    scanned = service.client.post("/v1/scan", json=PII_ITEM, headers=service.as_("reviewer"))
    assert scanned.status_code == 200
    seen = {
        who: service.client.get("/v1/findings", headers=service.as_(who)).json()["items"]
        for who in ("reviewer", "weibo", "supervisor_zj")
    }
    clear = _privacy_evidence(seen["reviewer"])
    assert {e["span"]["text"] for e in clear} >= {ID_NUMBER, PHONE}
    for who in ("weibo", "supervisor_zj"):
        evidence = _privacy_evidence(seen[who])
        assert len(evidence) == len(clear)
        dumped = repr(seen[who])
        assert ID_NUMBER not in dumped and PHONE not in dumped, who
        assert {e["span"]["text"] for e in evidence} >= {"1101**********4514", "139****5678"}
        # Offsets stay: a platform can still find the passage in its own copy of the post.
        assert [e["span"]["start"] for e in evidence] == [e["span"]["start"] for e in clear]


def test_decision_evidence_is_masked_outside_staff(service: Service) -> None:
    created = service.client.post(
        "/v1/notices", json=notice_body(["mask-1"]), headers=service.as_("notifier")
    ).json()
    case = created["case_id"]
    for step in ({"to": "triaged"}, {"to": "assigned"}):
        service.client.post(
            f"/v1/cases/{case}/transitions", json=step, headers=service.as_("reviewer")
        )
    decision = {
        "action": "remove",
        "ground": "privacy_leak",
        "facts": f"帖子公开了手机号{PHONE}",
        "category": "privacy_leak",
        "evidence": [{"kind": "phone_number", "span": {"text": PHONE}, "note": f"号码{PHONE}"}],
    }
    made = service.client.post(
        f"/v1/cases/{case}/decisions", json=decision, headers=service.as_("reviewer")
    )
    assert made.status_code == 201, made.text
    decision_id = made.json()["id"]
    staff = service.client.get(f"/v1/decisions/{decision_id}", headers=service.as_("senior"))
    assert PHONE in staff.text
    for who in ("weibo", "supervisor_zj"):
        for path in (f"/v1/decisions/{decision_id}", f"/v1/cases/{case}"):
            response = service.client.get(path, headers=service.as_(who))
            assert response.status_code == 200
            assert PHONE not in response.text and "139****5678" in response.text
