"""Coordination signals over pairs of accounts, one module per signal.

Following Pacheco et al. (2021, "Uncovering Coordinated Networks on Social Media") and the
QUT coordination-network-toolkit, each signal links two *distinct* accounts that did the same
thing within the time window: posted near-identical text (`co_text`), the same link
(`co_link`), the same hashtag sequence (`co_hashtag`), replied to the same item (`co_reply`),
advertised the same contact handle (`co_contact`, at any time), posted at nearly the same
moment (`synchronized`), or were registered in the same burst of sign-ups (`creation_burst`,
from the corpus's `account` items: `Author` carries no registration date).
"""

from __future__ import annotations

AccountPair = tuple[str, str]


def account_pair(a: str, b: str) -> AccountPair:
    """The unordered pair of two accounts, as a sorted tuple."""
    return (a, b) if a <= b else (b, a)
