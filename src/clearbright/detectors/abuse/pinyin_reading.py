"""Pinyin written in place of Chinese words, read back as the words.

Black-PR sellers spell whole offers in pinyin to slip past keyword filters ("shou ren: xie
cha ping, mei tiao 3 kuai, zhou jie"). The service lexicon already matches pinyin, but the
offer around it (收人, 每条, 3块, 周结) does not: without it a service is only mentioned. A
`PinyinReader` knows a vocabulary of Chinese words (the services and the offer cues) and
rewrites each run of pinyin syllables that spells one of them as the word, so every pattern
written for Chinese text reads the pinyin offer too. Offsets still point into the original.

Only words of two or more syllables are read (one syllable is too ambiguous: "kuai" is 快
or 块), except a money unit right after a number (3 kuai → 3块). A Latin word with digits or
underscores (a handle such as shantie_88) and any contact handle are left alone.

>>> from clearbright.text.normalize import normalize
>>> reader = PinyinReader(["差评", "每条", "周结", "收人", "写差评"])
>>> reader.read(normalize("shou ren: xie cha ping, mei tiao 3 kuai, zhou jie")).text
'收人: 写差评, 每条 3块, 周结'
>>> reader.read(normalize("v: shouren_88 shanghai")).text
'v: shouren_88 shanghai'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from clearbright.detectors.abuse.contacts import find_contacts
from clearbright.detectors.abuse.terms import PHONETIC_LIMIT, syllables
from clearbright.text.normalize import NormalizedText, is_han

# A Latin word: letters, digits and underscores (a handle is one word, not syllables).
_WORD = re.compile(r"[a-z0-9_]+")
# Money after a number (3 kuai, 5yuan, 8 mao): numbers start at their first digit.
_MONEY = re.compile(r"(?<![\d.a-z_])\d+(?:\.\d+)?(?P<unit>\s?(kuai|yuan|mao))(?![a-z0-9_])")
_UNITS = {"kuai": "块", "yuan": "元", "mao": "毛"}
# Words of a run are separated by single spaces (the folded text collapses whitespace).
_SPACE = " "


class PinyinReader:
    """Rewrites pinyin spellings of a vocabulary's words (of 2+ characters) as the words."""

    def __init__(self, vocabulary: Iterable[str]) -> None:
        self._spaced: dict[tuple[str, ...], str] = {}
        self._joined: dict[str, str] = {}
        for word in vocabulary:
            readings = tuple(syllables(word))
            if len(word) < 2 or len(readings) != len(word) or not all(map(is_han, word)):
                continue
            self._spaced.setdefault(readings, word)
            self._joined.setdefault("".join(readings), word)
        self._longest = max(map(len, self._spaced), default=0)

    def read(self, view: NormalizedText) -> NormalizedText:
        """The view with the vocabulary's pinyin read as Chinese (itself when nothing is)."""
        if not any("a" <= c <= "z" for c in view.text):
            return view
        protected = [(c.start, c.end) for c in find_contacts(view)]
        edits = [e for e in self._edits(view.text) if not _overlaps(e[0], e[1], protected)]
        if not edits:
            return view
        return _apply(view, sorted(edits))

    def _edits(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, word) for each pinyin spelling of a word and each money unit."""
        # Like the lexicon's phonetic matching, reading is for posts: a longer text is read
        # up to the same point.
        edits = [
            (m.start("unit"), m.end("unit"), _UNITS[m.group("unit").strip()])
            for m in _MONEY.finditer(text, 0, PHONETIC_LIMIT)
        ]
        taken = {end for _, end, _ in edits}
        tokens = [m for m in _WORD.finditer(text, 0, PHONETIC_LIMIT) if m.end() not in taken]
        index = 0
        while index < len(tokens):
            found = self._word_at(text, tokens, index)
            if found is None:
                index += 1
                continue
            count, word = found
            edits.append((tokens[index].start(), tokens[index + count - 1].end(), word))
            index += count
        return edits

    def _word_at(
        self, text: str, tokens: list[re.Match[str]], index: int
    ) -> tuple[int, str] | None:
        """The longest word spelled by tokens[index:], one syllable per token or all in one."""
        for count in range(min(self._longest, len(tokens) - index), 1, -1):
            run = tokens[index : index + count]
            if not _spaced_run(text, run):
                continue
            word = self._spaced.get(tuple(m.group() for m in run))
            if word is not None:
                return count, word
        token = tokens[index].group()
        word = self._joined.get(token) if token.isalpha() else None
        return (1, word) if word is not None else None


def _spaced_run(text: str, run: list[re.Match[str]]) -> bool:
    """Tokens that follow one another with one space between, all letters."""
    return all(m.group().isalpha() for m in run) and all(
        text[a.end() : b.start()] == _SPACE for a, b in pairwise(run)
    )


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)


def _apply(view: NormalizedText, edits: list[tuple[int, int, str]]) -> NormalizedText:
    """The view with each [start, end) replaced by its word; each new character keeps the
    origin of the stretch it came from (first and last characters: its two ends)."""
    parts: list[str] = []
    origin: list[int] = []
    last = 0
    for start, end, word in edits:
        parts.append(view.text[last:start])
        origin.extend(view.origin[last:start])
        parts.append(word)
        origin.extend(_spread(view.origin[start:end], len(word)))
        last = end
    parts.append(view.text[last:])
    origin.extend(view.origin[last:])
    return NormalizedText(original=view.original, text="".join(parts), origin=tuple(origin))


def _spread(origins: tuple[int, ...], count: int) -> list[int]:
    """`count` origins spread over a stretch, the first at its start and the last at its end."""
    if count == 1:
        return [origins[0]]
    step = (len(origins) - 1) / (count - 1)
    return [origins[round(i * step)] for i in range(count)]
