"""Notices: filed by any token holder; read back by staff or by the notifier who filed them."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header
from sqlalchemy import func, select

from clearbright.api import idempotency
from clearbright.api.deps import Ctx, Paging, RowId, Who
from clearbright.cases import views
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
        return views.notice_view(notice, notifier)


def _identity(who: Actor, notifier: Notifier) -> Notifier | None:
    return notifier if who.role in STAFF or who.role is Role.NOTIFIER else None
