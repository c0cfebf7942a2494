"""Headlines that put an admission in someone's mouth ("X公司CEO承认：平台在卖泡水车").

An admission headline says a person conceded a fact. It distorts when the body (or the
person's registered transcript) mentions what was "admitted" only as a condition ("如果用户
买到泡水车，平台将全额退款") or only to deny it, and never as a plain fact. Registered false
claims admitted in a headline are read by the headline detector through the claim matcher.

>>> title = "车享ceo承认:平台在卖泡水车"
>>> admitted_span(title, [(0, 2)])
(8, 15)
>>> [(p, k) for p, k, _ in occurrences("平台在卖泡水车", "如果用户买到泡水车，平台全额退款")]
[('泡水车', 'conditional')]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from clearbright.detectors.claims.lexicon import (
    ADMISSION_REFUSALS,
    ADMISSIONS,
    CONDITIONALS,
    ROLE_WORDS,
)
from clearbright.detectors.claims.textutil import (
    SENTENCE_BREAKS,
    clause_start,
    content,
    negation_count,
)

# The speaker's name comes at most this many characters before the verb ("X公司CEO承认").
SPEAKER_GAP = 8
MIN_PIECE = 3
NEGATION_LOOKBACK = 4
Kind = Literal["conditional", "negated", "plain"]


def admitted_span(title: str, speakers: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """[start, end) of what a title says someone admitted: the rest of the sentence after an
    admission verb that follows a registered name (and perhaps a role word). None when the
    title attributes no admission, or the admitted part is itself conditional or negated."""
    for verb in ADMISSIONS:
        at = title.find(verb)
        if at < 0:
            continue
        before = [end for _, end in speakers if end <= at and at - end <= SPEAKER_GAP]
        if before and title[max(before) : at].endswith(ADMISSION_REFUSALS):
            return None  # "拒不承认", "没有承认": no admission is attributed
        if not before or not _only_roles(title[max(before) : at]):
            continue
        start = at + len(verb)
        while start < len(title) and not content(title[start]):
            start += 1
        end = start
        while end < len(title) and title[end] not in SENTENCE_BREAKS:
            end += 1
        admitted = title[start:end]
        if len(content(admitted)) < MIN_PIECE or any(c in admitted for c in CONDITIONALS):
            return None
        if negation_count(admitted) % 2:
            return None  # "承认没有…": a denial, read by the reversal checks
        return start, end
    return None


def _only_roles(gap: str) -> bool:
    """Between the name and the verb only role words and filler ("公司CEO", "的老板")."""
    rest = content(gap)
    for word in sorted((*ROLE_WORDS, "公司", "集团", "平台", "官方", "的"), key=len, reverse=True):
        rest = rest.replace(word, "")
    return not rest


def occurrences(admitted: str, source: str) -> list[tuple[str, Kind, int]]:
    """Pieces of the admitted text (≥ 3 characters) found in `source`, each with how the
    source says it (in a conditional clause, negated, or plainly) and where."""
    core = content(admitted)
    pieces: list[str] = []
    i = 0
    while i < len(core):
        j = i + MIN_PIECE
        if j > len(core) or core[i:j] not in source:
            i += 1
            continue
        while j < len(core) and core[i : j + 1] in source:
            j += 1
        pieces.append(core[i:j])
        i = j
    tail = core[-2:]
    if len(tail) == 2 and not any(p.endswith(tail) for p in pieces):
        pieces.append(tail)  # the focus of the admission ("…会自燃"): what it says happened
    found: list[tuple[str, Kind, int]] = []
    for piece in pieces:
        at = source.find(piece)
        while at >= 0:
            found.append((piece, _kind(source, at), at))
            at = source.find(piece, at + 1)
    return found


def _kind(source: str, at: int) -> Kind:
    head = clause_start(source, at)
    if any(c in source[head:at] for c in CONDITIONALS):
        return "conditional"
    if negation_count(source[max(head, at - NEGATION_LOOKBACK) : at]) % 2:
        return "negated"
    return "plain"


def only_hypothetical(found: Sequence[tuple[str, Kind, int]]) -> bool:
    """Every mention is a condition or a denial, none a plain statement of the fact."""
    return bool(found) and all(kind != "plain" for _, kind, _ in found)
