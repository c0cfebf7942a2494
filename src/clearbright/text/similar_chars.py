"""Visually similar Chinese characters (形近字), from the char-similar package's data.

char-similar is installed by scripts/setup.sh without its declared dependencies (they pin an
old networkx and pull in gensim for a word-vector mode this module does not use).

Used by lookalike matching (e.g. 霁川 vs 齐川); not applied to running text, because
folding 未/末 or 己/已 everywhere would change meanings.
"""

from __future__ import annotations

from functools import lru_cache

# Shape similarity above which two characters are treated as a visual lookalike pair.
SHAPE_SIMILARITY_THRESHOLD = 0.6


@lru_cache(maxsize=65536)
def shape_similarity(a: str, b: str) -> float:
    """Shape similarity of two characters in [0, 1] (four-corner code, components, strokes)."""
    if a == b:
        return 1.0
    if not (_is_han(a) and _is_han(b)):
        return 0.0
    from char_similar import std_cal_sim  # type: ignore[import-untyped]  # loads 4 MB late

    return float(std_cal_sim(a, b, kind="shape"))


def visually_similar(a: str, b: str, threshold: float = SHAPE_SIMILARITY_THRESHOLD) -> bool:
    """Whether `b` could pass for `a` at a glance (e.g. 己/已)."""
    return shape_similarity(a, b) >= threshold


def _is_han(char: str) -> bool:
    return len(char) == 1 and ("\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf")
