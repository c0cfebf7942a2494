"""Sentence and clause scope on folded text: where a label, a negation or a target belongs.

Folded text has ASCII punctuation (，→, ！→!), so both forms are split on.

>>> text = "有人骂他是汉奸。我不同意,他不是"
>>> sentence_at(text, 5)
(0, 8)
>>> clause_before(text, 14)
'他'
"""

from __future__ import annotations

import re

SENTENCE_END = frozenset("。.!?;\n…！？；")
CLAUSE_END = SENTENCE_END | frozenset(",:，：")


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """[start, end) of the sentence holding position `pos` (end includes its closing mark)."""
    return _scope(text, pos, SENTENCE_END)


def clause_at(text: str, pos: int) -> tuple[int, int]:
    """[start, end) of the clause holding position `pos`."""
    return _scope(text, pos, CLAUSE_END)


def clause_before(text: str, pos: int) -> str:
    """The part of the clause holding `pos` that comes before it."""
    start, _ = _scope(text, pos, CLAUSE_END)
    return text[start:pos]


def sentences(text: str) -> list[tuple[int, int]]:
    """Every sentence of the text as [start, end)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for index, char in enumerate(text):
        if char in SENTENCE_END:
            spans.append((start, index + 1))
            start = index + 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def preceded_by(text: str, pos: int, cue: re.Pattern[str]) -> bool:
    """Whether `cue` occurs in the clause before `pos` (negation and reporting scope)."""
    return cue.search(clause_before(text, pos)) is not None


# A run this long without a clause or sentence mark is not prose: the scope stops there, so a
# wall of unpunctuated text costs linear time, not a full rescan per match.
MAX_SCOPE = 1000


def _scope(text: str, pos: int, ends: frozenset[str]) -> tuple[int, int]:
    low, high = max(0, pos - MAX_SCOPE), min(len(text), pos + MAX_SCOPE)
    start = pos
    while start > low and text[start - 1] not in ends:
        start -= 1
    end = pos
    while end < high and text[end] not in ends:
        end += 1
    return start, end + 1 if end < high else end
