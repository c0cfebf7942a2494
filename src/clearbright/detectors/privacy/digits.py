"""Digit strings as people obfuscate them: spaced, dashed, full-width, in Chinese numerals, with
letters for look-alike digits (`O` for 0, `l` for 1), or split over lines.

Works on *folded* text (full-width digits are already ASCII and line breaks are spaces), so the
offsets it returns map back to the original through `NormalizedText.to_original`.

>>> [c.digits for c in digit_candidates("电话158 4712 0963", lengths={11})]
['15847120963']
>>> [c.digits for c in digit_candidates("一三八一二三四五六七八", lengths={11})]
['13812345678']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

CHINESE_DIGITS = {
    "〇": "0",
    "零": "0",
    "○": "0",
    "一": "1",
    "壹": "1",
    "幺": "1",
    "二": "2",
    "贰": "2",
    "两": "2",
    "三": "3",
    "叁": "3",
    "四": "4",
    "肆": "4",
    "五": "5",
    "伍": "5",
    "六": "6",
    "陆": "6",
    "七": "7",
    "柒": "7",
    "八": "8",
    "捌": "8",
    "九": "9",
    "玖": "9",
}
# Latin letters written for digits; only read as digits inside a run of real digits.
LOOKALIKE_DIGITS = {"o": "0", "l": "1", "i": "1"}
# What may stand between two groups of one number. Not `.` `/` `:` `,`: those join decimals,
# dates, times and lists, which are separate numbers.
GROUP_SEPARATORS = frozenset(" -_·—–~")
MAX_SEPARATOR_RUN = 3
# All-Chinese-numeral groups shorter than this are words (一一, 三五成群), not dictated numbers.
MIN_CHINESE_GROUP = 7
# ...unless several groups of at least this length, separated as digit groups are, add up to a
# number's length: people dictate a phone as 一三九 五八七二 六六一零, as they write 139 5872 6610.
MIN_SPACED_CHINESE_GROUP = 3
MIN_SPACED_CHINESE_DIGITS = 10
MAX_DIGITS = 19
# A landline with its area code; IDs, cards and mobiles are longer. Shorter stretches of text
# (prices, years, times) are never read: no identifier fits in them.
SHORTEST_NUMBER = 10

_PLAIN: frozenset[str] = frozenset()
_CHINESE = frozenset({"chinese_numerals"})
_HAS_DIGIT = re.compile(r"[0-9]")
_STAND_INS = "oli〇零○一壹幺二贰两三叁四肆五伍六陆七柒八捌九玖"
# A run of digits and stand-ins that holds an ASCII digit, or a long run of Chinese numerals
# (shorter ones are words: `_group` would drop them, and a run that is not read leaves a gap
# that joins nothing, just as a dropped one does).
# The leading look-ahead changes nothing it matches, but lets the regex engine skip to the next
# digit or stand-in instead of trying the alternatives at every character (about 2x faster).
_GROUP_PATTERN = (
    rf"(?=[0-9{_STAND_INS}])"
    rf"(?:(?=[{_STAND_INS}]*[0-9])[0-9{_STAND_INS}]+|[{_STAND_INS}]{{{MIN_CHINESE_GROUP},}})"
)
_GROUP = re.compile(_GROUP_PATTERN)
_NUMERALS = "".join(CHINESE_DIGITS)
_SEPARATOR_CLASS = re.escape("".join(sorted(GROUP_SEPARATORS)))
# Runs of short all-numeral groups joined by separators (`_GROUP` skips each such group).
SPACED_NUMERALS = re.compile(
    rf"(?<![{_NUMERALS}])[{_NUMERALS}]{{{MIN_SPACED_CHINESE_GROUP},}}"
    rf"(?:[{_SEPARATOR_CLASS}]{{1,{MAX_SEPARATOR_RUN}}}"
    rf"[{_NUMERALS}]{{{MIN_SPACED_CHINESE_GROUP},}})+(?![{_NUMERALS}])"
)
_NUMERAL_GROUP = re.compile(f"[{_NUMERALS}]+")
# What every `SPACED_NUMERALS` match starts with: a cheap test that most texts fail.
_NUMERAL_TRIPLE = re.compile(f"[{_NUMERALS}]{{{MIN_SPACED_CHINESE_GROUP}}}")
# Groups joined by separator runs as `_joinable` allows: the stretches chains are cut from.
_CHAIN = re.compile(
    rf"(?:{_GROUP_PATTERN})"
    rf"(?:[{re.escape(''.join(sorted(GROUP_SEPARATORS)))}]{{1,{MAX_SEPARATOR_RUN}}}"
    rf"(?:{_GROUP_PATTERN}))*"
)


class Group(NamedTuple):
    """One run of digits (or their stand-ins) in folded text."""

    start: int
    end: int
    digits: str
    obfuscation: frozenset[str]


class DigitCandidate(NamedTuple):
    """A digit string read from [start, end) of folded text, and how it was disguised."""

    start: int
    end: int
    digits: str
    obfuscation: frozenset[str]


def digit_candidates(
    text: str, lengths: set[int], check_char: bool = False
) -> Iterator[DigitCandidate]:
    """Every run of consecutive digit groups whose digit count is in `lengths` (identifier
    lengths: none shorter than `SHORTEST_NUMBER`).

    With `check_char`, an `x` right after a run one digit short of a wanted length is read as
    the ID-card check character `X`.
    """
    for chain in chains(text):
        yield from _combinations(text, chain, lengths, check_char)


@lru_cache(maxsize=16)
def chains(text: str) -> tuple[tuple[Group, ...], ...]:
    """Chains of one text, cached: the ID, card and phone recognizers all read the same text.

    One regex finds each stretch that may be a chain; a stretch of plain digits (the common
    case) is its own one-group chain, any other is split group by group. A stretch shorter than
    `SHORTEST_NUMBER` characters holds fewer digits than that, and is left out.
    """
    found: list[tuple[Group, ...]] = []
    for stretch in _CHAIN.finditer(text):
        raw = stretch.group()
        if len(raw) < SHORTEST_NUMBER:
            continue
        if raw.isascii() and raw.isdigit():
            if len(raw) <= MAX_DIGITS:
                found.append((Group(stretch.start(), stretch.end(), raw, _PLAIN),))
            continue
        found.extend(_stretch_chains(stretch.start(), raw))
    if not text.isascii() and _NUMERAL_TRIPLE.search(text):
        spaced = _spaced_numeral_chains(text)
        if spaced:
            # A long group of the stretch may already be a chain of its own: the stretch wins.
            spans = [(chain[0].start, chain[-1].end) for chain in spaced]
            found = [c for c in found if not any(s <= c[0].start < e for s, e in spans)]
            found = sorted([*found, *spaced], key=lambda chain: chain[0].start)
    return tuple(found)


def _spaced_numeral_chains(text: str) -> list[tuple[Group, ...]]:
    """Chains of short Chinese-numeral groups (一三九 五八七二 六六一零) long enough together
    to be a number; each group alone would be a word."""
    chained: list[tuple[Group, ...]] = []
    for stretch in SPACED_NUMERALS.finditer(text):
        groups = tuple(
            Group(
                found.start(),
                found.end(),
                "".join(CHINESE_DIGITS[c] for c in found.group()),
                _CHINESE,
            )
            for found in _NUMERAL_GROUP.finditer(text, stretch.start(), stretch.end())
        )
        lengths = [len(group.digits) for group in groups]
        if sum(lengths) >= MIN_SPACED_CHINESE_DIGITS and max(lengths) <= MAX_DIGITS:
            chained.append(groups)
    return chained


def _combinations(
    text: str, chain: tuple[Group, ...], lengths: set[int], check_char: bool
) -> Iterator[DigitCandidate]:
    longest = max(lengths)
    for i in range(len(chain)):
        digits = ""
        obfuscation: set[str] = set()
        for j in range(i, len(chain)):
            digits += chain[j].digits
            obfuscation |= chain[j].obfuscation
            if len(digits) > longest:
                break
            if j > i:
                obfuscation.add("separated")
            end = chain[j].end
            if check_char and len(digits) + 1 in lengths and text[end : end + 1] == "x":
                yield DigitCandidate(chain[i].start, end + 1, digits + "X", frozenset(obfuscation))
            elif len(digits) in lengths:
                yield DigitCandidate(chain[i].start, end, digits, frozenset(obfuscation))


def _stretch_chains(offset: int, stretch: str) -> Iterator[tuple[Group, ...]]:
    """The chains of one `_CHAIN` stretch (found at `offset`): maximal sequences of its groups.

    `_CHAIN` only joins groups across short separator runs, so two neighbouring groups of a
    stretch are one chain unless one is not read as a number (`_group` is None) or lost leading
    look-alike letters (`o5…`), which then stand in the gap.
    """
    chain: list[Group] = []
    for found in _GROUP.finditer(stretch):
        group = _group(offset + found.start(), found.group())
        if group is None or (chain and group.start != offset + found.start()):
            if chain:
                yield tuple(chain)
            chain = []
        if group is not None:
            chain.append(group)
    if chain:
        yield tuple(chain)


def _group(start: int, raw: str) -> Group | None:
    """Read one group; letters count as digits only between or after real digits."""
    stripped = raw.lstrip("oli")
    start += len(raw) - len(stripped)
    if not stripped or len(stripped) > MAX_DIGITS:
        return None
    if stripped.isdigit():  # the common case, with nothing to translate
        return Group(start, start + len(stripped), stripped, _PLAIN)
    if len(stripped) < MIN_CHINESE_GROUP and not _HAS_DIGIT.search(stripped):
        return None  # a numeral word (一个, 两三) or letters: the most common non-number
    ascii_digits = sum(map(str.isdigit, stripped))
    letters = sum(map(stripped.count, LOOKALIKE_DIGITS))
    chinese = len(stripped) - ascii_digits - letters
    obfuscation: set[str] = set()
    if letters:
        if ascii_digits < 2 * letters or chinese:
            return None
        obfuscation.add("lookalike_letters")
    if chinese:
        # Mixed forms (`4403零五…`) are dictated numbers too; short runs are words.
        if letters or len(stripped) < MIN_CHINESE_GROUP:
            return None
        obfuscation.add("chinese_numerals")
    digits = "".join(
        c if c.isdigit() else LOOKALIKE_DIGITS.get(c) or CHINESE_DIGITS[c] for c in stripped
    )
    return Group(start, start + len(stripped), digits, frozenset(obfuscation))


_MASKED = re.compile(r"(?<![0-9a-z])([0-9]{2,6})([*×x]{3,12})([0-9]{1,4}x?)(?![0-9a-z])")


class MaskedCandidate(NamedTuple):
    """A number the poster partly masked (`138****5678`): its visible head, tail and length."""

    start: int
    end: int
    head: str
    tail: str
    length: int

    @property
    def value(self) -> str:
        return self.head + "*" * (self.length - len(self.head) - len(self.tail)) + self.tail


def masked_candidates(text: str) -> Iterator[MaskedCandidate]:
    """Partly masked numbers in folded text."""
    for found in _MASKED.finditer(text):
        head, stars, tail = found.groups()
        yield MaskedCandidate(
            found.start(), found.end(), head, tail.upper(), len(head) + len(stars) + len(tail)
        )
