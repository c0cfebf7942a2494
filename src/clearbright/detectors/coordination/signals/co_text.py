"""Co-similar text: two accounts posting near-identical text within the window."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from clearbright.detectors.coordination.minhash_index import SlidingMinHashIndex
from clearbright.detectors.coordination.params import CoordinationParams
from clearbright.detectors.coordination.posts import Post


@dataclass(frozen=True, slots=True)
class TextPair:
    """Two posts (positions in the post list) by different accounts with near-identical text."""

    a: int
    b: int
    similarity: float


def near_duplicate_pairs(posts: Sequence[Post], params: CoordinationParams) -> list[TextPair]:
    """Every pair of posts by different accounts, within the window, at or above the threshold.

    Posts are fed to a sliding MinHash-LSH index in time order, so each post is compared only
    with the posts of the preceding window: memory and work stay bounded by the window.
    """
    index = SlidingMinHashIndex(params, max_items=max(len(posts), 1))
    order = sorted(range(len(posts)), key=lambda i: (posts[i].time, i))
    pairs: list[TextPair] = []
    for position in order:
        post = posts[position]
        if len(post.shingles) < params.MIN_SHINGLES:
            continue
        for match in index.add(position, post.time, post.shingles, post.canonical):
            if posts[match.key].actor != post.actor:
                pairs.append(TextPair(match.key, position, match.similarity))
    return pairs
