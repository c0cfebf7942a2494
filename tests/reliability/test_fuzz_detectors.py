"""Every detector on hostile input: no exception, and no hang on pathological text.

Random items go through each detector's `detect()` (and each corpus detector's
`detect_corpus()`) in process. Pathological texts — megabyte lines, long digit runs, repeated
names and cues built to make a regex backtrack — run in a forked worker that reports each
detector as it starts and ends: a detector that does not finish within LIMIT seconds fails the
test by name. LIMIT is a bound on behaviour (no hang), not a speed target.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Iterator
from multiprocessing.connection import Connection

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from clearbright.detectors.base import prepare
from clearbright.model import Item
from clearbright.registry import Registry
from clearbright.scan import Scanner
from tests.reliability.strategies import item_dicts

LIMIT = 10.0
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))

# Text that makes a naive pattern work hard: long runs a quantifier can split many ways, names
# and cues the detectors anchor on repeated without the part that would complete a match.
# Characters per pathological text: 20 000 in the suite, 1 MB-class lines in scripts/fuzz.sh.
CHARS = int(os.environ.get("FUZZ_TEXT_CHARS", "20000"))
UNITS = {
    "digit run": "1",
    "digits and separators": "1 2-3 ",
    "id-number near misses": "33010619900101123",
    "phone near misses": "+86 138 0013 800",
    "bank card near misses": "6222 0202 0000 000",
    "registered name repeated": "澄屿科技官方客服",
    "offer cues without an amount": "想下架就转删帖撤稿压下",
    "quote marks unclosed": "澄屿科技CEO说“",
    "figures without units": "营收增长亿元同比下降百分之",
    "domain-ish": "chengyu-tech.",
    "url-ish": "https://a.a.a.a.a.a.a.a",
    "at and dots": "a@b.",
    "whitespace": " \t\u3000\u200b",
    "combining marks": "\u0301",
    "rtl and zero-width": "\u202e澄\u200d屿\u202c",
    "han": "澄屿",
}
PATHOLOGICAL = {name: (unit * (CHARS // len(unit) + 1))[:CHARS] for name, unit in UNITS.items()}
KINDS = ("post", "account", "domain", "search_suggestion")


def _item(text: str, kind: str) -> Item:
    return Item(
        id="fuzz",
        platform="weibo",
        kind=kind,  # type: ignore[arg-type]
        text=text,
        title=text[:2000],
        url=text[:2000] if kind in ("account", "domain") else None,
        author={"id": "a1", "name": text[:200]},  # type: ignore[arg-type]
    )


def _worker(scanner: Scanner, text: str, out: Connection) -> None:
    for kind in KINDS:
        item = prepare(_item(text, kind), scanner.registry)
        for detector in scanner.item_detectors:
            if kind not in detector.kinds:
                continue
            out.send(("start", f"{detector.name} on a {kind}"))
            started = time.perf_counter()
            try:
                list(detector.detect(item))
            except Exception as exc:  # reported to the parent, which fails the test
                out.send(("error", f"{detector.name} on a {kind}: {type(exc).__name__}: {exc}"))
            out.send(("done", time.perf_counter() - started))
        out.send(("start", f"corpus detectors on a {kind}"))
        for corpus in scanner.corpus_detectors:
            try:
                list(corpus.detect_corpus([item, item]))
            except Exception as exc:
                out.send(("error", f"{corpus.name}: {type(exc).__name__}: {exc}"))
        out.send(("done", 0.0))
    out.send(("end", None))


def _run_bounded(scanner: Scanner, text: str) -> Iterator[str]:
    """Run every detector on `text` in a forked worker; yield the problems found."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    worker = context.Process(target=_worker, args=(scanner, text, child), daemon=True)
    worker.start()
    child.close()
    current, slowest = "preparing the item", (0.0, "")
    try:
        while True:
            if not parent.poll(LIMIT * 3 if current == "preparing the item" else LIMIT):
                yield f"{current} did not finish within {LIMIT:.0f} s"
                return
            try:
                kind, value = parent.recv()
            except EOFError:
                yield f"the worker died during {current} (exit {worker.exitcode})"
                return
            if kind == "start":
                current = value
            elif kind == "done":
                slowest = max(slowest, (value, current))
            elif kind == "error":
                yield value
            else:
                break
    finally:
        worker.kill()
        worker.join()
    print(f"slowest: {slowest[1]} {slowest[0]:.2f} s")


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_no_detector_hangs_or_crashes_on_pathological_text(scanner: Scanner, name: str) -> None:
    assert list(_run_bounded(scanner, PATHOLOGICAL[name])) == []


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=not os.environ.get("FUZZ_EXAMPLES"),
    phases=(Phase.explicit, Phase.generate),
    suppress_health_check=list(HealthCheck),
)
@given(data=st.lists(item_dicts(), min_size=1, max_size=4))
def test_every_detector_survives_random_items(
    scanner: Scanner, data: list[dict[str, object]]
) -> None:
    items = []
    for raw in data:
        try:
            items.append(Item.model_validate(raw))
        except ValidationError:
            continue  # the reader refuses it; its errors are fuzzed in test_fuzz_inputs
    prepared = [prepare(item, scanner.registry) for item in items]
    for item in prepared:
        for detector in scanner.item_detectors:
            if item.item.kind in detector.kinds:
                for finding in detector.detect(item):
                    assert finding.evidence and 0 <= finding.score <= 1
    for corpus in scanner.corpus_detectors:
        list(corpus.detect_corpus(prepared))


def test_scanner_registry_is_the_example(scanner: Scanner, example_registry: Registry) -> None:
    assert scanner.registry is example_registry and scanner.item_detectors
