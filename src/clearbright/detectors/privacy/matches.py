"""What a privacy recognizer returns, and how a matched value is masked for display.

Least exposure (DESIGN.md principle 6): a match keeps the full value only for the store; every
description, detail and log line shows `mask(value)` instead.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

# Entities whose value is text rather than a number: masked from the end, not the middle.
TEXT_ENTITIES = frozenset({"ADDRESS", "CREDENTIAL", "EMAIL", "LICENSE_PLATE"})


class PiiMatch(NamedTuple):
    """One piece of personal data found in folded text at [start, end).

    `value` is the canonical form (digits only, upper-case check character); `validated`
    says that every structural check passed (checksum, date, region, numbering plan);
    `partial` marks a number the poster already masked (`138****5678`). A named tuple: the
    recognizers build one per validated value on every item, and tuples are the cheapest
    immutable records Python has.
    """

    entity: str
    start: int
    end: int
    value: str
    score: float
    validated: bool = False
    partial: bool = False
    signals: tuple[str, ...] = ()

    @property
    def masked(self) -> str:
        if self.entity == "EMAIL":  # the mailbox is personal, the provider is not
            local, _, domain = self.value.partition("@")
            return local[:1] + "*" * (len(local) - 1) + "@" + domain
        if self.entity in TEXT_ENTITIES:  # keep the coarse part (city, district), hide the rest
            keep = len(self.value) // 3
            return self.value[:keep] + "*" * (len(self.value) - keep)
        return mask(self.value)

    def overlaps(self, other: PiiMatch) -> bool:
        return self.start < other.end and other.start < self.end


def mask(value: str) -> str:
    """Keep just enough of a value to recognise it: `440305198009172359` → `4403**********2359`.

    >>> mask("13812345678")
    '138****5678'
    >>> mask("ab")
    '**'
    """
    length = len(value)
    if length >= 15:
        head, tail = 4, 4
    elif length >= 11:
        head, tail = 3, 4
    elif length >= 7:
        head, tail = 2, 2
    else:
        head, tail = 0, 0
    hidden = length - head - tail
    return value[:head] + "*" * hidden + (value[length - tail :] if tail else "")


def keep_longest(matches: list[PiiMatch]) -> list[PiiMatch]:
    """Drop matches that overlap a longer (then higher-scoring) one."""
    if len(matches) < 2:
        return list(matches)
    ranked = sorted(matches, key=lambda m: (-(m.end - m.start), -m.score, m.start))
    # The chosen matches never overlap, so kept in start order only the two neighbours of a
    # candidate can overlap it: a bisect instead of a scan keeps long digit walls n log n.
    starts: list[int] = []
    chosen: list[PiiMatch] = []
    for match in ranked:
        at = bisect.bisect_left(starts, match.start)
        if at > 0 and chosen[at - 1].overlaps(match):
            continue
        if at < len(chosen) and chosen[at].overlaps(match):
            continue
        starts.insert(at, match.start)
        chosen.insert(at, match)
    return chosen
