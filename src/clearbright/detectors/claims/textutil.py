"""Small text helpers over folded text: sentences, content characters, bigrams, cues, numbers.

>>> content("岚牧，工厂 被查封！")
'岚牧工厂被查封'
>>> sorted(bigrams("查封停产"))
['停产', '封停', '查封']
>>> negation_count("研发投入我们一分钱都不会砍")
1
>>> parse_number("一百三十")
130.0
"""

from __future__ import annotations

import bisect
import functools
import re
import warnings
from functools import cache

import ahocorasick

from clearbright.detectors.claims.lexicon import NEGATION_EXCEPTIONS, NEGATIONS, SYNONYM_PAIRS
from clearbright.text.normalize import is_han

SENTENCE_BREAKS = frozenset("。!?;！？；\n")
# Clause breaks also end the scope of a negation or a condition.
CLAUSE_BREAKS = SENTENCE_BREAKS | frozenset(",，、:：")
QUOTE_MARKS = frozenset("“”‘’「」『』\"'")
_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
CN_DIGITS = _CN_DIGITS  # the characters of Chinese numerals, for readers of numbers
# Longest cue first, so that "从来不" counts once and not as "从来不" + "不".
_NEGATION_RE = re.compile("|".join(sorted(map(re.escape, NEGATIONS), key=len, reverse=True)))
_NOT_NEGATION_RE = re.compile("|".join(map(re.escape, NEGATION_EXCEPTIONS)))
NUMBER_RE = re.compile(rf"\d+(?:\.\d+)?|[{_CN_DIGITS}]+(?:点[{_CN_DIGITS}]+)?")


# Tone-marked pinyin vowels and their plain letters ("sè sù" is typed for 色素 as "se su" is).
_TONE_MARKS = str.maketrans(
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ",
    "aaaaeeeeiiiioooouuuuvvvvvAAAAEEEEIIIIOOOOUUUU",
)


def toneless(text: str) -> str:
    """The text with tone-marked pinyin vowels written plain, character for character (the
    positions of the text stay valid).

    >>> toneless("都是sè sù勾兑")
    '都是se su勾兑'
    """
    return text.translate(_TONE_MARKS)


def is_content(char: str) -> bool:
    """Characters that carry meaning for matching: Han characters, letters and digits."""
    return is_han(char) or (char.isascii() and char.isalnum())


def content(text: str) -> str:
    """The content characters of a text, in order."""
    return "".join(c for c in text if is_content(c))


def content_index(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Positions of the content characters of text[start:end]."""
    stop = len(text) if end is None else end
    return [i for i in range(start, stop) if is_content(text[i])]


def bigrams(core: str) -> set[str]:
    """Character bigrams of a content string (a single character stands for itself)."""
    if len(core) < 2:
        return {core} if core else set()
    return {core[i : i + 2] for i in range(len(core) - 1)}


def expanded_bigrams(core: str) -> set[str]:
    """Bigrams plus those of the canonical forms of paraphrases found in the text."""
    grams = bigrams(core)
    for phrase in paraphrases_in(core):
        grams |= PARAPHRASE_GRAMS[phrase]
    return grams


def _paraphrase_grams() -> dict[str, frozenset[str]]:
    grams: dict[str, set[str]] = {}
    for phrase, canonical in SYNONYM_PAIRS:
        grams.setdefault(phrase, set()).update(bigrams(canonical))
    return {phrase: frozenset(found) for phrase, found in grams.items()}


# Each paraphrase with the bigrams of its canonical forms (a phrase may stand for several).
PARAPHRASE_GRAMS = _paraphrase_grams()


@cache
def _paraphrase_automaton() -> ahocorasick.Automaton:
    """All paraphrases in one automaton: the lexicon's equivalence classes give thousands of
    pairs, and a substring test per pair (per text, and per candidate claim) made matching
    several times slower."""
    automaton = ahocorasick.Automaton()
    for phrase in PARAPHRASE_GRAMS:
        automaton.add_word(phrase, phrase)
    automaton.make_automaton()
    return automaton


def paraphrases_in(core: str) -> dict[str, int]:
    """Each paraphrase occurring in `core`, with the start of its first occurrence."""
    first: dict[str, int] = {}
    for end, phrase in _paraphrase_automaton().iter(core):
        first.setdefault(phrase, end - len(phrase) + 1)
    return first


def spans(text: str, breaks: frozenset[str]) -> list[tuple[int, int]]:
    """Half-open ranges of text between break characters (breaks excluded, empties dropped)."""
    out: list[tuple[int, int]] = []
    start = 0
    for i, char in enumerate(text):
        if char in breaks:
            if i > start:
                out.append((start, i))
            start = i + 1
    if len(text) > start:
        out.append((start, len(text)))
    return out


def sentences(text: str) -> list[tuple[int, int]]:
    return spans(text, SENTENCE_BREAKS)


# A run this long without a break is not prose: scopes stop there, so unpunctuated walls of
# text cost linear time instead of a full rescan per match.
MAX_SCOPE = 1000


@functools.lru_cache(maxsize=16)
def _break_positions(text: str, breaks: frozenset[str]) -> list[int]:
    # Found once per text and break set, then bisected: a text with thousands of matches asks
    # for thousands of scopes, and walking characters in Python for each one is the slow part.
    found = re.compile("[" + re.escape("".join(sorted(breaks))) + "]")
    return [m.start() for m in found.finditer(text)]


def scope_start(text: str, at: int, breaks: frozenset[str]) -> int:
    """Just after the last break before `at` (at most MAX_SCOPE characters back)."""
    positions = _break_positions(text, breaks)
    n = bisect.bisect_left(positions, at)
    return max(positions[n - 1] + 1 if n else 0, at - MAX_SCOPE, 0)


def scope_end(text: str, at: int, breaks: frozenset[str]) -> int:
    """The first break at or after `at` (at most MAX_SCOPE characters on)."""
    positions = _break_positions(text, breaks)
    n = bisect.bisect_left(positions, at)
    return min(positions[n] if n < len(positions) else len(text), at + MAX_SCOPE, len(text))


def clause_start(text: str, at: int) -> int:
    """Start of the clause containing position `at` (at most MAX_SCOPE characters back)."""
    return scope_start(text, at, CLAUSE_BREAKS)


def negation_count(text: str) -> int:
    """How many negation cues a text holds (words like 不满/无论 are not negations)."""
    return len(_NEGATION_RE.findall(_NOT_NEGATION_RE.sub("　", text)))


def negations_after(text: str, head: int, look: int, end: int) -> int:
    """Negation cues in text[look:end], with words that are no negation ("还不是因为…") read
    from `head` on, so that one starting before `look` still counts as such."""
    wide = _NOT_NEGATION_RE.sub(lambda m: "　" * len(m.group()), text[head:end])
    return negation_count(wide[look - head :])


def has_any(text: str, cues: tuple[str, ...] | frozenset[str]) -> str | None:
    """The first cue found in text, if any."""
    for cue in cues:
        if cue in text:
            return cue
    return None


@cache
def parse_number(token: str) -> float | None:
    """An Arabic or Chinese numeral as a float (`一百三十` → 130, `三点五` → 3.5)."""
    if re.fullmatch(r"\d+(?:\.\d+)?", token):
        return float(token)
    import cn2an  # type: ignore[import-untyped]  # imported lazily: it loads its tables

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            value = cn2an.cn2an(token.replace("〇", "零"), "smart")
        except (ValueError, KeyError, IndexError, TypeError):
            return None
    return float(value)


def numbers(text: str) -> list[float]:
    """Numbers written in a text: Arabic numerals, and Chinese ones of two characters or more.

    A lone Chinese numeral is skipped: 一 in 一批次 or 万 in 万一 is rarely a figure.
    """
    found = (
        parse_number(_unit_dropped(m.group()))
        for m in NUMBER_RE.finditer(text)
        if m.group()[0].isdigit() or len(m.group()) > 1
    )
    return [n for n in found if n is not None]


def _unit_dropped(numeral: str) -> str:
    """A Chinese numeral without a trailing 万/亿, which reads as a unit as it does after
    digits: "五百万" states 500 (万) as "500万" does.

    >>> _unit_dropped("五百万"), _unit_dropped("三万五"), _unit_dropped("万")
    ('五百', '三万五', '万')
    """
    if len(numeral) > 1 and numeral[-1] in "万亿" and not numeral[0].isdigit():
        return numeral[:-1]
    return numeral
