"""Tables of the store. Alembic migrations in `migrations/` create exactly these."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class ScanRun(Base):
    """One `clearbright scan`: written in the same transaction as its items and findings."""

    __tablename__ = "scan_runs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    source: Mapped[str] = mapped_column(Text)
    registry_path: Mapped[str | None] = mapped_column("registry", Text)
    items_read: Mapped[int] = mapped_column(Integer)
    items_new: Mapped[int] = mapped_column(Integer)
    findings_new: Mapped[int] = mapped_column(Integer)
    lines_skipped: Mapped[int] = mapped_column(Integer)
    detectors: Mapped[list[str]] = mapped_column(JSON)


class StoredItem(Base):
    """An item as ingested; (platform, item_id) is unique, so re-ingesting stores nothing twice."""

    __tablename__ = "items"
    __table_args__ = (UniqueConstraint("platform", "item_id", name="uq_items_platform_item"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    platform: Mapped[str] = mapped_column(String(128))
    item_id: Mapped[str] = mapped_column(String(512))
    kind: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    region: Mapped[str | None] = mapped_column(String(32))
    author_id: Mapped[str | None] = mapped_column(String(512), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    first_run: Mapped[str] = mapped_column(ForeignKey("scan_runs.id"))


class StoredFinding(Base):
    """A finding; one per (item, detector, category), updated in place when re-scanned."""

    __tablename__ = "findings"
    __table_args__ = (UniqueConstraint("item_pk", "detector", "slug", name="uq_findings_item"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_pk: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    run_id: Mapped[str] = mapped_column(ForeignKey("scan_runs.id"))
    category: Mapped[int] = mapped_column(Integer)
    slug: Mapped[str] = mapped_column(String(32), index=True)
    detector: Mapped[str] = mapped_column(String(128))
    score: Mapped[float] = mapped_column(Float)
    action: Mapped[str] = mapped_column(String(16))
    automated: Mapped[bool] = mapped_column()
    target: Mapped[str | None] = mapped_column(String(128))
    reasons: Mapped[str] = mapped_column(Text)
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSON)


class StoredCampaign(Base):
    """A coordinated campaign as the last scan that saw it described it.

    Its id is stable across scans (target and first member item), so a re-scan or a later
    copy updates the row; member findings keep the summary in their evidence as well, and
    the case desk keys one case per platform on it.
    """

    __tablename__ = "campaigns"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    target: Mapped[str | None] = mapped_column(String(128), index=True)
    target_name: Mapped[str | None] = mapped_column(Text)
    score: Mapped[float] = mapped_column(Float)
    item_count: Mapped[int] = mapped_column(Integer)
    account_count: Mapped[int] = mapped_column(Integer)
    platforms: Mapped[list[str]] = mapped_column(JSON)
    start: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    end: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    first_run_id: Mapped[str] = mapped_column(ForeignKey("scan_runs.id"))
    last_run_id: Mapped[str] = mapped_column(ForeignKey("scan_runs.id"))
