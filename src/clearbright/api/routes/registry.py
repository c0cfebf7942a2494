"""The registry: read by any token holder; created, replaced and deleted by admins (audited).

Edits are validated like the registry folder (same models, USCC checksum, references), stored
over the folder in the database (a restart keeps them) and used by the next scan.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Path, Query
from sqlalchemy import func, select

from clearbright.api.deps import Ctx, Paging, Who
from clearbright.cases.access import STAFF, Role, require
from clearbright.cases.errors import NotFound
from clearbright.registry import Registry, edits
from clearbright.registry.edits import Kind
from clearbright.registry.models import Enterprise, Person
from clearbright.store.cases_schema import AuditEntry

router = APIRouter(prefix="/v1/registry", tags=["registry"])
RecordId = Annotated[str, Path(min_length=1, max_length=128)]
Text = Annotated[str | None, Query(max_length=200)]


@router.get("")
def registry_summary(ctx: Ctx, who: Who) -> dict[str, Any]:
    """What the registry holds, and its platforms with their deadlines."""
    reg = ctx.registry
    return {
        "source": reg.source,
        "enterprises": len(reg.enterprises),
        "people": len(reg.people),
        "claims": len(reg.claims),
        "statements": len(reg.statements),
        "financials": len(reg.financials),
        "platforms": [p.model_dump(mode="json") for p in reg.platforms.values()],
    }


@router.get("/officials")
def officials(ctx: Ctx, who: Who, owner: Text = None, platform: Text = None) -> dict[str, Any]:
    """Official accounts, domains, apps and mini-apps with their owners (filterable)."""
    return official_listing(ctx.registry, owner, platform)


@router.get("/history")
def history(
    ctx: Ctx, who: Who, paging: Paging, kind: Kind | None = None, record_id: Text = None
) -> dict[str, Any]:
    """Edits made through the API, newest first, each with who, when, before and after."""
    require(who, *STAFF)
    query = select(AuditEntry).where(AuditEntry.entity.like("registry.%"))
    if kind is not None:
        query = query.where(AuditEntry.entity == f"registry.{kind}")
    if record_id is not None:
        query = query.where(AuditEntry.entity_id == record_id)
    with ctx.reading() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = session.scalars(
            query.order_by(AuditEntry.seq.desc()).limit(paging.limit).offset(paging.offset)
        )
        items = [
            {
                "seq": e.seq,
                "at": e.at.isoformat(),
                "actor": e.actor,
                "action": e.action,
                "kind": e.entity.removeprefix("registry."),
                "id": e.entity_id,
                "before": e.before,
                "after": e.after,
            }
            for e in rows
        ]
    return paging.wrap(items, int(total))


@router.get("/{kind}")
def list_records(ctx: Ctx, who: Who, kind: Kind, paging: Paging, q: Text = None) -> dict[str, Any]:
    """Records of one kind by id; `q` keeps those whose id or name contains it."""
    table = edits.records(ctx.registry, kind)
    chosen = [r for _, r in sorted(table.items()) if q is None or _matches(r, q)]
    page = chosen[paging.offset : paging.offset + paging.limit]
    return paging.wrap([r.model_dump(mode="json") for r in page], len(chosen))


@router.get("/{kind}/{record_id}")
def get_record(ctx: Ctx, who: Who, kind: Kind, record_id: RecordId) -> dict[str, Any]:
    """One record as the service uses it (folder and API edits merged)."""
    found = edits.records(ctx.registry, kind).get(record_id)
    if found is None:
        raise NotFound(f"no {kind} record {record_id!r}")
    return found.model_dump(mode="json")


@router.put("/{kind}/{record_id}")
def put_record(
    ctx: Ctx,
    who: Who,
    kind: Kind,
    record_id: RecordId,
    data: Annotated[dict[str, Any], Body(description="the whole record, as in the folder")],
) -> dict[str, Any]:
    """Create or replace a record (admin); validated, audited, used by the next scan."""
    require(who, Role.ADMIN)
    with ctx.writing() as session:
        created = record_id not in edits.records(ctx.registry, kind)
        _, stored = edits.put(session, ctx.base_registry, kind, record_id, data, who.label)
    ctx.reload_registry()
    return {"kind": kind, "id": record_id, "created": created, "record": stored}


@router.delete("/{kind}/{record_id}")
def delete_record(ctx: Ctx, who: Who, kind: Kind, record_id: RecordId) -> dict[str, Any]:
    """Delete a record (admin); refused with 422 while another record refers to it."""
    require(who, Role.ADMIN)
    with ctx.writing() as session:
        edits.delete(session, ctx.base_registry, kind, record_id, who.label)
    ctx.reload_registry()
    return {"kind": kind, "id": record_id, "deleted": True}


def official_listing(reg: Registry, owner: str | None, platform: str | None) -> dict[str, Any]:
    """Everything registered as official, with the registry id of whoever runs it."""
    holders: list[Enterprise | Person] = [*reg.enterprises.values(), *reg.people.values()]
    accounts = [
        {"platform": p, "handle": a.handle, "name": a.name, "url": a.url, "owner": rec.id}
        for rec in holders
        for p, listed in rec.official_accounts.items()
        for a in listed
        if (owner is None or rec.id == owner) and (platform is None or p == platform)
    ]
    ents = [e for e in reg.enterprises.values() if owner is None or e.id == owner]
    return {
        "accounts": accounts,
        "domains": [{"domain": d, "owner": e.id} for e in ents for d in e.official_domains],
        "apps": [
            {"name": a.name, "package": a.package, "owner": e.id}
            for e in ents
            for a in e.official_apps
        ],
        "mini_apps": [
            {"name": m.name, "platform": m.platform, "appid": m.appid, "owner": e.id}
            for e in ents
            for m in e.official_mini_apps
            if platform is None or m.platform in (None, platform)
        ],
    }


def _matches(record: Any, q: str) -> bool:
    needle = q.casefold()
    fields = (getattr(record, "id", ""), getattr(record, "name", None) or "")
    return any(needle in str(value).casefold() for value in fields)
