"""The account graph: accounts are nodes, weighted coordination signals are edges.

Communities are found with the Leiden algorithm (igraph's implementation, modularity
objective) so that two campaigns that happen to touch through one shared link stay apart.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from clearbright.detectors.coordination.params import CoordinationParams
from clearbright.detectors.coordination.posts import Post
from clearbright.detectors.coordination.signals import AccountPair, account_pair
from clearbright.detectors.coordination.signals.co_contact import co_contact_pairs
from clearbright.detectors.coordination.signals.co_hashtag import co_hashtag_pairs
from clearbright.detectors.coordination.signals.co_link import co_link_pairs
from clearbright.detectors.coordination.signals.co_reply import co_reply_pairs
from clearbright.detectors.coordination.signals.co_text import TextPair
from clearbright.detectors.coordination.signals.creation import creation_burst_pairs
from clearbright.detectors.coordination.signals.sync import synchronized_pairs

# How much one occurrence of each signal weighs on an edge. Near-identical text weighs its
# Jaccard similarity; the others only strengthen it, because on its own a shared hashtag or
# a reply to the same post is what many independent people do.
EDGE_WEIGHTS: Mapping[str, float] = {
    "co_text": 1.0,
    "co_link": 0.5,
    "co_hashtag": 0.3,
    "co_reply": 0.3,
    "synchronized": 0.2,
    "co_contact": 0.5,
    "creation_burst": 0.3,
}


@dataclass
class AccountGraph:
    """Per account pair, the strength of each coordination signal that links them."""

    signals: dict[AccountPair, dict[str, float]] = field(default_factory=dict)

    def add(self, pair: AccountPair, signal: str, amount: float) -> None:
        per_pair = self.signals.setdefault(pair, defaultdict(float))
        per_pair[signal] += amount

    def weight(self, pair: AccountPair) -> float:
        return sum(EDGE_WEIGHTS[name] * value for name, value in self.signals[pair].items())

    @property
    def accounts(self) -> set[str]:
        return {account for pair in self.signals for account in pair}


def build_graph(
    posts: Sequence[Post], text_pairs: Sequence[TextPair], params: CoordinationParams
) -> AccountGraph:
    """Edges from near-identical text, then the other signals among the accounts it linked.

    Near-identical text seeds the graph (a campaign is, by definition, copies of an attack);
    the other signals are computed only over the posts of seeded accounts, which keeps them
    cheap on large corpora and stops organic topic crowds from forming a graph of their own.
    """
    graph = AccountGraph()
    for text_pair in text_pairs:
        accounts = account_pair(posts[text_pair.a].account, posts[text_pair.b].account)
        graph.add(accounts, "co_text", text_pair.similarity)
    seeded = graph.accounts
    scoped = [post for post in posts if post.account in seeded]
    candidates = list(graph.signals)
    for name, counts in (
        ("co_link", co_link_pairs(scoped, params)),
        ("co_hashtag", co_hashtag_pairs(scoped, params)),
        ("co_reply", co_reply_pairs(scoped, params)),
        ("co_contact", co_contact_pairs(scoped, params)),
        ("synchronized", synchronized_pairs(scoped, candidates, params)),
        ("creation_burst", creation_burst_pairs(scoped, params)),
    ):
        for pair, count in counts.items():
            graph.add(pair, name, float(count))
    return graph


def communities(graph: AccountGraph, params: CoordinationParams) -> list[frozenset[str]]:
    """Account communities of the weighted graph (Leiden, modularity, seeded)."""
    if not graph.signals:
        return []
    # Imported on first use: igraph (and the plotting modules it loads) takes about a second,
    # which every command line would pay, most of them never grouping accounts.
    import igraph  # type: ignore[import-untyped]

    names = sorted(graph.accounts)
    position = {name: i for i, name in enumerate(names)}
    pairs = sorted(graph.signals)
    network = igraph.Graph(n=len(names), edges=[(position[a], position[b]) for a, b in pairs])
    network.es["weight"] = [graph.weight(pair) for pair in pairs]
    # igraph draws from a module-level generator: seed it so campaigns are reproducible.
    igraph.set_random_number_generator(random.Random(params.COMMUNITY_SEED))
    try:
        clusters = network.community_leiden(
            objective_function="modularity", weights="weight", n_iterations=-1
        )
    finally:
        igraph.set_random_number_generator(random)
    return [frozenset(names[i] for i in members) for members in clusters if len(members) > 1]
