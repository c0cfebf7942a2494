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

import unicodedata
from dataclasses import dataclass, field
from functools import cache, cached_property

from clearbright.text.homoglyphs import fold_latin_char, skeleton

# Characters that obfuscators put between Chinese characters. Sentence punctuation
# (，。！？；：、 and quotes) is kept: it carries meaning (negation scope, quotations).
_INSERTED_SEPARATORS = frozenset(" \t\n\r*·•・.-_|/\\~^+=#@&%$'`<>[]{}♡♥★☆◆◇○●□■△▲")
_KEPT_PUNCTUATION = frozenset(',。!?;:、“”‘’「」『』《》()"')

Chars = list[tuple[str, int]]
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
    chars = _strip_separators(_traditional_to_simplified(_fold_characters(original)))
    return NormalizedText(original, "".join(c for c, _ in chars), tuple(i for _, i in chars))


def fold(text: str) -> str:
    """The folded form of a registry name or keyword, for comparison with `normalize().text`."""
    return normalize(text).text


def _fold_characters(original: str) -> Chars:
    folded: Chars = []
    append = folded.append
    for origin, char in enumerate(original):
        out = _fold_char(char)
        if len(out) == 1:
            append((out, origin))
        else:
            folded.extend((c, origin) for c in out)
    return folded


def _traditional_to_simplified(chars: Chars) -> Chars:
    text = "".join(c for c, _ in chars)
    if text.isascii():
        return chars
    converted = _t2s(text)
    if len(converted) == len(text):
        return [(new, origin) for new, (_, origin) in zip(converted, chars, strict=True)]
    # A phrase conversion changed the length; fall back to character by character.
    out: Chars = []
    for char, origin in chars:
        out.extend((c, origin) for c in _t2s(char))
    return out


def _strip_separators(chars: Chars) -> Chars:
    out: Chars = []
    i = 0
    while i < len(chars):
        if not _is_separator(chars[i][0]):
            out.append(chars[i])
            i += 1
            continue
        j = i
        while j < len(chars) and _is_separator(chars[j][0]):
            j += 1
        before = out[-1][0] if out else ""
        after = chars[j][0] if j < len(chars) else ""
        if not _joins_chinese(before, after):
            out.extend(_collapse_spaces(chars[i:j]))
        i = j
    return out


def _joins_chinese(before: str, after: str) -> bool:
    """A separator run between two Chinese characters (or one and CJK punctuation) is noise."""
    if not before or not after:
        return False
    if is_han(before) and is_han(after):
        return True
    return (is_han(before) and after in _KEPT_PUNCTUATION) or (
        before in _KEPT_PUNCTUATION and is_han(after)
    )


def _collapse_spaces(run: Chars) -> Chars:
    out: Chars = []
    for char, origin in run:
        if char.isspace():
            if out and out[-1][0] == " ":
                continue
            char = " "
        out.append((char, origin))
    return out


def is_han(char: str) -> bool:
    """Whether a character is a CJK unified ideograph (basic block or extension A)."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


@cache
def _is_separator(char: str) -> bool:
    if char in _KEPT_PUNCTUATION:
        return False
    if char.isspace() or char in _INSERTED_SEPARATORS:
        return True
    return unicodedata.category(char) in ("So", "Sk", "Sm", "Pd", "Po", "Pc")


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
