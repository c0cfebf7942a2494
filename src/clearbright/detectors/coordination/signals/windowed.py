"""Shared machinery of the keyed signals: same key, distinct actors, within the window."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence

from clearbright.detectors.coordination.params import CoordinationParams
from clearbright.detectors.coordination.posts import Post
from clearbright.detectors.coordination.signals import AccountPair, account_pair


def windowed_pairs(
    posts: Sequence[Post],
    keys_of: Callable[[Post], Iterable[str]],
    params: CoordinationParams,
    window: float | None = None,
) -> Counter[AccountPair]:
    """How many times each pair of accounts acted on the same key within the window
    (`params.WINDOW`, or `window` seconds when given).

    A key shared by more than `MAX_GROUP` posts inside one window is popular rather than
    coordinated (a trending hashtag, a news link) and adds no pairs.
    """
    groups: dict[str, list[Post]] = defaultdict(list)
    for post in posts:
        for key in set(keys_of(post)):
            groups[key].append(post)
    seconds = params.WINDOW.total_seconds() if window is None else window
    counts: Counter[AccountPair] = Counter()
    for group in groups.values():
        if len(group) > 1:
            _count_group(sorted(group, key=lambda p: p.time), seconds, params, counts)
    return counts


def _count_group(
    group: list[Post], window: float, params: CoordinationParams, counts: Counter[AccountPair]
) -> None:
    start = 0
    for end, post in enumerate(group):
        while post.time - group[start].time > window:
            start += 1
        if end - start > params.MAX_GROUP:
            continue
        for earlier in group[start:end]:
            if earlier.actor != post.actor:
                counts[account_pair(earlier.account, post.account)] += 1
