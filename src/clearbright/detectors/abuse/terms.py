"""Lexicon matching that sees through pinyin, initials, homophones and emoji stand-ins.

Abusers and black-PR recruiters write "han jian" for 汉奸, "sh tie" for 删帖, "汗奸" for
汉奸 and "刷🌊军" for 刷水军. A term of the lexicon matches folded text when each of its
characters appears as itself, as its pinyin syllable, as the syllable's initial, or as a
homophone character. To keep ordinary words out (罕见 sounds like 汉奸), a match must keep
at least one literal character or one fully spelled syllable; homophones need a literal
character beside them, and initials need a literal or spelled neighbour. Whole-word
initialisms that the web uses for a few terms ("hj" for 汉奸) come only from an explicit
list (see `TermMatcher`).

>>> matcher = TermMatcher({"汉奸": "label", "删帖": "service"})
>>> [(m.term, m.how) for m in matcher.find("这就是 han jian,不是罕见")]
[('汉奸', 'pinyin')]
>>> [(m.term, m.how) for m in matcher.find("sh tie 加汗奸")]
[('删帖', 'pinyin'), ('汉奸', 'homophone')]
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Literal

from pypinyin import Style, lazy_pinyin

from clearbright.model import Span, TextField
from clearbright.text.normalize import NormalizedText, is_han, normalize
from clearbright.text.similar_chars import shape_similarity

How = Literal["exact", "pinyin", "homophone", "initialism"]
# Emoji that stand for a character in obfuscated posts (刷🌊军 = 刷水军, 薇❤ = 微信), and
# pinyin written with tone marks (shān tiě). Each is one code point replaced by one
# character, so offsets in the view stay those of the original.
EMOJI_READINGS: dict[str, str] = {
    "🌊": "水",
    "💧": "水",
    "❤": "心",
    "♥": "心",
    "💗": "心",
    "🐶": "狗",
    "🐕": "狗",
}
TONE_MARKS: dict[str, str] = {
    **dict.fromkeys("āáǎà", "a"), **dict.fromkeys("ēéěè", "e"), **dict.fromkeys("īíǐì", "i"),
    **dict.fromkeys("ōóǒò", "o"), **dict.fromkeys("ūúǔù", "u"), **dict.fromkeys("ǖǘǚǜü", "v"),
}  # fmt: skip
_STAND_INS = {**EMOJI_READINGS, **TONE_MARKS}
_STAND_IN_TABLE = str.maketrans(_STAND_INS)
_INITIALS = (
    "zh",
    "ch",
    "sh",
    "b",
    "p",
    "m",
    "f",
    "d",
    "t",
    "n",
    "l",
    "g",
    "k",
    "h",
    "j",
    "q",
    "x",
    "r",
    "z",
    "c",
    "s",
    "y",
    "w",
)
HOMOPHONE_SHAPE_MIN = 0.65
# Phonetic matching is for short posts; a longer text is matched literally past this point.
PHONETIC_LIMIT = 10_000


@dataclass(frozen=True)
class TermMatch:
    """A lexicon term found at [start, end) of the folded text, and how it was written."""

    term: str
    group: str
    start: int
    end: int
    how: How


def lexicon_view(original: str, normalized: NormalizedText) -> NormalizedText:
    """The folded text with stand-ins read as what they stand for (offsets point to original)."""
    if not any(c in _STAND_INS for c in original):
        return normalized
    return normalize(original.translate(_STAND_IN_TABLE))


def span_of(view: NormalizedText, original: str, field: TextField, start: int, end: int) -> Span:
    """An evidence span in the original field for a range of a (lexicon) view of it."""
    o_start, o_end = view.to_original(start, end)
    return Span(field=field, start=o_start, end=o_end, text=original[o_start:o_end])


def words(text: str) -> tuple[str, ...]:
    """A lexicon written as space-separated words."""
    return tuple(text.split())


def syllables(term: str) -> list[str]:
    """Tone-less pinyin of a Chinese term, read in context (差评 → cha ping)."""
    readings: list[str] = lazy_pinyin(term, style=Style.NORMAL)
    return readings


@cache
def _homophone_index() -> dict[str, str]:
    """Tone-less syllable → every common character whose first reading it is."""
    from pypinyin.pinyin_dict import pinyin_dict

    index: dict[str, list[str]] = defaultdict(list)
    for code, readings in pinyin_dict.items():
        if 0x4E00 <= code <= 0x9FFF:
            index[_toneless(readings.split(",")[0])].append(chr(code))
    return {syllable: "".join(chars) for syllable, chars in index.items()}


def _toneless(reading: str) -> str:
    decomposed = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _initial(syllable: str) -> str:
    return next((i for i in _INITIALS if syllable.startswith(i) and i != syllable), syllable)


@dataclass(frozen=True)
class _Compiled:
    term: str
    group: str
    pattern: re.Pattern[str]
    first_chars: frozenset[str]


# An initialism stands alone in Chinese text: no Latin letter, digit or code punctuation
# touches it (HJ-200 is a model number, sbc a word), and a Han character is this close
# (4 reaches past a name written in initials: 卞yc nmsl).
INITIALISM_HAN_REACH = 4
_CODE_CHARS = frozenset("_-./@#&+")
# A label's initialism ends its phrase: a particle, verb or head noun may follow it (sb吧,
# hj企业, zz还办学), a noun it would modify may not (HJ系列, SB级别, NC配色 are codes).
_AFTER_INITIALISM = frozenset("吧啊呀呢了们的吗嘛呗啦哦哈还也都就又才滚去给被让把在是企东玩货")


class TermMatcher:
    """Finds the terms of a lexicon (term → group) literally and in disguised spellings.

    `initialisms` maps whole-word abbreviations that the web uses for some terms ("hj" for
    汉奸, "sb" for 傻逼) to the term they stand for. Letter by letter such initials are too
    common to match (see the module docstring), so only these listed forms count, and only
    as a word of their own inside Chinese text.
    """

    def __init__(
        self,
        terms: Mapping[str, str],
        *,
        homophones: bool = True,
        initials: bool = True,
        initialisms: Mapping[str, str] | None = None,
    ) -> None:
        self.homophones = homophones
        self.initials = initials
        self._compiled = [self._compile(term, group) for term, group in terms.items()]
        self._initialisms = {
            abbreviation.lower(): (term, terms[term])
            for abbreviation, term in (initialisms or {}).items()
            if term in terms
        }
        self._initialism_pattern = (
            _alternation(tuple(self._initialisms)) if self._initialisms else None
        )

    def find(self, text: str) -> list[TermMatch]:
        """Non-overlapping matches, longest first where two overlap."""
        head = text[:PHONETIC_LIMIT]
        present = frozenset(head)
        found: list[TermMatch] = []
        for compiled in self._compiled:
            if present.isdisjoint(compiled.first_chars):
                continue
            found.extend(self._matches(compiled, head))
        found.extend(self._initialism_matches(head))
        return _longest_first(found)

    def _initialism_matches(self, text: str) -> Iterable[TermMatch]:
        if self._initialism_pattern is None:
            return
        for match in self._initialism_pattern.finditer(text):
            start, end = match.span()
            if _standalone_in_chinese(text, start, end):
                term, group = self._initialisms[match.group()]
                yield TermMatch(term, group, start, end, "initialism")

    def _matches(self, compiled: _Compiled, text: str) -> Iterable[TermMatch]:
        for match in compiled.pattern.finditer(text):
            if not _latin_bounded(text, match.start(), match.end()):
                continue
            pieces = [match.group(i + 1) for i in range(len(compiled.term))]
            how = self._accept(compiled.term, pieces)
            if how is not None:
                yield TermMatch(compiled.term, compiled.group, match.start(), match.end(), how)

    def _accept(self, term: str, pieces: list[str]) -> How | None:
        kinds = [_piece_kind(char, piece) for char, piece in zip(term, pieces, strict=True)]
        if all(k == "literal" for k in kinds):
            return "exact"
        literal, spelled = kinds.count("literal"), kinds.count("spelled")
        if "homophone" in kinds and literal == 0:
            return None
        # A homophone must look like the character it replaces (汗奸 for 汉奸) unless the
        # literal characters are spread around it (卖锅贼): a single literal (致人 for 殖人) or
        # one contiguous common word (酱热度 for 降热度) is how ordinary text sounds alike.
        if (
            "homophone" in kinds
            and not _spread(kinds)
            and not all(
                shape_similarity(c, p) >= HOMOPHONE_SHAPE_MIN
                for c, p, k in zip(term, pieces, kinds, strict=True)
                if k == "homophone"
            )
        ):
            return None
        if ("initial" in kinds or "letter" in kinds) and literal + spelled == 0:
            return None
        # A one-letter initial ("h jian") is too common in Latin text without a literal beside it.
        if "letter" in kinds and literal == 0:
            return None
        return "homophone" if "homophone" in kinds else "pinyin"

    def _compile(self, term: str, group: str) -> _Compiled:
        readings = syllables(term)
        if len(readings) != len(term) or not all(is_han(c) for c in term):
            return _Compiled(
                term, group, re.compile("(" + re.escape(term) + ")"), frozenset(term[:1])
            )
        pieces = [self._piece(c, s) for c, s in zip(term, readings, strict=True)]
        pattern = " ?".join(f"({alternatives})" for alternatives, _ in pieces)
        return _Compiled(term, group, re.compile(pattern), pieces[0][1])

    def _piece(self, char: str, syllable: str) -> tuple[str, frozenset[str]]:
        """Regex alternatives for one character of a term, and the characters it may start with."""
        options = [re.escape(char)]
        starts = {char, syllable[0]}
        sounds = _homophone_index().get(syllable, "") if self.homophones else ""
        if sounds:
            options.append("[" + re.escape(sounds) + "]")
            starts.update(sounds)
        options.append(re.escape(syllable))
        if self.initials and _initial(syllable) != syllable:
            options.append(re.escape(_initial(syllable)))
        return "|".join(options), frozenset(starts)


def _spread(kinds: list[str]) -> bool:
    """At least two literal characters, not all in one run."""
    runs = "".join("L" if k == "literal" else "-" for k in kinds).split("-")
    return kinds.count("literal") >= 2 and sum(1 for r in runs if r) >= 2


def _piece_kind(char: str, piece: str) -> str:
    if piece == char:
        return "literal"
    if piece.isascii():
        if piece in _INITIALS:
            return "initial" if len(piece) == 2 else "letter"
        return "spelled"
    return "homophone"


def _latin_bounded(text: str, start: int, end: int) -> bool:
    """A spelled-out piece must not be the inside of a longer Latin word (shanghai ≠ shan)."""

    def latin(i: int) -> bool:
        # Digits and underscores continue a handle (fatie_2024 is not 发帖).
        return 0 <= i < len(text) and text[i].isascii() and (text[i].isalnum() or text[i] == "_")

    return not (latin(start) and latin(start - 1)) and not (latin(end - 1) and latin(end))


@cache
def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """A regex for any of the words, longest first."""
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


def _standalone_in_chinese(text: str, start: int, end: int) -> bool:
    """Latin letters at [start, end) form a word of their own beside Chinese text."""

    def code(i: int) -> bool:
        return (
            0 <= i < len(text)
            and text[i].isascii()
            and (text[i].isalnum() or text[i] in _CODE_CHARS)
        )

    if code(start - 1) or code(end):
        return False
    after = text[end : end + 2].lstrip()[:1]
    if after and is_han(after) and after not in _AFTER_INITIALISM:
        return False
    near = (
        text[max(0, start - INITIALISM_HAN_REACH) : start] + text[end : end + INITIALISM_HAN_REACH]
    )
    return any(is_han(c) for c in near)


def expand_initialisms(text: str, initialisms: Mapping[str, str]) -> str:
    """The text with each standalone initialism written as its term (for scoring models)."""
    if not initialisms:
        return text
    pattern = _alternation(tuple(initialisms))
    parts: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        if _standalone_in_chinese(text, match.start(), match.end()):
            parts += [text[last : match.start()], initialisms[match.group()]]
            last = match.end()
    return "".join(parts) + text[last:]


def _longest_first(found: list[TermMatch]) -> list[TermMatch]:
    found.sort(key=lambda m: (-(m.end - m.start), m.start))
    taken = bytearray(max((m.end for m in found), default=0))
    chosen: list[TermMatch] = []
    for match in found:
        if not any(taken[match.start : match.end]):
            taken[match.start : match.end] = b"\x01" * (match.end - match.start)
            chosen.append(match)
    return sorted(chosen, key=lambda m: m.start)
