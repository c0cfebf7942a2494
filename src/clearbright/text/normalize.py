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
    return NormalizedText(original, text, tuple(origin))


def fold(text: str) -> str:
    """The folded form of a registry name or keyword, for comparison with `normalize().text`."""
    return normalize(text).text


# Every step visits only the characters it may change and copies the stretches between them
# whole: most of a Chinese post is CJK and ASCII that no step touches (the scan normalizes every
# field of every item, so a per-character Python loop dominated its cost).
# Characters that may fold: all but printable ASCII other than A-Z, and the basic CJK block
# (each of those folds to itself; a test checks every one).
_MAY_FOLD = re.compile(r"[^\x20-\x40\x5b-\x7e\u4e00-\u9fff]+")
# Characters that may be separators: all but ASCII digits and letters, and the basic CJK block.
_MAY_SEPARATE = re.compile(r"[^0-9a-z\u4e00-\u9fff]+")


# The fold of each run of `_MAY_FOLD` characters met so far (`，` → `,`, full-width digits),
# or None when one of its characters vanishes or expands (`…` → `...`): posts repeat the same
# few runs, so most are a dictionary hit. Bounded, since runs of digits vary without end.
_FOLDED_RUNS: dict[str, str | None] = {}
_FOLDED_RUNS_LIMIT = 50_000
_UNSEEN = object()
# Characters met so far that are never separators (`_is_separator` is false).
_NEVER_SEPARATORS: set[str] = set()


def _fold_characters(original: str) -> tuple[str, list[int]]:
    pieces: list[str] = []
    at = 0
    for found in _MAY_FOLD.finditer(original):
        run = found.group()
        folded = _FOLDED_RUNS.get(run, _UNSEEN)
        if folded is _UNSEEN:
            folded = _fold_run(run)
        if folded is None:
            return _fold_runs(original)  # offsets shift: the general path
        if folded != run:
            pieces.append(original[at : found.start()])
            pieces.append(str(folded))
            at = found.end()
    if pieces:
        pieces.append(original[at:])
        return "".join(pieces), list(range(len(original)))
    return original, list(range(len(original)))


def _fold_run(run: str) -> str | None:
    outs = [_fold_char(c) for c in run]
    folded = "".join(outs) if all(len(out) == 1 for out in outs) else None
    if len(_FOLDED_RUNS) < _FOLDED_RUNS_LIMIT:
        _FOLDED_RUNS[run] = folded
    return folded


def _fold_runs(original: str) -> tuple[str, list[int]]:
    """Fold run by run, for texts with characters that vanish or expand (`…` → `...`)."""
    pieces: list[str] = []
    origin: list[int] = []
    at = 0
    for found in _MAY_FOLD.finditer(original):
        start, end = found.span()
        if start > at:
            pieces.append(original[at:start])
            origin.extend(range(at, start))
        outs = list(map(_fold_char, found.group()))
        folded = "".join(outs)
        pieces.append(folded)
        if len(folded) == end - start and "" not in outs:  # every character folded to one
            origin.extend(range(start, end))
        else:
            for index, out in enumerate(outs, start):
                origin.extend([index] * len(out))
        at = end
    if not pieces:
        return original, list(range(len(original)))
    pieces.append(original[at:])
    origin.extend(range(at, len(original)))
    return "".join(pieces), origin


def _traditional_to_simplified(text: str, origin: list[int]) -> tuple[str, list[int]]:
    if text.isascii():
        return text, origin
    converted = _t2s(text)
    if len(converted) == len(text):
        return converted, origin
    # A phrase conversion changed the length; fall back to character by character.
    chars: list[str] = []
    new_origin: list[int] = []
    for char, at in zip(text, origin, strict=True):
        out = _t2s(char)
        chars.append(out)
        new_origin.extend([at] * len(out))
    return "".join(chars), new_origin


def _strip_separators(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """Drop separator runs between Chinese characters; collapse whitespace in the others."""
    candidates = "".join(_MAY_SEPARATE.findall(text))
    if _NEVER_SEPARATORS.issuperset(candidates):
        return text, origin  # no separator at all (sentence punctuation `，` `。` is none)
    edits: list[tuple[int, int, str, list[int]]] = []
    for found in _separator_runs(candidates).finditer(text):
        i, j = found.span()
        before = text[i - 1] if i > 0 else ""
        after = text[j] if j < len(text) else ""
        if _joins_chinese(before, after):
            edits.append((i, j, "", []))
            continue
        run = found.group()
        if run == " " or (run.isascii() and "  " not in run and not _ASCII_SPACES.search(run)):
            continue  # nothing for `_collapse_spaces` to change (the common case)
        kept = _collapse_spaces(text, i, j)
        if len(kept) != j - i or any(text[k] != c for k, c in kept):
            edits.append((i, j, "".join(c for _, c in kept), [origin[k] for k, _ in kept]))
    if not edits:
        return text, origin
    pieces: list[str] = []
    new_origin: list[int] = []
    at = 0
    for start, end, replacement, replaced_origin in edits:
        pieces.append(text[at:start])
        new_origin.extend(origin[at:start])
        pieces.append(replacement)
        new_origin.extend(replaced_origin)
        at = end
    pieces.append(text[at:])
    new_origin.extend(origin[at:])
    return "".join(pieces), new_origin


# ASCII whitespace that `_collapse_spaces` turns into a space.
_ASCII_SPACES = re.compile(r"[\t\n\r\x0b\x0c\x1c-\x1f]")
# Separators met so far, and a regex matching runs of them (rebuilt when a new one is met).
_SEPARATORS: set[str] = set()
_SEPARATOR_RUNS: list[re.Pattern[str]] = []
# Characters already classified as separators or not (those the regex knows about).
_KNOWN_SEPARATORS: set[str] = set()


def _separator_runs(candidates: str) -> re.Pattern[str]:
    """A regex for maximal runs of separators, knowing every separator in `candidates`."""
    if _SEPARATOR_RUNS and _KNOWN_SEPARATORS.issuperset(candidates):
        return _SEPARATOR_RUNS[0]
    new = {c for c in set(candidates) - _NEVER_SEPARATORS - _SEPARATORS if _is_separator(c)}
    if new or not _SEPARATOR_RUNS:
        _SEPARATORS.update(new)
        chars = "".join(re.escape(c) for c in sorted(_SEPARATORS))
        _SEPARATOR_RUNS[:] = [re.compile(f"[{chars}]+" if chars else "(?!)")]
    pattern = _SEPARATOR_RUNS[0]
    _KNOWN_SEPARATORS.update(candidates)  # only once the regex knows them (other threads)
    return pattern


def _joins_chinese(before: str, after: str) -> bool:
    """A separator run between two Chinese characters (or one and CJK punctuation) is noise."""
    if not before or not after:
        return False
    if is_han(before) and is_han(after):
        return True
    return (is_han(before) and after in _KEPT_PUNCTUATION) or (
        before in _KEPT_PUNCTUATION and is_han(after)
    )


def _collapse_spaces(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The kept characters of a separator run (index, char): whitespace becomes one space."""
    out: list[tuple[int, str]] = []
    for index in range(start, end):
        char = text[index]
        if char.isspace():
            if out and out[-1][1] == " ":
                continue
            char = " "
        out.append((index, char))
    return out


def is_han(char: str) -> bool:
    """Whether a character is a CJK unified ideograph (basic block or extension A)."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


@cache
def _is_separator(char: str) -> bool:
    separator = char not in _KEPT_PUNCTUATION and (
        char.isspace()
        or char in _INSERTED_SEPARATORS
        or unicodedata.category(char) in ("So", "Sk", "Sm", "Pd", "Po", "Pc")
    )
    if not separator:
        _NEVER_SEPARATORS.add(char)
    return separator


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
