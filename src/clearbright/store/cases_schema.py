"""Tables for notices, cases, decisions, appeals, the audit chain and API tokens.

They share the scan store's `Base`, so one Alembic history (0002) creates them beside the
scan tables. The notifier's identity lives in its own table, joined only for roles that
may see it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clearbright.store.schema import Base


class Notifier(Base):
    """Who filed a notice: kept apart, never shown to the platform or the author."""

    __tablename__ = "notifiers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(Text)
    token_id: Mapped[int | None] = mapped_column(ForeignKey("api_tokens.id"))


class Case(Base):
    """Findings and notices about one target and item cluster, worked to a decision."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    state: Mapped[str] = mapped_column(String(32), index=True)
    category: Mapped[int] = mapped_column(Integer)
    target: Mapped[str | None] = mapped_column(String(128))
    platform: Mapped[str] = mapped_column(String(128), index=True)
    region: Mapped[str | None] = mapped_column(String(32))
    regions: Mapped[list[str]] = mapped_column(JSON)
    escalated: Mapped[bool] = mapped_column()
    severity: Mapped[str] = mapped_column(String(16))
    priority: Mapped[float] = mapped_column(Float)
    signals: Mapped[dict[str, Any]] = mapped_column(JSON)
    queue: Mapped[str] = mapped_column(String(64))
    assignee: Mapped[str | None] = mapped_column(String(128))
    item_refs: Mapped[list[str]] = mapped_column(JSON)
    keys: Mapped[list[str]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    due_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    acted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Notice(Base):
    """A lead filed by an enterprise, person, platform, supervisor or the public."""

    __tablename__ = "notices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    notifier_id: Mapped[int] = mapped_column(ForeignKey("notifiers.id"))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("notices.id"))
    category: Mapped[int] = mapped_column(Integer)
    relation: Mapped[str] = mapped_column(String(32))
    platform: Mapped[str] = mapped_column(String(128))
    region: Mapped[str | None] = mapped_column(String(32))
    target: Mapped[str | None] = mapped_column(String(128))
    items: Mapped[list[str]] = mapped_column(JSON)
    items_key: Mapped[str] = mapped_column(String(64), index=True)
    explanation: Mapped[str] = mapped_column(Text)
    evidence_files: Mapped[list[str]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CaseKey(Base):
    """An item or account a case is about: new leads sharing a key join the case."""

    __tablename__ = "case_keys"
    __table_args__ = (UniqueConstraint("case_id", "key", name="uq_case_keys_case_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    key: Mapped[str] = mapped_column(String(700), index=True)


class CaseFinding(Base):
    """A stored finding merged into a case."""

    __tablename__ = "case_findings"
    __table_args__ = (UniqueConstraint("finding_id", name="uq_case_findings_finding"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id"))


class Transition(Base):
    """One recorded state change of a case."""

    __tablename__ = "case_transitions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    from_state: Mapped[str | None] = mapped_column(String(32))
    to_state: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(128))
    note: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Decision(Base):
    """A decision with its statement of reasons (the DSA schema's fields)."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    action: Mapped[str] = mapped_column(String(32))
    category: Mapped[int] = mapped_column(Integer)
    ground: Mapped[str] = mapped_column(Text)
    facts: Mapped[str] = mapped_column(Text)
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    automated_detection: Mapped[bool] = mapped_column()
    automated_decision: Mapped[bool] = mapped_column()
    territorial_scope: Mapped[list[str]] = mapped_column(JSON)
    duration_days: Mapped[int | None] = mapped_column(Integer)
    redress: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(128))
    appeal_of: Mapped[int | None] = mapped_column(Integer)  # the appeal re-decided, if any
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Appeal(Base):
    """An appeal against a decision; a different reviewer upholds or overturns it."""

    __tablename__ = "appeals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id"))
    appellant: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    filed_by: Mapped[str] = mapped_column(String(128))
    outcome: Mapped[str | None] = mapped_column(String(16))
    decided_by: Mapped[str | None] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AuditEntry(Base):
    """One write, hash-chained to the entry before it."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The chain's last sequence number and hash: a deleted tail entry no longer matches it."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class ApiToken(Base):
    """An API token, stored as its SHA-256 hash, bound to a role and scope."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    name: Mapped[str] = mapped_column(String(128))
    role: Mapped[str] = mapped_column(String(32))
    platform: Mapped[str | None] = mapped_column(String(128))
    region: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class IdempotentResponse(Base):
    """The stored answer to a POST sent with an Idempotency-Key, replayed on retry."""

    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("token_id", "key", name="uq_idempotency_token_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    token_id: Mapped[int] = mapped_column(ForeignKey("api_tokens.id"))
    key: Mapped[str] = mapped_column(String(128))
    request_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[int] = mapped_column(Integer)
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
