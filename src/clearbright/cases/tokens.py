"""API tokens: random secrets shown once, stored only as SHA-256 hashes, bound to a role.

SHA-256 without salt is enough here because tokens are 256-bit random values, not passwords.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearbright.audit import record
from clearbright.cases.access import SYSTEM, Actor, Role, validate_scope
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
    actor: Actor = SYSTEM,
) -> tuple[str, ApiToken]:
    """A new token for a role and scope; returns the secret (shown once) and its row."""
    scope = validate_scope(role, platform, region)
    secret = PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(
        token_hash=digest(secret), name=name, role=role.value, created_at=datetime.now(UTC), **scope
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
        {"name": name, "role": role.value, **scope},
    )
    return secret, row


def authenticate(session: Session, secret: str) -> Actor | None:
    """The actor a presented token stands for, or None."""
    row = session.scalars(select(ApiToken).where(ApiToken.token_hash == digest(secret))).first()
    if row is None:
        return None
    return Actor(
        name=row.name,
        role=Role(row.role),
        platform=row.platform,
        region=row.region,
        token_id=row.id,
    )
