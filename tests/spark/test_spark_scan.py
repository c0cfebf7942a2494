"""spark-scan gives the same findings as the in-process scan, and import-findings stores them."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from clearbright.ingest import ItemReader
from clearbright.registry import Registry
from clearbright.scan import Scanner
from clearbright.spark.importer import import_findings, read_output
from clearbright.spark.worker import finding_json
from tests.spark.corpus import write_corpus

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

# PySpark 4 warns that it does not fully support pandas 3; the features used here work.
pytestmark = pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas")

SIZE = 3000


@pytest.fixture(scope="module")
def scanned(spark: SparkSession, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """One corpus, scanned once on Spark and once in-process."""
    from clearbright.spark.job import spark_scan

    folder = tmp_path_factory.mktemp("spark-corpus")
    items, registry = write_corpus(folder, SIZE)
    out = folder / "out"
    summary = spark_scan(spark, str(items), registry, str(out))
    report = Scanner(Registry.load(registry)).scan(ItemReader(str(items)))
    return {"out": out, "summary": summary, "report": report, "items": items}


def test_spark_findings_equal_in_process_findings(scanned: dict[str, object]) -> None:
    output = read_output(scanned["out"])  # type: ignore[arg-type]
    report = scanned["report"]
    spark_side = sorted(finding_json(f) for f in output.findings)
    local_side = sorted(finding_json(f) for f in report.findings)  # type: ignore[attr-defined]
    assert spark_side == local_side


def test_corpus_exercises_the_corpus_level_detectors(scanned: dict[str, object]) -> None:
    # Equality would be hollow if no campaign or extortion were found at all.
    slugs = Counter(f.slug for f in scanned["report"].findings)  # type: ignore[attr-defined]
    assert slugs["coordinated_attack"] >= 20
    assert slugs["extortion"] >= 2
    campaigns = [
        f.evidence[0].details["campaign"]
        for f in scanned["report"].findings  # type: ignore[attr-defined]
        if f.slug == "coordinated_attack"
    ]
    assert any(c["signals"]["creation_burst"] > 0 for c in campaigns)
    summary = scanned["summary"]
    # Campaign candidates run as one group; it holds far fewer items than the corpus.
    assert summary.corpus_groups["coordinated_attack"] == 1  # type: ignore[attr-defined]
    candidates = summary.corpus_items["coordinated_attack"]  # type: ignore[attr-defined]
    assert slugs["coordinated_attack"] <= candidates < SIZE // 2
    assert summary.corpus_groups["extortion"] >= 2  # type: ignore[attr-defined]
    assert summary.items_read == len(scanned["report"].items)  # type: ignore[attr-defined]


def test_findings_are_partitioned_by_date_and_category(scanned: dict[str, object]) -> None:
    out: Path = scanned["out"]  # type: ignore[assignment]
    parts = {p.relative_to(out / "findings").parts[:2] for p in out.glob("findings/*/*/*.parquet")}
    assert parts
    assert all(d.startswith("date=") and c.startswith("category=") for d, c in parts)
    assert ("date=2025-07-02", "category=counterfeit") in parts
    summary = json.loads(next((out / "summary").glob("part-*")).read_text())
    assert summary["findings"] == len(read_output(out).findings)


def test_import_findings_is_idempotent(scanned: dict[str, object], tmp_path: Path) -> None:
    from sqlalchemy import func, select

    from clearbright.store import Store
    from clearbright.store.schema import ScanRun, StoredFinding

    url = f"sqlite:///{tmp_path / 'store.db'}"
    first = import_findings(scanned["out"], url)  # type: ignore[arg-type]
    second = import_findings(scanned["out"], url)  # type: ignore[arg-type]
    assert not first.already_imported and second.already_imported
    assert first.findings_new == first.findings == len(scanned["report"].findings)  # type: ignore[attr-defined]
    store = Store.open(url)
    try:
        with store.engine.connect() as connection:
            assert connection.execute(select(func.count()).select_from(ScanRun)).scalar() == 1
            stored = connection.execute(select(func.count()).select_from(StoredFinding)).scalar()
    finally:
        store.close()
    assert stored == first.findings


def test_parquet_input_gives_the_same_findings(spark: SparkSession, tmp_path: Path) -> None:
    from clearbright.spark.job import spark_scan

    examples = Path(__file__).resolve().parents[2] / "examples"
    lines = [json.loads(x) for x in (examples / "items.jsonl").read_text().splitlines() if x]
    frame = spark.read.json(
        spark.sparkContext.parallelize([json.dumps(x, ensure_ascii=False) for x in lines], 1)
    )
    frame.write.parquet(str(tmp_path / "items.parquet"))
    spark_scan(spark, str(tmp_path / "items.parquet"), examples / "registry", str(tmp_path / "o"))
    report = Scanner(Registry.load(examples / "registry")).scan(
        ItemReader(str(examples / "items.jsonl"))
    )
    found = sorted(finding_json(f) for f in read_output(tmp_path / "o").findings)
    assert found == sorted(finding_json(f) for f in report.findings)
