"""Console sign-in: an API token exchanged for a signed session cookie, and CSRF tokens.

The cookie (HttpOnly, SameSite=Lax, Secure over HTTPS) holds the token's row id and a CSRF
secret, signed with itsdangerous and valid for `MAX_AGE`; never the API token itself. Every
request re-reads the token row, so a deleted token ends its sessions. Every form carries the
session's CSRF token, checked in constant time, and a cross-origin POST is refused outright.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from typing import Any

from fastapi import Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy.orm import Session

from clearbright.cases import tokens
from clearbright.cases.access import Actor, Role
from clearbright.cases.errors import Forbidden
from clearbright.store.cases_schema import ApiToken

COOKIE = "cb_console"
MAX_AGE = 8 * 3600
SECRET_ENV = "CLEARBRIGHT_CONSOLE_SECRET"


class CsrfError(Forbidden):
    """A form posted without this session's CSRF token (or from another origin)."""

    code = "csrf"


class SignInRequired(Exception):
    """The page needs a signed-in session."""


@dataclass
class ConsoleSession:
    """What the cookie says: the CSRF secret and, once signed in, the token row id."""

    csrf: str
    token_id: int | None = None
    fresh: bool = False  # created on this request: the cookie must be set


class Sessions:
    """Signs and reads session cookies: one secret per service, or CLEARBRIGHT_CONSOLE_SECRET."""

    def __init__(self, secret: str | None = None) -> None:
        key = secret or os.environ.get(SECRET_ENV) or secrets.token_urlsafe(32)
        self._serializer = URLSafeTimedSerializer(key, salt="clearbright.console")

    def read(self, request: Request) -> ConsoleSession:
        """The request's session, or a new anonymous one (with a fresh CSRF token)."""
        raw = request.cookies.get(COOKIE)
        if raw:
            try:
                data: dict[str, Any] = self._serializer.loads(raw, max_age=MAX_AGE)
                token = data.get("t")
                return ConsoleSession(
                    csrf=str(data["c"]), token_id=token if isinstance(token, int) else None
                )
            except (BadSignature, KeyError, TypeError):
                pass  # tampered or expired: start over as anonymous
        return ConsoleSession(csrf=secrets.token_urlsafe(24), fresh=True)

    def write(self, request: Request, response: Response, session: ConsoleSession) -> None:
        value = self._serializer.dumps({"c": session.csrf, "t": session.token_id})
        response.set_cookie(
            COOKIE,
            value,
            max_age=MAX_AGE,
            httponly=True,
            samesite="lax",
            secure=request.url.scheme == "https",
            path="/console",
        )


def signed_in(token_id: int | None) -> ConsoleSession:
    """A new session for a sign-in (or out): a new CSRF token too, so a planted one is useless."""
    return ConsoleSession(csrf=secrets.token_urlsafe(24), token_id=token_id, fresh=True)


def actor_of(db: Session, session: ConsoleSession) -> Actor | None:
    """The actor of the session's token row, or None (anonymous, or the token is gone)."""
    if session.token_id is None:
        return None
    row = db.get(ApiToken, session.token_id)
    if row is None or not tokens.usable(row):
        return None  # revoked or expired since sign-in: the session ends with it
    return Actor(
        name=row.name,
        role=Role(row.role),
        platform=row.platform,
        region=row.region,
        token_id=row.id,
    )


def check_csrf(request: Request, session: ConsoleSession, submitted: str | None) -> None:
    """Refuse a form post without this session's token or sent from another origin."""
    origin = request.headers.get("origin")
    if origin and origin != "null" and origin.rstrip("/") != _own_origin(request):
        raise CsrfError(f"cross-origin form post from {origin} refused")
    if session.fresh or not submitted or not secrets.compare_digest(submitted, session.csrf):
        raise CsrfError("the form's CSRF token is missing or does not match this session")


def _own_origin(request: Request) -> str:
    return f"{request.url.scheme}://{request.headers.get('host', request.url.netloc)}"
