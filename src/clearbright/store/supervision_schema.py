"""Dispatches: a case sent to a platform with a deadline, the platform's answer, its review.

Each step (sent, acknowledged, acted or contested) keeps its own timestamp and actor, so
timeliness is measured from the rows and every step is also in the audit chain.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clearbright.store.schema import Base


class Dispatch(Base):
    """One case sent to one platform; `status` is sent, acknowledged, acted or contested."""

    __tablename__ = "dispatches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    batch: Mapped[str | None] = mapped_column(String(64), index=True)
    platform: Mapped[str] = mapped_column(String(128), index=True)
    region: Mapped[str | None] = mapped_column(String(32))
    queue: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    dispatched_by: Mapped[str] = mapped_column(String(128))
    dispatched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    deadline_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    acknowledged_by: Mapped[str | None] = mapped_column(String(128))
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    responded_by: Mapped[str | None] = mapped_column(String(128))
    responded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    action: Mapped[str | None] = mapped_column(String(32))
    ground: Mapped[str | None] = mapped_column(Text)
    facts: Mapped[str | None] = mapped_column(Text)
    contest_reason: Mapped[str | None] = mapped_column(Text)
    # A supervisor's re-review of the platform's answer (audit sampling, migration 0004).
    review_expected: Mapped[str | None] = mapped_column(String(16))
    review_verdict: Mapped[str | None] = mapped_column(String(24))
    review_note: Mapped[str | None] = mapped_column(Text)
    reviewed_by: Mapped[str | None] = mapped_column(String(128))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
