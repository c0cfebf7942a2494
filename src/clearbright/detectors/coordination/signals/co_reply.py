"""Co-reply: two accounts replying to the same item within the window (toolkit's co_reply)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from clearbright.detectors.coordination.params import CoordinationParams
from clearbright.detectors.coordination.posts import Post
from clearbright.detectors.coordination.signals import AccountPair
from clearbright.detectors.coordination.signals.windowed import windowed_pairs


def co_reply_pairs(posts: Sequence[Post], params: CoordinationParams) -> Counter[AccountPair]:
    """Account pairs that replied to the same item within the window."""
    return windowed_pairs(
        posts, lambda post: (f"{post.platform}:{post.reply_to}",) if post.reply_to else (), params
    )
