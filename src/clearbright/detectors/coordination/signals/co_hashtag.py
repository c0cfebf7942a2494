"""Co-hashtag: two accounts using the same hashtag sequence within the window.

The key is the whole ordered sequence (Pacheco et al. use hashtag sequences): scripts paste
the same tags in the same order, while people who join a topic add tags of their own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from clearbright.detectors.coordination.params import CoordinationParams
from clearbright.detectors.coordination.posts import Post
from clearbright.detectors.coordination.signals import AccountPair
from clearbright.detectors.coordination.signals.windowed import windowed_pairs


def co_hashtag_pairs(posts: Sequence[Post], params: CoordinationParams) -> Counter[AccountPair]:
    """Account pairs that used the same hashtag sequence within the window."""
    return windowed_pairs(
        posts, lambda post: ("\x1f".join(post.hashtags),) if post.hashtags else (), params
    )
