"""Evidence files attached to notices: content-addressed, size- and type-checked, access-scoped.

Storage: the bytes go into the database (`evidence_blobs`, keyed by SHA-256, stored once however
many notices attach them), beside a row per attachment (`evidence_files`: name, sniffed type,
size, shareable flag, uploader). Keeping them in the store means a file is committed in the
same transaction as its record, the same backup holds both, and SQLite and PostgreSQL behave
alike; the 10 MiB limit keeps rows reasonable for either.

Types are sniffed from the content (never trusted from the client's name or header) against an
allow-list: PDF, PNG, JPEG, GIF, WebP, and UTF-8 plain text. HTML, SVG, scripts and archives are
refused: a file served back to a reviewer must not be able to run anything.

Who may read: staff; the token that filed the notice; a platform only for a file its notifier
marked shareable, on a case of its own platform that has been dispatched (sent) to it.
Supervisors and other notifiers never.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import filetype  # type: ignore[import-untyped]  # no stubs; two calls used
from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from clearbright.audit import record
from clearbright.cases.access import STAFF, Actor, Role
from clearbright.cases.errors import CaseError, Forbidden, Invalid, NotFound
from clearbright.store.access_schema import EvidenceBlob, EvidenceFile
from clearbright.store.cases_schema import Case, Notice, Notifier
from clearbright.store.supervision_schema import Dispatch

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_FILES_PER_NOTICE = 20
MAX_NAME_LENGTH = 255
ALLOWED = frozenset(
    {"application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", "text/plain"}
)


class TooLarge(CaseError):
    code = "too_large"
    status = 413


class UnsupportedType(CaseError):
    code = "unsupported_type"
    status = 415


class Purged(CaseError):
    code = "gone"
    status = 410


@dataclass(frozen=True)
class Upload:
    """A file as received: its name and bytes (validated by `check`)."""

    name: str
    content: bytes


def sniff(content: bytes) -> str | None:
    """The media type the bytes really are, if it is one of the allowed ones."""
    kind = filetype.guess(content)
    if kind is not None:
        return kind.mime if kind.mime in ALLOWED else None
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return None
    # Plain text only: no NULs, no markup a browser could be talked into rendering.
    head = text.lstrip("\ufeff \t\r\n")[:512].lower()
    if "\x00" in text or head.startswith(("<", "%pdf")):
        return None
    return "text/plain"


def check(upload: Upload) -> str:
    """Validate one upload; returns its media type or raises a 413/415/422 naming the file."""
    name = upload.name.strip()
    if not name or len(name) > MAX_NAME_LENGTH or any(c in name for c in "/\\\x00"):
        raise Invalid(f"evidence file name {upload.name[:80]!r} is empty, too long or a path")
    if not upload.content:
        raise Invalid(f"evidence file {name!r} is empty")
    if len(upload.content) > MAX_FILE_BYTES:
        raise TooLarge(
            f"evidence file {name!r} is {len(upload.content)} bytes; "
            f"the limit is {MAX_FILE_BYTES} bytes (10 MiB)"
        )
    media_type = sniff(upload.content)
    if media_type is None:
        allowed = "PDF, PNG, JPEG, GIF, WebP or UTF-8 plain text"
        raise UnsupportedType(f"evidence file {name!r} is not an accepted type ({allowed})")
    return media_type


def attach(
    session: Session, notice: Notice, uploads: list[Upload], shareable: bool, actor: Actor
) -> list[EvidenceFile]:
    """Store the files of one notice (all or none: every file is checked before any write)."""
    types = [check(u) for u in uploads]
    present = len(files_of(session, notice.id))
    if present + len(uploads) > MAX_FILES_PER_NOTICE:
        raise Invalid(
            f"a notice holds at most {MAX_FILES_PER_NOTICE} evidence files "
            f"({present} already attached)"
        )
    now = datetime.now(UTC)
    rows = []
    for upload, media_type in zip(uploads, types, strict=True):
        digest = hashlib.sha256(upload.content).hexdigest()
        blob = session.get(EvidenceBlob, digest, with_for_update=True)
        if blob is None:
            session.add(
                EvidenceBlob(
                    sha256=digest, size=len(upload.content), content=upload.content, created_at=now
                )
            )
            session.flush()
        elif not blob.content:  # purged under the retention policy: the new upload brings it back
            blob.content, blob.size = upload.content, len(upload.content)
        row = EvidenceFile(
            notice_id=notice.id,
            sha256=digest,
            name=upload.name.strip(),
            media_type=media_type,
            size=len(upload.content),
            shareable=shareable,
            uploaded_by=actor.label,
            token_id=actor.token_id,
            created_at=now,
        )
        session.add(row)
        session.flush()
        # The audit entry names the hash and type, not the file name (it may name a person).
        record(
            session,
            actor.label,
            "evidence.attach",
            "notice",
            notice.id,
            None,
            {"file": row.id, "sha256": digest, "size": row.size, "type": media_type},
        )
        rows.append(row)
    return rows


def files_of(session: Session, notice_id: int) -> list[EvidenceFile]:
    return list(
        session.scalars(
            select(EvidenceFile)
            .where(EvidenceFile.notice_id == notice_id)
            .order_by(EvidenceFile.id)
        )
    )


def notice_for(session: Session, notice_id: int) -> tuple[Notice, Notifier]:
    row = session.execute(
        select(Notice, Notifier)
        .join(Notifier, Notifier.id == Notice.notifier_id)
        .where(Notice.id == notice_id)
    ).first()
    if row is None:
        raise NotFound(f"no notice {notice_id}")
    return row[0], row[1]


def filed_by(actor: Actor, notifier: Notifier) -> bool:
    """The actor's token filed the notice."""
    return actor.token_id is not None and notifier.token_id == actor.token_id


def may_upload(actor: Actor, notifier: Notifier, notice_id: int) -> None:
    """Staff and the token that filed the notice may attach files."""
    if actor.role not in STAFF and not filed_by(actor, notifier):
        raise Forbidden(f"only staff or the notifier who filed notice {notice_id} may attach files")


def visible(
    session: Session, actor: Actor, notice: Notice, notifier: Notifier
) -> list[EvidenceFile]:
    """The notice's files this actor may see (403 when it may see none of the notice's)."""
    files = files_of(session, notice.id)
    if actor.role in STAFF or filed_by(actor, notifier):
        return files
    if actor.role is Role.PLATFORM and _dispatched_to(session, notice.case_id, actor.platform):
        return [f for f in files if f.shareable]
    raise Forbidden(f"the evidence of notice {notice.id} is not readable with this token")


def _dispatched_to(session: Session, case_id: int, platform: str | None) -> bool:
    case = session.get(Case, case_id)
    if case is None or platform is None or case.platform != platform:
        return False
    sent = session.scalar(
        select(exists().where(Dispatch.case_id == case_id, Dispatch.platform == platform))
    )
    return bool(sent) or case.sent_at is not None


def content(session: Session, row: EvidenceFile) -> bytes:
    """The file's bytes; 410 once retention has purged them (the hash and record stay)."""
    blob = session.get_one(EvidenceBlob, row.sha256)
    if not blob.content:
        raise Purged(f"evidence file {row.id} was purged under the retention policy")
    return blob.content


def view(row: EvidenceFile) -> dict[str, Any]:
    """An attachment as the API lists it (the uploader only as a role and name label)."""
    return {
        "id": row.id,
        "notice_id": row.notice_id,
        "name": row.name,
        "media_type": row.media_type,
        "size": row.size,
        "sha256": row.sha256,
        "shareable": row.shareable,
        "created_at": (
            row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=UTC)
        ).isoformat(),
    }
