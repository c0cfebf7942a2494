"""Benchmark of the abuse family (issue 6): the offense scorer on COLD, dev-set P/R, speed.

    .venv/bin/python bench/abuse_eval.py

1. The shipped offensive-language model on COLD's test split (accuracy, F1), next to the
   published COLDetector figure (81% accuracy) and the majority-class baseline, same run.
2. Precision/recall of `targeted_abuse`, `black_pr` and `extortion` on the dev corpus, and
   how many guard items (legitimate speech) any of the three flags (must be 0).
3. False positives on public offensive-speech data (COLD, SWSR): those texts name no
   registered entity and recruit or extort nobody, so every finding on them, run against
   the example registry, is wrong (a falsely resolved target, a misread job or offer).
4. Throughput of the three detectors together, in items per second (median of 5 runs),
   next to the normalization they share (`prepare`) measured in the same run.

Needs ../shared/data; prints a message and exits 0 when it is absent.
"""

from __future__ import annotations

import csv
import json
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
COLD_TEST = SHARED / "external" / "cold" / "test.csv"
DEV = SHARED / "dev"
SWSR = SHARED / "external" / "swsr"
SLUGS = ("targeted_abuse", "black_pr", "extortion")
PUBLISHED_ACCURACY = 0.81
RUNS = 5


def classifier_figures() -> None:
    from clearbright.detectors.abuse.offense_model import shipped_model
    from clearbright.text.normalize import normalize

    model = shipped_model()
    if model is None:
        print("classifier: no shipped model (run scripts/train_abuse_model.py)")
        return
    with COLD_TEST.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    truth = [int(r["label"]) for r in rows]
    scores = model.scores([normalize(r["TEXT"]).text for r in rows])
    predicted = [int(s >= 0.5) for s in scores]
    tp = sum(p and t for p, t in zip(predicted, truth, strict=True))
    fp = sum(p and not t for p, t in zip(predicted, truth, strict=True))
    fn = sum(t and not p for p, t in zip(predicted, truth, strict=True))
    accuracy = sum(p == t for p, t in zip(predicted, truth, strict=True)) / len(truth)
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    majority = max(sum(truth), len(truth) - sum(truth)) / len(truth)
    print(f"COLD test ({len(rows)} comments)")
    print(
        f"  clearbright offense model   accuracy {accuracy:.3f}  F1(offensive) {f1:.3f}"
        f"  P {precision:.3f}  R {recall:.3f}"
    )
    print(f"  published COLDetector       accuracy {PUBLISHED_ACCURACY:.3f}")
    print(f"  majority-class baseline     accuracy {majority:.3f}")


def dev_figures() -> None:
    from clearbright.detectors.abuse import DETECTORS
    from clearbright.ingest.items import ItemReader
    from clearbright.registry import Registry
    from clearbright.scan.scanner import Scanner

    registry = Registry.load(DEV / "registry")
    items = list(ItemReader(str(DEV / "items.jsonl")))
    expected = {
        json.loads(line)["item_id"]: json.loads(line)
        for line in (DEV / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    }
    report = Scanner(registry, classes=DETECTORS).scan(items)
    print(f"dev corpus ({len(items)} items)")
    for slug in SLUGS:
        got = {f.item_id for f in report.findings if f.slug == slug}
        want = {k for k, e in expected.items() if slug in e["slugs"]}
        hits = len(got & want)
        print(
            f"  {slug:15s} P {hits / max(len(got), 1):.3f}  R {hits / max(len(want), 1):.3f}"
            f"  ({hits}/{len(got)} flagged correct, {len(want)} expected)"
        )
    guards = {f.item_id for f in report.findings if expected[f.item_id]["guard"]}
    total = sum(e["guard"] for e in expected.values())
    print(f"  guard items flagged: {len(guards)} of {total} {sorted(guards)}")
    throughput(registry, items)


def false_targets() -> None:
    from clearbright.detectors.abuse import DETECTORS
    from clearbright.detectors.base import CorpusDetector, prepare
    from clearbright.model import Item
    from clearbright.registry import Registry

    registry = Registry.load(ROOT / "examples" / "registry")
    detectors = [cls(registry) for cls in DETECTORS]
    prepared = [
        prepare(
            Item(id=str(n), platform="weibo", kind="comment", text=text, author={"id": f"u{n}"}),
            registry,
        )
        for n, text in enumerate(_public_texts())
    ]
    counts: dict[str, int] = {}
    for detector in detectors:
        if isinstance(detector, CorpusDetector):
            found = list(detector.detect_corpus(prepared))
        else:
            found = [f for p in prepared for f in detector.detect(p)]
        counts[detector.name] = len({f.item_id for f in found})
    figures = ", ".join(f"{name} {n}" for name, n in counts.items())
    print(f"false positives on {len(prepared)} COLD + SWSR texts (no registered names): {figures}")


def _public_texts() -> list[str]:
    """COLD comments and SWSR Weibo comments and posts: offensive speech, no registered names."""
    texts: list[str] = []
    sources = [(COLD_TEST.parent / f"{s}.csv", "TEXT") for s in ("train", "dev", "test")]
    sources += [(SWSR / "SexComment.csv", "comment_text"), (SWSR / "SexWeibo.csv", "weibo_text")]
    for path, column in sources:
        if path.is_file():
            with path.open(encoding="utf-8-sig", newline="") as handle:
                texts.extend(r[column] for r in csv.DictReader(handle) if r[column])
    return texts


def throughput(registry: object, items: Sequence[object]) -> None:
    from clearbright.detectors.abuse import DETECTORS
    from clearbright.detectors.base import CorpusDetector, Detector, prepare
    from clearbright.registry import Registry

    assert isinstance(registry, Registry)
    detectors = [cls(registry) for cls in DETECTORS]
    prepare_times, detect_times = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        prepared = [prepare(i, registry) for i in items]  # type: ignore[arg-type]
        middle = time.perf_counter()
        for detector in detectors:
            if isinstance(detector, CorpusDetector):
                list(detector.detect_corpus(prepared))
            elif isinstance(detector, Detector):
                for item in prepared:
                    list(detector.detect(item))
        end = time.perf_counter()
        prepare_times.append(middle - start)
        detect_times.append(end - middle)
    n = len(items)
    prep, det = statistics.median(prepare_times), statistics.median(detect_times)
    print(f"throughput (median of {RUNS} runs over {n} items)")
    print(f"  shared normalization (prepare)        {n / prep:8.0f} items/s")
    print(f"  abuse detectors (3, after prepare)    {n / det:8.0f} items/s")
    print(f"  abuse detectors / normalization time  {det / prep:8.2f}x")


def main() -> int:
    if not (COLD_TEST.is_file() and (DEV / "items.jsonl").is_file()):
        print(f"skipped: {SHARED} not found (the shared evaluation data is not present)")
        return 0
    classifier_figures()
    dev_figures()
    false_targets()
    return 0


if __name__ == "__main__":
    sys.exit(main())
