"""Near-duplicate search over a sliding time window: MinHash LSH with exact verification.

Candidates come from datasketch's banded MinHash LSH; each is then verified with the exact
Jaccard similarity of the shingle sets (or, for an edited copy, the edit similarity of the
texts), so LSH only decides *which* pairs are compared and never whether a pair is
near-identical. Items older than the time window (or beyond the
item bound) are evicted, so memory is bounded by what one window holds.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from functools import cache
from typing import Any

from datasketch import LeanMinHash, MinHash, MinHashLSH  # type: ignore[import-untyped]
from rapidfuzz.distance import Indel

from clearbright.detectors.coordination.params import CoordinationParams


@dataclass(frozen=True, slots=True)
class Match:
    """A verified near-duplicate of the entry just added: its key and their exact Jaccard."""

    key: int
    similarity: float


@cache
def banding(threshold: float, num_perm: int) -> tuple[int, int]:
    """LSH bands and rows per band for a Jaccard threshold (datasketch's optimisation, which
    integrates false-positive/negative rates and is too slow to repeat per index).

    >>> banding(0.4, 128)
    (32, 4)
    """
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return int(lsh.b), int(lsh.r)


@cache
def permutations(num_perm: int, seed: int) -> Any:
    """The MinHash permutation parameters for a seed, generated once per process."""
    return MinHash(num_perm=num_perm, seed=seed).permutations


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Exact Jaccard similarity of two shingle sets (0 when both are empty)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


class SlidingMinHashIndex:
    """An LSH index over the entries of the last `params.WINDOW`, at most `max_items` of them.

    Entries are added in (roughly) time order; `add` returns the verified near-duplicates
    among the entries still in the window, then inserts the new one.
    """

    def __init__(self, params: CoordinationParams, max_items: int | None = None) -> None:
        self.params = params
        self.max_items = max_items or params.STREAM_MAX_ITEMS
        self._lsh = MinHashLSH(
            num_perm=params.NUM_PERM, params=banding(params.LSH_THRESHOLD, params.NUM_PERM)
        )
        self._permutations = permutations(params.NUM_PERM, params.SEED)
        self._order: deque[tuple[float, int]] = deque()
        self._entries: dict[int, tuple[float, frozenset[str], str]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def sketch(self, shingle_set: frozenset[str]) -> LeanMinHash:
        """The MinHash of a shingle set, with the shared permutations (same seed everywhere)."""
        minhash = MinHash(
            num_perm=self.params.NUM_PERM,
            seed=self.params.SEED,
            permutations=self._permutations,
            scheme="affine32",
        )
        minhash.update_batch([s.encode("utf-8") for s in sorted(shingle_set)])
        return LeanMinHash(minhash)

    def add(
        self, key: int, time: float, shingle_set: frozenset[str], text: str = ""
    ) -> list[Match]:
        """Verified near-duplicates of this entry within the window; then index the entry.

        `text` is the canonical text the shingles come from, for the edit-similarity check
        (`EDIT_SIMILARITY`); without it only the Jaccard threshold verifies a pair.
        """
        self.evict(time)
        sketch = self.sketch(shingle_set)
        matches = self._verified(self._lsh.query(sketch), time, shingle_set, text)
        self._lsh.insert(key, sketch, check_duplication=False)
        self._order.append((time, key))
        self._entries[key] = (time, shingle_set, text)
        while len(self._entries) > self.max_items:
            self._drop_oldest()
        return matches

    def evict(self, now: float) -> None:
        """Forget entries older than the window before `now`."""
        horizon = now - self.params.WINDOW.total_seconds()
        while self._order and self._order[0][0] < horizon:
            self._drop_oldest()

    def _drop_oldest(self) -> None:
        _, key = self._order.popleft()
        if self._entries.pop(key, None) is not None:
            self._lsh.remove(key)

    def _verified(
        self, candidates: list[int], time: float, shingle_set: frozenset[str], text: str
    ) -> list[Match]:
        window = self.params.WINDOW.total_seconds()
        timed = [(abs(self._entries[c][0] - time), c) for c in candidates if c in self._entries]
        # A flood of copies would make every add quadratic: verify only the closest in time.
        timed = sorted(t for t in timed if t[0] <= window)[: self.params.MAX_GROUP]
        matches = []
        for _, candidate in timed:
            _, other_shingles, other_text = self._entries[candidate]
            similarity = jaccard(shingle_set, other_shingles)
            if similarity >= self.params.SIMILARITY_THRESHOLD or (
                similarity >= self.params.LSH_THRESHOLD
                and near_identical_edit(text, other_text, self.params)
            ):
                matches.append(Match(candidate, round(similarity, 4)))
        return matches


def near_identical_edit(a: str, b: str, params: CoordinationParams) -> bool:
    """Whether two canonical texts are copies by edit distance (`EDIT_SIMILARITY`)."""
    return bool(a and b) and Indel.normalized_similarity(a, b) >= params.EDIT_SIMILARITY
