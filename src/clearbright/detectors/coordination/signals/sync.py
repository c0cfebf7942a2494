"""Synchronized posting: two accounts whose posts land within seconds of each other.

Computed only for candidate pairs (accounts already linked by another signal): over a whole
corpus, "posted within five minutes" links everyone to everyone at busy hours.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from clearbright.detectors.coordination.params import CoordinationParams
from clearbright.detectors.coordination.posts import Post
from clearbright.detectors.coordination.signals import AccountPair


def synchronized_pairs(
    posts: Sequence[Post], candidates: Iterable[AccountPair], params: CoordinationParams
) -> Counter[AccountPair]:
    """For each candidate pair, how many of the first account's posts have a post of the
    second account within `SYNC_SECONDS`."""
    times: dict[str, list[float]] = defaultdict(list)
    for post in posts:
        times[post.account].append(post.time)
    for series in times.values():
        series.sort()
    counts: Counter[AccountPair] = Counter()
    for pair in candidates:
        first, second = times.get(pair[0], []), times.get(pair[1], [])
        hits = sum(1 for t in first if _any_within(second, t, params.SYNC_SECONDS))
        if hits:
            counts[pair] = hits
    return counts


def _any_within(series: list[float], moment: float, seconds: float) -> bool:
    return bisect_right(series, moment + seconds) > bisect_left(series, moment - seconds)
