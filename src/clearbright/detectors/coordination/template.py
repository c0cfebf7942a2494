"""Templates of a group of near-identical texts: the shared text with `…` where copies differ.

The medoid (the text most similar to all others) is aligned with each other copy; its
characters that most copies share are kept, runs of the others become one slot. The result
is what a reviewer reads as "the script": 我…喝了岚牧纯享之后全身起红疹….
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

from clearbright.detectors.coordination.minhash_index import jaccard

SLOT = "…"
# Aligning every copy of a flood is quadratic for no gain: a sample of this size shows the script.
MAX_ALIGNED = 30


def medoid(shingle_sets: Sequence[frozenset[str]]) -> int:
    """Index of the set with the highest total Jaccard similarity to the others."""
    sample = range(min(len(shingle_sets), MAX_ALIGNED))
    return max(
        sample,
        key=lambda i: (
            sum(jaccard(shingle_sets[i], shingle_sets[j]) for j in sample if j != i),
            -i,
        ),
    )


def template(texts: Sequence[str], center: int) -> str:
    """The medoid text with the characters most copies do not share replaced by slots.

    >>> template(["我朋友差点出事", "我同事差点出事", "我表哥差点出事"], 0)
    '我…差点出事'
    """
    base = texts[center]
    others = [t for i, t in enumerate(texts[:MAX_ALIGNED]) if i != center]
    if not others:
        return base
    shared = [0] * len(base)
    for other in others:
        matcher = SequenceMatcher(None, base, other, autojunk=False)
        for block in matcher.get_matching_blocks():
            for offset in range(block.a, block.a + block.size):
                shared[offset] += 1
    keep = [count * 2 >= len(others) for count in shared]
    out: list[str] = []
    for char, kept in zip(base, keep, strict=True):
        if kept:
            out.append(char)
        elif not out or out[-1] != SLOT:
            out.append(SLOT)
    return "".join(out)
