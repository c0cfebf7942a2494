"""Stage one of claim matching: a character-bigram inverted index over registered claims.

Each false or misleading claim is split into its subject (the registered names it mentions)
and its predicate (everything else). Retrieval scores a query by the IDF-weighted share of a
claim's predicate bigrams it contains, touching only the postings of the query's bigrams, so
it stays fast with 100,000 claims.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import numpy.typing as npt

from clearbright.detectors.claims.lexicon import (
    EFFECT_LINKS,
    FALSE_LABELS,
    GENERIC_NOUNS,
    LIGHT_WORDS,
    PRODUCT_HEADS,
    PRODUCTION_VERBS,
)
from clearbright.detectors.claims.textutil import (
    CLAUSE_BREAKS,
    bigrams,
    content,
    negation_count,
    numbers,
    spans,
)
from clearbright.registry import Registry
from clearbright.registry.models import Claim
from clearbright.text.normalize import fold, is_han, pinyin_syllables

ASSERTED_VERDICTS = frozenset({"false", "misleading"})
# Bigrams in more than this share of a large index carry no signal (like stop words).
MAX_DOCUMENT_SHARE = 0.05
MIN_DOCS_FOR_STOPGRAMS = 1000
_GLOSS_RE = re.compile(r"[（(][^（()）]{1,20}[)）]")


@dataclass(frozen=True)
class ClaimEntry:
    """A registered claim prepared for matching."""

    claim: Claim
    predicate: str
    clauses: tuple[str, ...]
    subjects: frozenset[str]
    primary: str | None
    negations: int
    numbers: frozenset[float]
    labels: frozenset[str]
    clause_negations: tuple[int, ...] = ()
    # Predicate ranges of accusations joined to an effect ("添加罂粟壳" of "添加罂粟壳让人上瘾").
    causes: tuple[tuple[int, int], ...] = ()
    # Predicate positions of parenthetical glosses ("小黑盒（电磁干扰器）"): the claim explaining
    # its own words, which people repeating the claim leave out.
    glosses: frozenset[int] = frozenset()

    @cached_property
    def grams(self) -> frozenset[str]:
        return frozenset(bigrams(self.predicate))

    @cached_property
    def skips(self) -> dict[str, tuple[int, int, int]]:
        """Bigrams of the predicate with a particle between them dropped, and the three
        positions each stands for: "含激" of 含有激素, "加罂" of 加了罂粟壳 (people write "含激
        素", "加罂粟壳"). Not 的: in a predicate it is often what is left of a blanked name."""
        return skip_grams(self.predicate)

    @cached_property
    def distinct(self) -> frozenset[int]:
        """Predicate positions outside its light words (使用, 会, 已经...), production verbs
        and topic nouns (后厨, 原料): what distinguishes the claim ("地沟油" of "后厨使用地沟
        油")."""
        light: set[int] = set()
        for word in (*LIGHT_WORDS, *PRODUCTION_VERBS, *GENERIC_NOUNS):
            at = self.predicate.find(word)
            while at >= 0:
                light.update(range(at, at + len(word)))
                at = self.predicate.find(word, at + 1)
        return frozenset(k for k in range(len(self.predicate)) if k not in light)

    @cached_property
    def syllables(self) -> tuple[str, ...]:
        """Tone-less pinyin of each predicate character: texts spell key words in pinyin to
        dodge filters ("ji素" for 激素)."""
        return tuple(pinyin_syllables(self.predicate))

    def negations_covered(self, covered: Collection[int]) -> int:
        """Negations of the clauses a text states (at least half of a clause's predicate
        positions in `covered`): a text asserting "老板跑路" of the claim "老板跑路，课程无法
        退费" must not be read as negating it for lacking the second clause's 无法."""
        if len(self.clause_negations) != len(self.clauses):
            return self.negations
        total, offset, stated = 0, 0, False
        for clause, negations in zip(self.clauses, self.clause_negations, strict=True):
            hit = sum(1 for k in range(offset, offset + len(clause)) if k in covered)
            if 2 * hit >= len(clause):
                total += negations
                stated = True
            offset += len(clause)
        return total if stated else self.negations

    def label_negations(self, family: str) -> int:
        """Negations of the clause that carries a false label of `family` ("跑路")."""
        words = [w for w, f in FALSE_LABELS.items() if f == family]
        offset = 0
        for clause in self.clauses:
            at = next((clause.find(w) for w in words if w in clause), -1)
            if at >= 0:
                return self.negations_covered(range(offset + at, offset + len(clause)))
            offset += len(clause)
        return self.negations


# Particles a writer drops after a verb of a claim without changing what it says.
SKIPPABLE = frozenset("有了")


def skip_grams(predicate: str) -> dict[str, tuple[int, int, int]]:
    """Bigrams of `predicate` over a dropped particle (see ClaimEntry.skips).

    >>> skip_grams("含有激素")
    {'含激': (0, 1, 2)}
    """
    out: dict[str, tuple[int, int, int]] = {}
    for k in range(len(predicate) - 2):
        first, middle, last = predicate[k], predicate[k + 1], predicate[k + 2]
        if middle in SKIPPABLE and is_han(first) and is_han(last) and last not in SKIPPABLE:
            out.setdefault(first + last, (k, k + 1, k + 2))
    return out


def prepare_claim(claim: Claim, registry: Registry) -> ClaimEntry:
    """Split a claim into subject ids and predicate text, and note its negations and numbers."""
    from clearbright.text.normalize import normalize

    text = normalize(claim.text)
    folded = text.text
    mentions = registry.find_mentions(text)
    subjects = {eid for m in mentions for eid in m.entity_ids}
    if claim.subject:
        subjects.add(claim.subject)
    # Blank out the subject's names, with the product head right after them ("<X>奶粉"): the
    # predicate is what is said about it.
    chars = list(folded)
    for mention in mentions:
        for i in range(mention.start, head_end(folded, mention.end)):
            chars[i] = "，"
    predicate_text = "".join(chars)
    clauses = tuple(
        c
        for c in (content(predicate_text[s:e]) for s, e in spans(predicate_text, CLAUSE_BREAKS))
        if c
    )
    return ClaimEntry(
        claim=claim,
        predicate=content(predicate_text),
        clauses=clauses,
        subjects=frozenset(subjects),
        primary=claim.subject,
        negations=negation_count(predicate_text),
        numbers=frozenset(numbers(predicate_text)),
        labels=frozenset(family for word, family in FALSE_LABELS.items() if word in folded),
        clause_negations=tuple(negation_count(c) for c in clauses),
        causes=_causes(clauses),
        glosses=_glosses(predicate_text),
    )


def head_end(folded: str, end: int) -> int:
    """End of the product head noun right after a name ("奶粉" of "<X>奶粉"), or `end`."""
    rest = folded[end:].lstrip("的 ")
    head = next((h for h in PRODUCT_HEADS if rest.startswith(h)), None)
    return len(folded) - len(rest) + len(head) if head else end


def _glosses(predicate_text: str) -> frozenset[int]:
    """Predicate positions (indexes into its content characters) inside parentheses, when
    they leave most of the predicate outside."""
    inside: set[int] = set()
    for found in _GLOSS_RE.finditer(predicate_text):
        before = len(content(predicate_text[: found.start()]))
        inside.update(range(before, before + len(content(found.group()))))
    return frozenset(inside) if 2 * len(inside) < len(content(predicate_text)) else frozenset()


def _causes(clauses: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Predicate ranges of each clause's part before an effect link (让人, 导致...)."""
    out: list[tuple[int, int]] = []
    offset = 0
    for clause in clauses:
        at = min((clause.find(w) for w in EFFECT_LINKS if w in clause), default=-1)
        if at > 0:
            out.append((offset, offset + at))
        offset += len(clause)
    return tuple(out)


class ClaimIndex:
    """Inverted index from predicate bigrams to claims, with IDF weights."""

    def __init__(self, entries: Iterable[ClaimEntry]) -> None:
        self.entries: tuple[ClaimEntry, ...] = tuple(e for e in entries if e.predicate)
        postings: dict[str, list[int]] = defaultdict(list)
        for number, entry in enumerate(self.entries):
            for gram in entry.grams:
                postings[gram].append(number)
        total = len(self.entries)
        limit = total * MAX_DOCUMENT_SHARE if total >= MIN_DOCS_FOR_STOPGRAMS else total + 1
        self._postings = {
            g: np.asarray(p, dtype=np.int32) for g, p in postings.items() if len(p) <= limit
        }
        self._idf = {g: math.log(1 + total / len(p)) for g, p in postings.items()}
        self._mass = np.asarray(
            [sum(self._idf[g] for g in e.grams) or 1.0 for e in self.entries], dtype=np.float64
        )
        self._by_subject: dict[str, list[int]] = defaultdict(list)
        for number, entry in enumerate(self.entries):
            for subject in entry.subjects:
                self._by_subject[subject].append(number)
        # (label family, subject id) → claims: a label is only ever read next to a name.
        self._by_label: dict[tuple[str, str], list[ClaimEntry]] = defaultdict(list)
        for entry in self.entries:
            about = {entry.primary} if entry.primary else entry.subjects or {""}
            for family in entry.labels:
                for subject in about:
                    self._by_label[family, subject].append(entry)

    @classmethod
    def from_registry(cls, registry: Registry) -> ClaimIndex:
        """Index the registry's false and misleading claims."""
        return cls(
            prepare_claim(c, registry)
            for c in registry.claims
            if c.verdict in ASSERTED_VERDICTS and fold(c.text)
        )

    def __len__(self) -> int:
        return len(self.entries)

    def candidates(
        self,
        grams: set[str],
        subjects: frozenset[str] = frozenset(),
        limit: int = 10,
        floor: float = 0.2,
        spelled: bool = False,
    ) -> list[tuple[ClaimEntry, float]]:
        """Claims whose predicate bigrams the query covers best (weighted share ≥ floor).

        Claims about a subject the query names are always scored, stop-grams included: a
        registry's claims often share their vocabulary (破产, 检出) and differ by subject.
        """
        share = self._shares(grams)
        named: list[int] = []
        for subject in sorted(subjects):
            for number in self._by_subject.get(subject, ()):
                weight = sum(self._idf[g] for g in grams & self.entries[number].grams)
                share[number] = weight / self._mass[number]
                named.append(number)
        # With letters in the query (`spelled`), a claim about a named subject is kept from
        # half the floor: its key words may be spelled in pinyin ("sè sù" for 色素), which
        # give no bigrams here and only the full coverage reads back.
        about = [n for n in named if spelled and floor / 2 <= share[n] < floor]
        found = np.union1d(np.flatnonzero(share >= floor), np.asarray(about, dtype=np.int64))
        if len(found) > limit:  # the best `limit`, without sorting them all
            found = found[np.argpartition(-share[found], limit)[:limit]]
        ranked = sorted(found.tolist(), key=lambda n: -share[n])
        return [(self.entries[n], float(share[n])) for n in ranked]

    def _shares(self, grams: set[str]) -> npt.NDArray[np.float64]:
        """IDF-weighted share of each claim's predicate covered by the query's bigrams,
        accumulated over the postings in one vectorised pass."""
        hits = [(self._postings[g], self._idf[g]) for g in grams if g in self._postings]
        if not hits:
            return np.zeros(len(self.entries))
        numbers = np.concatenate([p for p, _ in hits])
        weights = np.concatenate([np.full(len(p), idf) for p, idf in hits])
        total = np.bincount(numbers, weights=weights, minlength=len(self.entries))
        shares: npt.NDArray[np.float64] = total / self._mass
        return shares

    def entries_about(self, subjects: set[str]) -> list[ClaimEntry]:
        """Claims about one of `subjects` (their declared subject, or a name they mention)."""
        numbers = sorted({n for s in subjects for n in self._by_subject.get(s, ())})
        return [
            self.entries[n]
            for n in numbers
            if not self.entries[n].primary or self.entries[n].primary in subjects
        ]

    def by_labels(self, families: set[str], subjects: set[str]) -> list[ClaimEntry]:
        """Claims about one of `subjects` (or about no registered subject) that carry one of
        the given false-label families ("破产", "跑路"...)."""
        found = {
            id(e): e
            for f in sorted(families)
            for s in sorted(subjects | {""})
            for e in self._by_label.get((f, s), ())
        }
        return list(found.values())
