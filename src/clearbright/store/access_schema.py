"""Tables for notice evidence files and registry edits made through the API.

Evidence content is stored once per SHA-256 in `evidence_blobs`, inside the database, so a
file is committed in the same transaction as its record (nothing half-written, one backup).
`registry_records` layers records edited through the API over the registry folder: the row
for a (kind, id) replaces the folder's record, a row with no data deletes it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from clearbright.store.schema import Base


class EvidenceBlob(Base):
    """The bytes of an evidence file, addressed by their SHA-256 (stored once)."""

    __tablename__ = "evidence_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class EvidenceFile(Base):
    """One file attached to a notice: its name, sniffed type and who may see it."""

    __tablename__ = "evidence_files"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id"), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("evidence_blobs.sha256"))
    name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    shareable: Mapped[bool] = mapped_column(Boolean)
    uploaded_by: Mapped[str] = mapped_column(String(128))
    token_id: Mapped[int | None] = mapped_column(ForeignKey("api_tokens.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RegistryRecord(Base):
    """A registry record edited through the API; it overrides the folder's (None = deleted)."""

    __tablename__ = "registry_records"
    __table_args__ = (UniqueConstraint("kind", "record_id", name="uq_registry_records_kind_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(128))
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    updated_by: Mapped[str] = mapped_column(String(128))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
