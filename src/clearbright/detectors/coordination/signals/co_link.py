"""Co-link: two accounts sharing the same URL within the window (toolkit's co_link)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from clearbright.detectors.coordination.params import CoordinationParams
from clearbright.detectors.coordination.posts import Post
from clearbright.detectors.coordination.signals import AccountPair
from clearbright.detectors.coordination.signals.windowed import windowed_pairs


def co_link_pairs(posts: Sequence[Post], params: CoordinationParams) -> Counter[AccountPair]:
    """Account pairs that posted the same link within the window, with how often they did."""
    return windowed_pairs(posts, lambda post: post.urls, params)
