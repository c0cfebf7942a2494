"""The store: SQLite by default, PostgreSQL for a `postgresql://` URL; migrated with Alembic.

A scan run is written in one transaction with its items and findings, so a crash
mid-scan leaves nothing half-written; items are unique on (platform, id) and findings on
(item, detector, category), so scanning the same input twice stores nothing twice.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from clearbright.errors import StoreError, StoreUnavailable
from clearbright.model import Finding, Item
from clearbright.store.schema import ScanRun, StoredCampaign, StoredFinding, StoredItem

MIGRATIONS = Path(__file__).parent / "migrations"
_BATCH = 500
RowT = TypeVar("RowT", Item, Finding)


@dataclass(frozen=True)
class RunRecord:
    """What a finished scan reports to the store."""

    id: str
    started_at: datetime
    source: str
    registry: str | None
    items_read: int
    lines_skipped: int
    detectors: Sequence[str]


@dataclass(frozen=True)
class SavedRun:
    id: str
    items_new: int
    findings_new: int
    findings_updated: int


class Store:
    """Items, findings and scan runs in a relational database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str, *, migrate: bool = True) -> Store:
        """Connect (creating a SQLite file's folder if needed) and bring the schema to head."""
        engine = _engine(url)
        store = cls(engine)
        if migrate:
            store.migrate()
        return store

    def migrate(self) -> None:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        try:
            with self.engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except OperationalError as exc:
            raise StoreError(
                f"cannot open the database: {_reason(exc)}", path=_safe_url(self.engine)
            ) from None

    def close(self) -> None:
        self.engine.dispose()

    def save_run(
        self, run: RunRecord, items: Sequence[Item], findings: Sequence[Finding]
    ) -> SavedRun:
        """Store a scan run with its items and findings atomically."""
        try:
            with Session(self.engine) as session, session.begin():
                record = ScanRun(
                    id=run.id,
                    started_at=run.started_at,
                    finished_at=datetime.now(UTC),
                    source=run.source,
                    registry_path=run.registry,
                    items_read=run.items_read,
                    items_new=0,
                    findings_new=0,
                    lines_skipped=run.lines_skipped,
                    detectors=list(run.detectors),
                )
                session.add(record)
                session.flush()
                keys, items_new = _upsert_items(session, run.id, items)
                findings_new, updated = _upsert_findings(session, run.id, keys, findings)
                _upsert_campaigns(session, run.id, findings)
                record.items_new, record.findings_new = items_new, findings_new
        except (OperationalError, InterfaceError) as exc:
            raise StoreUnavailable(
                f"could not write the scan (nothing was stored): {_reason(exc)}",
                path=_safe_url(self.engine),
            ) from None
        except SQLAlchemyError as exc:
            raise StoreError(
                f"could not write the scan (nothing was stored): {_reason(exc)}",
                path=_safe_url(self.engine),
            ) from None
        return SavedRun(run.id, items_new, findings_new, updated)

    def count(self, table: type[ScanRun] | type[StoredItem] | type[StoredFinding]) -> int:
        with Session(self.engine) as session:
            return int(session.scalar(select(func.count()).select_from(table)) or 0)

    def findings(self) -> Iterator[dict[str, Any]]:
        """Stored findings in the DESIGN.md Finding format, in storage order."""
        query = (
            select(StoredFinding, StoredItem)
            .join(StoredItem, StoredFinding.item_pk == StoredItem.id)
            .order_by(StoredFinding.id)
        )
        with Session(self.engine) as session:
            for finding, item in session.execute(query):
                yield {
                    "item_id": item.item_id,
                    "platform": item.platform,
                    "category": finding.category,
                    "slug": finding.slug,
                    "detector": finding.detector,
                    "score": finding.score,
                    "evidence": finding.evidence,
                    "target": finding.target,
                    "action": finding.action,
                    "automated": finding.automated,
                    "reasons": finding.reasons,
                }


def content_hash(item: Item) -> str:
    payload = json.dumps(item.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _upsert_items(
    session: Session, run_id: str, items: Sequence[Item]
) -> tuple[dict[tuple[str, str], int], int]:
    keys: dict[tuple[str, str], int] = {}
    new = 0
    for batch in _batches(items):
        wanted = {(i.platform, i.id) for i in batch}
        existing = session.execute(
            select(StoredItem.platform, StoredItem.item_id, StoredItem.id).where(
                StoredItem.item_id.in_({i.id for i in batch})
            )
        )
        for platform, item_id, pk in existing:
            if (platform, item_id) in wanted:
                keys[(platform, item_id)] = pk
        for item in batch:
            if (item.platform, item.id) in keys:
                continue
            row = _item_row(item, run_id)
            session.add(row)
            session.flush()
            keys[(item.platform, item.id)] = row.id
            new += 1
    return keys, new


def _upsert_campaigns(session: Session, run_id: str, findings: Sequence[Finding]) -> None:
    """One row per campaign the findings belong to, refreshed from the latest scan."""
    summaries: dict[str, dict[str, Any]] = {}
    for finding in findings:
        for evidence in finding.evidence:
            summary = (evidence.details or {}).get("campaign")
            if isinstance(summary, dict) and isinstance(summary.get("campaign_id"), str):
                summaries[summary["campaign_id"]] = summary
    for campaign_id, summary in sorted(summaries.items()):
        row = session.get(StoredCampaign, campaign_id)
        if row is None:
            row = StoredCampaign(id=campaign_id, first_run_id=run_id)
            session.add(row)
        row.target = summary.get("target")
        row.target_name = summary.get("target_name")
        row.score = float(summary.get("score", 0.0))
        row.item_count = int(summary.get("item_count", 0))
        row.account_count = len(summary.get("accounts", ()))
        row.platforms = list(summary.get("platforms", ()))
        row.start = _when(summary.get("start"))
        row.end = _when(summary.get("end"))
        row.details = summary
        row.last_run_id = run_id


def _when(text: object) -> datetime | None:
    return datetime.fromisoformat(text) if isinstance(text, str) else None


def _upsert_findings(
    session: Session, run_id: str, keys: dict[tuple[str, str], int], findings: Sequence[Finding]
) -> tuple[int, int]:
    new = updated = 0
    for batch in _batches(findings):
        pks = {keys[(f.platform, f.item_id)] for f in batch}
        existing = {
            (row.item_pk, row.detector, row.slug): row
            for row in session.scalars(select(StoredFinding).where(StoredFinding.item_pk.in_(pks)))
        }
        for finding in batch:
            pk = keys[(finding.platform, finding.item_id)]
            values = _finding_values(finding)
            row = existing.get((pk, finding.detector, finding.slug))
            if row is None:
                row = StoredFinding(item_pk=pk, run_id=run_id, **values)
                session.add(row)
                existing[(pk, finding.detector, finding.slug)] = row
                new += 1
            elif any(getattr(row, k) != v for k, v in values.items()):
                for key, value in values.items():
                    setattr(row, key, value)
                updated += 1
    return new, updated


def _item_row(item: Item, run_id: str) -> StoredItem:
    return StoredItem(
        platform=item.platform,
        item_id=item.id,
        kind=item.kind,
        text=item.text,
        created_at=item.created_at,
        region=item.region,
        author_id=item.author.id if item.author else None,
        content_hash=content_hash(item),
        data=item.model_dump(mode="json"),
        first_run=run_id,
    )


def _finding_values(finding: Finding) -> dict[str, Any]:
    return {
        "category": finding.category,
        "slug": finding.slug,
        "detector": finding.detector,
        "score": finding.score,
        "action": finding.action,
        "automated": finding.automated,
        "target": finding.target,
        "reasons": finding.reasons,
        "evidence": [e.model_dump(mode="json") for e in finding.evidence],
    }


def _batches(rows: Sequence[RowT]) -> Iterator[Sequence[RowT]]:
    for start in range(0, len(rows), _BATCH):
        yield rows[start : start + _BATCH]


def _engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(
            "not a database URL (expected sqlite:///PATH or postgresql://USER@HOST/DB)", path=url
        ) from None
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(parsed, pool_pre_ping=True)
    except (ArgumentError, ImportError) as exc:
        raise StoreError(f"unsupported database: {exc}", path=url) from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _safe_url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def _reason(exc: SQLAlchemyError) -> str:
    return str(getattr(exc, "orig", exc)).strip().splitlines()[0]
