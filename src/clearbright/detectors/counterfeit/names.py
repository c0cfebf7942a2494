"""Registered names and their lookalikes in short texts (display names, titles, author names).

Targets are every registered name, short name, alias, English name, trademark, executive
and person name, plus the names of official accounts, apps and mini-apps. Candidates come
from three indexes, so the cost grows with the text, not with the registry:

- an Aho-Corasick automaton over folded names (exact after folding: width, case,
  traditional characters, zero-width and separators are already folded by `normalize`);
- a character index (character → names containing it) that aligns windows of the text
  with names of the same length and accepts homophones (维 for 为, tone-less pinyin) and
  visually similar characters (翊 for 翎) beside at least half exact characters;
- an Aho-Corasick automaton over the tone-less pinyin of Chinese names, run on the
  phonetic form of the text, for full homophones (兰木 for 岚牧) and Latin pinyin spellings
  (`Ji Chuan` for 霁川); plus a skeleton/typo index for Latin names (`JlCHUAN`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
from rapidfuzz.distance import OSA

from clearbright.detectors.counterfeit.latin import label_skeleton
from clearbright.registry import Registry
from clearbright.text.normalize import NormalizedText, fold, is_han, pinyin_syllables
from clearbright.text.similar_chars import shape_similarity

# Two characters whose shapes are at least this similar may stand in for each other in a name.
# On the independent Confused_Chinese similar-shape pairs, char-similar scores 75% of pairs at
# or above 0.65 and 4% of random pairs of common characters (bench/lookalike_vs_dnstwist.py).
SHAPE_THRESHOLD = 0.65
# A two-character name keeps a single exact character beside the substitute, so the substitute
# must look closer.
SHORT_NAME_SHAPE_THRESHOLD = 0.7
# Fuzzy pinyin (as in Chinese input methods): initials and finals people confuse, so 创 chuang
# passes for 川 chuan. Applied per character, beside exact characters only.
_FUZZY_INITIALS = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("l", "n"))
_FUZZY_FINALS = (("iang", "ian"), ("uang", "uan"), ("ang", "an"), ("eng", "en"), ("ing", "in"))
# Pinyin keys shorter than this (in letters) are too ambiguous to match phonetically.
MIN_PINYIN_KEY = 5
# Latin names shorter than this are only matched exactly or by skeleton: one typing edit
# turns a seven-letter pinyin brand into a city (chengyu → chengdu).
MIN_LATIN_TYPO = 8

# A character found in more names than this is generic (科, 技, 公, 司) and seeds no window.
MAX_POSTINGS = 64

_RANK = {
    "exact": 0,
    "folded": 1,
    "homophone": 2,
    "pinyin": 3,
    "near_homophone": 4,
    "shape": 5,
    "latin": 6,
}


@dataclass(frozen=True)
class NameTarget:
    """One name of a registered enterprise or person, prepared for matching."""

    entity_id: str
    entity_type: str  # "enterprise" | "person"
    kind: str  # a registry NameKind, or official_account / official_app / official_mini_app
    text: str
    folded: str
    syllables: tuple[str, ...]
    enterprise_id: str | None

    @property
    def is_person(self) -> bool:
        """A person's name: a people record, or an executive listed only under an enterprise."""
        return self.entity_type == "person" or self.kind == "executive"

    @property
    def is_latin(self) -> bool:
        return not any(is_han(c) for c in self.folded)


@dataclass(frozen=True)
class NameMatch:
    """A stretch [start, end) of a normalized text that is, or imitates, a registered name."""

    target: NameTarget
    start: int
    end: int
    method: str  # a key of _RANK
    transformation: str
    similarity: float

    @property
    def exact(self) -> bool:
        return self.method in ("exact", "folded")


def registry_targets(registry: Registry) -> list[NameTarget]:
    """Every name of the registry plus the names of official accounts, apps and mini-apps."""
    targets: list[NameTarget] = [
        _target(
            e.entity_id,
            e.entity_type,
            e.kind,
            e.text,
            e.enterprise_id if e.entity_type == "person" else e.entity_id,
        )
        for e in registry.names
    ]
    for ent in registry.enterprises.values():
        for accounts in ent.official_accounts.values():
            targets.extend(
                _target(ent.id, "enterprise", "official_account", a.name, ent.id)
                for a in accounts
                if a.name
            )
        targets.extend(
            _target(ent.id, "enterprise", "official_app", a.name, ent.id) for a in ent.official_apps
        )
        targets.extend(
            _target(ent.id, "enterprise", "official_mini_app", m.name, ent.id)
            for m in ent.official_mini_apps
        )
    unique = {(t.entity_id, t.folded): t for t in targets if len(t.folded) >= 2}
    return list(unique.values())


def _target(
    entity_id: str, entity_type: str, kind: str, text: str, enterprise_id: str | None
) -> NameTarget:
    folded = fold(text)
    return NameTarget(
        entity_id, entity_type, kind, text, folded, tuple(pinyin_syllables(folded)), enterprise_id
    )


class NameIndex:
    """Finds registered names and their lookalikes in short normalized texts."""

    def __init__(self, registry: Registry) -> None:
        self.targets = registry_targets(registry)
        self._exact = _automaton({t.folded: t for t in self.targets})
        self._phonetic = _automaton(
            {
                "".join(t.syllables): t
                for t in self.targets
                if not t.is_latin
                and t.folded.isalpha()
                and len("".join(t.syllables)) >= MIN_PINYIN_KEY
            }
        )
        self._by_char: dict[str, list[tuple[NameTarget, int]]] = defaultdict(list)
        self._latin: dict[str, list[NameTarget]] = defaultdict(list)
        self._latin_grams: dict[str, set[str]] = defaultdict(set)
        for target in self.targets:
            if target.is_latin:
                word = label_skeleton(target.folded.replace(" ", ""))
                if word.isalnum():
                    self._latin[word].append(target)
                    for gram in _grams(word):
                        self._latin_grams[gram].add(word)
                continue
            for position, char in enumerate(target.folded):
                if is_han(char):
                    self._by_char[char].append((target, position))

    def find(self, text: NormalizedText) -> list[NameMatch]:
        """The best non-overlapping matches, exact ones preferred, longer ones first."""
        found = [
            *self._exact_matches(text),
            *self._window_matches(text),
            *self._phonetic_matches(text),
            *self._latin_matches(text),
        ]
        # Longest first: a variant keeps at least half of its characters, so a longer variant
        # (霁川智能科技股份有限公可) explains more than the exact short name inside it.
        found.sort(key=lambda m: (-(m.end - m.start), not m.exact, _RANK[m.method], -m.similarity))
        chosen: list[NameMatch] = []
        for match in found:
            if all(match.end <= c.start or match.start >= c.end for c in chosen):
                chosen.append(match)
        return sorted(chosen, key=lambda m: m.start)

    def _exact_matches(self, text: NormalizedText) -> list[NameMatch]:
        matches: list[NameMatch] = []
        for end_index, (key, target) in _iter(self._exact, text.text):
            start, end = end_index - len(key) + 1, end_index + 1
            if not _word_bounded(text.text, start, end):
                continue
            original = text.original_text(start, end)
            if fold(original) == key and original.casefold() != key:
                matches.append(
                    NameMatch(
                        target, start, end, "folded", f"folded: {original} reads {target.text}", 1.0
                    )
                )
            else:
                matches.append(NameMatch(target, start, end, "exact", "exact name", 1.0))
        return matches

    def _window_matches(self, text: NormalizedText) -> list[NameMatch]:
        # Windows are seeded by distinctive characters in place, then compared character by
        # character (generic characters still count as exact there).
        hits: set[tuple[int, int]] = set()
        targets: dict[int, NameTarget] = {}
        for i, char in enumerate(text.text):
            postings = self._by_char.get(char, ())
            if len(postings) > MAX_POSTINGS:
                continue  # 科, 公, 司 in a large registry: no evidence of any one name
            for target, position in postings:
                if i >= position:
                    hits.add((i - position, id(target)))
                    targets[id(target)] = target
        matches: list[NameMatch] = []
        for start, key in hits:
            match = _align(text, start, targets[key])
            if match:
                matches.append(match)
        return matches

    def _phonetic_matches(self, text: NormalizedText) -> list[NameMatch]:
        stream, owner = _phonetic_stream(text)
        matches: list[NameMatch] = []
        for end_index, (key, target) in _iter(self._phonetic, stream):
            p_start, p_end = end_index - len(key) + 1, end_index + 1
            start, end = owner[p_start], owner[p_end - 1] + 1
            # The key must cover whole characters: its first letter starts one, its last ends one.
            if (p_start > 0 and owner[p_start - 1] == start) or (
                p_end < len(owner) and owner[p_end] == end - 1
            ):
                continue
            if not _word_bounded(text.text, start, end):
                continue
            window = text.text[start:end]
            if window == target.folded:
                continue
            latin = any(c.isascii() and c.isalpha() for c in window)
            method = "pinyin" if latin else "homophone"
            how = (
                f"pinyin spelling: {text.original_text(start, end)} for {target.text}"
                if latin
                else f"homophone: {text.original_text(start, end)} for {target.text}"
            )
            matches.append(NameMatch(target, start, end, method, how, 0.88))
        return matches

    def _latin_matches(self, text: NormalizedText) -> list[NameMatch]:
        matches: list[NameMatch] = []
        for start, end in _latin_words(text.text):
            word = text.text[start:end]
            skeleton = label_skeleton(word)
            for target in self._latin.get(skeleton, ()):
                if word != target.folded:
                    matches.append(
                        NameMatch(
                            target,
                            start,
                            end,
                            "latin",
                            f"homoglyph: {word} for {target.text}",
                            0.93,
                        )
                    )
            if len(skeleton) < MIN_LATIN_TYPO or skeleton in self._latin:
                continue
            keys = {k for gram in _grams(skeleton) for k in self._latin_grams.get(gram, ())}
            for key in sorted(keys):
                if (
                    abs(len(key) - len(skeleton)) <= 1
                    and len(key) >= MIN_LATIN_TYPO
                    and OSA.distance(key, skeleton, score_cutoff=1) <= 1
                ):
                    matches.extend(
                        NameMatch(t, start, end, "latin", f"typo: {word} for {t.text}", 0.85)
                        for t in self._latin[key]
                    )
        return matches


def _align(text: NormalizedText, start: int, target: NameTarget) -> NameMatch | None:
    """A same-length window compared character by character: exact, homophone or shape."""
    end = start + len(target.folded)
    if end > len(text.text):
        return None
    window = text.text[start:end]
    if window == target.folded or not all(
        is_han(c) == is_han(t) for c, t in zip(window, target.folded, strict=True)
    ):
        return None
    syllables = text.pinyin[start:end]
    shape_threshold = SHORT_NAME_SHAPE_THRESHOLD if len(window) <= 2 else SHAPE_THRESHOLD
    exact, score, changes, methods = 0, 0.0, [], set()
    for char, wanted, sound, wanted_sound in zip(
        window, target.folded, syllables, target.syllables, strict=True
    ):
        if char == wanted:
            exact += 1
            score += 1.0
        elif is_han(char) and (readings(char) | {sound}) & (readings(wanted) | {wanted_sound}):
            score += 0.85
            changes.append(f"homophone: {char} for {wanted}")
            methods.add("homophone")
        elif is_han(char) and fuzzy_pinyin(wanted_sound) in {
            fuzzy_pinyin(r) for r in readings(char) | {sound}
        }:
            score += 0.75
            changes.append(f"near homophone: {char} ({sound}) for {wanted} ({wanted_sound})")
            methods.add("near_homophone")
        elif (similarity := shape_similarity(char, wanted)) >= shape_threshold:
            score += 0.8 * similarity
            changes.append(f"similar shape: {char} for {wanted}")
            methods.add("shape")
        else:
            return None
    if exact * 2 < len(window):
        return None
    method = next(m for m in ("shape", "near_homophone", "homophone") if m in methods)
    return NameMatch(target, start, end, method, "; ".join(changes), round(score / len(window), 3))


@lru_cache(maxsize=16384)
def readings(char: str) -> frozenset[str]:
    """Every tone-less reading of a character (柏: bai, bo), for polyphonic substitutes.

    >>> sorted(readings("柏"))
    ['bai', 'bo']
    """
    from pypinyin import Style, pinyin

    return frozenset(pinyin(char, style=Style.NORMAL, heteronym=True)[0])


def fuzzy_pinyin(syllable: str) -> str:
    """A tone-less syllable with the commonly confused initials and finals merged.

    >>> fuzzy_pinyin("chuang") == fuzzy_pinyin("chuan")
    True
    """
    for long, short in _FUZZY_INITIALS:
        if syllable.startswith(long):
            syllable = short + syllable[len(long) :]
            break
    for long, short in _FUZZY_FINALS:
        if syllable.endswith(long):
            return syllable[: -len(long)] + short
    return syllable


def _grams(word: str) -> set[str]:
    """Character bigrams: one typing edit leaves most of them in place."""
    return {word[i : i + 2] for i in range(len(word) - 1)}


def _phonetic_stream(text: NormalizedText) -> tuple[str, list[int]]:
    """Pinyin for Chinese characters, letters and digits as they are; the owner of each letter."""
    letters: list[str] = []
    owner: list[int] = []
    for index, (char, sound) in enumerate(zip(text.text, text.pinyin, strict=True)):
        piece = sound if is_han(char) else (char if char.isascii() and char.isalnum() else "")
        letters.append(piece)
        owner.extend([index] * len(piece))
    return "".join(letters), owner


def _latin_words(text: str) -> list[tuple[int, int]]:
    words: list[tuple[int, int]] = []
    start: int | None = None
    for i, char in enumerate(f"{text} "):
        is_word = char.isascii() and char.isalnum()
        if is_word and start is None:
            start = i
        elif not is_word and start is not None:
            words.append((start, i))
            start = None
    return words


def _word_bounded(text: str, start: int, end: int) -> bool:
    """Latin letters at either end of a match must not continue a longer Latin word."""

    def latin(i: int) -> bool:
        return 0 <= i < len(text) and text[i].isascii() and text[i].isalnum()

    return not (latin(start) and latin(start - 1)) and not (latin(end - 1) and latin(end))


def _automaton(words: dict[str, NameTarget]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key, target in words.items():
        if key:
            automaton.add_word(key, (key, target))
    if len(automaton):
        automaton.make_automaton()
    return automaton


def _iter(automaton: ahocorasick.Automaton, text: str) -> list[tuple[int, tuple[str, NameTarget]]]:
    if automaton.kind != ahocorasick.AHOCORASICK or not text:
        return []
    return list(automaton.iter(text))
