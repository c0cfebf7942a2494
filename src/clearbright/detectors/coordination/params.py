"""The parameters of campaign detection, in one place.

The Spark job (a later issue) runs Spark MLlib's MinHashLSH over the same character
shingles with these same values, so a campaign found in the service is found in a corpus
scan too. Change them here, never in a caller.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class CoordinationParams:
    """Shingling, MinHash-LSH, time-window and campaign thresholds (defaults are the contract).

    Every field has a documented default; a benchmark or test may build a variant with
    `dataclasses.replace`, but the detector always uses the defaults.
    """

    # Characters per shingle. Three characters hold one or two Chinese words, so a slot
    # filled with another name (我朋友 → 我表哥) changes only the few shingles that touch it.
    SHINGLE_SIZE: int = 3
    # MinHash permutations: 128 estimates Jaccard to about ±0.09 (one standard error).
    NUM_PERM: int = 128
    # Seed of the MinHash permutations: sketches are only comparable with the same seed.
    SEED: int = 1
    # The LSH banding is tuned to this Jaccard: lower than SIMILARITY_THRESHOLD so that pairs
    # just above the threshold are still proposed as candidates (LSH recall there is ~0.9).
    LSH_THRESHOLD: float = 0.4
    # Exact Jaccard of the shingle sets at or above which two texts are near-identical.
    # Independent complaints about one event stay below 0.3; templated copies score 0.5-1.
    SIMILARITY_THRESHOLD: float = 0.5
    # A copy edited here and there (a character added, a word swapped, an emoji) loses three
    # shingles per edit, which in a short post is a large share: a pair at or above
    # LSH_THRESHOLD is near-identical too when its canonical texts are at least this close by
    # edit distance (normalized Indel similarity). Edited copies of one script score 0.85 and
    # more; independent complaints about one event, 0.3-0.4.
    EDIT_SIMILARITY: float = 0.8
    # Texts with fewer shingles than this are too short to call copies ("+1", "支持").
    MIN_SHINGLES: int = 8
    # Two actions count as coordinated only when they are at most this far apart.
    WINDOW: timedelta = timedelta(minutes=30)
    # Posts of two accounts within this many seconds of each other are synchronized.
    SYNC_SECONDS: int = 300
    # Accounts registered at most this far apart belong to one creation burst (a batch of
    # sign-ups, as account farms make them); read from `account` items of the corpus.
    CREATION_BURST: timedelta = timedelta(hours=24)
    # A campaign needs at least this many distinct accounts posting near-identical text.
    MIN_ACCOUNTS: int = 3
    # The campaign target is the registry entity named (or replied to) by at least this share
    # of the member items; with no such entity there is no campaign (no target, no attack).
    MIN_TARGET_SHARE: float = 0.5
    # An other-signal key (URL, hashtag sequence, reply target) shared by more items than this
    # inside one window is a popular link or topic, not a coordination marker; it is skipped.
    MAX_GROUP: int = 500
    # Streaming mode: the most items kept in the sliding window (memory bound, see stream.py).
    STREAM_MAX_ITEMS: int = 200_000
    # Seed of the community detection (Leiden), so that campaigns are reproducible.
    COMMUNITY_SEED: int = 7


DEFAULT_PARAMS = CoordinationParams()
