"""API tokens: random secrets shown once, stored only as SHA-256 hashes, bound to a role.

SHA-256 without salt is enough here because tokens are 256-bit random values, not passwords.
A token may expire (`expires_at`) and may be revoked (`revoked_at`); either way it no longer
authenticates, and the row stays for the audit trail.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearbright.audit import record
from clearbright.cases.access import SYSTEM, Actor, Role, validate_scope
from clearbright.cases.errors import Invalid, NotFound
from clearbright.store.cases_schema import ApiToken

PREFIX = "cb_"


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create(
    session: Session,
    name: str,
    role: Role,
    *,
    platform: str | None = None,
    region: str | None = None,
    expires_in: timedelta | None = None,
    actor: Actor = SYSTEM,
) -> tuple[str, ApiToken]:
    """A new token for a role and scope; returns the secret (shown once) and its row."""
    scope = validate_scope(role, platform, region)
    if expires_in is not None and expires_in <= timedelta(0):
        raise Invalid("a token's lifetime must be positive")
    secret = PREFIX + secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    row = ApiToken(
        token_hash=digest(secret),
        name=name,
        role=role.value,
        created_at=now,
        expires_at=now + expires_in if expires_in is not None else None,
        **scope,
    )
    session.add(row)
    session.flush()
    record(
        session,
        actor.label,
        "token.create",
        "token",
        row.id,
        None,
        {"name": name, "role": role.value, "expires_at": _iso(row.expires_at), **scope},
    )
    return secret, row


def revoke(session: Session, token_id: int, actor: Actor = SYSTEM) -> ApiToken:
    """Revoke a token from now on (idempotent: revoking twice keeps the first time)."""
    row = session.get(ApiToken, token_id, with_for_update=True)
    if row is None:
        raise NotFound(f"no token {token_id}")
    if row.revoked_at is None:
        row.revoked_at = datetime.now(UTC)
        record(
            session,
            actor.label,
            "token.revoke",
            "token",
            row.id,
            {"revoked_at": None},
            {"revoked_at": _iso(row.revoked_at)},
        )
    return row


def listing(session: Session) -> list[dict[str, object]]:
    """Every token's id, holder, role, scope and validity; never a secret or hash."""
    rows = session.scalars(select(ApiToken).order_by(ApiToken.id))
    return [
        {
            "id": r.id,
            "name": r.name,
            "role": r.role,
            "platform": r.platform,
            "region": r.region,
            "created_at": _iso(r.created_at),
            "expires_at": _iso(r.expires_at),
            "revoked_at": _iso(r.revoked_at),
            "valid": usable(r),
        }
        for r in rows
    ]


def usable(row: ApiToken, now: datetime | None = None) -> bool:
    """Neither revoked nor past its expiry."""
    if row.revoked_at is not None:
        return False
    if row.expires_at is None:
        return True
    expires = row.expires_at if row.expires_at.tzinfo else row.expires_at.replace(tzinfo=UTC)
    return (now or datetime.now(UTC)) < expires


def authenticate(session: Session, secret: str) -> Actor | None:
    """The actor a presented token stands for, or None (unknown, expired or revoked)."""
    row = session.scalars(select(ApiToken).where(ApiToken.token_hash == digest(secret))).first()
    if row is None or not usable(row):
        return None
    return Actor(
        name=row.name,
        role=Role(row.role),
        platform=row.platform,
        region=row.region,
        token_id=row.id,
    )


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()
