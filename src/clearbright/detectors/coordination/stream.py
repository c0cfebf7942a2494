"""Streaming mode for the service: match each new item against a bounded window of recent ones.

`CampaignWindow.add` indexes the new item in the sliding MinHash-LSH index (which holds only
the last `WINDOW` of items), links it to its verified near-duplicates, and, when it has any,
re-assembles the campaign of its connected copies with the batch detector's own code. Items
stay available for assembly for `horizon` (campaigns can chain beyond one window), never more
than `max_items` of them.

Memory is bounded by `max_items` (default `STREAM_MAX_ITEMS` = 200,000): per item the window
keeps the normalized item, its post record and shingle set, and, for items of the last
`WINDOW`, a 128-value MinHash (512 bytes) and its 32 LSH band keys. `bench/coordination_stream.py`
measured about 6.3 KiB per retained item, so the default bound keeps the window near 1.3 GB;
lower `max_items` (or `horizon`) for a smaller service. Account profiles (`account` items,
whose registration times feed the creation-burst signal) are kept separately, at most
`max_items` of them, least recently seen dropped first.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Sequence
from datetime import timedelta

from clearbright.detectors.base import NormalizedItem
from clearbright.detectors.coordination.detector import CoordinatedAttackDetector
from clearbright.detectors.coordination.minhash_index import SlidingMinHashIndex
from clearbright.detectors.coordination.params import DEFAULT_PARAMS, CoordinationParams
from clearbright.detectors.coordination.posts import Post, build_posts
from clearbright.model import Finding
from clearbright.registry import Registry
from clearbright.registry.registry import handle_key

# Campaigns are assembled from at most this many connected copies: a flood beyond it is
# already a campaign, and re-assembling it on every new copy would be quadratic.
MAX_COMPONENT = 2_000


class CampaignWindow:
    """A bounded window of recent items in which each new item is matched incrementally."""

    def __init__(
        self,
        registry: Registry,
        params: CoordinationParams = DEFAULT_PARAMS,
        horizon: timedelta = timedelta(hours=6),
        max_items: int | None = None,
    ) -> None:
        self.detector = CoordinatedAttackDetector(registry)
        self.params = params
        self.horizon = horizon.total_seconds()
        self.max_items = max_items or params.STREAM_MAX_ITEMS
        self._index = SlidingMinHashIndex(params, self.max_items)
        self._order: deque[int] = deque()
        self._items: dict[int, tuple[NormalizedItem, Post]] = {}
        self._by_id: dict[tuple[str, str], int] = {}
        self._links: dict[int, set[int]] = {}
        # Account profiles (`account` items) by (platform, handle), for creation bursts;
        # the least recently seen are dropped beyond `max_items`.
        self._profiles: OrderedDict[tuple[str, str], NormalizedItem] = OrderedDict()
        self._next = 0

    def __len__(self) -> int:
        return len(self._items)

    def add(self, item: NormalizedItem) -> list[Finding]:
        """Findings of the campaign the new item belongs to (empty when it has no copies yet).

        An `account` item is remembered as a profile (its registration time feeds the
        creation-burst signal of later campaigns) and yields nothing itself.
        """
        if item.item.kind == "account":
            self._remember_profile(item)
            return []
        post = self._post(item)
        if post is None:
            return []
        key = self._remember(item, post)
        if len(post.shingles) < self.params.MIN_SHINGLES:
            return []
        for match in self._index.add(key, post.time, post.shingles, post.canonical):
            other = self._items.get(match.key)
            if other is not None and other[1].actor != post.actor:
                self._links[key].add(match.key)
                self._links[match.key].add(key)
        if not self._links[key]:
            return []
        members = [self._items[k][0] for k in self._component(key)]
        findings = list(self.detector.detect_corpus(members + self._profiles_of(members)))
        return [f for f in findings if _same_campaign(f, findings, item)]

    def _remember_profile(self, item: NormalizedItem) -> None:
        if item.item.author is None:
            return
        key = (item.item.platform, handle_key(item.item.author.id))
        self._profiles[key] = item
        self._profiles.move_to_end(key)
        while len(self._profiles) > self.max_items:
            self._profiles.popitem(last=False)

    def _profiles_of(self, items: Sequence[NormalizedItem]) -> list[NormalizedItem]:
        """The remembered profiles of the items' authors."""
        keys = {(n.item.platform, handle_key(n.item.author.id)) for n in items if n.item.author}
        return [self._profiles[k] for k in sorted(keys) if k in self._profiles]

    def _post(self, item: NormalizedItem) -> Post | None:
        parent_key = self._by_id.get((item.item.platform, item.item.reply_to or ""))
        context: list[NormalizedItem] = (
            [self._items[parent_key][0], item] if parent_key is not None else [item]
        )
        context += self._profiles_of([item])
        posts = [
            p
            for p in build_posts(context, self.detector.registry, self.params)
            if p.item_id == item.item.id
        ]
        return posts[0] if posts else None

    def _remember(self, item: NormalizedItem, post: Post) -> int:
        key, self._next = self._next, self._next + 1
        self._items[key] = (item, post)
        self._by_id[(item.item.platform, item.item.id)] = key
        self._links[key] = set()
        self._order.append(key)
        self._evict(post.time)
        return key

    def _evict(self, now: float) -> None:
        while self._order and (
            len(self._items) > self.max_items
            or self._items[self._order[0]][1].time < now - self.horizon
        ):
            old = self._order.popleft()
            item, _ = self._items.pop(old)
            self._by_id.pop((item.item.platform, item.item.id), None)
            for neighbour in self._links.pop(old, set()):
                self._links.get(neighbour, set()).discard(old)

    def _component(self, start: int) -> list[int]:
        seen = {start}
        frontier = [start]
        while frontier and len(seen) < MAX_COMPONENT:
            current = frontier.pop()
            for neighbour in self._links.get(current, ()):
                if neighbour not in seen and neighbour in self._items:
                    seen.add(neighbour)
                    frontier.append(neighbour)
        return sorted(seen)


def _same_campaign(finding: Finding, findings: Sequence[Finding], item: NormalizedItem) -> bool:
    """Keep the findings of the campaign that contains the new item."""
    campaigns = {
        f.evidence[0].details["campaign"]["campaign_id"]
        for f in findings
        if f.item_id == item.item.id and f.platform == item.item.platform
    }
    return finding.evidence[0].details["campaign"]["campaign_id"] in campaigns
