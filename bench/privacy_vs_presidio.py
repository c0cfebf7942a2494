"""Privacy recognizers vs Presidio: precision / recall / F1 per entity type, and throughput.

Corpus: the seeded generated sentences of `privacy_corpus.py` (5,000 by default) and, when
`../shared/data/dev` is present, its items judged at item level for `privacy_leak`.

Peer configuration (the fairest we could write; Presidio ships no Chinese recognizers):
- presidio-analyzer's AnalyzerEngine with a *blank* spaCy `zh` pipeline (no model download:
  `spacy.blank("zh")`, character segmentation), loaded through a SpacyNlpEngine subclass;
- one PatternRecognizer per entity with the patterns a careful user would write: digit
  look-arounds instead of `\\b` (a Chinese character next to a digit is no word boundary),
  optional space/dash separators between digit groups, and the same validators as
  clearbright (GB 11643 check digit + birth date + province for CN_ID, Luhn + scheme prefix
  for BANK_CARD, clearbright's `phone_type` for CN_PHONE); context words are given, though with
  character tokens Presidio's lemma context enhancer rarely sees them;
- score threshold 0.5 for both systems.

Throughput, measured the same way for both systems: each system does its whole job on the raw
text (Presidio: spaCy tokenization, recognizers, context enhancement; clearbright: the shared
normalizer, then its recognizers); items per CPU-second of this one process (other load on
the machine does not count), median of `--runs` passes, the systems interleaved pass by pass;
every cache is emptied before each pass (the phone validator's is shared by both), and
clearbright's per-text caches before each item, so a repeated text is read anew. A second
figure shows clearbright's recognizers on text the scan has already normalized (the scan
normalizes each field once for all detectors). Throughput is reported for the generated
corpus (every sentence carries identifiers or hard negatives: the worst case), the dev privacy
items and all dev items (a realistic mix, where most posts hold no number at all).

usage: python bench/privacy_vs_presidio.py [N] [--runs R]
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_corpus import generate

from clearbright.detectors.privacy.digits import chains
from clearbright.detectors.privacy.numbers import (
    PROVINCES,
    SCHEME_PREFIXES,
    birth_date,
    number_matches,
    phone_type,
)
from clearbright.detectors.privacy.recognize import recognize, recognize_folded
from clearbright.text.normalize import NormalizedText, normalize

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "data" / "dev"
TYPES = ("CN_ID", "CN_PHONE", "BANK_CARD", "EMAIL")
Span = tuple[str, int, int]
# The peer's patterns: any digit may be followed by one space or dash (grouped numbers).
PEER_ID = r"(?<!\d)(?:\d[ \-]?){17}[\dXx](?!\d)"
PEER_CARD = r"(?<!\d)(?:\d[ \-]?){15,18}\d(?!\d)"
PEER_MOBILE = r"(?<!\d)(?:\+?86[ \-]?)?1[3-9](?:[ \-]?\d){9}(?!\d)"
PEER_LANDLINE = r"(?<!\d)0\d{2,3}[ \-]?\d{7,8}(?!\d)"
PEER_EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"


# --- the peer ------------------------------------------------------------------------------


def build_presidio() -> Any:
    """AnalyzerEngine with a blank zh pipeline and pattern recognizers for the four types."""
    import spacy
    from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from stdnum import luhn
    from stdnum.cn import ric

    class BlankZhNlpEngine(SpacyNlpEngine):
        """spaCy's blank Chinese pipeline: tokenizer only, nothing downloaded."""

        def __init__(self) -> None:
            super().__init__(models=[{"lang_code": "zh", "model_name": "blank:zh"}])

        def load(self) -> None:
            self.nlp = {"zh": spacy.blank("zh")}  # type: ignore[assignment]

    def digits(text: str) -> str:
        return (
            re.sub(r"[\s\-]", "", text).translate({0xFF10 + d: str(d) for d in range(10)}).upper()
        )

    class Validated(PatternRecognizer):
        def __init__(
            self, entity: str, patterns: list[Any], context: list[str], check: Callable[[str], bool]
        ) -> None:
            super().__init__(
                supported_entity=entity, patterns=patterns, context=context, supported_language="zh"
            )
            self._check = check

        def validate_result(self, pattern_text: str) -> bool:
            return self._check(digits(pattern_text))

    def id_ok(value: str) -> bool:
        return (
            len(value) == 18
            and value[:17].isdigit()
            and value[:2] in PROVINCES
            and birth_date(value) is not None
            and ric.calc_check_digit(value) == value[-1]
        )

    def card_ok(value: str) -> bool:
        return value.isdigit() and value.startswith(SCHEME_PREFIXES) and luhn.is_valid(value)

    recognizers = [
        Validated(
            "CN_ID", [Pattern("cn_id", PEER_ID, 0.5)], ["身份证", "身份证号", "证件号"], id_ok
        ),
        Validated(
            "BANK_CARD", [Pattern("card", PEER_CARD, 0.5)], ["卡号", "银行卡", "工资卡"], card_ok
        ),
        Validated(
            "CN_PHONE",
            [Pattern("mobile", PEER_MOBILE, 0.5), Pattern("landline", PEER_LANDLINE, 0.5)],
            ["电话", "手机", "号码"],
            lambda v: phone_type(v) is not None,
        ),
        PatternRecognizer(
            supported_entity="EMAIL",
            supported_language="zh",
            patterns=[Pattern("email", PEER_EMAIL, 0.6)],
            context=["邮箱", "email"],
        ),
    ]
    registry = RecognizerRegistry(supported_languages=["zh"])
    for recognizer in recognizers:
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(
        nlp_engine=BlankZhNlpEngine(), registry=registry, supported_languages=["zh"]
    )


def presidio_spans(engine: Any, text: str) -> list[Span]:
    results = engine.analyze(text=text, language="zh", entities=list(TYPES), score_threshold=0.5)
    return [(r.entity_type, r.start, r.end) for r in results]


def clearbright_spans(text: str) -> list[Span]:
    return [
        (e.entity, e.start, e.end)
        for e in recognize(text, partial=False, addresses=False)
        if e.entity in TYPES
    ]


def clearbright_folded_spans(folded: NormalizedText) -> list[Span]:
    found = recognize_folded(folded, partial=False, addresses=False)
    return [(e.entity, e.start, e.end) for e in found if e.entity in TYPES]


# --- scoring -------------------------------------------------------------------------------


def score(
    gold: Sequence[Sequence[Span]], predicted: Sequence[Sequence[Span]]
) -> dict[str, tuple[int, int, int]]:
    """(tp, fp, fn) per type; a prediction is right when it overlaps a gold span of its type."""
    counts = {t: [0, 0, 0] for t in TYPES}
    for gold_spans, pred_spans in zip(gold, predicted, strict=True):
        unmatched = list(gold_spans)
        for entity, start, end in pred_spans:
            hit = next(
                (g for g in unmatched if g[0] == entity and g[1] < end and start < g[2]), None
            )
            if hit:
                unmatched.remove(hit)
                counts[entity][0] += 1
            elif entity in counts:
                counts[entity][1] += 1
        for entity, _, _ in unmatched:
            counts[entity][2] += 1
    return {t: (c[0], c[1], c[2]) for t, c in counts.items()}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def clear_caches() -> None:
    """Start every timed pass cold: per-text and per-number caches are shared by both systems
    (the peer's phone validator is clearbright's `phone_type`), so neither profits from the
    other's or its own earlier pass."""
    phone_type.cache_clear()
    number_matches.cache_clear()
    chains.cache_clear()


def throughputs(
    systems: dict[str, tuple[Callable[[Any], object], Sequence[Any]]], runs: int
) -> dict[str, float]:
    """Median items per CPU-second of each system over `runs` passes.

    CPU time of this process (both systems are single-threaded here), so that other work on
    the machine does not count; the systems are interleaved pass by pass so that what the
    machine does to caches and clocks affects them alike."""
    rates: dict[str, list[float]] = {name: [] for name in systems}
    for _ in range(runs):
        for name, (run, items) in systems.items():
            clear_caches()
            start = time.process_time()
            for item in items:
                run(item)
            rates[name].append(len(items) / (time.process_time() - start))
    return {name: statistics.median(r) for name, r in rates.items()}


def uncached(run: Callable[[Any], object]) -> Callable[[Any], object]:
    """`run` with clearbright's per-text caches emptied first: a repeated text is read anew."""

    def fresh(item: Any) -> object:
        number_matches.cache_clear()
        chains.cache_clear()
        return run(item)

    return fresh


def report_throughput(label: str, engine: Any, texts: Sequence[str], runs: int) -> None:
    """One line: both systems on `texts`, clearbright from raw text and from folded text."""
    folded = [normalize(t) for t in texts]
    rates = throughputs(
        {
            "presidio": (lambda t: presidio_spans(engine, t), texts),
            "raw": (uncached(clearbright_spans), texts),
            "folded": (uncached(clearbright_folded_spans), folded),
        },
        runs,
    )
    theirs, raw, pre = rates["presidio"], rates["raw"], rates["folded"]
    print(
        f"  {label:34} presidio {theirs:8,.0f}   clearbright {raw:8,.0f} ({raw / theirs:4.1f}x)"
        f"   on normalized text {pre:8,.0f} ({pre / theirs:4.1f}x)"
    )


def dev_texts_by_kind() -> dict[str, list[str]]:
    """Texts of the dev items: the privacy items, and all items (a realistic mix of posts)."""
    if not (DEV / "items.jsonl").exists():
        return {}
    expected = {
        json.loads(line)["item_id"]: json.loads(line)["slugs"]
        for line in (DEV / "expected.jsonl").read_text().splitlines()
        if line.strip()
    }
    items = [json.loads(line) for line in (DEV / "items.jsonl").read_text().splitlines() if line]
    privacy = [i.get("text") or "" for i in items if "privacy_leak" in expected.get(i["id"], ())]
    return {
        f"dev privacy items ({len(privacy)})": privacy,
        f"all dev items ({len(items)})": [i.get("text") or "" for i in items],
    }


# --- dev set -------------------------------------------------------------------------------


def dev_item_level(engine: Any) -> None:
    if not (DEV / "items.jsonl").exists():
        print("dev set not found at ../shared/data/dev: skipping the item-level comparison")
        return
    from clearbright.detectors.base import Detector, prepare
    from clearbright.detectors.privacy import DETECTORS
    from clearbright.model import Item
    from clearbright.registry import Registry

    registry = Registry.load(DEV / "registry")
    detectors = [d for d in (cls(registry) for cls in DETECTORS) if isinstance(d, Detector)]
    expected = {
        json.loads(line)["item_id"]: json.loads(line)
        for line in (DEV / "expected.jsonl").read_text().splitlines()
        if line.strip()
    }
    rows = {"clearbright": [0, 0, 0], "presidio": [0, 0, 0]}
    guard_flags = {"clearbright": 0, "presidio": 0}
    for line in (DEV / "items.jsonl").read_text().splitlines():
        item = Item.model_validate_json(line)
        prepared = prepare(item, registry)
        ours = any(
            f.score >= 0.5 for d in detectors if item.kind in d.kinds for f in d.detect(prepared)
        )
        theirs = bool(presidio_spans(engine, item.text))
        want = "privacy_leak" in expected[item.id]["slugs"]
        for system, got in (("clearbright", ours), ("presidio", theirs)):
            row = rows[system]
            row[0 if got and want else 1 if got else 2] += 1 if (got or want) else 0
            if got and not expected[item.id]["slugs"]:
                guard_flags[system] += 1
    print(
        "\ndev set, item level (privacy_leak; clearbright = its 9 privacy detectors at the"
        " policy's 0.5; presidio = any entity found):"
    )
    print(f"{'system':14}{'tp':>5}{'fp':>5}{'fn':>5}{'prec':>7}{'rec':>7}{'f1':>7}{'guard':>7}")
    for system, (tp, fp, fn) in rows.items():
        p, r, f = prf(tp, fp, fn)
        print(f"{system:14}{tp:5}{fp:5}{fn:5}{p:7.2f}{r:7.2f}{f:7.2f}{guard_flags[system]:7}")


def main(argv: list[str]) -> int:
    try:
        engine = build_presidio()
    except ImportError:
        print("presidio-analyzer is not installed (pip install -e '.[bench]'): nothing to compare")
        return 0
    n = int(argv[1]) if len(argv) > 1 and argv[1].isdigit() else 5000
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 5
    corpus = generate(n)
    texts = [s.text for s in corpus]
    gold = [
        [(str(e["type"]), int(str(e["start"])), int(str(e["end"]))) for e in s.entities]
        for s in corpus
    ]
    ours = score(gold, [clearbright_spans(t) for t in texts])
    theirs = score(gold, [presidio_spans(engine, t) for t in texts])
    print(
        f"generated corpus: {n} sentences, {sum(map(len, gold))} planted identifiers, "
        f"{sum(bool(s.hard_negatives) for s in corpus)} with hard negatives (seeded)"
    )
    print(f"{'type':11}{'':3}{'clearbright P/R/F1':>24}{'presidio P/R/F1':>24}")
    for entity in TYPES:
        a, b = prf(*ours[entity]), prf(*theirs[entity])
        print(
            f"{entity:11}{'':3}{a[0]:8.3f}{a[1]:8.3f}{a[2]:8.3f}{b[0]:8.3f}{b[1]:8.3f}{b[2]:8.3f}"
        )
    print(
        f"throughput: items per CPU-second, median of {runs} interleaved passes in one process,"
        " caches cleared before each pass; ratio = clearbright / presidio"
    )
    report_throughput(f"generated corpus ({n} sentences)", engine, texts, runs)
    for name, dev_texts in dev_texts_by_kind().items():
        # Repeated so that a pass lasts long enough to time (clearbright's per-text caches are
        # emptied before every item, so a copy is read anew).
        report_throughput(name, engine, dev_texts * max(1, 2000 // len(dev_texts)), runs)
    dev_item_level(engine)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
