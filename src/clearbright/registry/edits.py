"""Registry records edited through the API, layered over the registry folder.

Design: the folder stays the source the service starts from (`Registry.load` is unchanged);
every edit is one row of `registry_records` keyed by (kind, id) holding the whole validated
record, or no data for a deletion. The effective registry is the folder's with those rows
applied, so a restart (which re-reads the rows) keeps every edit, and the folder can still be
versioned by hand. Each edit is validated with the loader's own models (the USCC checksum
included) and cross-checked (rivals, executives, subjects, speakers exist) before it is stored,
and is audited with its before and after.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TypeVar, get_args

from pydantic import BaseModel, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from clearbright.audit import record
from clearbright.cases.errors import NotFound
from clearbright.errors import RegistryError
from clearbright.files import dotted, error_message
from clearbright.registry.models import Claim, Enterprise, Person, Platform, Statement
from clearbright.registry.registry import Registry
from clearbright.store.access_schema import RegistryRecord

Kind = Literal["enterprises", "people", "claims", "statements", "platforms"]
KINDS: tuple[Kind, ...] = get_args(Kind)
MODELS: dict[Kind, type[BaseModel]] = {
    "enterprises": Enterprise,
    "people": Person,
    "claims": Claim,
    "statements": Statement,
    "platforms": Platform,
}
RecordT = TypeVar("RecordT", bound=BaseModel)
Override = tuple[Kind, str, dict[str, Any] | None]
# Where an edit's reference error points: the edits live in the database, not in a file.
EDITS_PATH = "registry (API edits)"


def validate(kind: Kind, record_id: str, data: dict[str, Any]) -> BaseModel:
    """The record as the loader would read it; its id must be the one in the URL."""
    body = {**data, "id": data.get("id", record_id)}
    if body["id"] != record_id:
        raise RegistryError(
            f"the record's id {body['id']!r} differs from the id in the path {record_id!r}",
            field="id",
        )
    try:
        return MODELS[kind].model_validate(body)
    except ValidationError as exc:
        error = exc.errors()[0]
        raise RegistryError(
            error_message(error), path=EDITS_PATH, field=f"{kind}.{dotted(tuple(error['loc']))}"
        ) from None


def records(registry: Registry, kind: Kind) -> dict[str, BaseModel]:
    """The registry's records of one kind by id."""
    if kind == "claims":
        return {c.id: c for c in registry.claims}
    if kind == "statements":
        return {s.id: s for s in registry.statements}
    table: dict[str, BaseModel] = dict(getattr(registry, kind))
    return table


def overlay(base: Registry, overrides: Iterable[Override]) -> Registry:
    """The base registry with the edits applied and cross-checked (base itself if none)."""
    changes = list(overrides)
    if not changes:
        return base
    tables: dict[Kind, dict[str, BaseModel]] = {kind: records(base, kind) for kind in KINDS}
    for kind, record_id, data in changes:
        if data is None:
            tables[kind].pop(record_id, None)
        else:
            tables[kind][record_id] = validate(kind, record_id, data)
    registry = dataclasses.replace(
        base,
        enterprises=_typed(tables["enterprises"], Enterprise),
        people=_typed(tables["people"], Person),
        claims=tuple(_typed(tables["claims"], Claim).values()),
        statements=tuple(_typed(tables["statements"], Statement).values()),
        platforms=_typed(tables["platforms"], Platform),
    )
    registry._check_references(Path(base.source or EDITS_PATH))
    return registry


def overrides(session: Session) -> list[Override]:
    """Every stored edit, oldest first."""
    rows = session.scalars(select(RegistryRecord).order_by(RegistryRecord.id))
    return [(_kind(r.kind), r.record_id, r.data) for r in rows]


def put(
    session: Session, base: Registry, kind: Kind, record_id: str, data: dict[str, Any], actor: str
) -> tuple[Registry, dict[str, Any]]:
    """Create or replace a record; returns the new effective registry and the stored record."""
    stored = validate(kind, record_id, data).model_dump(mode="json")
    return _change(session, base, kind, record_id, stored, actor), stored


def delete(session: Session, base: Registry, kind: Kind, record_id: str, actor: str) -> Registry:
    """Delete a record (refused while other records refer to it)."""
    return _change(session, base, kind, record_id, None, actor)


def _change(
    session: Session,
    base: Registry,
    kind: Kind,
    record_id: str,
    data: dict[str, Any] | None,
    actor: str,
) -> Registry:
    current = overlay(base, overrides(session))
    existing = records(current, kind).get(record_id)
    if data is None and existing is None:
        raise NotFound(f"no {kind} record {record_id!r}")
    before = existing.model_dump(mode="json") if existing is not None else None
    row = session.scalars(
        select(RegistryRecord)
        .where(RegistryRecord.kind == kind, RegistryRecord.record_id == record_id)
        .with_for_update()
    ).first()
    if row is None:
        row = RegistryRecord(kind=kind, record_id=record_id)
        session.add(row)
    row.data = data
    row.updated_by = actor
    row.updated_at = datetime.now(UTC)
    session.flush()
    # Cross-check the whole registry with the edit; an error rolls the transaction back.
    updated = overlay(base, overrides(session))
    action = "registry.delete" if data is None else "registry.put"
    record(session, actor, action, f"registry.{kind}", record_id, before, data)
    return updated


def _kind(value: str) -> Kind:
    if value not in KINDS:
        raise RegistryError(f"unknown registry kind {value!r} in registry_records")
    return value


def _typed(table: dict[str, BaseModel], model: type[RecordT]) -> dict[str, RecordT]:
    return {key: value for key, value in table.items() if isinstance(value, model)}
