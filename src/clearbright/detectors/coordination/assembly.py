"""From an account community to a campaign: members, target, templates, signals, score."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from clearbright.detectors.coordination.campaign import Campaign, CampaignItem, campaign_id
from clearbright.detectors.coordination.graph import AccountGraph
from clearbright.detectors.coordination.minhash_index import jaccard
from clearbright.detectors.coordination.params import CoordinationParams
from clearbright.detectors.coordination.posts import Post
from clearbright.detectors.coordination.scoring import campaign_score
from clearbright.detectors.coordination.signals.co_text import TextPair
from clearbright.detectors.coordination.template import medoid, template
from clearbright.registry import Registry

# Signals summed over the community's account pairs (co_text is reported per text pair).
PAIR_SIGNALS = (
    "co_link",
    "co_hashtag",
    "co_reply",
    "co_contact",
    "synchronized",
    "creation_burst",
)


@dataclass(frozen=True)
class Assembled:
    """A campaign and, per member post position, its closest copy by another account."""

    campaign: Campaign
    closest: dict[int, TextPair]
    # Post positions of the members, aligned with `campaign.items`.
    members: tuple[int, ...]


@dataclass(frozen=True)
class Community:
    """Accounts found together, their near-identical text pairs and their edges' signals."""

    accounts: frozenset[str]
    text_pairs: list[TextPair]
    edges: list[dict[str, float]]


def split_by_community(
    communities: Sequence[frozenset[str]],
    posts: Sequence[Post],
    text_pairs: Sequence[TextPair],
    graph: AccountGraph,
) -> list[Community]:
    """Distribute text pairs and graph edges to the community holding both their accounts."""
    where = {account: n for n, accounts in enumerate(communities) for account in accounts}
    found = [Community(accounts, [], []) for accounts in communities]
    for pair in text_pairs:
        side = where.get(posts[pair.a].account)
        if side is not None and side == where.get(posts[pair.b].account):
            found[side].text_pairs.append(pair)
    for (a, b), signals in graph.signals.items():
        side = where.get(a)
        if side is not None and side == where.get(b):
            found[side].edges.append(signals)
    return found


def assemble(
    community: Community, posts: Sequence[Post], registry: Registry, params: CoordinationParams
) -> Assembled | None:
    """The campaign of one community, or None when it lacks accounts or a common target.

    Members are the copies that are about the target and not written by the target's own
    staff. The campaign needs a core (`_has_core`): `MIN_ACCOUNTS` posts by distinct actors
    that are all near-identical to each other, so that neither two unrelated pairs of
    look-alike posts nor a chain of them add up to a campaign.
    """
    pairs = community.text_pairs
    target = _target(posts, _members(pairs), registry, params)
    if target is None:
        return None
    enterprise = registry.enterprise_of(target)
    pairs = [
        p
        for p in pairs
        if all(
            _about(posts[end], target, enterprise, registry)
            and not (enterprise is not None and posts[end].affiliation == enterprise)
            for end in (p.a, p.b)
        )
    ]
    groups = _groups(_members(pairs), pairs, posts)
    if not _has_core(pairs, posts, params.MIN_ACCOUNTS):
        return None
    return _build(target, groups, pairs, posts, community, registry, params)


def _has_core(pairs: Sequence[TextPair], posts: Sequence[Post], size: int) -> bool:
    """Whether `size` posts by distinct actors are pairwise near-identical (a clique of pairs).

    Near-identity is not transitive: short formulaic posts (a product, a stock phrase, a stock
    sign-off) match each other by chance, and a chain A~B~C can link three independent people
    whose first and last posts share little (B shares one phrase with A, another with C).
    Copies of one script are all close to the script, hence to each other: a campaign holds a
    clique. The search stops at the first clique found (at once in a dense flood of copies).
    """
    near: dict[int, set[int]] = {}
    for pair in pairs:
        near.setdefault(pair.a, set()).add(pair.b)
        near.setdefault(pair.b, set()).add(pair.a)

    def grow(clique: list[int], candidates: set[int]) -> bool:
        if len(clique) >= size:
            return True
        actors = {posts[m].actor for m in clique}
        for other in sorted(candidates):
            if posts[other].actor not in actors and grow(
                [*clique, other], {c for c in candidates & near[other] if c > other}
            ):
                return True
        return False

    return any(grow([start], {n for n in near[start] if n > start}) for start in sorted(near))


def _about(post: Post, target: str, enterprise: str | None, registry: Registry) -> bool:
    """The post names (or replies to) the target, or a person of the target enterprise."""
    if target in post.entities:
        return True
    return enterprise is not None and any(
        registry.enterprise_of(entity) == enterprise for entity in post.entities
    )


def _members(pairs: Sequence[TextPair]) -> list[int]:
    return sorted({p.a for p in pairs} | {p.b for p in pairs})


def _target(
    posts: Sequence[Post], members: Sequence[int], registry: Registry, params: CoordinationParams
) -> str | None:
    """The registry entity most member posts name or reply to (enterprises win ties)."""
    if len({posts[m].actor for m in members}) < params.MIN_ACCOUNTS:
        return None
    counts = Counter(entity for m in members for entity in posts[m].entities)
    if not counts:
        return None
    best = min(counts, key=lambda e: (-counts[e], e not in registry.enterprises, e))
    return best if counts[best] >= params.MIN_TARGET_SHARE * len(members) else None


def _build(
    target: str,
    groups: list[list[int]],
    pairs: list[TextPair],
    posts: Sequence[Post],
    community: Community,
    registry: Registry,
    params: CoordinationParams,
) -> Assembled:
    members = sorted(m for group in groups for m in group)
    templates, similarity = _templates(groups, posts)
    signals = _signals(pairs, posts, community.edges)
    items = tuple(
        CampaignItem(
            posts[m].item_id, posts[m].platform, posts[m].account, posts[m].time, similarity[m]
        )
        for m in members
    )
    accounts = len({posts[m].actor for m in members})
    mean = sum(p.similarity for p in pairs) / len(pairs)
    score = campaign_score(mean, accounts, params.MIN_ACCOUNTS, signals)
    campaign = Campaign(
        id=campaign_id(target, items),
        target=target,
        target_name=registry.entity_name(target),
        items=items,
        templates=templates,
        score=score,
        signals=signals,
    )
    return Assembled(campaign, _closest(pairs), tuple(members))


def _groups(members: list[int], pairs: list[TextPair], posts: Sequence[Post]) -> list[list[int]]:
    """Groups of connected copies (union-find over the pairs), largest first, each in time
    order."""
    parent = {m: m for m in members}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in pairs:
        parent[find(pair.a)] = find(pair.b)
    groups: dict[int, list[int]] = {}
    for m in sorted(members, key=lambda m: (posts[m].time, m)):
        groups.setdefault(find(m), []).append(m)
    return sorted(groups.values(), key=len, reverse=True)


def _templates(
    groups: list[list[int]], posts: Sequence[Post]
) -> tuple[tuple[str, ...], dict[int, float]]:
    """One template per group of copies, and per member the similarity of its text to its
    group's medoid."""
    templates: list[str] = []
    similarity: dict[int, float] = {}
    for group in groups:
        center = medoid([posts[m].shingles for m in group])
        templates.append(template([posts[m].canonical for m in group], center))
        for m in group:
            similarity[m] = round(jaccard(posts[m].shingles, posts[group[center]].shingles), 4)
    return tuple(templates), similarity


def _signals(
    pairs: list[TextPair], posts: Sequence[Post], edges: Sequence[dict[str, float]]
) -> dict[str, float]:
    signals: dict[str, float] = {"near_duplicate_text": float(len(pairs))}
    platforms = {posts[m].platform for p in pairs for m in (p.a, p.b)}
    crossing = sum(1 for p in pairs if posts[p.a].platform != posts[p.b].platform)
    signals["cross_platform"] = float(len(platforms)) if crossing else 0.0
    for name in PAIR_SIGNALS:
        signals[name] = float(sum(values.get(name, 0.0) for values in edges))
    return signals


def _closest(pairs: list[TextPair]) -> dict[int, TextPair]:
    closest: dict[int, TextPair] = {}
    for pair in pairs:
        for end in (pair.a, pair.b):
            if end not in closest or pair.similarity > closest[end].similarity:
                closest[end] = pair
    return closest
