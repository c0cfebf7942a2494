"""Chinese text normalization with an offset map back to the original text.

Every normalized character remembers the index of the original character it came
from, so a detector can match on folded text and still report evidence spans that
point into what the author actually wrote.

Folding steps, in order:
1. drop zero-width and other invisible format characters, variation selectors and controls;
2. NFKC (full-width → half-width, compatibility forms), letters of other scripts that
   imitate Latin ones (Cyrillic а, Greek Ρ) → ASCII, and case folding, per character;
3. traditional → simplified Chinese (OpenCC `t2s`);
4. separators, symbols and emoji inserted *between* two Chinese characters are removed
   (`华 为`, `华*为`, `华·为` → `华为`), and runs of whitespace collapse to one space.

>>> normalize("華 為＊官方").text
'华为官方'
>>> normalize("Ｈｕａｗｅｉ  旗艦店").text
'huawei 旗舰店'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property

from clearbright.text.homoglyphs import fold_latin_char, skeleton

# Characters that obfuscators put between Chinese characters. Sentence punctuation
# (，。！？；：、 and quotes) is kept: it carries meaning (negation scope, quotations).
_INSERTED_SEPARATORS = frozenset(" \t\n\r*·•・.-_|/\\~^+=#@&%$'`<>[]{}♡♥★☆◆◇○●□■△▲")
_KEPT_PUNCTUATION = frozenset(',。!?;:、“”‘’「」『』《》()"')

# Longer texts get per-character pinyin: phrase segmentation is slow on megabyte posts.
_PHRASE_PINYIN_LIMIT = 2000


@dataclass(frozen=True)
class NormalizedText:
    """Folded text plus, for each folded character, the index of its source character."""

    original: str
    text: str
    origin: tuple[int, ...] = field(repr=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open range of the folded text to the smallest original range covering it."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"range {start}:{end} outside normalized text of {len(self.text)}")
        if start == end:
            at = self.origin[start] if start < len(self.origin) else len(self.original)
            return at, at
        return self.origin[start], self.origin[end - 1] + 1

    def original_text(self, start: int, end: int) -> str:
        """The original characters behind a folded range (separators included)."""
        o_start, o_end = self.to_original(start, end)
        return self.original[o_start:o_end]

    @cached_property
    def pinyin(self) -> tuple[str, ...]:
        """Tone-less pinyin per folded character (the character itself when it is not Chinese)."""
        return tuple(pinyin_syllables(self.text))

    @cached_property
    def skeleton(self) -> str:
        """ASCII skeleton of the folded text, for comparing Latin names (`rn`→`m`, `0`→`o`)."""
        return skeleton(self.text)

    def find_all(self, needle: str) -> list[tuple[int, int]]:
        """Every (start, end) where `needle` (already folded) occurs in the folded text."""
        spans: list[tuple[int, int]] = []
        if not needle:
            return spans
        at = self.text.find(needle)
        while at >= 0:
            spans.append((at, at + len(needle)))
            at = self.text.find(needle, at + 1)
        return spans


def normalize(original: str) -> NormalizedText:
    """Fold `original` through every step and keep the offset map."""
    text, origin = _fold_characters(original)
    text, origin = _traditional_to_simplified(text, origin)
    text, origin = _strip_separators(text, origin)
    return NormalizedText(original, text, _identity(len(text)) if origin is None else tuple(origin))


def fold(text: str) -> str:
    """The folded form of a registry name or keyword, for comparison with `normalize().text`."""
    return normalize(text).text


# Every step finds the few characters it may change with one regular expression and copies the
# stretches between them whole: most of a Chinese post is CJK and ASCII that no step touches (the
# scan normalizes every field of every item, so per-character Python work dominated its cost).
# The offset map is None, meaning the identity, until a step drops or adds a character: most
# posts never build one.
Origin = list[int] | None

# Identity offset maps are slices of one shared tuple, cheaper than a new tuple per text.
_IDENTITY = tuple(range(4096))


def _identity(length: int) -> tuple[int, ...]:
    return _IDENTITY[:length] if length <= len(_IDENTITY) else tuple(range(length))


# Characters that fold to themselves, copied without a look: printable ASCII other than A-Z, the
# CJK blocks, and the CJK punctuation of everyday posts (a test checks every one). Everything else
# may fold: full-width forms (`，` → `,`), capitals, line breaks (→ space), `…` (→ `...`).
_SELF_FOLDING = "\x20-\x40\x5b-\x7e\u3400-\u4dbf\u4e00-\u9fff、。〇〈〉《》「」『』【】〔〕‘’“”—·¥"
# (Written `[^…][^…]*`, not `[^…]+`: a leading character class lets the engine skip ahead to
# the next match instead of trying a repetition at every position, twice as fast.)
_MAY_FOLD = re.compile(f"[^{_SELF_FOLDING}][^{_SELF_FOLDING}]*")

# The fold of each run of `_MAY_FOLD` characters met so far: a string when every character folds
# to exactly one (`，：` → `,:`, full-width digits), else the fold of each character (`…` → `...`,
# a zero-width space → nothing). Posts repeat the same few runs, so most are a dictionary hit.
# Bounded, since runs of digits vary without end.
_FOLDED_RUNS: dict[str, str | tuple[str, ...]] = {}
_FOLDED_RUNS_LIMIT = 50_000


def _fold_characters(original: str) -> tuple[str, Origin]:
    """Steps 1 and 2, run by run; the offset map is built only when a run shifts offsets."""
    shifts: list[tuple[int, tuple[str, ...]]] = []  # (start, fold of each character)

    def fold_run(found: re.Match[str]) -> str:
        run = found.group()
        folded = _FOLDED_RUNS.get(run) or _fold_run(run)
        if isinstance(folded, str):  # one character for one: offsets unchanged
            return folded
        shifts.append((found.start(), folded))
        return "".join(folded)

    text = _MAY_FOLD.sub(fold_run, original)
    if not shifts:
        return text, None
    origin: list[int] = []
    at = 0
    for start, outs in shifts:
        origin.extend(range(at, start))
        for index, out in enumerate(outs, start):
            origin.extend([index] * len(out))
        at = start + len(outs)
    origin.extend(range(at, len(original)))
    return text, origin


def _fold_run(run: str) -> str | tuple[str, ...]:
    outs = tuple(map(_fold_char, run))
    folded = "".join(outs) if all(len(out) == 1 for out in outs) else outs
    if len(_FOLDED_RUNS) < _FOLDED_RUNS_LIMIT:
        _FOLDED_RUNS[run] = folded
    return folded


def _traditional_to_simplified(text: str, origin: Origin) -> tuple[str, Origin]:
    if text.isascii() or not _t2s_triggers().search(text):
        return text, origin  # OpenCC would return it unchanged: see `_t2s_triggers`
    converted = _t2s(text)
    if len(converted) == len(text):
        return converted, origin
    # A phrase conversion changed the length; fall back to character by character.
    chars: list[str] = []
    new_origin: list[int] = []
    for char, at in zip(text, range(len(text)) if origin is None else origin, strict=True):
        out = _t2s(char)
        chars.append(out)
        new_origin.extend([at] * len(out))
    return "".join(chars), new_origin


# OpenCC's t2s cuts a text into the longest entries of its dictionaries (phrases like 乾燥,
# then single characters), writes each entry's first simplified form and copies characters in
# no entry. So it changes a text only if the text holds an entry whose simplified form differs
# from it at some position, and then the text holds the character at that position. Either t2s
# changes that character on its own (乾 → 干), or it sits in a phrase: if the phrase holds any
# character t2s changes on its own, the text holds that one; if not, the character is one of
# the few below, which t2s changes only inside phrases made of characters it leaves alone
# (打坏 → 打坯, 回覆 → 回复, 沈思 → 沉思 even as a surname). A text with none of these
# characters comes back unchanged; most posts in simplified Chinese have none and skip the
# conversion (a few microseconds each). The list comes from OpenCC's phrase dictionary; a test
# rebuilds it from the installed one.
_CHANGED_ONLY_IN_PHRASES = "哩坏沈瞭甦藉衹覆"
# OpenCC's dictionaries hold Han characters only, which Unicode puts in planes 0, 2 and 3 (a test
# checks every entry). The basic plane is probed character by character (but NUL and the line
# feed: a folded text holds no control character); every character of planes 2 and 3 (rare Han)
# counts as a trigger, which keeps the class small and fast to match.
_T2S_PROBED = (range(0x01, 0x0A), range(0x0B, 0xD800), range(0xE000, 0x10000))
_SUPPLEMENTARY_HAN = "\U00020000-\U0003ffff"


@cache
def _t2s_triggers() -> re.Pattern[str]:
    """A character class of every character whose presence lets t2s change a text."""
    chars = [chr(code) for codes in _T2S_PROBED for code in codes]
    # One call for all: a character per line, and no entry spans a line break.
    converted = _t2s("\n".join(chars)).split("\n")
    if len(converted) != len(chars):
        converted = [_t2s(char) for char in chars]  # not one line per character: one by one
    changed = {char for char, out in zip(chars, converted, strict=True) if out != char}
    basic = _character_class(changed | set(_CHANGED_ONLY_IN_PHRASES))
    return re.compile(f"[{basic}{_SUPPLEMENTARY_HAN}]")


def _character_class(chars: set[str]) -> str:
    """The inside of a regex character class of `chars`, consecutive code points as ranges."""
    ranges: list[list[int]] = []
    for code in sorted(map(ord, chars)):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(
        re.escape(chr(low)) + ("" if low == high else "-" + re.escape(chr(high)))
        for low, high in ranges
    )


# Separator runs between Chinese characters, or between one and sentence punctuation (`华 为`,
# `华*为：`), and whitespace that needs collapsing (two in a row, or one that is not a space).
# Every alternative starts with a character of `_RUN`, which leaves out what is never a separator
# (Han, kept punctuation, ASCII letters and digits, a few more): the regex engine skips to those few
# characters, and only then looks behind at the character before. `_separator_edits` checks that
# a run found between Chinese characters is made of separators only.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"  # as `is_han`
_KEPT = re.escape("".join(sorted(_KEPT_PUNCTUATION)))
# Characters between Chinese ones that are no separators either: numerals (一〇八), brackets.
_NEVER_SEPARATING = "〇【】〔〕〈〉"
_RUN = f"[^{_HAN}{_KEPT}{_NEVER_SEPARATING}0-9A-Za-z]"
_SEPARATOR_EDITS = re.compile(
    f"{_RUN}(?:"
    f"(?<=[{_HAN}].){_RUN}*(?=[{_HAN}{_KEPT}])(?P<between_han>)"
    f"|(?<=[{_KEPT}].){_RUN}*(?=[{_HAN}])(?P<after_punctuation>)"
    r"|(?<=\s)\s+"  # whitespace after whitespace
    r"|(?<=[^\S ])\s*"  # whitespace other than a space
    ")",
    re.DOTALL,
)
_SPACES = re.compile(r"\s\s+|[^\S ]")


def _strip_separators(text: str, origin: Origin) -> tuple[str, Origin]:
    """Drop separator runs between Chinese characters; collapse whitespace in the others."""
    if _SEPARATOR_EDITS.search(text) is None:
        return text, origin  # the common case: one scan in C
    pieces: list[str] = []
    new_origin: list[int] = []
    source = range(len(text)) if origin is None else origin
    at = 0
    for start, end, replacement in _separator_edits(text):
        pieces.append(text[at:start])
        new_origin.extend(source[at:start])
        if replacement:
            pieces.append(replacement)
            new_origin.append(source[start])
        at = end
    pieces.append(text[at:])
    new_origin.extend(source[at:])
    return "".join(pieces), new_origin


def _separator_edits(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, replacement) of each run to drop ("") or whitespace to collapse (" ")."""
    for found in _SEPARATOR_EDITS.finditer(text):
        start, end = found.span()
        if found.lastgroup is None:  # whitespace
            yield start, end, " "
        elif all(map(_is_separator, found.group())):
            yield start, end, ""
        else:  # the run holds a character that is no separator: kept, its whitespace collapsed
            for spaces in _SPACES.finditer(text, start, end):
                yield spaces.start(), spaces.end(), " "


def is_han(char: str) -> bool:
    """Whether a character is a CJK unified ideograph (basic block or extension A)."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


@cache
def _is_separator(char: str) -> bool:
    return char not in _KEPT_PUNCTUATION and (
        char.isspace()
        or char in _INSERTED_SEPARATORS
        or unicodedata.category(char) in ("So", "Sk", "Sm", "Pd", "Po", "Pc")
    )


def _is_variation_selector(char: str) -> bool:
    code = ord(char)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


@cache
def _fold_char(char: str) -> str:
    """Steps 1 and 2 for one character; cached, since texts reuse few distinct characters."""
    category = unicodedata.category(char)
    if category in ("Cf", "Cs", "Co", "Cn") or _is_variation_selector(char):
        return ""
    if category == "Cc":
        return " " if char in "\t\n\r" else ""
    # Homoglyphs are folded before case folding (uppercase Greek Χ and Ν look like X and N,
    # their lowercase forms do not); some scripts (Cherokee) case-fold to uppercase, so fold
    # until nothing changes.
    out = unicodedata.normalize("NFKC", char)
    for _ in range(3):
        folded = unicodedata.normalize("NFKC", "".join(fold_latin_char(c) for c in out).casefold())
        if folded == out:
            break
        out = folded
    # Accents left alone by composition never help matching.
    return "".join(c for c in out if not unicodedata.combining(c))


@cache
def _converter() -> object:
    import opencc  # the C++ OpenCC binding; loading its dictionaries takes a moment

    return opencc.OpenCC("t2s.json")


def _t2s(text: str) -> str:
    result: str = _converter().convert(text)  # type: ignore[attr-defined]
    return result


def pinyin_syllables(text: str) -> list[str]:
    """One tone-less syllable per character; non-Chinese characters stand for themselves.

    Short texts go through pypinyin's phrase dictionary (重庆 → chong qing); long ones use
    the per-character reading, which is linear in the text.
    """
    from pypinyin import Style, lazy_pinyin

    if len(text) <= _PHRASE_PINYIN_LIMIT:
        syllables: list[str] = lazy_pinyin(text, style=Style.NORMAL, errors=_each_character)
        if len(syllables) == len(text):
            return syllables
    return [_char_pinyin(c) for c in text]


def _each_character(text: str) -> str:
    # pypinyin accepts a list here (one entry per character) although its stubs say str.
    return list(text)  # type: ignore[return-value]


@cache
def _char_pinyin(char: str) -> str:
    from pypinyin import Style, lazy_pinyin

    syllables: list[str] = lazy_pinyin(char, style=Style.NORMAL, errors=_each_character)
    return syllables[0] if syllables else char


def pinyin_key(text: str) -> str:
    """Tone-less pinyin of folded text with no spaces: 茅台 → `maotai`, 华为/华维 differ."""
    return "".join(pinyin_syllables(fold(text)))
