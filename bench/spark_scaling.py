"""Scaling of `clearbright spark-scan` in local mode, against the in-process `clearbright scan`.

For each size, a seeded synthetic corpus from the coordination benchmark's generator
(bench/coordination_synth.py: organic background, planted campaigns, organic waves, about
fictional enterprises) is written once; then the in-process scan and spark-scan with 1 and 2
local cores run on it, each as its own process (the JVM start-up is inside Spark's wall time).
Printed per run: wall time, items per second, items per second per core, the speed ratio to the
in-process scan, whether the findings are equal, and the Spark job's wall time per stage.

    .venv/bin/python bench/spark_scaling.py --sizes 100000 --cores 1,2
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

import coordination_synth  # noqa: E402
from coordination_vs_cnt import _tree_sample  # noqa: E402

CLI = str(ROOT / ".venv" / "bin" / "clearbright")
# The job's stages in the order it runs them (corpus detectors by name, then the writes).
STAGE_ORDER = [
    "per-item detectors",
    "first occurrence",
    "extortion",
    "coordinated_attack",
    "write items",
    "write findings",
    "summary",
]


def write_corpus(folder: Path, size: int, seed: int) -> tuple[Path, Path]:
    """items.jsonl and a registry folder of the corpus's fictional enterprises."""
    corpus = coordination_synth.generate(size, seed)
    registry = folder / "registry"
    registry.mkdir()
    enterprises = [
        e.model_dump(mode="json", exclude_defaults=True)
        for e in corpus.registry.enterprises.values()
    ]
    (registry / "entities.yaml").write_text(
        yaml.safe_dump({"enterprises": enterprises}, allow_unicode=True), encoding="utf-8"
    )
    items = folder / "items.jsonl"
    with items.open("w", encoding="utf-8") as out:
        for row in corpus.items:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return items, registry


def run(command: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds of the command's process tree (the JVM and the Python
    workers included): on a shared machine CPU seconds are far less inflated than wall time."""
    started = time.perf_counter()
    cpu: dict[int, float] = {}
    # stderr goes to a file, not a pipe read at the end: Spark's log of a long run outgrows the
    # pipe's buffer and the JVM then blocks on its next log line (a 1M run hung that way).
    with tempfile.TemporaryFile() as log:
        with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log) as child:
            while child.poll() is None:
                _tree_sample(child.pid, cpu)  # the coordination bench's /proc sampler
                time.sleep(0.5)
        if child.returncode:
            log.seek(0)
            tail = log.read()[-4000:]
            raise subprocess.CalledProcessError(child.returncode, command, stderr=tail)
    return time.perf_counter() - started, sum(cpu.values())


def in_process_findings(path: Path) -> list[str]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return sorted(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows)


def spark_findings(folder: Path) -> list[str]:
    from clearbright.spark.importer import read_output

    found = read_output(folder).findings
    return sorted(json.dumps(f.to_json_dict(), ensure_ascii=False, sort_keys=True) for f in found)


def _stage_rank(stage: str) -> tuple[int, bool]:
    """A stage's place in the job: a corpus detector's groups come before its detector."""
    name = stage.split(":")[0]
    rank = STAGE_ORDER.index(name) if name in STAGE_ORDER else len(STAGE_ORDER)
    return rank, stage.endswith("detector")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000", help="comma-separated corpus sizes")
    parser.add_argument("--cores", default="1,2", help="comma-separated local core counts")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument(
        "--conf",
        action="append",
        default=[],
        help="Spark setting KEY=VALUE passed to spark-scan (repeatable); 1M items need "
        "spark.driver.memory=12g in local mode",
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    cores = [int(c) for c in args.cores.split(",")]
    rows: list[tuple[str, int, int, float, float, float]] = []
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="spark-scaling-") as tmp:
            folder = Path(tmp)
            items, registry = write_corpus(folder, size, args.seed)
            count = sum(1 for _ in items.open(encoding="utf-8"))
            local_out = folder / "in_process.jsonl"
            base = [CLI, "scan", str(items), "--registry", str(registry)]
            wall, cpu = run([*base, "--out", str(local_out), "--no-store"])
            rows.append(("in-process", 1, count, wall, cpu, 1.0))
            print(f"{count} items: in-process {wall:.1f} s, {cpu:.1f} CPU s", flush=True)
            expected = in_process_findings(local_out)
            for n in cores:
                out = folder / f"spark_{n}"
                spark_wall, spark_cpu = run(
                    [
                        CLI,
                        "spark-scan",
                        str(items),
                        "--registry",
                        str(registry),
                        "--out",
                        str(out),
                        "--master",
                        f"local[{n}]",
                        *(arg for pair in args.conf for arg in ("--conf", pair)),
                    ]
                )
                equal = spark_findings(out) == expected
                summary = json.loads(next((out / "summary").glob("part-*")).read_text())
                candidates = summary["corpus_items"].get("coordinated_attack", 0)
                rows.append(
                    (f"spark local[{n}]", n, count, spark_wall, spark_cpu, wall / spark_wall)
                )
                print(
                    f"{count} items: spark local[{n}] {spark_wall:.1f} s, {spark_cpu:.1f} CPU s, "
                    "findings equal to "
                    f"in-process: {equal} ({len(expected)} findings); campaign candidates "
                    f"(one in-process group): {candidates} items; job time without JVM "
                    f"start-up {summary['seconds']:.1f} s",
                    flush=True,
                )
                # The job's own per-stage wall times (driver side; see docs/spark.md).
                stages = summary.get("stage_seconds", {})
                order = sorted(stages, key=_stage_rank)
                print("  stages: " + ", ".join(f"{k} {stages[k]:.1f} s" for k in order), flush=True)
    print()
    print(
        f"{'run':<16} {'cores':>5} {'items':>9} {'wall s':>8} {'items/s':>8} "
        f"{'items/s/core':>12} {'vs in-process':>13} {'CPU s':>8} {'CPU vs in-process':>17}"
    )
    base_cpu = 0.0
    for name, n, count, wall, cpu, ratio in rows:
        base_cpu = cpu if name == "in-process" else base_cpu
        print(
            f"{name:<16} {n:>5} {count:>9} {wall:>8.1f} {count / wall:>8.1f} "
            f"{count / wall / n:>12.1f} {ratio:>12.2f}x {cpu:>8.1f} {cpu / base_cpu:>16.2f}x"
        )


if __name__ == "__main__":
    main()
