"""Scan one item or a batch through the shared Scanner; store them and open cases."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import IntegrityError

from clearbright.api.context import AppContext
from clearbright.api.deps import Ctx, Who
from clearbright.cases.access import STAFF, Actor, Role, require
from clearbright.cases.errors import Forbidden
from clearbright.cases.findings import open_cases
from clearbright.errors import StoreError
from clearbright.model import Finding, Item
from clearbright.store import RunRecord

router = APIRouter(prefix="/v1/scan", tags=["scan"])


class BatchIn(BaseModel):
    """Up to 100 items scanned together (corpus detectors see the whole batch)."""

    model_config = ConfigDict(extra="forbid")

    items: list[Item] = Field(min_length=1, max_length=100)


@router.post("")
def scan_one(item: Item, ctx: Ctx, who: Who) -> dict[str, Any]:
    """Scan one item with the per-item detectors."""
    _allowed(who, [item])
    findings = ctx.scanner.scan_item(item)
    return _save(ctx, who, [item], findings, "api:item")


@router.post("/batch")
def scan_batch(data: BatchIn, ctx: Ctx, who: Who) -> dict[str, Any]:
    """Scan a batch with every detector, corpus detectors included."""
    _allowed(who, data.items)
    report = ctx.scanner.scan(data.items)
    return _save(ctx, who, report.items, report.findings, "api:batch")


def _allowed(who: Actor, items: list[Item]) -> None:
    require(who, *STAFF, Role.PLATFORM)
    if who.role is Role.PLATFORM and any(i.platform != who.platform for i in items):
        raise Forbidden("a platform token scans its own platform's items only")


def _save(
    ctx: AppContext, who: Actor, items: list[Item], findings: list[Finding], source: str
) -> dict[str, Any]:
    # Items and findings are committed (and cases opened) before the answer is sent. A request
    # racing another one over the same item loses a unique constraint once; the retry then
    # finds the other's rows and links to them.
    for attempt in (1, 2):
        try:
            return _save_once(ctx, who, items, findings, source)
        except (StoreError, IntegrityError):
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _save_once(
    ctx: AppContext, who: Actor, items: list[Item], findings: list[Finding], source: str
) -> dict[str, Any]:
    run = RunRecord(
        id=str(uuid.uuid4()),
        started_at=datetime.now(UTC),
        source=source,
        registry=None,
        items_read=len(items),
        lines_skipped=0,
        detectors=ctx.scanner.detector_names,
    )
    with ctx.serialised():
        ctx.store.save_run(run, items, findings)
    with ctx.writing() as session:
        case_ids = open_cases(session, findings, who, ctx.registry.platforms, ctx.rules)
    return {"findings": [f.to_json_dict() for f in findings], "case_ids": case_ids}
