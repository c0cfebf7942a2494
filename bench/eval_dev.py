"""Scan the development set and print the score of ../shared/tools/score.py, per category.

usage: python bench/eval_dev.py [--shared PATH] [--examples]

With --examples it scores the project's own example corpus (examples/expected.jsonl) instead.
Skips cleanly (exit 0) when ../shared is absent.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--examples", action="store_true", help="score examples/ instead")
    parser.add_argument("--repeat", type=int, default=1, help="scan N times and report the median")
    args = parser.parse_args()
    score = args.shared / "tools" / "score.py"
    if not score.exists():
        print(f"skipped: {score} not found (the shared evaluation folder is absent)")
        return 0
    if args.examples:
        items, registry, expected = (
            ROOT / "examples" / "items.jsonl",
            ROOT / "examples" / "registry",
            ROOT / "examples" / "expected.jsonl",
        )
    else:
        dev = args.shared / "data" / "dev"
        items, registry, expected = dev / "items.jsonl", dev / "registry", dev / "expected.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "findings.jsonl"
        seconds = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "clearbright",
                    "scan",
                    str(items),
                    "--registry",
                    str(registry),
                    "--out",
                    str(out),
                    "--no-store",
                ],
                check=True,
                stderr=subprocess.DEVNULL,
            )
            seconds.append(time.perf_counter() - started)
        lines = sum(1 for _ in items.open(encoding="utf-8"))
        print(
            f"{items}: {lines} items, scan wall time median {statistics.median(seconds):.2f} s "
            f"over {len(seconds)} run(s) (process start and model loading included)"
        )
        return subprocess.run([sys.executable, str(score), str(out), str(expected)]).returncode


if __name__ == "__main__":
    sys.exit(main())
