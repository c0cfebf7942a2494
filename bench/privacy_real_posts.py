"""False flags of the privacy detectors on real public posts (none of which leaks anyone's data).

Posts: COLD (offensive comments), SWSR (Weibo sexism posts and comments) and CFEVER claims from
`../shared/data/external`. Two passes against the example registry: the posts as they are, and
the same posts with a registered entrepreneur's name glued in front — an adversarial case that
ties every post to a registered person, where attribution rules must still hold. Prints flag
rates at the policy's 0.5 per detector. Skips cleanly when `../shared` is absent.

usage: python bench/privacy_real_posts.py [LIMIT]
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from pathlib import Path

from clearbright.detectors.base import prepare
from clearbright.detectors.privacy import DETECTORS
from clearbright.model import Item
from clearbright.registry import Registry

ROOT = Path(__file__).resolve().parent.parent
EXTERNAL = ROOT.parent / "shared" / "data" / "external"
NAME = "顾南笙"  # a registered entrepreneur of examples/registry (fictional)


def posts(limit: int) -> list[str]:
    texts: list[str] = []
    for name in ("train.csv", "dev.csv", "test.csv"):
        with (EXTERNAL / "cold" / name).open(encoding="utf-8") as stream:
            texts += [row["TEXT"] for row in csv.DictReader(stream)]
    for name, column in (("SexWeibo.csv", "weibo_text"), ("SexComment.csv", "comment_text")):
        with (EXTERNAL / "swsr" / name).open(encoding="utf-8-sig") as stream:
            texts += [row[column] for row in csv.DictReader(stream)]
    with (EXTERNAL / "cfever" / "dev.jsonl").open(encoding="utf-8") as stream:
        texts += [json.loads(line).get("claim", "") for line in stream if line.strip()]
    return [t for t in texts if t][:limit]


def flags(registry: Registry, texts: list[str], prefix: str) -> Counter[str]:
    detectors = [cls(registry) for cls in DETECTORS]
    counts: Counter[str] = Counter()
    for n, text in enumerate(texts):
        item = prepare(Item(id=str(n), platform="weibo", kind="post", text=prefix + text), registry)
        for detector in detectors:
            if any(f.score >= 0.5 for f in detector.detect(item)):  # type: ignore[union-attr]
                counts[detector.name] += 1
    return counts


def main(argv: list[str]) -> int:
    if not EXTERNAL.exists():
        print("../shared/data/external not found: skipping")
        return 0
    limit = int(argv[1]) if len(argv) > 1 else 10**9
    texts = posts(limit)
    registry = Registry.load(ROOT / "examples" / "registry")
    for label, prefix in (("as posted", ""), (f"with {NAME} glued in front", NAME)):
        counts = flags(registry, texts, prefix)
        total = sum(counts.values())
        print(
            f"{len(texts)} real posts, {label}: {total} flags ({total / len(texts):.3%})"
            + "".join(f"\n  {name:28}{count}" for name, count in counts.most_common())
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
