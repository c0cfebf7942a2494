"""Notices: filed by any token holder; read back by staff or by the notifier who filed them.

Evidence files are uploaded to a filed notice (multipart) and downloaded one by one; see
cases/evidence_files.py for storage, limits and who may read them.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, File, Form, Header, UploadFile
from fastapi.responses import Response
from sqlalchemy import func, select

from clearbright.api import idempotency
from clearbright.api.deps import Ctx, Paging, RowId, Who
from clearbright.cases import evidence_files, views
from clearbright.cases.access import STAFF, Actor, Role
from clearbright.cases.errors import Forbidden, NotFound
from clearbright.cases.notices import NoticeIn, file_notice
from clearbright.store.cases_schema import Notice, Notifier

router = APIRouter(prefix="/v1/notices", tags=["notices"])
IdemKey = Annotated[str | None, Header(alias="Idempotency-Key", max_length=128)]


@router.post("", status_code=201)
def create_notice(data: NoticeIn, ctx: Ctx, who: Who, key: IdemKey = None) -> Any:
    """File a notice; it joins (or opens) a case. Committed before the answer."""
    if who.role is Role.PLATFORM and data.platform != who.platform:
        raise Forbidden("a platform token files notices about its own platform only")
    ctx.limiter.notice(str(who.token_id))

    def create(session: Any) -> dict[str, Any]:
        notice, case = file_notice(session, data, who, ctx.registry.platforms, ctx.rules)
        return {**views.notice_view(notice), "case_state": case.state}

    return idempotency.run(ctx, who, key, data.model_dump(mode="json"), create)


@router.get("")
def list_notices(ctx: Ctx, who: Who, paging: Paging) -> dict[str, Any]:
    """Notices: all for staff, one's own for a notifier; the identity only for staff."""
    query = select(Notice, Notifier).join(Notifier, Notifier.id == Notice.notifier_id)
    if who.role is Role.NOTIFIER:
        query = query.where(Notifier.token_id == who.token_id)
    elif who.role not in STAFF:
        raise Forbidden(f"role {who.role.value} may not list notices")
    with ctx.reading() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = session.execute(
            query.order_by(Notice.id).limit(paging.limit).offset(paging.offset)
        ).all()
        items = [views.notice_view(n, _identity(who, who_filed)) for n, who_filed in rows]
    return paging.wrap(items, int(total))


@router.get("/{notice_id}")
def get_notice(notice_id: RowId, ctx: Ctx, who: Who) -> dict[str, Any]:
    with ctx.reading() as session:
        row = session.execute(
            select(Notice, Notifier)
            .join(Notifier, Notifier.id == Notice.notifier_id)
            .where(Notice.id == notice_id)
        ).first()
        if row is None:
            raise NotFound(f"no notice {notice_id}")
        notice, notifier = row
        mine = who.role is Role.NOTIFIER and notifier.token_id == who.token_id
        if who.role not in STAFF and not mine:
            raise Forbidden(f"notice {notice_id} is not readable with this {who.role.value} token")
        files = evidence_files.files_of(session, notice.id)
        return {
            **views.notice_view(notice, notifier),
            "files": [evidence_files.view(f) for f in files],
        }


@router.post("/{notice_id}/evidence", status_code=201)
def upload_evidence(
    notice_id: RowId,
    ctx: Ctx,
    who: Who,
    files: Annotated[list[UploadFile], File(description="up to 20 files, 10 MiB each")],
    shareable: Annotated[
        bool, Form(description="the platform may see them once dispatched")
    ] = False,
) -> dict[str, Any]:
    """Attach evidence files to a notice (staff or its notifier); all are checked, then stored."""
    ctx.limiter.upload(str(who.token_id))
    uploads = [_read(f) for f in files]
    with ctx.writing() as session:
        notice, notifier = evidence_files.notice_for(session, notice_id)
        evidence_files.may_upload(who, notifier, notice_id)
        rows = evidence_files.attach(session, notice, uploads, shareable, who)
        return {"files": [evidence_files.view(r) for r in rows]}


@router.get("/{notice_id}/evidence")
def list_evidence(notice_id: RowId, ctx: Ctx, who: Who) -> dict[str, Any]:
    """The notice's evidence files this token may see."""
    with ctx.reading() as session:
        notice, notifier = evidence_files.notice_for(session, notice_id)
        rows = evidence_files.visible(session, who, notice, notifier)
        return {"files": [evidence_files.view(r) for r in rows]}


@router.get(
    "/{notice_id}/evidence/{file_id}",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}, "description": "the file"}},
)
def download_evidence(notice_id: RowId, file_id: RowId, ctx: Ctx, who: Who) -> Response:
    """One evidence file, as an attachment (never rendered inline)."""
    with ctx.reading() as session:
        notice, notifier = evidence_files.notice_for(session, notice_id)
        row = next(
            (f for f in evidence_files.visible(session, who, notice, notifier) if f.id == file_id),
            None,
        )
        if row is None:
            raise NotFound(f"no evidence file {file_id} on notice {notice_id} for this token")
        data = evidence_files.content(session, row)
    return Response(
        data,
        media_type=row.media_type,
        headers={
            # Never rendered in the service's origin: a download, sandboxed if opened anyway.
            "Content-Security-Policy": "default-src 'none'; sandbox",
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(row.name)}",
            "ETag": f'"sha256:{row.sha256}"',
        },
    )


def _read(upload: UploadFile) -> evidence_files.Upload:
    # One byte past the limit is enough to know a file is too large without reading it all.
    content = upload.file.read(evidence_files.MAX_FILE_BYTES + 1)
    return evidence_files.Upload(name=upload.filename or "", content=content)


def _identity(who: Actor, notifier: Notifier) -> Notifier | None:
    return notifier if who.role in STAFF or who.role is Role.NOTIFIER else None
