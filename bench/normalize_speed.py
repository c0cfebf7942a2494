"""Per-text cost of `clearbright.text.normalize.normalize` on short Chinese posts.

Corpora: the generated privacy corpus (`bench/privacy_corpus.py`, 5,000 sentences with
identifiers, full-width digits, e-mails, dashes and line breaks) and every text of the
development items (`../shared/data/dev/items.jsonl`, skipped when absent). Each corpus is
normalized several times after a warm-up pass (caches and OpenCC's dictionaries loaded);
prints the median CPU time (`time.process_time`) per text in microseconds.

usage: python bench/normalize_speed.py [--passes N] [--compare FILE]

`--compare FILE` also times the `normalize` of another copy of the module (e.g. an older
version saved with `git show REV:src/clearbright/text/normalize.py > /tmp/old.py`), alternating
passes of the two in one process so that both see the same machine load, and prints the ratio.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_ITEMS = ROOT.parent / "shared" / "data" / "dev" / "items.jsonl"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_corpus import generate  # noqa: E402


def load_normalize(module: Path | None) -> Callable[[str], object]:
    """The project's `normalize`, or the one defined in the file `module`."""
    if module is None:
        from clearbright.text.normalize import normalize

        return normalize
    spec = importlib.util.spec_from_file_location("normalize_under_test", module)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {module}")
    loaded = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = loaded  # dataclasses look their module up while being defined
    spec.loader.exec_module(loaded)
    function: Callable[[str], object] = loaded.normalize
    return function


def dev_texts() -> list[str]:
    """The `text` of every development item (empty when the shared folder is absent)."""
    if not DEV_ITEMS.exists():
        return []
    with DEV_ITEMS.open(encoding="utf-8") as stream:
        return [json.loads(line)["text"] for line in stream if line.strip()]


def per_text_us(
    normalizers: list[Callable[[str], object]], texts: list[str], passes: int
) -> list[float]:
    """Median CPU microseconds per text of each normalizer, passes alternating, after a warm-up."""
    for normalize in normalizers:
        for text in texts:
            normalize(text)
    timings: list[list[float]] = [[] for _ in normalizers]
    for _ in range(passes):
        for normalize, timing in zip(normalizers, timings, strict=True):
            start = time.process_time()
            for text in texts:
                normalize(text)
            timing.append((time.process_time() - start) / len(texts) * 1e6)
    return [statistics.median(timing) for timing in timings]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=7)
    parser.add_argument("--compare", type=Path, help="also time the normalize() of this file")
    args = parser.parse_args()
    normalizers = [load_normalize(None)]
    if args.compare:
        normalizers.append(load_normalize(args.compare))
    corpora = {"privacy corpus (5,000)": [s.text for s in generate(5000)]}
    dev = dev_texts()
    if dev:  # repeated, so that a pass lasts long enough to time
        corpora[f"dev items ({len(dev)}) x20"] = dev * 20
    for label, texts in corpora.items():
        mean_chars = sum(map(len, texts)) / len(texts)
        costs = per_text_us(normalizers, texts, args.passes)
        line = f"{label:24} {mean_chars:5.1f} chars/text  {costs[0]:6.2f} µs/text (median)"
        if args.compare:
            line += f"   {args.compare.name}: {costs[1]:6.2f} µs/text, {costs[1] / costs[0]:.1f}x"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
