"""Claims benchmark: dev-set quality, claim matching on real claims, and matching at scale.

One command:  .venv/bin/python bench/claims_eval.py [--seed 7] [--scale 100000] [--queries 600]

1. Dev set (../shared/data/dev): precision / recall of `distortion`, `false_search_trending`
   and `competitor_smear` from the claims detectors alone, and guard items they flag.
2. Real claims (../shared/data/external/cfever, 3,000 Traditional-Chinese claims) become a
   registry: each claim's evidence page title, when written in the claim, is its subject.
   Seeded queries (bench/claims_queries.py) — simplified, truncated, embedded in commentary,
   reordered clauses, synonyms — must retrieve their claim; hard negatives — negated, another
   subject, another number or date — must not (a match counts when the matcher finds the
   claim asserted or questioned). clearbright's ClaimMatcher is compared in the
   same run with a plain BM25 baseline (rank-bm25 BM25Okapi over the same character bigrams
   of the same folded text; its match threshold is set so that it keeps 90% of its top-1 hits
   on true queries, the fairest cut-off a score-only system has).
3. Scale: a seeded synthetic index of N claims; per-item matching latency (median, p99) and
   the memory the index takes.
Sections that need ../shared print a message and are skipped when it is absent.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import statistics
import sys
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from claims_queries import Query, QueryMaker  # noqa: E402

from clearbright.detectors.base import prepare  # noqa: E402
from clearbright.detectors.claims import DETECTORS  # noqa: E402
from clearbright.detectors.claims.claim_index import ClaimIndex, prepare_claim  # noqa: E402
from clearbright.detectors.claims.claim_matcher import ClaimMatcher  # noqa: E402
from clearbright.detectors.claims.textutil import bigrams, content  # noqa: E402
from clearbright.model import Item  # noqa: E402
from clearbright.registry import Registry  # noqa: E402
from clearbright.registry.models import Claim, Enterprise  # noqa: E402
from clearbright.text.normalize import fold, normalize  # noqa: E402

SHARED = BENCH.parent.parent / "shared" / "data"
MY_SLUGS = ("distortion", "false_search_trending", "competitor_smear")
BASELINE_KEEP = 0.9
FOUND = ("asserted", "questioned")


# --- 1. dev set ---------------------------------------------------------------------------------


def dev_section() -> None:
    dev = SHARED / "dev"
    if not (dev / "items.jsonl").exists():
        print("dev set: ../shared/data/dev not found, skipped")
        return
    registry = Registry.load(dev / "registry")
    detectors = [cls(registry) for cls in DETECTORS]
    expected = {r["item_id"]: r for r in map(json.loads, (dev / "expected.jsonl").open())}
    got: dict[str, set[str]] = defaultdict(set)
    for line in (dev / "items.jsonl").open(encoding="utf-8"):
        item = Item.model_validate_json(line)
        prepared = prepare(item, registry)
        for detector in detectors:
            if item.kind in detector.kinds:
                got[item.id].update(f.slug for f in detector.detect(prepared))  # type: ignore[union-attr]
    print("dev set (claims detectors only)")
    print(f"  {'slug':24} {'tp':>3} {'fp':>3} {'fn':>3} {'prec':>6} {'rec':>6}")
    for slug in MY_SLUGS:
        tp = sum(1 for i, e in expected.items() if slug in e["slugs"] and slug in got[i])
        fp = sum(1 for i, e in expected.items() if slug not in e["slugs"] and slug in got[i])
        fn = sum(1 for i, e in expected.items() if slug in e["slugs"] and slug not in got[i])
        precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
        print(f"  {slug:24} {tp:3} {fp:3} {fn:3} {precision:6.2f} {recall:6.2f}")
    flagged = sorted(i for i, e in expected.items() if e.get("guard") and got[i])
    print(f"  guard items flagged: {len(flagged)} {flagged}")


# --- 2. real claims ------------------------------------------------------------------------------


def cfever_registry() -> tuple[Registry, dict[str, str], dict[str, str]] | None:
    path = SHARED / "external" / "cfever" / "dev.jsonl"
    if not path.exists():
        return None
    enterprises: dict[str, Enterprise] = {}
    claims: list[Claim] = []
    subjects: dict[str, str] = {}
    texts: dict[str, str] = {}
    for row in map(json.loads, path.open(encoding="utf-8")):
        cid = f"cf-{row['id']}"
        title = _title(row)
        subject = None
        if title and len(title) >= 2 and fold(title) in fold(row["claim"]):
            subject = f"s-{fold(title)}"
            enterprises.setdefault(subject, Enterprise(id=subject, name=title))
            subjects[cid] = fold(title)
        claims.append(Claim(id=cid, text=row["claim"], verdict="false", subject=subject))
        texts[cid] = row["claim"]
    return Registry(enterprises=enterprises, claims=tuple(claims)), subjects, texts


def _title(row: dict[str, object]) -> str | None:
    for group in row.get("evidence") or []:  # type: ignore[attr-defined]
        for ev in group:
            if isinstance(ev, list) and len(ev) > 2 and isinstance(ev[2], str):
                return ev[2].split("_(")[0]
    return None


class Bm25Baseline:
    """rank-bm25 over character bigrams of folded claim text: the plain retrieval baseline."""

    def __init__(self, registry: Registry) -> None:
        from rank_bm25 import BM25Okapi

        self.ids = [c.id for c in registry.claims]
        self.bm25 = BM25Okapi([_tokens(c.text) for c in registry.claims])
        self.threshold = 0.0

    def top(self, text: str, k: int = 5) -> list[tuple[str, float]]:
        scores = self.bm25.get_scores(_tokens(text))
        order = sorted(range(len(scores)), key=lambda i: -scores[i])[:k]
        return [(self.ids[i], float(scores[i])) for i in order]


def _tokens(text: str) -> list[str]:
    core = content(fold(text))
    return sorted(bigrams(core)) or [core]


def cfever_section(seed: int, limit: int) -> None:
    built = cfever_registry()
    if built is None:
        print("real claims: ../shared/data/external/cfever not found, skipped")
        return
    registry, subjects, texts = built
    try:
        import rank_bm25  # noqa: F401
    except ImportError:
        print("real claims: rank-bm25 is not installed (pip install '.[bench]'), skipped")
        return
    started = time.perf_counter()
    matcher = ClaimMatcher(registry)
    build_ours = time.perf_counter() - started
    started = time.perf_counter()
    baseline = Bm25Baseline(registry)
    build_bm25 = time.perf_counter() - started
    same = _same_text_groups(texts)
    maker = QueryMaker(seed, subjects)
    rng = random.Random(seed)
    chosen = rng.sample(sorted(texts), min(limit, len(texts)))
    positives = [q for cid in chosen for q in maker.positives(cid, texts[cid])]
    negatives = [q for cid in chosen for q in maker.negatives(cid, texts[cid])]

    def ours(text: str) -> list[str]:
        normalized = normalize(text)
        found = matcher.match(normalized, registry.find_mentions(normalized))
        # "Questioned" (X会…吗, …是真的吗) is a stance, not a miss: the claim was found.
        return [m.entry.claim.id for m in found if m.status in FOUND]

    ours_pos, ours_qps = _timed(ours, positives)
    ours_neg, _ = _timed(ours, negatives)
    bm_pos_scored, bm_qps = _timed(baseline.top, positives)
    bm_neg_scored, _ = _timed(baseline.top, negatives)
    top1 = sorted(
        s[0][1]
        for q, s in zip(positives, bm_pos_scored, strict=True)
        if s and s[0][0] in same[q.source]
    )
    baseline.threshold = top1[int(len(top1) * (1 - BASELINE_KEEP))] if top1 else 0.0

    def cut(scored: list[list[tuple[str, float]]]) -> list[list[str]]:
        return [[cid for cid, s in found if s >= baseline.threshold] for found in scored]

    bm_pos, bm_neg = cut(bm_pos_scored), cut(bm_neg_scored)
    print(
        f"real claims (CFEVER dev): {len(registry.claims)} claims, {len(registry.enterprises)} "
        f"subjects; {len(positives)} true queries, {len(negatives)} hard negatives "
        f"from {len(chosen)} claims (seed {seed})"
    )
    print(
        f"  index build: clearbright {build_ours:.2f}s, bm25 {build_bm25:.2f}s; bm25 match "
        f"threshold {baseline.threshold:.2f} (keeps {BASELINE_KEEP:.0%} of its top-1 hits)"
    )
    print(f"  {'queries':22} {'n':>5} {'ours@1':>7} {'ours@5':>7} {'bm25@1':>7} {'bm25@5':>7}")
    for how in ("all", *sorted({q.how for q in positives})):
        group = [i for i, q in enumerate(positives) if how in ("all", q.how)]
        row = [_recall(positives, ours_pos, same, group, k) for k in (1, 5)]
        row += [_recall(positives, bm_pos, same, group, k) for k in (1, 5)]
        print(f"  {how:22} {len(group):5} " + " ".join(f"{v:7.3f}" for v in row))
    print(f"  {'hard negatives':22} {'n':>5} {'ours FM':>7} {'bm25 FM':>7}   (false-match rate)")
    for how in ("all", *sorted({q.how for q in negatives})):
        group = [i for i, q in enumerate(negatives) if how in ("all", q.how)]
        ours_fm = _false_match(negatives, ours_neg, same, group)
        bm_fm = _false_match(negatives, bm_neg, same, group)
        print(f"  {how:22} {len(group):5} {ours_fm:7.3f} {bm_fm:7.3f}")
    all_pos = list(range(len(positives)))
    all_neg = list(range(len(negatives)))
    r1 = _ratio(
        _recall(positives, ours_pos, same, all_pos, 1), _recall(positives, bm_pos, same, all_pos, 1)
    )
    fm = _ratio(
        _false_match(negatives, ours_neg, same, all_neg),
        _false_match(negatives, bm_neg, same, all_neg),
    )
    print(
        f"  speed: clearbright {ours_qps:.0f} queries/s, bm25 {bm_qps:.0f} queries/s "
        f"(ratio {_ratio(ours_qps, bm_qps):.1f}x)"
    )
    print(f"  ratios ours/bm25: recall@1 {r1:.2f}, false-match rate {fm:.2f}")


def _same_text_groups(texts: dict[str, str]) -> dict[str, set[str]]:
    """Claims with identical folded text count as the same claim (CFEVER repeats a few)."""
    by_text: dict[str, set[str]] = defaultdict(set)
    for cid, text in texts.items():
        by_text[content(fold(text))].add(cid)
    return {cid: by_text[content(fold(text))] for cid, text in texts.items()}


def _timed(run: Callable[[str], list], queries: Sequence[Query]) -> tuple[list, float]:  # type: ignore[type-arg]
    started = time.perf_counter()
    results = [run(q.text) for q in queries]
    elapsed = time.perf_counter() - started
    return results, len(queries) / elapsed if elapsed else 0.0


def _recall(
    queries: Sequence[Query],
    results: list[list[str]],
    same: dict[str, set[str]],
    group: list[int],
    k: int,
) -> float:
    hits = sum(1 for i in group if set(results[i][:k]) & same[queries[i].source])
    return _ratio(hits, len(group))


def _false_match(
    queries: Sequence[Query], results: list[list[str]], same: dict[str, set[str]], group: list[int]
) -> float:
    wrong = sum(1 for i in group if set(results[i][:1]) & same[queries[i].source])
    return _ratio(wrong, len(group))


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


# --- 3. scale ------------------------------------------------------------------------------------

SYN_CHARS = "澜屿岫淼翎霁朔箬芪曜珩澈栎琮筠渟璟昶砚槿蘅汀骁沅峤瑭珂霈岚牧澹衡昱星"
SYN_PRODUCTS = ("手机", "奶粉", "电动车", "空调", "果汁", "冰箱", "耳机", "跑鞋", "手表", "钱包")
SYN_PREDICATES = (
    "{p}检出{x}超标",
    "{p}电池会爆炸，已致{n}人受伤",
    "即将破产倒闭",
    "老板被带走调查",
    "工厂被查封停产",
    "{p}用过期原料生产",
    "资金链断裂，欠款{n}亿",
    "{p}内置后门窃取数据",
    "{n}年营收下降{m}%",
    "{p}召回{n}万台",
    "暴雷无法提现",
    "{p}致癌",
    "裁员{m}%",
)
SYN_SUBSTANCES = ("三聚氰胺", "铅", "甲醛", "辐射", "黄曲霉毒素", "塑化剂", "重金属", "细菌")


def synthetic_registry(size: int, seed: int) -> tuple[Registry, list[str]]:
    rng = random.Random(seed)
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < max(size // 5, 10):
        name = "".join(rng.choice(SYN_CHARS) for _ in range(rng.choice((2, 3))))
        if name not in seen:
            seen.add(name)
            names.append(name)
    enterprises = {f"e{i}": Enterprise(id=f"e{i}", name=n) for i, n in enumerate(names)}
    claims = []
    for i in range(size):
        subject = rng.randrange(len(names))
        predicate = rng.choice(SYN_PREDICATES).format(
            p=rng.choice(SYN_PRODUCTS),
            x=rng.choice(SYN_SUBSTANCES),
            n=rng.randint(2, 2024),
            m=rng.randint(1, 99),
        )
        claims.append(
            Claim(
                id=f"c{i}", text=names[subject] + predicate, verdict="false", subject=f"e{subject}"
            )
        )
    return Registry(enterprises=enterprises, claims=tuple(claims)), names


def scale_section(size: int, seed: int, queries: int) -> None:
    registry, _ = synthetic_registry(size, seed)
    started = time.perf_counter()
    index = ClaimIndex(prepare_claim(c, registry) for c in registry.claims)
    matcher = ClaimMatcher(registry, index)
    warm = normalize("预热一下")  # build the name automata (lazy) outside the timing
    matcher.match(warm, registry.find_mentions(warm))
    build = time.perf_counter() - started
    # Memory of prepared claims plus index, measured on a second build under tracemalloc.
    tracemalloc.start()
    again = ClaimIndex(prepare_claim(c, registry) for c in registry.claims)
    index_bytes = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del again
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rng = random.Random(seed + 1)
    texts = []
    for _ in range(queries):
        claim = rng.choice(registry.claims).text
        filler = "今天刷到一条消息，说是" if rng.random() < 0.5 else "大家评评理，"
        texts.append(
            filler + claim + "，不知道真假，先转给家里人看看。"
            if rng.random() < 0.5
            else filler + "周末去商场逛了逛，人很多，买了点水果回家。"
        )
    print(
        f"scale: {size} synthetic claims, {len(registry.enterprises)} subjects; index built in "
        f"{build:.1f}s; prepared claims + index {index_bytes / 2**20:.0f} MB (tracemalloc), "
        f"process peak RSS {rss / 1024:.0f} MB"
    )
    for label, freeze in (("as is", False), ("after gc.freeze()", True)):
        if freeze:
            # A long-lived index makes full garbage collections slow; a service freezes it.
            gc.collect()
            gc.freeze()
        latencies, found = _latencies(matcher, registry, texts)
        p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
        print(
            f"  per-item matching (normalize + mentions + match), {queries} items, {label}: "
            f"median {statistics.median(latencies):.2f} ms, p99 {p99:.2f} ms; "
            f"{found} items matched a claim"
        )
    gc.unfreeze()


def _latencies(
    matcher: ClaimMatcher, registry: Registry, texts: list[str]
) -> tuple[list[float], int]:
    latencies = []
    found = 0
    for text in texts:
        started = time.perf_counter()
        normalized = normalize(text)
        found += bool(matcher.match(normalized, registry.find_mentions(normalized)))
        latencies.append((time.perf_counter() - started) * 1000)
    return sorted(latencies), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=600, help="claims sampled for queries")
    parser.add_argument("--scale-items", type=int, default=1000)
    args = parser.parse_args()
    dev_section()
    print()
    cfever_section(args.seed, args.queries)
    print()
    scale_section(args.scale, args.seed, args.scale_items)


if __name__ == "__main__":
    main()
