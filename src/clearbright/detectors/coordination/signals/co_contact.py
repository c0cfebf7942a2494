"""Shared contact handles: two accounts advertising the same WeChat, QQ, phone or Telegram.

The handles come from the abuse family's contact extractor (which reads obfuscated forms such
as 薇❤ or 扣扣). Shared infrastructure does not expire with the posting window, so any two
posts of the corpus (or of the streaming window) may pair, up to `MAX_GROUP` per handle.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from clearbright.detectors.coordination.params import CoordinationParams
from clearbright.detectors.coordination.posts import Post
from clearbright.detectors.coordination.signals import AccountPair
from clearbright.detectors.coordination.signals.windowed import windowed_pairs


def co_contact_pairs(posts: Sequence[Post], params: CoordinationParams) -> Counter[AccountPair]:
    """Account pairs whose posts carry the same contact handle, anywhere in the corpus."""
    return windowed_pairs(posts, lambda post: post.contacts, params, window=math.inf)
