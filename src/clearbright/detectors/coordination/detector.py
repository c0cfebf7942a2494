"""The coordinated-attack detector: campaigns of near-identical attacks by many accounts."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import ClassVar

from clearbright.categories import Category
from clearbright.detectors.base import CorpusDetector, Example, NormalizedItem
from clearbright.detectors.coordination.assembly import Assembled, assemble, split_by_community
from clearbright.detectors.coordination.examples import EXAMPLES
from clearbright.detectors.coordination.graph import build_graph, communities
from clearbright.detectors.coordination.minhash_index import jaccard
from clearbright.detectors.coordination.params import DEFAULT_PARAMS, CoordinationParams
from clearbright.detectors.coordination.posts import Post, build_posts, official_shingles
from clearbright.detectors.coordination.signals.co_text import TextPair, near_duplicate_pairs
from clearbright.model import Evidence, Finding


class CoordinatedAttackDetector(CorpusDetector):
    """Finds campaigns: at least three accounts, often on several platforms, posting
    near-identical or templated text about one registered entity within the time window.

    Near-identical text (MinHash LSH on character shingles, verified by exact Jaccard) seeds an
    account graph; shared links, hashtag sequences, reply targets, contact handles, synchronized
    times and account-creation bursts weigh its edges; Leiden communities with a common
    registry target become campaigns. Independent criticism, however voluminous, shares no
    text and yields nothing.
    """

    name = "coordinated_attack"
    categories = (Category.COORDINATED_ATTACK,)
    kinds = frozenset({"post", "comment"})
    # Shingle size, MinHash permutations, thresholds and window: shared with the Spark job.
    PARAMS: ClassVar[CoordinationParams] = DEFAULT_PARAMS
    EXAMPLES: ClassVar[tuple[Example, ...]] = EXAMPLES

    def detect_corpus(self, items: Sequence[NormalizedItem]) -> Iterator[Finding]:
        posts = build_posts(items, self.registry, self.PARAMS)
        official = official_shingles(items, self.registry, self.PARAMS)
        for assembled in self.campaigns(posts, official):
            yield from self._findings(assembled, posts, items)

    def campaigns(
        self, posts: Sequence[Post], official: Sequence[frozenset[str]] = ()
    ) -> list[Assembled]:
        """Every campaign among the posts, largest first.

        Copies of a text an official account posted (`official`) are amplification of the
        enterprise's own words, not an attack on it: they take part in no near-duplicate pair.
        """
        pairs = near_duplicate_pairs(posts, self.PARAMS)
        echoes = _echoes(posts, pairs, official, self.PARAMS.SIMILARITY_THRESHOLD)
        pairs = [p for p in pairs if p.a not in echoes and p.b not in echoes]
        graph = build_graph(posts, pairs, self.PARAMS)
        found = [
            assemble(community, posts, self.registry, self.PARAMS)
            for community in split_by_community(
                communities(graph, self.PARAMS), posts, pairs, graph
            )
        ]
        return sorted(
            (a for a in found if a is not None),
            key=lambda a: (-len(a.campaign.items), a.campaign.id),
        )

    def _findings(
        self, assembled: Assembled, posts: Sequence[Post], items: Sequence[NormalizedItem]
    ) -> Iterator[Finding]:
        campaign = assembled.campaign
        for member, position in zip(campaign.items, assembled.members, strict=True):
            normalized = items[posts[position].index]
            evidence = [
                self._campaign_evidence(assembled, normalized, member.similarity),
                _copy_evidence(assembled.closest[position], position, posts),
            ]
            if len(campaign.platforms) > 1:
                evidence.append(_cross_platform_evidence(assembled))
            yield self.finding(normalized.item, campaign.score, evidence, target=campaign.target)

    def _campaign_evidence(
        self, assembled: Assembled, normalized: NormalizedItem, similarity: float
    ) -> Evidence:
        campaign = assembled.campaign
        text = normalized.text
        span = normalized.span("text", 0, len(text.text)) if text.text else None
        return Evidence(
            kind="coordinated_campaign",
            description=(
                f"One of {len(campaign.items)} near-identical posts by {len(campaign.accounts)} "
                f"accounts on {len(campaign.platforms)} platform(s) within {campaign.minutes} "
                f"minutes about {campaign.target_name} (campaign {campaign.id})."
            ),
            span=span,
            registry_ref=campaign.target,
            matched=campaign.templates[0],
            similarity=similarity,
            details={"campaign": campaign.to_details()},
        )


def _echoes(
    posts: Sequence[Post],
    pairs: Sequence[TextPair],
    official: Sequence[frozenset[str]],
    threshold: float,
) -> set[int]:
    """Positions of paired posts whose text is near-identical to an official account's post."""
    paired = {end for pair in pairs for end in (pair.a, pair.b)}
    return {
        n for n in paired if any(jaccard(posts[n].shingles, text) >= threshold for text in official)
    }


def _copy_evidence(pair: TextPair, position: int, posts: Sequence[Post]) -> Evidence:
    other = posts[pair.b if pair.a == position else pair.a]
    minutes = abs(other.time - posts[position].time) / 60
    return Evidence(
        kind="near_duplicate_text",
        description=(
            f"Near-identical to {other.platform} item {other.item_id} by another "
            f"account, {minutes:.0f} minutes apart (Jaccard {pair.similarity:.2f})."
        ),
        similarity=pair.similarity,
        details={
            "item_id": other.item_id,
            "platform": other.platform,
            "account": other.account,
            "minutes_apart": round(minutes, 1),
        },
    )


def _cross_platform_evidence(assembled: Assembled) -> Evidence:
    campaign = assembled.campaign
    return Evidence(
        kind="cross_platform",
        description=(
            f"The same template was posted on {len(campaign.platforms)} platforms: "
            f"{', '.join(campaign.platforms)}."
        ),
        details={"items_by_platform": campaign.items_by_platform()},
    )
