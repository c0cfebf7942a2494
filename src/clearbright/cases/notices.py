"""Notices: leads filed by enterprises, people, platforms, supervisors or the public.

The notifier's identity is stored in its own row; an identical notice (same platform, items
and category) is linked to the first one and joins its case, which is not re-opened.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from clearbright.audit import record
from clearbright.cases import routing
from clearbright.cases.access import Actor, Role
from clearbright.cases.intake import Lead, attach
from clearbright.categories import Category
from clearbright.registry.models import Platform
from clearbright.store.cases_schema import Case, Notice, Notifier

NotifierKind = Literal["enterprise", "person", "platform", "supervisor", "public"]
Relation = Literal["self", "authorized_representative", "third_party"]


class NotifierIn(BaseModel):
    """Who files the notice (kept apart from the notice itself)."""

    model_config = ConfigDict(extra="forbid")

    kind: NotifierKind
    name: str = Field(min_length=1, max_length=200)
    contact: str | None = Field(default=None, max_length=200)


class NoticeIn(BaseModel):
    """A notice as filed: the items, the category claimed and why."""

    model_config = ConfigDict(extra="forbid")

    platform: str = Field(min_length=1, max_length=128)
    items: list[str] = Field(
        min_length=1, max_length=100, description="item ids or URLs on the platform"
    )
    category: Category
    relation: Relation
    explanation: str = Field(min_length=1, max_length=5000)
    notifier: NotifierIn
    evidence_files: list[str] = Field(default_factory=list, max_length=20)
    region: str | None = Field(default=None, max_length=32)
    target: str | None = Field(default=None, max_length=128)
    reach: int = Field(default=0, ge=0, le=10**12, description="estimated views")


def file_notice(
    session: Session,
    data: NoticeIn,
    actor: Actor,
    platforms: Mapping[str, Platform],
    rules: routing.RuleSet | None = None,
) -> tuple[Notice, Case]:
    """Store the notice and its notifier, and merge it into a case."""
    refs = sorted({ref.strip() for ref in data.items if ref.strip()})
    kind = _kind(actor, data.notifier.kind)
    notifier = Notifier(
        kind=kind, name=data.notifier.name, contact=data.notifier.contact, token_id=actor.token_id
    )
    session.add(notifier)
    original = _duplicate_of(session, data.platform, refs, data.category)
    if original is not None:
        case = session.get_one(Case, original.case_id)
    else:
        lead = Lead(
            platform=data.platform,
            category=data.category,
            refs=refs,
            target=data.target,
            region=data.region,
            reach=data.reach,
        )
        case, _ = attach(session, lead, actor, platforms, rules)
    session.flush()
    notice = Notice(
        notifier_id=notifier.id,
        case_id=case.id,
        duplicate_of=original.id if original else None,
        category=data.category.number,
        relation=data.relation,
        platform=data.platform,
        region=data.region,
        target=data.target,
        items=refs,
        items_key=items_key(refs),
        explanation=data.explanation,
        evidence_files=list(data.evidence_files),
        created_at=datetime.now(UTC),
    )
    session.add(notice)
    session.flush()
    # The audit entry names the notice, never the notifier's identity.
    record(
        session,
        actor.label,
        "notice.create",
        "notice",
        notice.id,
        None,
        {
            "case_id": case.id,
            "duplicate_of": notice.duplicate_of,
            "items": refs,
            "category": data.category.slug,
            "relation": data.relation,
        },
    )
    return notice, case


def _kind(actor: Actor, claimed: str) -> str:
    # Platform and supervisor tokens file as themselves whatever the body says.
    if actor.role is Role.PLATFORM:
        return "platform"
    if actor.role is Role.SUPERVISOR:
        return "supervisor"
    return claimed


def items_key(refs: list[str]) -> str:
    """A fingerprint of a sorted item list, indexed to find duplicate notices quickly."""
    return hashlib.sha256("\n".join(refs).encode("utf-8")).hexdigest()


def _duplicate_of(
    session: Session, platform: str, refs: list[str], category: Category
) -> Notice | None:
    query = (
        select(Notice)
        .where(
            Notice.items_key == items_key(refs),
            Notice.platform == platform,
            Notice.category == category.number,
            Notice.duplicate_of.is_(None),
        )
        .order_by(Notice.id)
    )
    return next((n for n in session.scalars(query) if n.items == refs), None)
