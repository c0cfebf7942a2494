"""Keyword-form matching: a search suggestion that compresses a claim to name + key phrase.

Search engines suggest what people type, and people type a claim with its verb and function
words dropped: the claim "<X>火锅使用地沟油" becomes the suggestion "<X>火锅地沟油". Such a
text names the claim's subject, and everything else it says is a distinctive piece of the
claim's predicate. It is accepted when that piece is

- made only of the predicate's words (generic query words such as 怎么样/官网/下载 aside),
- distinctive: not only light words (使用, 会, 即将) or generic topic nouns (原料, 儿童,
  声音: "<X>冻干 原料" asks about ingredients, it accuses nothing),
- substantial: it covers the end of a clause of the claim (in Chinese the new, asserted
  information comes last: 致癌 in 辐射超标会致癌) or most of the claim's distinctive words,
- in agreement: same negation parity, and every number of the claim stated.

A text that is as well read as the keywords of a *true* registered claim about the same
subject is left alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from clearbright.detectors.claims.claim_index import (
    ASSERTED_VERDICTS,
    ClaimEntry,
    ClaimIndex,
    head_end,
    prepare_claim,
    skip_grams,
)
from clearbright.detectors.claims.claim_matcher import QUESTIONS, ClaimMatch, Status, unspell
from clearbright.detectors.claims.lexicon import (
    CAUSATIVE_LINKS,
    COLLAPSE_WORDS,
    EFFECT_LINKS,
    EVIDENCE_TAIL_RE,
    FALSE_LABELS,
    GENERIC_NOUNS,
    HARM_OUTCOMES,
    LIGHT_WORDS,
    PRODUCTION_VERBS,
    QUERY_WORDS,
    REFUTATIONS,
    ROLE_WORDS,
    STOPPAGE_OUTCOMES,
    SYNONYM_PAIRS,
)
from clearbright.detectors.claims.pinyin_names import PinyinNames
from clearbright.detectors.claims.textutil import (
    bigrams,
    content,
    content_index,
    has_any,
    is_content,
    negation_count,
    numbers,
    toneless,
)
from clearbright.registry import Mention, Registry
from clearbright.text.normalize import NormalizedText, normalize

# Longer texts are sentences, read by the overlap matcher; keyword forms are short.
TERSE_MAX = 24
MIN_DISTINCT = 2
# Without the end of a clause, the piece must hold this share of the claim's distinctive
# characters and this many of them ("辐射超标" of 辐射超标会致癌, not "续航" of 续航一周).
BODY_SHARE = 0.6
BODY_MIN = 4
BASE_SCORE = 0.6
SCORE_RANGE = 0.3
# Particles a keyword form keeps between its words ("偷录娃的声音"); they assert nothing.
PARTICLES = frozenset("的了")
_CONJUNCTION_RE = re.compile("并且|而且|并(?![非不未没无])")
_EVIDENCE_RE = re.compile(EVIDENCE_TAIL_RE)
# Verbs after which a claim says what it accuses its product of ("含", "添加", "使用").
CLAIM_VERBS: tuple[str, ...] = (
    "含",
    "添加",
    "加了",
    "加入",
    "掺",
    "使用",
    "用了",
    "是用",
    "检出",
    "超标",
    "致",
    "导致",
    "会",
)
PRODUCT_LEAD_MIN = 2
# A link word left next to a dropped harm ("会|", "导致|", "|了") goes with it.
_OUTCOME_EDGE_RE = re.compile(r"(?:会|易|致|导致|引起|造成|引发)(?=\|)|(?<=\|)了")
WHAT_HAPPENED_RE = re.compile(r"(?:怎么回事|咋回事|是怎么回事)[?？]*$")
# The written causative links (导致, 引发...): a keyword form shortens any of them to 致
# ("<X>奶粉致婴儿…"). 致 in a word of its own (一致, 致敬, 精致) or fused with its effect
# (致癌, 致死) is no such link.
_LONE_CAUSATIVE_RE = re.compile(
    "(?<![一导以所极别细精雅景兴标招])致(?![力敬歉谢辞电函富癌死残畸命使])"
)
# Negation cues a keyword form may state the claim's own negation with ("无办学许可证" for
# 没有办学许可证): where the claim negates, they are its words; the parity check decides sense.
_NEGATION_CUE_RE = re.compile("没有|没|无|未|不|非")


@dataclass(frozen=True)
class _Reading:
    """What a terse text says about one claim."""

    distinct_share: float
    at_focus: bool
    covered: frozenset[int]


class TerseMatcher:
    """Finds registered false claims stated in keyword form ("<name><key noun phrase>")."""

    def __init__(self, registry: Registry, index: ClaimIndex) -> None:
        self.registry = registry
        self.index = index
        self.pinyin = PinyinNames(registry)
        self.true_entries = tuple(
            prepare_claim(c, registry)
            for c in registry.claims
            if c.verdict not in ASSERTED_VERDICTS and c.text.strip()
        )

    def match(self, text: NormalizedText, mentions: Sequence[Mention]) -> list[ClaimMatch]:
        """Claims the text states in keyword form, best first (asserted, negated, refuted or
        questioned, like the overlap matcher's statuses)."""
        folded = toneless(text.text)
        positions = content_index(folded)
        if not positions or len(positions) > TERSE_MAX or not len(self.index):
            return []
        mentions = [*mentions, *self.pinyin.mentions(text, tuple(mentions))]
        if not mentions:
            return []
        named = {e for m in mentions for e in self._entities(m)}
        masked = _mask(folded, mentions)
        rest = _strip_query_words(masked)
        core = "".join(c for c in rest if is_content(c))
        if len(core) < MIN_DISTINCT:
            return []
        if any(
            _explained(core, e.predicate, _whole(e)) == len(core)
            for e in self.true_entries
            if _about(e, named)
        ):
            return []  # the keywords of a true claim about the same subject
        out: list[ClaimMatch] = []
        spelled = any(c.isascii() and c.isalpha() for c in core)
        about = self.index.entries_about(named)
        for entry in about:
            # keywords spelled in pinyin ("牧扬奶粉 ji素") read back against this claim
            keywords = _causative(_without_outcomes(core, entry), entry)
            reading = self._reads(unspell(keywords, entry)[0] if spelled else keywords, entry)
            if reading is None or not _numbers_agree(entry, rest):
                continue
            start, end = positions[0], positions[-1] + 1
            score = BASE_SCORE + SCORE_RANGE * reading.distinct_share
            status = _status(folded, rest, _negations(entry, reading.covered))
            out.append(ClaimMatch(entry, round(score, 4), start, end, status, "keyword"))
        return sorted(out, key=lambda m: (m.status == "asserted", m.score), reverse=True)

    def _entities(self, mention: Mention) -> set[str]:
        ids = set(mention.entity_ids)
        ids.update(e for e in (self.registry.enterprise_of(i) for i in mention.entity_ids) if e)
        return ids

    @staticmethod
    def _reads(core: str, entry: ClaimEntry) -> _Reading | None:
        """How the keywords `core` read as a piece of the claim's predicate (None: they don't)."""
        predicate = entry.predicate
        grams = bigrams(core) | {
            g for phrase, canon in SYNONYM_PAIRS if phrase in core for g in bigrams(canon)
        }
        covered: set[int] = set()
        for k in range(len(predicate) - 1):
            if predicate[k : k + 2] in grams:
                covered.update((k, k + 1))
        for gram, skipped in entry.skips.items():  # "含激素" for 含有激素
            if gram in grams:
                covered.update(skipped)
        # Every keyword character must come from the claim (or stand for a synonym of it):
        # its predicate, or its subject's product word set apart ("<X> 工业色素 猫粮").
        negated = entry.negations > 0
        if not covered or _explained(core, predicate, _whole(entry), negated) < len(core):
            return None
        light = _light_positions(predicate)
        generic = _word_positions(predicate, GENERIC_NOUNS) | _product_lead(entry)
        distinct = [k for k in range(len(predicate)) if k not in light]
        hit = [k for k in distinct if k in covered]
        if len(hit) < MIN_DISTINCT or not distinct:
            return None
        if sum(1 for k in hit if k not in generic) < MIN_DISTINCT:
            return None  # only topic nouns of the claim: a neutral query about the product
        share = len(hit) / len(distinct)
        focus = _focus_positions(entry)
        at_focus = any(k in covered for k in focus)
        if not at_focus and (share < BODY_SHARE or len(hit) < BODY_MIN):
            return None
        return _Reading(share, at_focus, frozenset(covered))


def _without_outcomes(core: str, entry: ClaimEntry) -> str:
    """The keywords without the harms they attach to the claim ("烂脸" in "含激素烂脸") that
    the claim does not state itself; a harm the claim states is one of its keywords."""
    whole = entry.claim.text
    kept = core
    for outcome in (*HARM_OUTCOMES, *STOPPAGE_OUTCOMES):
        # an outcome the claim states in other words ("停运" of 停止运营) is one of its keywords
        if outcome in kept and outcome not in whole and not _restates(outcome, entry):
            kept = _OUTCOME_EDGE_RE.sub("", kept.replace(outcome, "|"))
    return kept.replace("|", "")


def _restates(words: str, entry: ClaimEntry) -> bool:
    """Whether `words` say part of the claim in its synonyms' words."""
    return _explained(words, entry.predicate) == len(words)


def _causative(core: str, entry: ClaimEntry) -> str:
    """The keywords with a lone 致 written as the claim's own causative link ("致幼儿肾结石"
    read as 导致幼儿肾结石 for a claim saying 导致); unchanged when the claim has none."""
    link = next((w for w in CAUSATIVE_LINKS if w in entry.predicate), None)
    if link is None or "致" not in core:
        return core
    return _LONE_CAUSATIVE_RE.sub(link, core)


def _about(entry: ClaimEntry, named: set[str]) -> bool:
    wanted = {entry.primary} if entry.primary else set(entry.subjects)
    return bool(wanted & named)


def _mask(folded: str, mentions: Sequence[Mention]) -> str:
    chars = list(folded)
    for mention in mentions:
        # with the product head after the name ("<X>奶粉"): claims hold it in their subject
        for i in range(mention.start, min(head_end(folded, mention.end), len(chars))):
            chars[i] = " "
    return "".join(chars)


def _strip_query_words(text: str) -> str:
    """Blank out the generic words people add to any search (怎么样, 官网, 最新消息...)."""
    for word in QUERY_WORDS:
        text = text.replace(word, " " * len(word))
    return _EVIDENCE_RE.sub(lambda m: " " * len(m.group()), text)


def _whole(entry: ClaimEntry) -> str:
    """The content characters of the claim's whole text, subject words included."""
    return _content_of(entry.claim.text)


@functools.lru_cache(maxsize=4096)
def _content_of(text: str) -> str:
    return content(normalize(text).text)


def _explained(core: str, predicate: str, whole: str = "", negated: bool = False) -> int:
    """How many characters of `core` belong to a bigram of the predicate or of the claim's
    `whole` text (or of a synonym's canonical form found there); particles after a keyword
    ("…榨的", "塌了") count as belonging, and so do negation cues when the claim negates."""
    wanted = bigrams(predicate) | bigrams(whole) | set(skip_grams(predicate))
    ok = [c in PARTICLES and i > 0 for i, c in enumerate(core)]
    if negated:
        for cue in _NEGATION_CUE_RE.finditer(core):
            ok[cue.start() : cue.end()] = [True] * (cue.end() - cue.start())
    for j in range(len(core) - 1):
        if core[j : j + 2] in wanted:
            ok[j] = ok[j + 1] = True
    for phrase, canonical in SYNONYM_PAIRS:
        at = core.find(phrase)
        if at >= 0 and bigrams(canonical) & wanted:
            while at >= 0:
                for i in range(at, at + len(phrase)):
                    ok[i] = True
                at = core.find(phrase, at + 1)
    return sum(ok)


def _light_positions(predicate: str) -> set[int]:
    """Positions of light words (使用, 会, 即将...) and production verbs (制作, 做) in a
    predicate: they distinguish nothing."""
    return _word_positions(predicate, (*LIGHT_WORDS, *PRODUCTION_VERBS))


def _word_positions(predicate: str, words: tuple[str, ...]) -> set[int]:
    """Positions of the predicate covered by any of `words`."""
    found: set[int] = set()
    for word in words:
        at = predicate.find(word)
        while at >= 0:
            found.update(range(at, at + len(word)))
            at = predicate.find(word, at + 1)
    return found


def _focus_positions(entry: ClaimEntry) -> set[int]:
    """The last two distinctive characters of each clause: where a claim puts what it asserts.
    Topic nouns are passed over ("使用病死鸡鸭肉做原料" asserts 病死鸡, not 原料) unless the
    clause has nothing else."""
    light = _light_positions(entry.predicate)
    generic = _word_positions(entry.predicate, GENERIC_NOUNS)
    focus: set[int] = set()
    offset = 0
    accused = _accuses_beside_effects(entry, light)
    for clause in entry.clauses:
        if clause in ROLE_WORDS:
            offset += len(clause)
            continue  # "董事长" before a blanked name is part of the subject, not an assertion
        for start, end in _conjoined(clause):
            if accused:  # the alleged effect ("会导致烂脸") asserts nothing alone
                end = start + _before_effect(clause[start:end])
            focus.update(_tail(range(offset + start, offset + end), light, generic))
        offset += len(clause)
    for start, end in entry.causes:  # "添加罂粟壳" of "添加罂粟壳让人上瘾" is an accusation too
        focus.update(_tail(range(start, end), light, generic))
    return focus


def _product_lead(entry: ClaimEntry) -> set[int]:
    """Positions of the product name a claim names before its verb ("焕颜面霜" of "<X>焕颜面霜
    含汞"): the product the claim is about, not what it says of it. Keywords made of it name
    the product and accuse it of nothing. A lead that is itself an event ("承建的体育馆倒塌"
    of "…倒塌导致工人死亡": a clause with 的, or ending in a collapse, label or harm word) is
    the cause the claim accuses, not a product."""
    first = entry.clauses[0] if entry.clauses else ""
    at = min((first.find(v) for v in CLAIM_VERBS if v in first), default=-1)
    if at < PRODUCT_LEAD_MIN or _is_event(first[:at]):
        return set()
    return set(range(at))


def _is_event(lead: str) -> bool:
    """Whether a claim's lead before its verb describes an event rather than names a product."""
    return "的" in lead or lead.endswith(_EVENT_WORDS)


# Words that end a description of what happened: a collapse, a false label, a harm.
_EVENT_WORDS: tuple[str, ...] = (*COLLAPSE_WORDS, *FALSE_LABELS, *HARM_OUTCOMES)


def _before_effect(predicate: str) -> int:
    """Where the alleged effect starts in a predicate ("让人上瘾" of "添加罂粟壳让人上瘾"), or
    its length when it states no effect."""
    return min((predicate.find(w) for w in EFFECT_LINKS if w in predicate), default=len(predicate))


def _accuses_beside_effects(entry: ClaimEntry, light: set[int]) -> bool:
    """Whether the claim accuses of something besides an effect: some distinctive character
    stands before every effect link of its clause."""
    offset = 0
    for clause in entry.clauses:
        if any(k not in light for k in range(offset, offset + _before_effect(clause))):
            return True
        offset += len(clause)
    return False


def _tail(positions: range, light: set[int], generic: set[int]) -> list[int]:
    """The last two positions that are neither light nor (if others are left) topic nouns."""
    words = [k for k in positions if k not in light]
    return ([k for k in words if k not in generic] or words)[-2:]


def _negations(entry: ClaimEntry, covered: frozenset[int]) -> int:
    """Negations the claim states in the clauses the keywords touch: "<X> 香精勾兑" states the
    second clause of "没有鲜果，全部用色素和香精勾兑", not the negated first one."""
    total, offset, touched = 0, 0, False
    for clause, negations in zip(entry.clauses, entry.clause_negations, strict=False):
        if any(k in covered for k in range(offset, offset + len(clause))):
            total += negations
            touched = True
        offset += len(clause)
    return total if touched else entry.negations_covered(covered)


def _conjoined(clause: str) -> list[tuple[int, int]]:
    """Ranges of the predicates a clause joins with 并/并且/而且 ("偷录儿童声音并出售给第三方"):
    each states an accusation of its own."""
    cuts = [0]
    for found in _CONJUNCTION_RE.finditer(clause):
        if found.start() > cuts[-1]:
            cuts += [found.start(), found.end()]
    cuts.append(len(clause))
    return [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2) if cuts[i + 1] > cuts[i]]


def _numbers_agree(entry: ClaimEntry, rest: str) -> bool:
    """The claim's numbers are its distinctive facts: a keyword form must state them all."""
    return entry.numbers <= set(numbers(rest))


def _status(folded: str, rest: str, negations: int) -> Status:
    if has_any(folded, REFUTATIONS):
        return "refuted"
    # "<X>…逼死人怎么回事?" asks what happened, taking the keywords as given: its question
    # mark asks nothing about them
    folded = WHAT_HAPPENED_RE.sub("", folded.rstrip())
    if has_any(folded, QUESTIONS) or folded.rstrip().endswith(("?", "？")):
        return "questioned"
    if (negation_count(rest) - negations) % 2:
        return "negated"
    return "asserted"
