"""Roles and scopes: who may read and write what.

A platform token sees only its own platform's cases, a supervisor only its region's; the
notifier's identity is visible to staff roles only.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, false, true

from clearbright.cases.errors import Forbidden
from clearbright.store.cases_schema import Case


class Role(StrEnum):
    NOTIFIER = "notifier"
    REVIEWER = "reviewer"
    SENIOR_REVIEWER = "senior_reviewer"
    PLATFORM = "platform"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


STAFF = frozenset({Role.REVIEWER, Role.SENIOR_REVIEWER, Role.ADMIN})


@dataclass(frozen=True)
class Actor:
    """Who is acting: a token's role and scope (platform id or region code)."""

    name: str
    role: Role
    platform: str | None = None
    region: str | None = None
    token_id: int | None = None

    @property
    def label(self) -> str:
        return f"{self.role.value}:{self.name}"


SYSTEM = Actor(name="system", role=Role.ADMIN)


def require(actor: Actor, *roles: Role) -> None:
    """Refuse unless the actor holds one of the roles."""
    if actor.role not in roles:
        allowed = ", ".join(r.value for r in roles)
        raise Forbidden(f"role {actor.role.value} may not do this (allowed: {allowed})")


def check_case(actor: Actor, case: Case) -> None:
    """Refuse a case outside the actor's scope."""
    if actor.role in STAFF:
        return
    if actor.role is Role.PLATFORM and case.platform == actor.platform:
        return
    if actor.role is Role.SUPERVISOR and actor.region in {case.region, *case.regions}:
        return
    raise Forbidden(f"case {case.id} is outside the scope of this {actor.role.value} token")


def case_scope(actor: Actor) -> ColumnElement[bool]:
    """A WHERE clause selecting the cases the actor may list."""
    if actor.role in STAFF:
        return true()
    if actor.role is Role.PLATFORM:
        return Case.platform == actor.platform
    if actor.role is Role.SUPERVISOR:
        # Multi-region cases are in the central queue; supervisors see their own region's.
        return Case.region == actor.region
    return false()


def validate_scope(role: Role, platform: str | None, region: str | None) -> dict[str, Any]:
    """Check a scope fits the role: platform tokens name a platform, supervisors a region."""
    if role is Role.PLATFORM and not platform:
        raise Forbidden("a platform token needs --platform")
    if role is Role.SUPERVISOR and not region:
        raise Forbidden("a supervisor token needs --region")
    return {
        "platform": platform if role is Role.PLATFORM else None,
        "region": region if role is Role.SUPERVISOR else None,
    }
