"""The coordination score of a campaign: how strongly its evidence says "coordinated".

Only coordination evidence counts: how close the copies are, how many distinct accounts
posted them, and the extra signals that link those accounts (several platforms, shared links,
hashtag sequences, reply targets, synchronized times, accounts registered together). Volume
of criticism and negativity play no part: a thousand angry, differently-worded posts have no
edges and no score.
"""

from __future__ import annotations

from collections.abc import Mapping

# Base for a minimal campaign: three accounts whose copies just reach the similarity threshold
# (0.35 + 0.3 × 0.5 = 0.5, the policy's minimum score for this category).
BASE = 0.35
SIMILARITY_WEIGHT = 0.3
# Each distinct account beyond the minimum adds this much, up to ACCOUNT_BONUS_CAP.
PER_ACCOUNT = 0.03
ACCOUNT_BONUS_CAP = 0.15
# Bonus when the campaign shows a signal beyond near-identical text.
SIGNAL_BONUS: Mapping[str, float] = {
    "cross_platform": 0.1,
    "co_link": 0.05,
    "co_hashtag": 0.05,
    "co_reply": 0.05,
    "synchronized": 0.05,
    "co_contact": 0.05,
    "creation_burst": 0.05,
}
MAX_SCORE = 0.99


def campaign_score(
    mean_similarity: float, accounts: int, min_accounts: int, signals: Mapping[str, float]
) -> float:
    """Score in [0, 0.99] from copy similarity, account count and the signals present.

    >>> campaign_score(0.5, 3, 3, {})
    0.5
    >>> campaign_score(0.8, 9, 3, {"cross_platform": 3, "synchronized": 20})
    0.89
    """
    score = BASE + SIMILARITY_WEIGHT * mean_similarity
    score += min(PER_ACCOUNT * max(accounts - min_accounts, 0), ACCOUNT_BONUS_CAP)
    score += sum(bonus for name, bonus in SIGNAL_BONUS.items() if signals.get(name, 0) > 0)
    return round(min(score, MAX_SCORE), 4)
