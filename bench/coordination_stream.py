"""Streaming mode: per-item latency and memory per retained item of `CampaignWindow`.

One command:  .venv/bin/python bench/coordination_stream.py [--size 20000]

Items of a seeded synthetic corpus (bench/coordination_synth.py) are fed one by one; the
script prints the median and 99th-percentile time of `add`, the items retained, and the
traced memory per retained item, which is what `STREAM_MAX_ITEMS` multiplies to bound memory.
It also checks that the stream flags the same items as the batch detector on that corpus.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import coordination_synth

from clearbright.detectors.base import prepare
from clearbright.detectors.coordination import CoordinatedAttackDetector
from clearbright.detectors.coordination.stream import CampaignWindow
from clearbright.model import Item


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--horizon-hours", type=float, default=6.0)
    args = parser.parse_args()
    corpus = coordination_synth.generate(args.size, args.seed)
    prepared = [prepare(Item.model_validate(row), corpus.registry) for row in corpus.items]
    batch = {f.item_id for f in CoordinatedAttackDetector(corpus.registry).detect_corpus(prepared)}
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    window = CampaignWindow(corpus.registry, horizon=timedelta(hours=args.horizon_hours))
    latencies: list[float] = []
    streamed: set[str] = set()
    peak_items, peak_bytes = 0, 0
    for number, item in enumerate(prepared):
        started = time.perf_counter()
        streamed.update(f.item_id for f in window.add(item))
        latencies.append(time.perf_counter() - started)
        if number % 500 == 0 and len(window) > peak_items:
            peak_items, peak_bytes = len(window), tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    latencies.sort()
    print(f"{args.size} items fed, horizon {args.horizon_hours} h, at most {peak_items} retained")
    print(
        f"add(): median {statistics.median(latencies) * 1e3:.2f} ms, "
        f"p99 {latencies[int(len(latencies) * 0.99)] * 1e3:.2f} ms "
        f"(tracemalloc on: slower than untraced)"
    )
    print(
        f"memory: {peak_bytes / max(peak_items, 1) / 1024:.1f} KiB per retained item "
        f"(normalized item + post + sketch + LSH keys)"
    )
    print(
        f"flagged items: stream {len(streamed)}, batch {len(batch)}, "
        f"agreement {len(streamed & batch) / max(len(streamed | batch), 1):.3f}"
    )


if __name__ == "__main__":
    main()
