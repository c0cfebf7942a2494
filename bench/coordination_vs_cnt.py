"""Coordinated-campaign detection: clearbright vs the QUT coordination-network-toolkit (CNT).

One command:  .venv/bin/python bench/coordination_vs_cnt.py [--sizes 10000 100000 1000000]
              [--systems clearbright cnt] [--repeat N] [--timeout SECONDS]

For each size, a seeded synthetic corpus (bench/coordination_synth.py: background, planted
campaigns, organic waves) is written once; each system then runs in its own subprocess (and
process group), so wall time and peak memory are measured the same way for both: seconds from
the parsed corpus to the campaigns (median of --repeat runs), and the peak resident memory of
the whole process tree, sampled every 0.5 s from /proc (CNT computes in worker processes),
and the CPU seconds of that tree (whole processes, parsing included), which a busy machine
inflates less than wall time. A
run still going after --timeout seconds is stopped and reported with its peak so far:
- clearbright: normalize + CoordinatedAttackDetector over the whole corpus;
- CNT: its co-similar-text and co-link networks, with the same 30-minute window; user
  communities are the connected components with at least 3 users (CNT's output is a user
  network: every post of a user in such a component counts as that component's).
Quality: a planted campaign is found when >= 80% of its items fall in one detected campaign;
a detected campaign is correct when most of its items belong to one planted campaign;
item-level F1 over campaign items; wave items flagged must be 0.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import coordination_synth  # noqa: E402

from clearbright.detectors.coordination.params import DEFAULT_PARAMS  # noqa: E402

WINDOW_SECONDS = int(DEFAULT_PARAMS.WINDOW.total_seconds())
MIN_USERS = DEFAULT_PARAMS.MIN_ACCOUNTS
PAGE = os.sysconf("SC_PAGE_SIZE")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def run_clearbright(corpus_path: Path, seed: int) -> list[list[str]]:
    from clearbright.detectors.base import prepare
    from clearbright.detectors.coordination import CoordinatedAttackDetector
    from clearbright.model import Item

    registry = coordination_synth.make_registry(seed)
    items = [Item.model_validate_json(line) for line in corpus_path.open(encoding="utf-8")]
    started = time.perf_counter()
    prepared = [prepare(item, registry) for item in items]
    campaigns: dict[str, list[str]] = {}
    for finding in CoordinatedAttackDetector(registry).detect_corpus(prepared):
        campaign = finding.evidence[0].details["campaign"]["campaign_id"]
        campaigns.setdefault(campaign, []).append(finding.item_id)
    _report_time(started)
    return list(campaigns.values())


def run_cnt(corpus_path: Path, threshold: float) -> list[list[str]]:
    import networkx as nx
    from coordination_network_toolkit.compute_networks import (
        compute_co_link_network,
        compute_co_similar_tweet,
    )
    from coordination_network_toolkit.preprocess import preprocess_data

    rows = [json.loads(line) for line in corpus_path.open(encoding="utf-8")]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "cnt.db")
        preprocess_data(db, (_cnt_row(row) for row in rows))
        compute_co_similar_tweet(
            db, WINDOW_SECONDS, n_threads=2, similarity_threshold=threshold, min_edge_weight=1
        )
        compute_co_link_network(db, WINDOW_SECONDS, n_threads=2, min_edge_weight=1)
        graph = nx.Graph()
        import sqlite3

        with sqlite3.connect(db) as connection:
            for table in ("co_similar_tweet_network", "co_link_network"):
                for user_1, user_2, _ in connection.execute(f"select * from {table}"):
                    if user_1 != user_2:
                        graph.add_edge(user_1, user_2)
    by_user: dict[str, list[str]] = {}
    for row in rows:
        by_user.setdefault(_user(row), []).append(row["id"])
    found = [
        [i for user in component for i in by_user[user]]
        for component in nx.connected_components(graph)
        if len(component) >= MIN_USERS
    ]
    _report_time(started)
    return found


def _user(row: dict[str, Any]) -> str:
    return f"{row['platform']}:{row['author']['id']}"


def _cnt_row(row: dict[str, Any]) -> tuple[Any, ...]:
    from datetime import datetime

    links = [w for w in row["text"].split() if w.startswith("http")]
    stamp = int(datetime.fromisoformat(row["created_at"]).timestamp())
    return (row["id"], _user(row), _user(row), None, row.get("reply_to"), row["text"], stamp, links)


_ELAPSED: list[float] = []


def _report_time(started: float) -> None:
    _ELAPSED.append(time.perf_counter() - started)


def score(found: list[list[str]], truth: dict[str, str]) -> dict[str, float]:
    """Campaign-level precision/recall, item-level F1 and wave items flagged."""
    planted = Counter(label for label in truth.values() if label.startswith("campaign-"))
    recovered = set()
    correct = 0
    for items in found:
        labels = Counter(truth[i] for i in items)
        label, count = labels.most_common(1)[0]
        if label.startswith("campaign-") and count * 2 > len(items):
            correct += 1
        for name, hits in labels.items():
            if name.startswith("campaign-") and hits >= 0.8 * planted[name]:
                recovered.add(name)
    flagged = {i for items in found for i in items}
    positives = {i for i, label in truth.items() if label.startswith("campaign-")}
    tp = len(flagged & positives)
    precision = tp / len(flagged) if flagged else 1.0
    recall = tp / len(positives) if positives else 1.0
    return {
        "campaign_precision": correct / len(found) if found else 1.0,
        "campaign_recall": len(recovered) / len(planted) if planted else 1.0,
        "item_f1": 2 * precision * recall / (precision + recall) if tp else 0.0,
        "wave_items_flagged": sum(1 for i in flagged if truth[i].startswith("wave-")),
        "detected": len(found),
    }


def child(system: str, corpus: Path, seed: int, threshold: float) -> None:
    found = run_clearbright(corpus, seed) if system == "clearbright" else run_cnt(corpus, threshold)
    print(json.dumps({"found": found, "seconds": _ELAPSED[0]}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--systems", nargs="+", default=["clearbright", "cnt"])
    parser.add_argument(
        "--cnt-threshold",
        type=float,
        default=0.8,
        help="CNT co-similarity Jaccard threshold (its documented default)",
    )
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per system run")
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs per system and size (median time printed)"
    )
    parser.add_argument("--child", nargs=2, metavar=("SYSTEM", "CORPUS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), args.seed, args.cnt_threshold)
        return
    try:
        import coordination_network_toolkit  # noqa: F401
    except Exception as exc:  # not installed, or a broken networkx under it
        print(
            f"coordination-network-toolkit unavailable ({type(exc).__name__}: {exc}); "
            "install it with: pip install -e '.[bench]'"
        )
        args.systems = [s for s in args.systems if s != "cnt"]
    print(
        f"window {WINDOW_SECONDS}s; CNT co-similarity threshold {args.cnt_threshold} "
        f"(character tokens), min edge weight 1; seed {args.seed}"
    )
    print(
        f"{'size':>8} {'system':<12} {'camp P':>7} {'camp R':>7} {'item F1':>7} "
        f"{'waves':>6} {'found':>6} {'seconds':>9} {'CPU s':>8} {'peak MB':>8}"
    )
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            corpus = coordination_synth.generate(size, args.seed)
            path = Path(folder) / f"corpus-{size}.jsonl"
            with path.open("w", encoding="utf-8") as out:
                for item in corpus.items:
                    out.write(json.dumps(item, ensure_ascii=False) + "\n")
            for system in args.systems:
                _run_and_print(system, size, path, corpus.truth, args)


def _run_and_print(
    system: str, size: int, path: Path, truth: dict[str, str], args: argparse.Namespace
) -> None:
    command = [
        sys.executable,
        __file__,
        "--seed",
        str(args.seed),
        "--cnt-threshold",
        str(args.cnt_threshold),
        "--child",
        system,
        str(path),
    ]
    seconds: list[float] = []
    cpu_seconds: list[float] = []
    peaks: list[float] = []
    result: dict[str, Any] = {}
    for _ in range(args.repeat):
        status, result, peak = _run_child(command, args.timeout)
        if status != "ok":
            print(
                f"{size:>8} {system:<12} {status} (process-tree peak {peak:.0f} MB so far)",
                flush=True,
            )
            return
        seconds.append(result["seconds"])
        cpu_seconds.append(result["cpu_seconds"])
        peaks.append(peak)
    quality = score(result["found"], truth)
    print(
        f"{size:>8} {system:<12} {quality['campaign_precision']:>7.3f} "
        f"{quality['campaign_recall']:>7.3f} {quality['item_f1']:>7.3f} "
        f"{quality['wave_items_flagged']:>6} {quality['detected']:>6} "
        f"{statistics.median(seconds):>9.1f} {statistics.median(cpu_seconds):>8.1f} "
        f"{max(peaks):>8.0f}",
        flush=True,
    )


def _run_child(command: list[str], timeout: float) -> tuple[str, dict[str, Any], float]:
    """Run one system in its own process group; sample the RSS of the whole process tree
    (CNT computes in a pool of worker processes, which the child's own ru_maxrss misses)."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        child = subprocess.Popen(
            command, stdout=out, stderr=subprocess.PIPE, text=True, start_new_session=True
        )
        started = time.monotonic()
        peak = 0.0
        cpu: dict[int, float] = {}
        while child.poll() is None:
            peak = max(peak, _tree_sample(child.pid, cpu))
            if time.monotonic() - started > timeout:
                os.killpg(child.pid, signal.SIGKILL)
                child.wait()
                return (
                    f"stopped: still running after {timeout:.0f} s, {sum(cpu.values()):.0f} CPU s",
                    {},
                    peak,
                )
            time.sleep(0.5)
        error = child.stderr.read() if child.stderr else ""
        if child.returncode != 0:
            return f"failed: {error.strip().splitlines()[-1:]}", {}, peak
        out.seek(0)
        result = json.loads(out.read().strip().splitlines()[-1])
        # Sampled every 0.5 s, so the last half second of each process is missed.
        result["cpu_seconds"] = sum(cpu.values())
        return "ok", result, peak


def _tree_sample(root: int, cpu: dict[int, float]) -> float:
    """Resident memory (MB) of a process and all its descendants, from /proc (Linux); records
    each live process's CPU seconds so far (user + system) in `cpu`, keyed by pid."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    ticks: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        rss[int(entry.name)] = int(fields[21]) * PAGE
        ticks[int(entry.name)] = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    tree = {root}
    grew = True
    while grew:
        found = {pid for pid, parent in parents.items() if parent in tree} - tree
        grew = bool(found)
        tree |= found
    for pid in tree:
        cpu[pid] = max(cpu.get(pid, 0.0), ticks.get(pid, 0.0))
    return sum(rss.get(pid, 0) for pid in tree) / 2**20


if __name__ == "__main__":
    main()
