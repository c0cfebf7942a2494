"""`clearbright import-findings`: load a Spark scan's output into the case store.

Reads the Parquet the job wrote (items/, findings/ partitioned by date and category,
summary/) with pyarrow, no Spark needed, and stores it through `Store.save_run` under the
job's run id: importing the same output twice stores nothing new (the run is recognised, and
items and findings are upserts anyway).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from clearbright.errors import InputError
from clearbright.model import Finding, Item
from clearbright.store import RunRecord, Store


@dataclass(frozen=True)
class SparkOutput:
    """A spark-scan output folder, read back: summary, items and findings."""

    summary: dict[str, Any]
    items: list[Item]
    findings: list[Finding]


@dataclass(frozen=True)
class ImportResult:
    run_id: str
    already_imported: bool
    items: int
    findings: int
    items_new: int = 0
    findings_new: int = 0


def read_output(folder: Path) -> SparkOutput:
    """Items in input order and findings (per-item first, as the job wrote them)."""
    import pyarrow.dataset as ds  # type: ignore[import-untyped]

    summary_files = sorted((folder / "summary").glob("part-*"))
    if not (folder / "items").is_dir() or not (folder / "findings").is_dir() or not summary_files:
        raise InputError(
            "not a spark-scan output folder (items/, findings/, summary/)", path=str(folder)
        )
    summary = json.loads(summary_files[0].read_text(encoding="utf-8").strip())
    items_table = ds.dataset(folder / "items", format="parquet").to_table(columns=["seq", "item"])
    rows = sorted(zip(items_table["seq"].to_pylist(), items_table["item"].to_pylist(), strict=True))
    items = [Item.model_validate_json(line) for _, line in rows]
    findings_table = ds.dataset(
        folder / "findings", format="parquet", partitioning="hive"
    ).to_table(columns=["finding"])
    findings = [Finding.model_validate_json(f) for f in findings_table["finding"].to_pylist()]
    return SparkOutput(summary, items, findings)


def import_findings(folder: Path, db_url: str) -> ImportResult:
    """Store the output's items and findings as one scan run (once)."""
    from sqlalchemy import select

    from clearbright.store.schema import ScanRun

    output = read_output(folder)
    run_id = str(output.summary["run_id"])
    store = Store.open(db_url)
    try:
        with store.engine.connect() as connection:
            known = connection.execute(select(ScanRun.id).where(ScanRun.id == run_id)).first()
        if known is not None:
            return ImportResult(run_id, True, len(output.items), len(output.findings))
        saved = store.save_run(
            RunRecord(
                id=run_id,
                started_at=datetime.now(UTC),
                source=str(output.summary.get("source", folder)),
                registry=output.summary.get("registry"),
                items_read=len(output.items),
                lines_skipped=int(output.summary.get("invalid_lines", 0)),
                detectors=list(output.summary.get("detectors", [])),
            ),
            output.items,
            output.findings,
        )
    finally:
        store.close()
    return ImportResult(
        run_id, False, len(output.items), len(output.findings), saved.items_new, saved.findings_new
    )
