"""What runs inside the Spark Python workers: pandas batches in, pandas batches out.

Nothing here imports pyspark, so the functions are plain Python and are tested without a JVM.
The registry and policy travel as file contents (a Spark broadcast); each Python worker builds
its `Scanner` once per distinct content and keeps it in a module-level cache, because Spark
reuses Python workers across tasks (`spark.python.worker.reuse`, on by default).
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from clearbright.detectors.abuse.extortion import ExtortionDetector
from clearbright.detectors.base import CorpusDetector, NormalizedItem, prepare
from clearbright.detectors.coordination.detector import CoordinatedAttackDetector
from clearbright.detectors.coordination.posts import build_posts, official_shingles
from clearbright.model import Finding, Item
from clearbright.policy import Policy
from clearbright.registry import Registry
from clearbright.registry.registry import handle_key
from clearbright.scan import Scanner
from clearbright.scan.scanner import ScanReport

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped]

# The files a registry folder may hold (see registry/loader.py); only these are shipped.
REGISTRY_FILES = (
    "entities.yaml",
    "claims.jsonl",
    "statements.jsonl",
    "financials.jsonl",
    "platforms.yaml",
)
POLICY_FILE = "policy.yaml"


@dataclass(frozen=True)
class Bundle:
    """The registry folder and policy file as bytes: what the driver broadcasts to workers."""

    files: tuple[tuple[str, bytes], ...]

    @classmethod
    def read(cls, registry: Path, policy: Path | None) -> Bundle:
        files = [
            (name, (registry / name).read_bytes())
            for name in REGISTRY_FILES
            if (registry / name).is_file()
        ]
        if policy is not None:
            files.append((POLICY_FILE, policy.read_bytes()))
        return cls(tuple(files))

    @property
    def key(self) -> str:
        digest = hashlib.sha256()
        for name, content in self.files:
            digest.update(name.encode() + b"\0" + content + b"\0")
        return digest.hexdigest()


class Worker:
    """One scanner (registry, policy, every detector of the catalog) and the corpus detectors."""

    def __init__(self, bundle: Bundle) -> None:
        with tempfile.TemporaryDirectory(prefix="clearbright-registry-") as folder:
            root = Path(folder)
            for name, content in bundle.files:
                (root / name).write_bytes(content)
            self.registry = Registry.load(root)
            policy = root / POLICY_FILE
            self.policy = Policy.load(policy if policy.is_file() else None)
        self.scanner = Scanner(self.registry, self.policy)
        self.corpus: dict[str, CorpusDetector] = {d.name: d for d in self.scanner.corpus_detectors}
        extortion = self.corpus.get(ExtortionDetector.name)
        self.extortion = extortion if isinstance(extortion, ExtortionDetector) else None
        coordination = self.corpus.get(CoordinatedAttackDetector.name)
        self.coordination = (
            coordination if isinstance(coordination, CoordinatedAttackDetector) else None
        )


_WORKERS: dict[str, Worker] = {}


def worker_for(bundle: Bundle) -> Worker:
    """The cached worker for this registry and policy content (built on first use only)."""
    key = bundle.key
    if key not in _WORKERS:
        _WORKERS[key] = Worker(bundle)
    return _WORKERS[key]


# Columns of the per-item stage's output (the Spark schema in job.py lists the same names).
ITEM_COLUMNS = (
    "seq",
    "platform",
    "item_id",
    "date",
    "item",
    "error",
    "findings",
    "failures",
    "account",
    "actor",
    "time",
    "shingles",
    "official",
    "reply_to",
    "actor_keys",
    "has_offer",
    "handle",
    "profile",
)


def scan_frames(frames: Iterable[pd.DataFrame], bundle: Bundle) -> Iterator[pd.DataFrame]:
    """The per-item stage: parse each line, run every per-item detector, and record what the
    corpus-level stages group on (coordination post fields, extortion actor keys)."""
    import pandas as pd

    worker = worker_for(bundle)
    for frame in frames:
        rows = [
            scan_line(worker, int(seq), str(line))
            for seq, line in zip(frame["seq"], frame["line"], strict=True)
        ]
        yield pd.DataFrame(rows, columns=list(ITEM_COLUMNS))


def scan_line(worker: Worker, seq: int, line: str) -> dict[str, Any]:
    """One input line → one output row (an invalid line gets its `error` and nothing else)."""
    row: dict[str, Any] = dict.fromkeys(ITEM_COLUMNS)
    row.update(
        seq=seq,
        findings=[],
        failures=[],
        shingles=[],
        actor_keys=[],
        official=False,
        has_offer=False,
        profile=False,
    )
    # Parsed as the in-process reader parses (json, then the model), so both accept the same.
    try:
        data = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        row["error"] = f"not valid JSON: {exc}"[:500]
        return row
    if not isinstance(data, dict):
        row["error"] = f"expected a JSON object, got {type(data).__name__}"
        return row
    try:
        item = Item.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        row["error"] = f"{'.'.join(map(str, first['loc']))}: {first['msg']}"[:500]
        return row
    normalized = prepare(item, worker.registry)
    report = ScanReport()
    # The scanner's own per-item path (detectors filtered by kind, failures caught), then policy.
    raw = worker.scanner._detect_item(normalized, report)
    row.update(
        platform=item.platform,
        item_id=item.id,
        date=item.created_at.date().isoformat() if item.created_at else "unknown",
        item=item.model_dump_json(exclude_none=True),
        findings=[finding_json(f) for f in worker.policy.apply(raw)],
        failures=[f"{f.detector}: {f.error}" for f in report.failures],
    )
    row.update(_coordination_fields(worker, normalized))
    row.update(_extortion_fields(worker, normalized))
    return row


def _coordination_fields(worker: Worker, normalized: NormalizedItem) -> dict[str, Any]:
    """The post as the coordination detector builds it (the same functions, one item)."""
    detector = worker.coordination
    if detector is None:
        return {}
    params = detector.PARAMS
    item = normalized.item
    # Posts and profiles (`account` items: registration times) meet on the normalized handle.
    handle = f"{item.platform}:{handle_key(item.author.id)}" if item.author else None
    if item.kind == "account":
        return {"handle": handle, "profile": handle is not None and item.created_at is not None}
    posts = build_posts([normalized], worker.registry, params)
    if not posts:
        official = official_shingles([normalized], worker.registry, params)
        return {"shingles": sorted(official[0]), "official": True} if official else {}
    post = posts[0]
    return {
        "account": post.account,
        "actor": post.actor,
        "time": post.time,
        "shingles": sorted(post.shingles),
        "reply_to": post.reply_to,
        "handle": handle,
    }


def _extortion_fields(worker: Worker, normalized: NormalizedItem) -> dict[str, Any]:
    """The actor keys the extortion detector unites items on (author id, contact handles)."""
    detector = worker.extortion
    if detector is None:
        return {}
    # The detector's own view of the item, so that the keys are exactly the ones it unites on.
    seen = detector._see(0, normalized)
    author = normalized.item.author
    keys = [f"author:{author.id}"] if author else []
    keys += [f"{c.kind}:{c.value}" for c in seen.contacts]
    return {"actor_keys": keys, "has_offer": seen.offer is not None}


def detect_group(items: Sequence[str], detector: str, bundle: Bundle) -> list[str]:
    """Run one corpus detector in-process over one group of items (JSON, in input order)."""
    worker = worker_for(bundle)
    chosen = worker.corpus[detector]
    prepared = [prepare(Item.model_validate_json(line), worker.registry) for line in items]
    return [finding_json(f) for f in worker.policy.apply(chosen.detect_corpus(prepared))]


def group_frame(frame: pd.DataFrame, detector: str, bundle: Bundle) -> pd.DataFrame:
    """applyInPandas body: one group's rows (seq, item) → its findings (one JSON per row)."""
    import pandas as pd

    ordered = frame.sort_values("seq").drop_duplicates("seq")
    found = detect_group(list(ordered["item"]), detector, bundle)
    return pd.DataFrame({"finding": pd.Series(found, dtype=object)})


def finding_json(finding: Finding) -> str:
    """A finding in its DESIGN.md JSON form with sorted keys, so equal findings compare equal."""
    return json.dumps(finding.to_json_dict(), ensure_ascii=False, sort_keys=True)
