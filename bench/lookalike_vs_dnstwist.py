"""Lookalike detection measured against dnstwist, unrelated names, Chinese variants and brute force.

Run: `.venv/bin/python bench/lookalike_vs_dnstwist.py [--full] [--brands N] [--unrelated N]`
(needs the `bench` extra: dnstwist, faker). Prints four figures:

1. dnstwist recall: for every official domain of ../shared/data/dev/registry (when present)
   and of N invented brands, dnstwist's permutations (`Fuzzer(domain).generate()`, offline);
   the share that clearbright's DomainIndex attributes to the right brand. dnstwist makes
   thousands of homoglyph permutations per domain; without --full a fixed-seed sample of
   HOMOGLYPH_SAMPLE per domain is used (every other fuzzer is used in full).
2. false flags: Faker-generated unrelated domains and account names (see _lookalike_data),
   run through the full CounterfeitDetector as domain and account items; plus, when
   ../shared is present, the 4,347 real A-share short names as account names, bare and
   with copy words (`<name>官方旗舰店`).
3. Chinese name variants: recall of NameIndex on homophone, similar-shape, traditional,
   separator and pinyin variants of every Chinese registered name, and of the detector on
   accounts named `<variant>官方旗舰店` (enterprise names only); variants come from the
   detector's own sources and, when ../shared is present, from the independent
   Confused_Chinese table (same-sound, similar-sound, similar-shape).
4. speed: N observed names and domains scored against a synthetic registry of 1,000
   enterprises, clearbright's indexes vs a brute-force rapidfuzz loop over every registry
   name (Python loop of fuzz.ratio, and rapidfuzz.process.extractOne), same run.
5. extra, when ../shared is present: the real Weibo comments of COLD and SWSR, each
   prefixed with a heading that claims a registered company, through the impersonation
   detector: every flag is a false flag, since none of them solicits anything.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _lookalike_data import (
    confused_chinese,
    invented_brands,
    listed_company_names,
    real_texts,
    registry_with,
    table_variants,
    unrelated,
    unrelated_shapes,
    variants,
)

from clearbright.detectors.base import prepare
from clearbright.detectors.counterfeit.domains import DomainIndex
from clearbright.detectors.counterfeit.impersonation import ImpersonationDetector
from clearbright.detectors.counterfeit.lookalike import CounterfeitDetector
from clearbright.detectors.counterfeit.names import NameIndex
from clearbright.model import Item
from clearbright.registry import Registry
from clearbright.text.normalize import is_han, normalize

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
DEV_REGISTRY = SHARED / "dev" / "registry"
EXTERNAL = SHARED / "external"
HOMOGLYPH_SAMPLE = 400
SPEED_REGISTRY = 1000
REPEATS = 3


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="every dnstwist permutation")
    parser.add_argument("--brands", type=int, default=36, help="invented brands (recall)")
    parser.add_argument("--unrelated", type=int, default=5000, help="unrelated domains/names")
    parser.add_argument("--observed", type=int, default=2000, help="observed items (speed)")
    args = parser.parse_args(argv)
    missing = [name for name in ("dnstwist", "faker") if importlib.util.find_spec(name) is None]
    if missing:
        print(f"skipped: {', '.join(missing)} not installed (pip install -e '.[bench]')")
        return 0
    base = Registry.load(DEV_REGISTRY) if DEV_REGISTRY.is_dir() else None
    if base is None:
        print(f"note: {DEV_REGISTRY} not found; using invented brands only")
    registry = registry_with(base, invented_brands(args.brands))
    print(
        f"registry: {len(registry.enterprises)} enterprises, "
        f"{len(registry.official_domains)} official domains, {len(registry.names)} names"
    )
    dnstwist_recall(registry, args.full)
    false_flags(registry, args.unrelated)
    variant_recall(registry)
    speed(args.observed)
    real_comments(registry)
    return 0


def dnstwist_recall(registry: Registry, full: bool) -> None:
    import dnstwist  # type: ignore[import-untyped]

    index = DomainIndex(registry)
    owner = {d.lower(): e.id for e in registry.enterprises.values() for d in e.official_domains}
    rng = random.Random(3)
    total: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    misses: list[str] = []
    elapsed = 0.0
    for domain, entity in sorted(owner.items()):
        fuzzer = dnstwist.Fuzzer(domain)
        fuzzer.generate()
        permutations = [p for p in fuzzer.domains if p["fuzzer"] != "*original"]
        glyphs = [p for p in permutations if p["fuzzer"] == "homoglyph"]
        if not full and len(glyphs) > HOMOGLYPH_SAMPLE:
            chosen = {id(p) for p in rng.sample(glyphs, HOMOGLYPH_SAMPLE)}
            permutations = [
                p for p in permutations if p["fuzzer"] != "homoglyph" or id(p) in chosen
            ]
        start = time.perf_counter()
        for permutation in permutations:
            match = index.match(permutation["domain"])
            total[permutation["fuzzer"]] += 1
            if match is not None and match.entity_id == entity:
                hit[permutation["fuzzer"]] += 1
            elif len(misses) < 8:
                misses.append(permutation["domain"])
        elapsed += time.perf_counter() - start
    n, k = sum(total.values()), sum(hit.values())
    print(
        f"\n1. dnstwist recall: {k}/{n} = {k / n:.2%} of permutations of {len(owner)} official "
        f"domains flagged as the right brand (target ≥ 98%); {n / elapsed:,.0f} domains/s"
        f"{'' if full else f' (homoglyphs sampled: {HOMOGLYPH_SAMPLE}/domain; --full for all)'}"
    )
    for fuzzer in sorted(total):
        share = hit[fuzzer] / total[fuzzer]
        print(f"   {fuzzer:<14} {hit[fuzzer]:>6}/{total[fuzzer]:<6} {share:.2%}")
    print(f"   missed e.g.: {', '.join(misses) or '-'}")


def false_flags(registry: Registry, count: int) -> None:
    detector = CounterfeitDetector(registry)
    domains, names = unrelated(count)
    official = registry.official_domains
    domains = [d for d in domains if d not in official]
    flagged_domains = [d for d in domains if _flags(detector, registry, "domain", d)]
    flagged_names = [n for n in names if _flags(detector, registry, "account", n)]
    total = len(domains) + len(names)
    flagged = len(flagged_domains) + len(flagged_names)
    print(
        f"\n2. false flags on unrelated domains and account names (Faker): {flagged}/{total} = "
        f"{flagged / total:.2%} (target ≤ 0.5%)"
    )
    print(
        f"   domains {len(flagged_domains)}/{len(domains)}, account names "
        f"{len(flagged_names)}/{len(names)}; flagged e.g.: "
        f"{', '.join([*flagged_domains[:5], *flagged_names[:5]]) or '-'}"
    )
    people = sorted({p.name for p in registry.people.values()})
    for label, (kind, texts) in unrelated_shapes(count // 2, people).items():
        if not texts:
            continue
        hits = [t for t in texts if _flags(detector, registry, kind, t)]
        print(
            f"   {label} (Faker): {len(hits)}/{len(texts)} = {len(hits) / len(texts):.2%} flagged"
            f"{'; e.g. ' + ', '.join(hits[:5]) if hits else ''}"
        )
    listed = listed_company_names(EXTERNAL / "company-names" / "a_share_stock_basic_2021.csv")
    if not listed:
        print("   (real listed-company names not found under ../shared; skipped)")
        return
    for suffix in ("", "官方旗舰店"):
        hits = [n + suffix for n in listed if _flags(detector, registry, "account", n + suffix)]
        print(
            f"   real listed-company short names as accounts '<name>{suffix}': "
            f"{len(hits)}/{len(listed)} = {len(hits) / len(listed):.2%} flagged"
            f"{'; e.g. ' + ', '.join(hits[:5]) if hits else ''}"
        )


def _flags(detector: CounterfeitDetector, registry: Registry, kind: str, text: str) -> bool:
    data = {"id": "u", "platform": "bench", "kind": kind, "text": text, "title": text}
    if kind == "domain":
        data["url"] = text
    elif kind == "app":
        data["url"] = "com.example.unrelated"
    else:
        data["url"] = "https://example.com/u"
    return bool(list(detector.detect(prepare(Item.model_validate(data), registry))))


def variant_recall(registry: Registry) -> None:
    index = NameIndex(registry)
    detector = CounterfeitDetector(registry)
    table = confused_chinese(EXTERNAL / "confusables" / "Confused_Chinese_confused_chinese.json")
    sources: list[tuple[str, Callable[[str], Iterable[tuple[str, str]]]]] = [
        ("generated (pypinyin, char-similar, OpenCC: the detector's own sources)", variants)
    ]
    if table:
        sources.append(
            ("Confused_Chinese (an independent table)", lambda n: table_variants(n, table))
        )
    names = [t for t in index.targets if len(t.folded) >= 2 and all(is_han(c) for c in t.folded)]
    print("\n3. Chinese name variants of every Chinese registered name")
    for title, generate in sources:
        found: Counter[str] = Counter()
        total: Counter[str] = Counter()
        flagged: Counter[str] = Counter()
        accounts: Counter[str] = Counter()
        misses: list[str] = []
        for target in names:
            for family, variant in generate(target.text):
                total[family] += 1
                normalized = normalize(variant)
                # The match must explain the whole variant, not an exact part (霁川 in 霁川智熊).
                if any(
                    m.target.entity_id == target.entity_id
                    and (m.start, m.end) == (0, len(normalized.text))
                    for m in index.find(normalized)
                ):
                    found[family] += 1
                elif len(misses) < 6:
                    misses.append(f"{variant}→{target.text}")
                if not target.is_person:
                    accounts[family] += 1
                    flagged[family] += _flags(detector, registry, "account", f"{variant}官方旗舰店")
        n, k = sum(total.values()), sum(found.values())
        a, f = sum(accounts.values()), sum(flagged.values())
        print(
            f"   {title}: index recall {k}/{n} = {k / n:.2%}; detector recall on "
            f"'<variant>官方旗舰店' accounts {f}/{a} = {f / a:.2%}"
        )
        for family in total:
            print(
                f"     {family:<14} index {found[family]:>5}/{total[family]:<5} "
                f"{found[family] / total[family]:>7.2%}   accounts "
                f"{flagged[family]}/{accounts[family]}"
            )
        print(f"     missed e.g.: {', '.join(misses) or '-'}")


def speed(observed: int) -> None:
    from rapidfuzz import fuzz, process

    brands = invented_brands(SPEED_REGISTRY, seed=19, min_distance=1)
    registry = registry_with(None, brands)
    start = time.perf_counter()
    names, domains = NameIndex(registry), DomainIndex(registry)
    build = time.perf_counter() - start
    rng = random.Random(5)
    unrelated_domains, unrelated_names = unrelated(observed // 2, seed=23)
    picked = rng.sample(brands, observed // 4)
    queries = [
        *[
            (True, f"{next(v for f, v in variants(b.enterprise.short_names[0]))}官方")
            for b in picked
        ],
        *[(False, b.enterprise.official_domains[0].replace(".", "s.", 1)) for b in picked],
        *[(True, n) for n in unrelated_names[: observed // 4]],
        *[(False, d) for d in unrelated_domains[: observed // 4]],
    ]
    corpus = [t.folded for t in names.targets] + sorted(registry.official_domains)

    def ours() -> None:
        for is_name, text in queries:
            if is_name:
                names.find(normalize(text))
            else:
                domains.match(text)

    def loop() -> None:
        for _, text in queries:
            best = 0.0
            for entry in corpus:
                best = max(best, fuzz.ratio(text, entry))

    def extract() -> None:
        for _, text in queries:
            process.extractOne(text, corpus, scorer=fuzz.ratio)

    ours_s, loop_s, extract_s = (_median(fn) for fn in (ours, loop, extract))
    rate = len(queries) / ours_s
    print(
        f"\n4. speed: {len(queries)} observed names/domains against {len(brands)} enterprises "
        f"({len(corpus)} names and domains; index built in {build:.2f}s), median of {REPEATS}:"
    )
    print(f"   clearbright indexes        {rate:>10,.0f} items/s")
    print(
        f"   brute-force fuzz.ratio loop {len(queries) / loop_s:>9,.0f} items/s  "
        f"(clearbright {loop_s / ours_s:.1f}× faster)"
    )
    print(
        f"   rapidfuzz process.extractOne {len(queries) / extract_s:>8,.0f} items/s  "
        f"(clearbright {extract_s / ours_s:.2f}× its speed; it scores one ratio, "
        f"clearbright explains homophones, shapes, pinyin and domain edits)"
    )


def real_comments(registry: Registry) -> None:
    """Extra: real Weibo comments (COLD, SWSR) made to speak as a registered company."""
    texts = real_texts(EXTERNAL)
    if not texts:
        print("\n5. (COLD/SWSR comments not found under ../shared; skipped)")
        return
    detector = ImpersonationDetector(registry)
    name = next(iter(registry.enterprises.values())).short_names[0]
    flagged: list[str] = []
    for number, text in enumerate(texts):
        data = {
            "id": f"c{number}",
            "platform": "weibo",
            "kind": "comment",
            "text": f"【{name}客服】{text}",
        }
        if list(detector.detect(prepare(Item.model_validate(data), registry))):
            flagged.append(text)
    print(
        f"\n5. real comments (COLD + SWSR, {len(texts):,}) prefixed '【{name}客服】' so that "
        f"every one claims the company: {len(flagged)} = {len(flagged) / len(texts):.3%} "
        f"flagged as impersonation (each is a false flag: none solicits)"
    )
    for text in flagged[:5]:
        print(f"   e.g. {text[:70]}")


def _median(fn: Callable[[], None]) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


if __name__ == "__main__":
    sys.exit(main())
