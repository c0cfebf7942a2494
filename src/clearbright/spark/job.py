"""`clearbright spark-scan`: the scan of a corpus on Apache Spark.

Stage 1 (`mapInPandas`, Arrow batches): every per-item detector of the catalog, through the same
`Scanner`, on each item; the same stage records what the corpus-level detectors group on.
Stage 2 (corpus-level detectors): Spark finds the groups of items that can only be judged
together, and the in-process `CorpusDetector` runs on each group inside `applyInPandas`:
- coordination: MinHashLSH (Spark MLlib) candidate pairs of near-identical posts within time
  buckets, verified by exact Jaccard; the posts of the paired accounts (with the items they
  reply to and the official posts they copy) are the candidates, run as one group (see
  `coordination_groups` for why not one group per connected component);
- extortion: items united by an author id or a shared contact handle (connected components);
  only groups holding an offer are scanned;
- any other corpus detector (a plugin) sees the whole corpus as one group.
No detection logic is re-implemented here: Spark only decides which items meet.
"""

from __future__ import annotations

import json
import math
import os
import sys
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clearbright.detectors.abuse.extortion import ExtortionDetector
from clearbright.detectors.coordination.detector import CoordinatedAttackDetector
from clearbright.detectors.coordination.params import CoordinationParams
from clearbright.errors import InputError
from clearbright.spark.components import connected_components, reachable
from clearbright.spark.worker import Bundle, Worker, group_frame, scan_frames

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

ITEM_SCHEMA = (
    "seq long, platform string, item_id string, date string, item string, error string, "
    "findings array<string>, failures array<string>, account string, actor string, "
    "time double, shingles array<string>, official boolean, "
    "reply_to string, actor_keys array<string>, has_offer boolean, handle string, "
    "profile boolean"
)
# LSH recall wanted at the coordination detector's LSH threshold: a pair it can propose must
# also meet on Spark, or the two scans would disagree.
MISS_RATE = 1e-4
# Hashed shingle space: collisions between distinct shingles are negligible at this size.
NUM_FEATURES = 1 << 22
LOCAL_SHUFFLE_PARTITIONS = 8
LOCAL_DRIVER_MEMORY = "4g"


@dataclass
class Summary:
    """What a Spark scan read and found (written beside the findings as summary.json)."""

    run_id: str
    source: str
    registry: str
    items_read: int = 0
    invalid_lines: int = 0
    duplicates: int = 0
    findings: int = 0
    by_category_action: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    corpus_groups: dict[str, int] = field(default_factory=dict)
    corpus_items: dict[str, int] = field(default_factory=dict)
    detectors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    # Driver wall time per stage of the job (the bench's per-stage breakdown).
    stage_seconds: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, sort_keys=True)


def spark_session(
    master: str | None,
    app: str = "clearbright-spark-scan",
    conf: Mapping[str, str] | None = None,
) -> SparkSession:
    """A session (the given master, or what spark-submit configured, or local[*]).

    `conf` is applied last, so it overrides the local defaults below (a 1M-item corpus needs
    more than their 4 GB driver heap: `spark.driver.memory=12g`).
    """
    from pyspark.sql import SparkSession

    # Local workers must run this interpreter (the one with clearbright installed); on a
    # cluster, spark-submit's own PYSPARK_PYTHON setting wins.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    if master is None or master.startswith("local"):
        # One machine: a few shuffle partitions, not the cluster default of 200 (every
        # label-propagation round would schedule 200 near-empty tasks).
        builder = builder.config("spark.sql.shuffle.partitions", str(LOCAL_SHUFFLE_PARTITIONS))
        # The local driver is also the executor: Spark's 1 GB default ran out of heap at 20k
        # items (a broadcast join of shingle arrays).
        builder = builder.config("spark.driver.memory", LOCAL_DRIVER_MEMORY)
    builder = (
        builder.config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.showConsoleProgress", "false")
    )
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def parse_conf(pairs: Sequence[str]) -> dict[str, str]:
    """`KEY=VALUE` settings as spark-submit's --conf takes them.

    >>> parse_conf(["spark.driver.memory=12g"])
    {'spark.driver.memory': '12g'}
    """
    conf: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise InputError(f"expected KEY=VALUE, got {pair!r}", field="--conf")
        conf[key.strip()] = value.strip()
    return conf


@contextmanager
def _stage(spark: SparkSession, summary: Summary, name: str) -> Iterator[None]:
    """Names the Spark jobs run inside (UI, event log) and times them on the driver. Each stage
    ends with an action on a persisted frame, so the time is that stage's own work."""
    context = spark.sparkContext
    context.setJobDescription(name)
    started = time.perf_counter()
    try:
        yield
    finally:
        spent = time.perf_counter() - started
        summary.stage_seconds[name] = round(summary.stage_seconds.get(name, 0.0) + spent, 2)
        context.setJobDescription(None)  # type: ignore[arg-type]


def spark_scan(
    spark: SparkSession, source: str, registry: Path, out: str, policy: Path | None = None
) -> Summary:
    """Scan `source` (JSON Lines or Parquet) and write findings, items and summary to `out`."""
    from pyspark.sql import functions as F

    started = time.perf_counter()
    bundle = Bundle.read(registry, policy)
    local = Worker(bundle)  # validates registry and policy on the driver before any task runs
    shared = spark.sparkContext.broadcast(bundle)
    summary = Summary(
        run_id=str(uuid.uuid4()),
        source=source,
        registry=str(registry),
        detectors=local.scanner.detector_names,
    )

    lines = read_lines(spark, source)
    scanned = lines.mapInPandas(lambda frames: scan_frames(frames, shared.value), ITEM_SCHEMA)
    scanned = scanned.persist()
    with _stage(spark, summary, "per-item detectors"):
        summary.invalid_lines = scanned.where(F.col("error").isNotNull()).count()
    with _stage(spark, summary, "first occurrence"):
        valid = _first_of_each(scanned.where(F.col("error").isNull())).persist()
        summary.items_read = valid.count()
        summary.duplicates = scanned.count() - summary.invalid_lines - summary.items_read
        summary.failures = [r[0] for r in valid.select(F.explode("failures")).limit(20).collect()]

    per_item = valid.select("platform", "item_id", "date", F.explode("findings").alias("finding"))
    corpus, persisted = _corpus_findings(spark, valid, local, shared, summary)
    dated = valid.select("platform", "item_id", "date")
    corpus = corpus.join(dated, ["platform", "item_id"]).select(*per_item.columns)
    findings = _with_columns(per_item.unionByName(corpus)).persist()

    with _stage(spark, summary, "write items"):
        valid.select("seq", "platform", "item_id", "date", "item").write.mode("overwrite").parquet(
            f"{out}/items"
        )
    with _stage(spark, summary, "write findings"):
        findings.write.mode("overwrite").partitionBy("date", "category").parquet(f"{out}/findings")
    with _stage(spark, summary, "summary"):
        counts = findings.groupBy("category", "action").count().collect()
        summary.by_category_action = {f"{r['category']}/{r['action']}": r["count"] for r in counts}
        summary.findings = sum(summary.by_category_action.values())
        summary.seconds = round(time.perf_counter() - started, 2)
        spark.createDataFrame([(summary.to_json(),)], "value string").coalesce(1).write.mode(
            "overwrite"
        ).text(f"{out}/summary")
    for frame in (findings, *persisted, valid, scanned):
        frame.unpersist()
    return summary


def read_lines(spark: SparkSession, source: str) -> DataFrame:
    """(seq, line): one JSON object per item, numbered in input order."""
    from pyspark.sql import functions as F

    if _is_parquet(source):
        frame = spark.read.parquet(source)
        lines = frame.select(F.to_json(F.struct(*frame.columns)).alias("line"))
    else:
        lines = spark.read.text(source).select(F.col("value").alias("line"))
        lines = lines.where(F.trim("line") != "")
    # Increasing in file order, which the extortion detector's fallback order relies on.
    return lines.select(F.monotonically_increasing_id().alias("seq"), "line")


def _is_parquet(source: str) -> bool:
    if source.rstrip("/").endswith(".parquet"):
        return True
    path = Path(source)
    return path.is_dir() and any(path.glob("*.parquet"))


def _first_of_each(frame: DataFrame) -> DataFrame:
    """The first occurrence of each (platform, id), as the in-process reader keeps."""
    from pyspark.sql import functions as F

    first = frame.groupBy("platform", "item_id").agg(F.min("seq").alias("seq"))
    return frame.join(first.select("seq"), "seq", "left_semi")


def _with_columns(findings: DataFrame) -> DataFrame:
    """Filter and partition columns read from each finding's JSON."""
    from pyspark.sql import functions as F

    def part(name: str) -> Any:
        return F.get_json_object("finding", f"$.{name}")

    return findings.select(
        "platform",
        "item_id",
        "date",
        "finding",
        part("slug").alias("category"),
        part("detector").alias("detector"),
        part("action").alias("action"),
        part("score").cast("double").alias("score"),
    ).dropDuplicates(["finding"])


def _corpus_findings(
    spark: SparkSession, valid: DataFrame, local: Worker, shared: Any, summary: Summary
) -> tuple[DataFrame, list[DataFrame]]:
    """Findings of every corpus detector, each run in-process on its groups (and the frames
    persisted on the way, for the caller to release)."""
    from pyspark.sql import functions as F

    results: list[DataFrame] = []
    persisted: list[DataFrame] = []
    for name, detector in local.corpus.items():
        with _stage(spark, summary, f"{name}: groups"):
            if isinstance(detector, CoordinatedAttackDetector):
                groups, hashed = coordination_groups(valid, detector.PARAMS)
                persisted.append(hashed)
            elif isinstance(detector, ExtortionDetector):
                groups = extortion_groups(valid)
            else:
                groups = valid.select(F.lit("all").alias("group"), "seq", "item")
            groups = groups.persist()
            summary.corpus_groups[name] = groups.select("group").distinct().count()
            summary.corpus_items[name] = groups.count()
        with _stage(spark, summary, f"{name}: detector"):
            found = _run_groups(groups, name, shared).persist()
            found.count()
        persisted += [groups, found]
        results.append(found)
    merged = spark.createDataFrame([], "platform string, item_id string, finding string")
    for found in results:
        merged = merged.unionByName(found)
    return merged, persisted


def _run_groups(groups: DataFrame, name: str, shared: Any) -> DataFrame:
    from pyspark.sql import functions as F

    found = groups.groupBy("group").applyInPandas(
        lambda frame: group_frame(frame, name, shared.value), "finding string"
    )
    return found.select(
        F.get_json_object("finding", "$.platform").alias("platform"),
        F.get_json_object("finding", "$.item_id").alias("item_id"),
        "finding",
    )


def extortion_groups(valid: DataFrame) -> DataFrame:
    """(group, seq, item): items united by author or contact, in groups that hold an offer."""
    from pyspark.sql import functions as F

    edges = valid.select(
        F.col("seq").cast("string").alias("node"), F.explode("actor_keys").alias("key")
    )
    offers = valid.where("has_offer").select(F.col("seq").cast("string").alias("node"))
    # Only the components that hold an offer are scanned, so only they are labelled (the
    # whole corpus's label propagation took a dozen Spark jobs even with no offer at all).
    # The walk reaches whole components, so their labels are the ones the full graph gives.
    kept = reachable(edges, offers).unionByName(offers).distinct().localCheckpoint()
    if kept.isEmpty():  # no offer: nothing to label (and a handful of Spark jobs saved)
        return valid.limit(0).select(F.lit("").alias("group"), "seq", "item")
    labels = connected_components(edges.join(kept, "node", "left_semi"))
    scanned = valid.join(kept, valid["seq"].cast("string") == kept["node"], "left_semi")
    grouped = scanned.join(labels, scanned["seq"].cast("string") == labels["node"], "left")
    grouped = grouped.select(
        F.coalesce("label", F.concat(F.lit("item:"), F.col("seq").cast("string"))).alias("group"),
        "seq",
        "item",
        "has_offer",
    )
    offering = grouped.where("has_offer").select("group").distinct()
    return grouped.join(offering, "group", "left_semi").select("group", "seq", "item")


def coordination_groups(
    valid: DataFrame, params: CoordinationParams
) -> tuple[DataFrame, DataFrame]:
    """(group, seq, item): the candidates of campaigns, as one group (and the persisted
    MinHash frame, for the caller to release once the groups are materialized).

    Spark does the corpus-wide work: MinHashLSH pairs of near-identical posts within time
    buckets. The candidates are every post of an account in such a pair (the detector also
    weighs those accounts' other posts: shared links, hashtags, replies), the items they reply
    to, the official posts they copy and the accounts' profiles (registration times). They
    form ONE group because the detector's Leiden communities depend on the whole account graph
    (modularity is relative to all its edges): split into connected components, a large
    campaign came out as several smaller ones.
    """
    from pyspark.sql import functions as F

    posts = valid.where(F.col("account").isNotNull())
    textual = posts.where(F.size("shingles") >= params.MIN_SHINGLES).select(
        "seq", "account", "actor", "time", "shingles"
    )
    model, hashed = _minhash(textual, params)
    # Read by both sides of the LSH self-join, the Jaccard check and the official-echo join:
    # without persisting, each of them would hash every post again.
    hashed = hashed.persist()
    pairs = candidate_pairs(hashed, params)
    seeded = (
        pairs.select(F.explode(F.array("a_account", "b_account")).alias("account"))
        .distinct()
        .localCheckpoint()  # small; the members, profiles and echoes below all start from it
    )
    members = posts.join(seeded, "account", "left_semi").select(
        F.lit("candidates").alias("group"), "seq", "item", "reply_to", "handle"
    )
    parents = (
        members.where(F.col("reply_to").isNotNull())
        .alias("m")
        .join(valid.alias("v"), F.col("m.reply_to") == F.col("v.item_id"))
        .select(F.col("m.group").alias("group"), F.col("v.seq").alias("seq"), F.col("v.item"))
    )
    echoes = _official_echoes(valid, model, hashed, members, params)
    groups = (
        members.select("group", "seq", "item")
        .unionByName(parents)
        .unionByName(echoes)
        .unionByName(_profiles(valid, members))
        .dropDuplicates(["group", "seq"])
    )
    return groups, hashed


def _profiles(valid: DataFrame, members: DataFrame) -> DataFrame:
    """(group, seq, item) of the `account` items (registration times, for creation bursts)
    of the paired accounts."""
    from pyspark.sql import functions as F

    handles = members.select("handle").distinct()
    profiles = valid.where("profile").join(handles, "handle", "left_semi")
    return profiles.select(F.lit("candidates").alias("group"), "seq", "item")


def _minhash(textual: DataFrame, params: CoordinationParams) -> tuple[Any, DataFrame]:
    """MinHashLSH over the hashed character shingles, with enough tables that a pair at the
    detector's LSH threshold meets in at least one (OR-amplification) but for MISS_RATE."""
    from pyspark.ml.feature import HashingTF, MinHashLSH

    vectors = HashingTF(
        inputCol="shingles", outputCol="features", binary=True, numFeatures=NUM_FEATURES
    ).transform(textual)
    tables = num_hash_tables(min(params.LSH_THRESHOLD, params.SIMILARITY_THRESHOLD))
    lsh = MinHashLSH(
        inputCol="features", outputCol="hashes", numHashTables=tables, seed=params.SEED
    )
    model = lsh.fit(vectors)
    return model, model.transform(vectors)


def num_hash_tables(threshold: float) -> int:
    """Tables t with (1 - threshold)^t <= MISS_RATE: a pair at the threshold is missed by all
    t independent min-hashes with at most that probability."""
    return max(1, math.ceil(math.log(MISS_RATE) / math.log(1.0 - threshold)))


def candidate_pairs(hashed: DataFrame, params: CoordinationParams) -> DataFrame:
    """Near-identical posts of different actors within the window.

    This is `approxSimilarityJoin` restricted to time buckets: the same join on (table, hash
    value) that Spark's LSH performs, with the bucket of the post's time added to the key
    (buckets are one window wide and each post also meets both neighbouring buckets, so any
    two posts within the window meet, whichever comes first in the input).
    The exact Jaccard of the shingle sets then keeps pairs at the detector's LSH threshold.
    """
    from pyspark.ml.functions import vector_to_array
    from pyspark.sql import functions as F

    window = params.WINDOW.total_seconds()
    # Only keys and the join conditions' columns are exploded (one row per table, three
    # buckets on the right side): carrying each post's shingle array on every one of those
    # rows multiplied the join's shuffle by the array size. The arrays join back once per
    # distinct pair, for the exact Jaccard.
    keyed = hashed.select(
        "seq",
        "actor",
        "time",
        F.floor(F.col("time") / window).alias("bucket"),
        F.posexplode("hashes").alias("table", "hash"),
    ).withColumn("hash", vector_to_array(F.col("hash"))[0])
    left = keyed.alias("a")
    right = keyed.withColumn(
        "bucket", F.explode(F.array(F.col("bucket") - 1, "bucket", F.col("bucket") + 1))
    ).alias("b")
    joined = left.join(right, ["bucket", "table", "hash"]).where(
        (F.col("a.seq") < F.col("b.seq"))
        & (F.col("a.actor") != F.col("b.actor"))
        & (F.abs(F.col("a.time") - F.col("b.time")) <= window)
    )
    keys = joined.select(F.col("a.seq").alias("a_seq"), F.col("b.seq").alias("b_seq")).distinct()
    sides = hashed.select("seq", "account", "shingles")
    pairs = keys.join(sides.toDF("a_seq", "a_account", "a_sh"), "a_seq").join(
        sides.toDF("b_seq", "b_account", "b_sh"), "b_seq"
    )
    similarity = F.size(F.array_intersect("a_sh", "b_sh")) / F.size(F.array_union("a_sh", "b_sh"))
    threshold = min(params.LSH_THRESHOLD, params.SIMILARITY_THRESHOLD)
    return pairs.where(similarity >= threshold - 1e-9).select(
        "a_seq", "b_seq", "a_account", "b_account"
    )


def _official_echoes(
    valid: DataFrame, model: Any, hashed: DataFrame, members: DataFrame, params: CoordinationParams
) -> DataFrame:
    """(group, seq, item) of official posts near-identical to a group's post, at any time
    (the detector drops copies of an enterprise's own words): `approxSimilarityJoin`."""
    from pyspark.ml.feature import HashingTF
    from pyspark.sql import functions as F

    official = valid.where("official")
    vectors = HashingTF(
        inputCol="shingles", outputCol="features", binary=True, numFeatures=NUM_FEATURES
    ).transform(official)
    grouped = hashed.join(members.select("group", "seq"), "seq")
    distance = 1.0 - min(params.LSH_THRESHOLD, params.SIMILARITY_THRESHOLD) + 1e-9
    joined = model.approxSimilarityJoin(vectors, grouped, distance, distCol="distance")
    echoes: DataFrame = joined.select(
        F.col("datasetB.group").alias("group"),
        F.col("datasetA.seq").alias("seq"),
        F.col("datasetA.item").alias("item"),
    )
    return echoes
