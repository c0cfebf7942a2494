"""Stage two of claim matching: score each retrieved claim precisely, sentence by sentence.

A sentence asserts a registered claim when it covers most of the claim's predicate (or one
whole clause of it: partial quotes), in a compact region, about the claim's subject, with
the same negation parity and no conflicting number. Sentences that deny the claim ("未检出",
"网传…系谣言") come back marked `negated` or `refuted`, never `asserted`.
"""

from __future__ import annotations

import itertools
import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from clearbright.detectors.claims.claim_index import ClaimEntry, ClaimIndex
from clearbright.detectors.claims.lexicon import (
    FALSE_LABELS,
    REFUTATIONS,
    SLANG_NAMES,
    UNRELATED,
)
from clearbright.detectors.claims.pinyin_names import PinyinNames
from clearbright.detectors.claims.textutil import (
    CLAUSE_BREAKS,
    CN_DIGITS,
    PARAPHRASE_GRAMS,
    bigrams,
    clause_start,
    content,
    content_index,
    expanded_bigrams,
    has_any,
    negations_after,
    numbers,
    paraphrases_in,
    parse_number,
    scope_end,
    sentences,
    spans,
    toneless,
)
from clearbright.registry import Mention, Registry
from clearbright.text.normalize import NormalizedText, is_han

_LETTERS = re.compile(r"[a-z]{2,}")
# Pinyin initials standing for a key word ("dgy" for 地沟油): shorter runs are too ambiguous.
INITIALS_MIN = 3
INITIALS_MAX = 6
_NOT_INITIALS = re.compile("[iuv]")
# A Chinese numeral, with a measure word dropped when a person noun follows ("三个人").
_CN_NUMERAL = re.compile(rf"([{CN_DIGITS}]+|\d+)(?:[个名位](?=人))?")
# A flat denial answering a question: "根本开不了", "压根没有", "从来不".
_FLAT_DENIAL_RE = re.compile("(?:根本|压根|从来|完全)(?:就)?[^,，]{0,3}?(?:不|没|未|无)")
Status = Literal["asserted", "negated", "refuted", "questioned"]
# Question particles: "X会爆炸吗" asks, it does not assert (a rhetorical "你们不知道？" does).
SHORT_TAIL = 8
QUESTIONS = ("吗", "是否", "是不是", "会不会", "真的假的", "有没有")
MATCH_MIN = 0.6
# One contiguous run (a shared noun such as 三聚氰胺) must cover more than two words would.
SINGLE_RUN_MIN = 0.75
LONG_RUN = 6
# A single run stating every distinctive character of a claim needs at least this many.
MIN_DISTINCT_RUN = 3
# The longest head noun a 是…的 description may drop after its 的 ("假果汁").
HEAD_MAX = 3
# A verbatim excerpt this long, covering this share of the claim, is a partial quote of it.
EXCERPT_MIN = 8
EXCERPT_SHARE = 0.45
CLAUSE_WEIGHT = 0.9
MIN_CLAUSE = 4
LABEL_SCORE = 0.65
# A bare label ("破产") counts only in a short clause that also names the subject: in long
# reporting the word is too often a mention ("涵盖三聚氰胺等指标"), not an assertion.
LABEL_CLAUSE_MAX = 24
NEGATION_LOOKBACK = 4
# Sentences at most this long (content characters) are read in adjacent pairs as well.
PAIR_SENTENCE_MAX = 40
# First-person possessives: a clause they open speaks of the writer's own business ("我们的奶盖…",
# "本店奶盖"); "我们村的", "我们都知道" are no business of the writer's.
_OWN_RE = re.compile("(?:我们|咱们|俺们)(?:家|店)?的|(?:我家|咱家|本店|我司|我店|自家)的?")
# Texts this short are read as one statement: a refutation anywhere in them counts.
SHORT_TEXT = 60


@dataclass(frozen=True)
class ClaimMatch:
    """A registered claim found in a text, where, how closely, and whether it is asserted."""

    entry: ClaimEntry
    score: float
    start: int
    end: int
    status: Status
    how: Literal["overlap", "label", "keyword"]
    cue: str | None = None


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    positions: list[int]
    core: str


class ClaimMatcher:
    """Finds registered false or misleading claims asserted (or denied) in a text."""

    def __init__(self, registry: Registry, index: ClaimIndex | None = None) -> None:
        self.registry = registry
        self.index = index if index is not None else ClaimIndex.from_registry(registry)
        self.pinyin = PinyinNames(registry)

    def match(
        self, text: NormalizedText, mentions: Sequence[Mention], labels: bool = True
    ) -> list[ClaimMatch]:
        """Best match per claim over the sentences of a text (asserted ones first)."""
        best: dict[str, ClaimMatch] = {}
        for match in self.match_all(text, mentions, labels):
            old = best.get(match.entry.claim.id)
            if old is None or _rank(match) > _rank(old):
                best[match.entry.claim.id] = match
        return sorted(best.values(), key=lambda m: _rank(m), reverse=True)

    def match_all(
        self, text: NormalizedText, mentions: Sequence[Mention], labels: bool = True
    ) -> list[ClaimMatch]:
        """Every match of every sentence, whatever its status."""
        if not len(self.index):
            return []
        mentions = [*mentions, *self.pinyin.mentions(text, tuple(mentions))]
        mentions.sort(key=lambda m: m.start)
        folded = toneless(text.text)
        refuted_anywhere = len(content(folded)) <= SHORT_TEXT and has_any(folded, REFUTATIONS)
        ranges = sentences(folded)
        out: list[ClaimMatch] = []
        previous: _Sentence | None = None
        for number, (start, end) in enumerate(ranges):
            positions = content_index(folded, start, end)
            sentence = _Sentence(start, end, positions, "".join(folded[i] for i in positions))
            near = folded[
                ranges[max(number - 1, 0)][0] : ranges[min(number + 1, len(ranges) - 1)][1]
            ]
            refutation = (
                has_any(near, REFUTATIONS)
                or refuted_anywhere
                or _answered_no(
                    folded, end, ranges[number + 1] if number + 1 < len(ranges) else None
                )
                or None
            )
            found = self._overlap_matches(folded, sentence, mentions, refutation)
            if labels:
                found += self._label_matches(folded, sentence, mentions, refutation)
            if previous is not None:
                found += self._across(folded, previous, sentence, mentions, out + found, ranges)
            out.extend(found)
            previous = sentence
        return out

    def _across(
        self,
        folded: str,
        first: _Sentence,
        second: _Sentence,
        mentions: Sequence[Mention],
        found: list[ClaimMatch],
        ranges: list[tuple[int, int]],
    ) -> list[ClaimMatch]:
        """Claims stated across two short adjacent sentences ("X奶茶为什么让人上瘾？懂的都
        懂，加了罂粟壳呗"): a rhetorical question and its answer, or a name and then what it
        is accused of. Only claims neither sentence states alone."""
        if max(len(first.core), len(second.core)) > PAIR_SENTENCE_MAX:
            return []
        pair = _Sentence(
            first.start, second.end, first.positions + second.positions, first.core + second.core
        )
        n = next(i for i, r in enumerate(ranges) if r[0] == second.start)
        near = folded[ranges[max(n - 2, 0)][0] : ranges[min(n + 1, len(ranges) - 1)][1]]
        refutation = has_any(near, REFUTATIONS) or None
        known = {m.entry.claim.id for m in found if first.start <= m.start < second.end}
        return [
            m
            for m in self._overlap_matches(folded, pair, mentions, refutation)
            if m.entry.claim.id not in known
            and m.start < first.end <= m.end  # it needs both sentences
        ]

    # --- overlap path ----------------------------------------------------------------------

    def _overlap_matches(
        self, folded: str, sentence: _Sentence, mentions: Sequence[Mention], refutation: str | None
    ) -> list[ClaimMatch]:
        out: list[ClaimMatch] = []
        grams = expanded_bigrams(sentence.core)
        grams |= bigrams(arabic(sentence.core)[0])  # "三个人" retrieves a claim saying "3人"
        named = frozenset(
            e
            for m in mentions
            if sentence.start <= m.start < sentence.end
            for e in self._entities(m)
        )
        spelled = any(c.isascii() and c.isalpha() for c in sentence.core)
        candidates = self.index.candidates(grams, named, spelled=spelled)
        if named and has_initials(sentence.core):
            # initials ("dgy") give no bigram of the word they stand for: every claim about
            # the named subject is read back against them
            known = {id(e) for e, _ in candidates}
            candidates += [
                (e, 0.0) for e in self.index.entries_about(set(named)) if id(e) not in known
            ]
        for entry, _share in candidates:
            score, hits, covered = _coverage(sentence.core, entry)
            if EXCERPT_SHARE <= score < MATCH_MIN and (
                _longest_run(hits) >= EXCERPT_MIN or _states_clause_end(entry, covered)
            ):
                # a long verbatim excerpt of the claim (a partial quote), or the end of one of
                # its clauses, where it puts what it asserts ("是勾兑的假果汁" of "是用色素香精
                # 勾兑的假果汁": the instrument dropped, the accusation kept)
                score = MATCH_MIN
            if EXCERPT_SHARE <= score < MATCH_MIN and _states_slang_core(
                sentence.core, entry, covered
            ):
                score = MATCH_MIN
            if score < MATCH_MIN and _states_all_distinct(entry, covered):
                # every distinctive word of the claim, its light words and topic nouns
                # dropped ("<X> 地沟油 实锤" of "<X>后厨使用地沟油")
                score = MATCH_MIN
            if (
                not hits
                or score < MATCH_MIN
                or (
                    score < SINGLE_RUN_MIN
                    and _runs(hits) < 2
                    and len(hits) < LONG_RUN
                    and not _states_all_distinct(entry, covered)
                    and not _states_slang_core(sentence.core, entry, covered)
                )
            ):
                continue
            start, end = sentence.positions[min(hits)], sentence.positions[max(hits)] + 1
            if max(hits) - min(hits) + 1 > 2 * len(entry.predicate) + 6:
                continue  # scattered coincidences, not a statement of the claim
            agreement = self._subject_agreement(
                entry, sentence, start, mentions, later=scope_end(folded, end, CLAUSE_BREAKS)
            )
            clause_end = scope_end(folded, end, CLAUSE_BREAKS)
            if agreement and self._speaks_of_self(folded, start, clause_end, mentions, entry):
                continue
            if agreement == 0.0 or not _numbers_agree(entry, folded, sentence, mentions):
                continue
            expected = entry.negations_covered(covered)
            status = _status(folded, sentence, start, end, expected, refutation)
            out.append(
                ClaimMatch(
                    entry, round(score * agreement, 4), start, end, status, "overlap", refutation
                )
            )
        return out

    # --- label path: "X 破产", "X 跑路" --------------------------------------------------------

    def _label_matches(
        self, folded: str, sentence: _Sentence, mentions: Sequence[Mention], refutation: str | None
    ) -> list[ClaimMatch]:
        found: dict[str, tuple[int, int]] = {}
        named: set[str] = set()
        for c_start, c_end in spans(folded[sentence.start : sentence.end], CLAUSE_BREAKS):
            start, end = sentence.start + c_start, sentence.start + c_end
            here = [m for m in mentions if start <= m.start < end]
            if not here or len(content(folded[start:end])) > LABEL_CLAUSE_MAX:
                continue
            named.update(e for m in here for e in self._entities(m))
            for word, family in FALSE_LABELS.items():
                at = folded.find(word, start, end)
                if at >= 0 and family not in found:
                    found[family] = (at, at + len(word))
        out: list[ClaimMatch] = []
        for entry in self.index.by_labels(set(found), named):
            family = next(f for f in sorted(entry.labels) if f in found)
            start, end = found[family]
            if self._subject_agreement(entry, sentence, start, mentions, strict=True) == 0.0:
                continue
            expected = entry.label_negations(family)
            status = _status(folded, sentence, start, end, expected, refutation)
            out.append(ClaimMatch(entry, LABEL_SCORE, start, end, status, "label", refutation))
        return out

    # --- agreement checks -------------------------------------------------------------------

    def _speaks_of_self(
        self,
        folded: str,
        start: int,
        clause_end: int,
        mentions: Sequence[Mention],
        entry: ClaimEntry,
    ) -> bool:
        """Whether the clause of a match is about the writer's own business ("我们的奶盖用的是
        当天的淡奶油，比<X>便宜"): a first-person possessive before the match in its clause, and
        no name of the claim's subject anywhere in that clause ("我们村的农田被<X>污染" names
        it)."""
        head = clause_start(folded, start)
        if not _OWN_RE.search(folded, head, start + 1):
            return False
        wanted = frozenset({entry.primary}) if entry.primary else entry.subjects
        return not any(
            head <= m.start < clause_end and self._entities(m) & wanted for m in mentions
        )

    def _entities(self, mention: Mention) -> set[str]:
        ids = set(mention.entity_ids)
        ids.update(e for e in (self.registry.enterprise_of(i) for i in mention.entity_ids) if e)
        return ids

    def _subject_agreement(
        self,
        entry: ClaimEntry,
        sentence: _Sentence,
        start: int,
        mentions: Sequence[Mention],
        strict: bool = False,
        later: int | None = None,
    ) -> float:
        """1.0 when the sentence names the claim's subject, less when only another sentence
        does, 0 when it does not or names another entity right before the claim (a claim
        about A does not match B). With a declared subject, only that subject counts. Names
        from `later` on (clauses after the match's own: "…一秒就开，买<Y>才安全") do not say
        whom the claim is about, so another sentence naming the subject still counts."""
        wanted = frozenset({entry.primary}) if entry.primary else entry.subjects
        if not wanted:
            return 1.0
        inside = [m for m in mentions if sentence.start <= m.start < sentence.end]
        agreeing = [m for m in inside if self._entities(m) & wanted]
        if not agreeing and later is not None:
            inside = [m for m in inside if m.start < later]
        if agreeing:
            before = [m for m in inside if m.start <= start]
            if before and not any(self._entities(m) & wanted for m in before):
                return 0.0
            return 1.0
        if strict or inside:
            return 0.0
        return 0.85 if any(self._entities(m) & wanted for m in mentions) else 0.0


def coverage_share(core: str, entry: ClaimEntry) -> float:
    """How much of the claim's predicate the content string `core` states (0 to 1, clause
    and cause readings included), whatever the claim's verdict."""
    return _coverage(core, entry)[0]


def denies_link(text: str, entry: ClaimEntry) -> bool:
    """Whether a (folded) text calls the claim's harm unrelated to its subject ("…与婴儿肾结石
    无关") while the claim itself says no such thing."""
    return any(word in text and word not in entry.claim.text for word in UNRELATED)


def covered_positions(core: str, entry: ClaimEntry) -> set[int]:
    """The predicate positions of a claim the content string `core` states."""
    return _coverage(core, entry)[2]


def _coverage(core: str, entry: ClaimEntry) -> tuple[float, list[int], set[int]]:
    """Share of the claim's predicate covered by the sentence's bigrams, which sentence
    positions matched (indexes into `core`) and which predicate positions were covered."""
    if entry.numbers and any(c.isdigit() for c in entry.predicate):
        written, where = arabic(core, entry.numbers, keep=entry.predicate)
        if written != core:
            share, read, stated = _coverage(written, entry)
            return share, sorted({where[h] for h in read}), stated
    if any(c.isascii() and c.isalpha() for c in core):
        spelled, where = unspell(core, entry)
        if spelled != core:
            share, read, stated = _coverage(spelled, entry)
            return share, sorted({where[h] for h in read}), stated
    predicate = entry.predicate
    wanted = bigrams(predicate)
    hits: set[int] = set()
    found: set[str] = set()
    for j in range(len(core) - 1):
        if core[j : j + 2] in wanted:
            hits.update((j, j + 1))
            found.add(core[j : j + 2])
    for phrase, at in paraphrases_in(core).items():
        shared = PARAPHRASE_GRAMS[phrase] & wanted
        if shared:
            hits.update(range(at, at + len(phrase)))
            found |= shared
    covered = [False] * len(predicate)
    for k in range(len(predicate) - 1):
        if predicate[k : k + 2] in found:
            covered[k] = covered[k + 1] = True
    for j in range(len(core) - 1):  # "含激素" for 含有激素: the particle dropped
        skipped = entry.skips.get(core[j : j + 2])
        if skipped is not None:
            hits.update((j, j + 1))
            for k in skipped:
                covered[k] = True
    score = sum(covered) / max(len(predicate), 1)
    offset = 0
    for clause in entry.clauses:
        part = covered[offset : offset + len(clause)]
        if len(clause) >= MIN_CLAUSE:
            score = max(score, CLAUSE_WEIGHT * sum(part) / len(clause))
        offset += len(clause)
    if entry.glosses:  # the claim without its parenthetical glosses
        outside = [c for k, c in enumerate(covered) if k not in entry.glosses]
        score = max(score, CLAUSE_WEIGHT * sum(outside) / len(outside))
    for start, end in entry.causes:
        if end - start >= MIN_CLAUSE:
            score = max(score, CLAUSE_WEIGHT * sum(covered[start:end]) / (end - start))
    return score, sorted(hits), {k for k, c in enumerate(covered) if c}


def arabic(
    core: str, wanted: frozenset[float] | None = None, keep: str = ""
) -> tuple[str, list[int]]:
    """The sentence with Chinese numerals the claim states in digits written as digits ("死了
    三个人" → "死了3人" for a claim saying 3人), and for each character the index in `core` it
    came from. A measure word (个/名/位) between the numeral and 人 is dropped, as the claim's
    "3人" has none. With `wanted`, only numbers the claim states are rewritten: other numerals
    stay words (一 in 一批次 is rarely a figure); so do numerals written as in `keep` (the
    claim's own "一百多年前")."""
    out: list[str] = []
    where: list[int] = []
    at = 0
    for run in _CN_NUMERAL.finditer(core):
        value, scale = parse_number(run.group(1)), ""
        numeral = run.group(1)
        if (
            wanted is not None
            and value not in wanted
            and len(numeral) > 1
            and numeral[-1] in "万亿"
        ):
            # "五百万" for a claim's "500万": the trailing 万 is the claim's unit
            value, scale = parse_number(numeral[:-1]), numeral[-1]
        if value is None or (wanted is not None and value not in wanted):
            continue
        if keep and run.group(1) in keep:
            continue
        if run.group(1).isdigit() and run.end(1) == run.end():
            continue  # digits with no measure word to drop are already written as claimed
        out.extend(core[at : run.start()])
        where.extend(range(at, run.start()))
        digits = f"{value:g}{scale}"
        out.extend(digits)
        where.extend(run.start() + min(k, len(run.group(1)) - 1) for k in range(len(digits)))
        at = run.end()
    out.extend(core[at:])
    where.extend(range(at, len(core)))
    return "".join(out), where


def unspell(core: str, entry: ClaimEntry) -> tuple[str, list[int]]:
    """The sentence with pinyin standing for characters of the claim written back in Han
    ("有ji素" → "有激素" for a claim saying 激素), and for each of its characters the index
    in `core` it came from. A run of letters is read back only where it spells consecutive
    characters of the predicate and touches a Han character that continues them, or spells
    at least two of them: a lone syllable ("ji") would otherwise stand for any character."""
    out: list[str] = []
    where: list[int] = []
    at = 0
    for run in _LETTERS.finditer(core):
        out.extend(core[at : run.start()])
        where.extend(range(at, run.start()))
        han = _spelled(core, run.start(), run.end(), entry)
        if han is None:
            out.extend(run.group())
            where.extend(range(run.start(), run.end()))
        else:  # the Han characters stand where the letters were
            out.extend(han)
            where.extend(run.start() + min(k, run.end() - run.start() - 1) for k in range(len(han)))
        at = run.end()
    out.extend(core[at:])
    where.extend(range(at, len(core)))
    return "".join(out), where


def _spelled(core: str, start: int, end: int, entry: ClaimEntry) -> str | None:
    """The predicate characters the letters core[start:end] spell in pinyin, if any."""
    letters = core[start:end]
    syllables = entry.syllables
    before, after = core[start - 1 : start], core[end : end + 1]
    for k in range(len(syllables)):
        spelled, n = "", 0
        while k + n < len(syllables) and len(spelled) < len(letters):
            spelled += syllables[k + n]
            n += 1
        if spelled != letters:
            continue
        touching = (after and entry.predicate[k + n : k + n + 1] == after) or (
            before and k and entry.predicate[k - 1] == before
        )
        if touching or n >= 2:
            return entry.predicate[k : k + n]
    return _initials(letters, entry)


def _initials(letters: str, entry: ClaimEntry) -> str | None:
    """The predicate characters a run of pinyin initials stands for ("dgy" for 地沟油, "ysk"
    for 罂粟壳): at least INITIALS_MIN letters, each the first letter of the next character's
    syllable. Letters no syllable starts with (i, u, v) make it a word, not initials."""
    if not INITIALS_MIN <= len(letters) <= INITIALS_MAX or _NOT_INITIALS.search(letters):
        return None
    n = len(letters)
    syllables = entry.syllables
    for k in range(len(syllables) - n + 1):
        if all(syllables[k + i][:1] == letters[i] for i in range(n)) and all(
            is_han(c) for c in entry.predicate[k : k + n]
        ):
            return entry.predicate[k : k + n]
    return None


def has_initials(core: str) -> bool:
    """Whether a text holds a letter run that may be pinyin initials of a key word."""
    return any(
        INITIALS_MIN <= len(run.group()) <= INITIALS_MAX and not _NOT_INITIALS.search(run.group())
        for run in _LETTERS.finditer(core)
    )


def _states_clause_end(entry: ClaimEntry, covered: set[int]) -> bool:
    """Whether the covered predicate positions hold an unbroken run of at least LONG_RUN
    characters ending one of the claim's clauses, or ending at the 的 before its short head
    noun ("是色素香精勾兑的" of "…勾兑的假果汁": 是…的 describes the thing, its noun dropped)."""
    offset = 0
    for clause in entry.clauses:
        end = offset + len(clause)
        ends = [end] + [
            offset + k + 1
            for k in range(len(clause) - 1 - HEAD_MAX, len(clause) - 1)
            if k > 0 and clause[k] == "的"
        ]
        if any(_run_before(covered, offset, stop) >= LONG_RUN for stop in ends):
            return True
        offset = end
    return False


def _states_all_distinct(entry: ClaimEntry, covered: set[int]) -> bool:
    """Whether the covered positions hold every distinctive character of the claim (its
    light words aside), at least MIN_DISTINCT_RUN of them: "<X> 地沟油 实锤" states "<X>使用
    地沟油" whole, where "涵盖三聚氰胺等指标" holds only part of "检出三聚氰胺"."""
    return len(entry.distinct) >= MIN_DISTINCT_RUN and entry.distinct <= covered


def _states_slang_core(core: str, entry: ClaimEntry, covered: set[int]) -> bool:
    """Whether the sentence states the claim's accusation in one of its slang names, and the
    covered predicate holds that accusation whole within an unbroken run of at least
    LONG_RUN characters, or of the accusation and one more word of the claim: "那家用回收🐷油
    的" states "使用回收老油" of "速冻油条使用回收老油炸制", "回收🐷油炸的" states "回收老油炸",
    the product and the rest dropped. Only names from the lexicon's equivalence classes
    count, where the claim uses another member of the class: a shared ordinary word is not
    enough."""
    runs = _covered_runs(covered)
    if not runs:
        return False
    for phrase, group in SLANG_NAMES:
        if phrase not in core:
            continue
        for member in group:
            at = entry.predicate.find(member)
            if at < 0:
                continue
            stop = at + len(member)
            if any(
                first <= at
                and stop <= last + 1
                and last + 1 - first >= min(LONG_RUN, stop - at + 1)
                for first, last in runs
            ):
                return True
    return False


def _covered_runs(covered: set[int]) -> list[tuple[int, int]]:
    """(first, last) of each unbroken run of covered positions."""
    out: list[tuple[int, int]] = []
    for at in sorted(covered):
        if out and at == out[-1][1] + 1:
            out[-1] = (out[-1][0], at)
        else:
            out.append((at, at))
    return out


def _run_before(covered: set[int], first: int, stop: int) -> int:
    """How many positions right before `stop` (not before `first`) are all covered."""
    run = 0
    while stop - run - 1 >= first and stop - run - 1 in covered:
        run += 1
    return run


def _longest_run(hits: list[int]) -> int:
    """Length of the longest run of consecutive positions."""
    best = run = 0
    for i, at in enumerate(hits):
        run = run + 1 if i and at == hits[i - 1] + 1 else 1
        best = max(best, run)
    return best


def _runs(hits: list[int]) -> int:
    """Number of contiguous runs in sorted positions."""
    return 1 + sum(1 for a, b in itertools.pairwise(hits) if b != a + 1)


def _numbers_agree(
    entry: ClaimEntry, folded: str, sentence: _Sentence, mentions: Sequence[Mention]
) -> bool:
    """A sentence that states numbers must state the claim's numbers (years, amounts)."""
    if not entry.numbers:
        return True
    chars = list(folded[sentence.start : sentence.end])
    for m in mentions:  # names like "Pulse 5" carry digits that are not figures
        for i in range(max(m.start, sentence.start), min(m.end, sentence.end)):
            chars[i - sentence.start] = "，"
    stated = set(numbers("".join(chars)))
    return not stated or entry.numbers <= stated


def _status(
    folded: str,
    sentence: _Sentence,
    start: int,
    end: int,
    negations: int,
    refutation: str | None,
) -> Status:
    """How a sentence relates to a claim; `negations` is how many the claim itself states
    in the part of it the sentence covers."""
    if refutation:
        return "refuted"
    if _asked(folded, sentence, start, end):
        return "questioned"
    # the negation must be in the claim's own clause: "根本不安全，小黑盒一秒就开" negates
    # the first clause only
    look = max(sentence.start, clause_start(folded, start), start - NEGATION_LOOKBACK)
    head = max(sentence.start, clause_start(folded, look))
    if (negations_after(folded, head, look, end) - negations) % 2:
        return "negated"
    return "asserted"


def _asked(folded: str, sentence: _Sentence, start: int, end: int) -> bool:
    """A question particle in the clause of the match, or in a short clause right after it
    ("……，是真的吗"); "你知道吗，……" before the claim does not make it a question."""
    head = max(sentence.start, clause_start(folded, start))
    stop = end
    for _ in range(2):
        while stop < sentence.end and folded[stop] not in CLAUSE_BREAKS:
            stop += 1
        if stop - end > SHORT_TAIL:
            break
        stop += 1
    return has_any(folded[head : min(stop, sentence.end)], QUESTIONS) is not None


def _answered_no(folded: str, end: int, following: tuple[int, int] | None) -> str | None:
    """A question answered at once with a flat denial ("X一秒就开？实验室早测过了，根本开不
    了"): the cue, when the sentence ends in a question mark and the next one denies."""
    if following is None or folded[end : end + 1] not in ("?", "？"):
        return None
    found = _FLAT_DENIAL_RE.search(folded[following[0] : following[1]])
    return found.group() if found else None


def _rank(match: ClaimMatch) -> tuple[bool, float]:
    return match.status == "asserted", match.score


_SHARED: dict[int, tuple[weakref.ref[Registry], ClaimMatcher]] = {}


def shared_matcher(registry: Registry) -> ClaimMatcher:
    """One matcher per loaded registry, shared by the detectors that match claims (building
    the index of a large registry takes a while)."""
    cached = _SHARED.get(id(registry))
    if cached is not None and cached[0]() is registry:
        return cached[1]
    matcher = ClaimMatcher(registry)
    _SHARED[id(registry)] = (weakref.ref(registry), matcher)
    weakref.finalize(registry, _SHARED.pop, id(registry), None)
    return matcher
