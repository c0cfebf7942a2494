"""Registered Chinese names written out in pinyin ("lan mu 奶粉", "lánmù"), or with one
character swapped for its pinyin initial ("L牧") or syllable ("lan牧"), common ways to dodge
keyword filters.

>>> import re
>>> [m.group() for m in LATIN_RUN.finditer("lan mu 奶粉 abc")]
['lan mu ', 'abc']
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cached_property

import ahocorasick

from clearbright.detectors.claims.textutil import toneless
from clearbright.registry import Mention, NameEntry, Registry
from clearbright.text.normalize import NormalizedText, is_han, pinyin_syllables

LATIN_RUN = re.compile(r"[a-z]+(?: +[a-z]+)* ?")
MIN_PINYIN = 4
MAX_SYLLABLES = 6
MAX_VARIANT_NAME = 4


class PinyinNames:
    """Finds registered Han names spelled in pinyin, syllable by syllable or run together."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    @cached_property
    def _by_pinyin(self) -> dict[str, tuple[NameEntry, ...]]:
        found: dict[str, list[NameEntry]] = defaultdict(list)
        for entry in self.registry.names:
            if (
                any(is_han(c) for c in entry.folded)
                and len(entry.pinyin) >= MIN_PINYIN
                and entry.pinyin.isascii()
                and entry.pinyin.isalpha()
            ):
                found[entry.pinyin].append(entry)
        return {k: tuple(v) for k, v in found.items()}

    @cached_property
    def _initial_variants(self) -> ahocorasick.Automaton:
        """Han names of 2-4 characters with one character replaced by its pinyin initial or
        its whole syllable."""
        found: dict[str, list[NameEntry]] = defaultdict(list)
        for entry in self.registry.names:
            name = entry.folded
            if not 2 <= len(name) <= MAX_VARIANT_NAME or not all(is_han(c) for c in name):
                continue
            syllables = pinyin_syllables(name)
            for i, syllable in enumerate(syllables):
                if syllable and syllable.isascii() and syllable.isalpha():
                    found[name[:i] + syllable[0] + name[i + 1 :]].append(entry)
                    found[name[:i] + syllable + name[i + 1 :]].append(entry)
        automaton = ahocorasick.Automaton()
        for variant, entries in found.items():
            automaton.add_word(variant, (variant, tuple(entries)))
        if found:
            automaton.make_automaton()
        return automaton

    def mentions(
        self, text: NormalizedText, known: list[Mention] | tuple[Mention, ...]
    ) -> list[Mention]:
        """Obfuscated mentions that do not overlap an already known mention."""
        # tone marks written plain, character for character ("yuètáng" is typed for yuetang)
        plain = toneless(text.text)
        out = self._initial_mentions(plain, known)
        if not self._by_pinyin:
            return out
        taken = _coverage(len(plain), known)
        for run in LATIN_RUN.finditer(plain):
            tokens = [
                (m.start() + run.start(), m.end() + run.start())
                for m in re.finditer(r"[a-z]+", run.group())
            ]
            for i in range(len(tokens)):
                for j in range(i, min(i + MAX_SYLLABLES, len(tokens))):
                    start, end = tokens[i][0], tokens[j][1]
                    key = "".join(plain[a:b] for a, b in tokens[i : j + 1])
                    entries = self._by_pinyin.get(key)
                    if entries and taken[end] == taken[start]:
                        out.append(Mention(start, end, entries))
        return out

    def _initial_mentions(
        self, text: str, known: list[Mention] | tuple[Mention, ...]
    ) -> list[Mention]:
        automaton = self._initial_variants
        if automaton.kind != ahocorasick.AHOCORASICK:
            return []
        out: list[Mention] = []
        for last, (variant, entries) in automaton.iter(text):
            start, end = last - len(variant) + 1, last + 1
            # The Latin letters must stand alone: "l牧" yes, "global牧" and "牧lan" in "牧land" no.
            if _letter(text, start - 1) and _letter(text, start):
                continue
            if _letter(text, end) and _letter(text, end - 1):
                continue
            if not any(m.start < end and start < m.end for m in known):
                out.append(Mention(start, end, entries))
        return out


def _letter(text: str, at: int) -> bool:
    return 0 <= at < len(text) and text[at].isascii() and text[at].isalpha()


def _coverage(length: int, known: list[Mention] | tuple[Mention, ...]) -> list[int]:
    """Prefix counts of positions a known mention covers: [start, end) overlaps one exactly
    when the count differs at its two ends (one pass, so a text dense with mentions stays
    linear instead of checking every candidate against every mention)."""
    marks = [0] * (length + 1)
    for mention in known:
        for position in range(max(mention.start, 0), min(mention.end, length)):
            marks[position + 1] = 1
    total = 0
    for position in range(length + 1):
        total += marks[position]
        marks[position] = total
    return marks
