"""Coordination signals over pairs of accounts, one module per signal.

Following Pacheco et al. (2021, "Uncovering Coordinated Networks on Social Media") and the
QUT coordination-network-toolkit, each signal links two *distinct* accounts that did the same
thing within the time window: posted near-identical text (`co_text`), the same link
(`co_link`), the same hashtag sequence (`co_hashtag`), replied to the same item (`co_reply`),
advertised the same contact handle (`co_contact`, at any time), or posted at nearly the same
moment (`synchronized`). Account-creation bursts are not a signal: the data contract carries
no account creation time.
"""

from __future__ import annotations

AccountPair = tuple[str, str]


def account_pair(a: str, b: str) -> AccountPair:
    """The unordered pair of two accounts, as a sorted tuple."""
    return (a, b) if a <= b else (b, a)
