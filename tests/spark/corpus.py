"""A test corpus of a few thousand items for comparing the Spark and in-process scans.

The coordination benchmark's seeded generator (bench/coordination_synth.py: organic
background, planted campaigns, organic waves) over its fictional enterprises, plus the
project's examples (examples/items.jsonl) and every detector's EXAMPLES with their context,
and account profiles (registration times) for a third of the authors,
against one registry folder: the example registry with the synthetic enterprises added.
"""

from __future__ import annotations

import json
import shutil
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

from clearbright.detectors.catalog import detector_classes

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
sys.path.insert(0, str(ROOT / "bench"))

import coordination_synth  # noqa: E402


def write_corpus(folder: Path, size: int, seed: int = 2024) -> tuple[Path, Path]:
    """Write items.jsonl and a registry folder under `folder`; return their paths."""
    corpus = coordination_synth.generate(size, seed)
    registry = folder / "registry"
    shutil.copytree(EXAMPLES / "registry", registry)
    entities = yaml.safe_load((registry / "entities.yaml").read_text(encoding="utf-8"))
    entities["enterprises"] += [
        e.model_dump(mode="json", exclude_defaults=True)
        for e in corpus.registry.enterprises.values()
    ]
    (registry / "entities.yaml").write_text(
        yaml.safe_dump(entities, allow_unicode=True), encoding="utf-8"
    )
    rows = corpus.items + _profiles(corpus.items) + _example_items()
    items = folder / "items.jsonl"
    with items.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return items, registry


def _profiles(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`account` items for the authors of every third post: the campaigns' fresh accounts
    were registered in a burst a few hours before their first copy, the background's
    long-lived accounts months apart (so the creation-burst signal takes part in the test)."""
    first: dict[tuple[str, str], datetime] = {}
    for row in items[::3]:
        key = (row["platform"], row["author"]["id"])
        first.setdefault(key, datetime.fromisoformat(row["created_at"]))
    rows = []
    for n, ((platform, handle), seen) in enumerate(sorted(first.items())):
        fresh = handle.startswith("c")  # the generator's campaign accounts are c<n>_<m>
        age = timedelta(hours=3 + n % 5) if fresh else timedelta(days=30 * (1 + n % 40))
        rows.append(
            {
                "id": f"profile-{n}",
                "platform": platform,
                "kind": "account",
                "text": f"用户{handle}",
                "url": handle,
                "author": {"id": handle},
                "created_at": (seen - age).isoformat(),
            }
        )
    return rows


def _example_items() -> list[dict[str, Any]]:
    rows = [
        json.loads(line)
        for line in (EXAMPLES / "items.jsonl").read_text().splitlines()
        if line.strip()
    ]
    for cls in detector_classes():
        for number, example in enumerate(cls.EXAMPLES):
            for part, data in enumerate([example.item, *example.item.get("_context", [])]):
                row = {k: v for k, v in data.items() if k != "_context"}
                row.setdefault("id", f"x-{cls.name}-{number}-{part}")
                row.setdefault("platform", "weibo")
                row.setdefault("kind", "post")
                rows.append(row)
    return rows
