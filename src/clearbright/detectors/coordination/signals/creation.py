"""Account-creation bursts: two accounts registered within `CREATION_BURST` of each other.

Bot and sock-puppet farms register accounts in batches shortly before a campaign; organic
critics have accounts of every age. The data contract's `Author` carries no registration date,
so the creation time comes from the corpus itself: an `account` item (a profile) is created
when the account is, and its `created_at` is the registration time (see `posts.creation_times`).
Accounts with no profile item in the corpus take no part in this signal.

Like `synchronized`, the signal is computed only among accounts already linked by near-identical
text: over a whole platform, thousands of unrelated accounts register every hour.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from clearbright.detectors.coordination.params import CoordinationParams
from clearbright.detectors.coordination.posts import Post
from clearbright.detectors.coordination.signals import AccountPair, account_pair


def creation_burst_pairs(posts: Sequence[Post], params: CoordinationParams) -> Counter[AccountPair]:
    """Pairs of accounts (of distinct actors) registered within `CREATION_BURST` of each other.

    Each pair counts once, however many posts its accounts wrote. A burst of more than
    `MAX_GROUP` registrations inside one window is a platform-wide sign-up wave, not a farm,
    and adds no pairs.
    """
    created: dict[str, tuple[float, str]] = {}
    for post in posts:
        if post.created is not None:
            created[post.account] = (post.created, post.actor)
    ordered = sorted((time, account, actor) for account, (time, actor) in created.items())
    window = params.CREATION_BURST.total_seconds()
    counts: Counter[AccountPair] = Counter()
    start = 0
    for end, (time, account, actor) in enumerate(ordered):
        while time - ordered[start][0] > window:
            start += 1
        if end - start > params.MAX_GROUP:
            continue
        for _, other, other_actor in ordered[start:end]:
            if other_actor != actor:
                counts[account_pair(other, account)] = 1
    return counts
