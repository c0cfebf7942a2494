"""A headline that asserts the opposite of what its own body reports, registry or not.

Two general readings, both about the same subject (the registered name nearest before the
predicate) and, where both sides state numbers, the same number:

- opposite predicates: the title says one side of a concept (新开/关闭, 增长/下降,
  盈利/亏损, 招聘/裁员, 涨价/降价...) and the body reports only the other side, or the
  title's side negated, about the same object;
- a dropped negation: the body says "不会降低售后标准" and the title "降低售后标准".

Body sentences that report a rumour ("网传…"), ask, or state a condition ("如果不…") are not
what the body reports. A title that asks, hedges or refutes is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from clearbright.detectors.claims.lexicon import (
    CONDITIONALS,
    HEADLINE_WRAPPERS,
    HEDGES,
    LIGHT_WORDS,
    NEGATION_EXCEPTIONS,
    NEGATIONS,
    POLAR_TOPIC_TAILS,
    REFUTATIONS,
    REPORT_TURNS,
    RUMOUR_CUES,
)
from clearbright.detectors.claims.lexicon import POLAR_FLIPPERS as SHARED_FLIPPERS
from clearbright.detectors.claims.lexicon import POLAR_WORDS as SHARED_POLAR_WORDS
from clearbright.detectors.claims.textutil import (
    CLAUSE_BREAKS,
    SENTENCE_BREAKS,
    bigrams,
    clause_start,
    content,
    has_any,
    negation_count,
    numbers,
    scope_end,
    scope_start,
)
from clearbright.registry import Mention

# Opposite actions a headline may swap beyond the shared lexicon: closing against opening
# (关掉工厂 / 新开产线), cutting staff against hiring (裁掉 / 扩招), shrinking against expanding
# (收缩 / 扩张), stopping against raising output (停产 / 增产).
MORE_POLAR_WORDS: dict[str, tuple[str, int]] = {
    "关掉": ("stores", -1),
    "关停": ("stores", -1),
    "收缩": ("stores", -1),
    "撤出": ("stores", -1),
    "新建": ("stores", 1),
    "新增门店": ("stores", 1),
    "裁掉": ("staff", -1),
    "裁减": ("staff", -1),
    "裁人": ("staff", -1),
    "裁撤": ("staff", -1),
    "停招": ("staff", -1),
    "缩招": ("staff", -1),
    "缩编": ("staff", -1),
    "扩编": ("staff", 1),
    "增员": ("staff", 1),
    "停产": ("production", -1),
    "减产": ("production", -1),
    "停工": ("production", -1),
    "增产": ("production", 1),
    "扩产": ("production", 1),
    "复工": ("production", 1),
    "投产": ("production", 1),
}
POLAR_WORDS = {**SHARED_POLAR_WORDS, **MORE_POLAR_WORDS}
# Verbs that reverse what they govern: "缩减招聘" and "冻结招聘" are no hiring.
POLAR_FLIPPERS = (*SHARED_FLIPPERS, "缩减", "削减", "冻结", "放弃", "暂缓", "砍掉")
LOOKBACK = 4
TIME_WORDS = ("明年", "今年", "去年", "后年", "今后", "未来", "将来", "目前", "现在", "下半年")
# A dropped negation must leave this much of the negated phrase in the title (verb + object).
MIN_NEGATED_PHRASE = 4
_AUXILIARIES = frozenset("会将再要能曾是")
_QUESTION_CUES = ("吗", "?", "？", "是否", "会不会", "有没有")
_POLAR_RE = re.compile("|".join(sorted(map(re.escape, POLAR_WORDS), key=len, reverse=True)))
_NEGATION_RE = re.compile("|".join(sorted(map(re.escape, NEGATIONS), key=len, reverse=True)))
_NOT_NEGATION_RE = re.compile("|".join(map(re.escape, NEGATION_EXCEPTIONS)))

EntitiesOf = Callable[[Mention], set[str]]


@dataclass(frozen=True)
class Reversal:
    """Where a headline says the opposite of its body, and how."""

    title_start: int
    title_end: int
    body_start: int
    body_end: int
    entity: str
    how: str
    title_word: str
    body_word: str


@dataclass(frozen=True)
class _Polar:
    start: int
    end: int
    word: str
    concept: str
    polarity: int
    subject: frozenset[str]


def find_reversal(
    title: str,
    title_mentions: Sequence[Mention],
    body: str,
    body_mentions: Sequence[Mention],
    entities_of: EntitiesOf,
) -> Reversal | None:
    """The first way the (folded) title reverses the (folded) body, if any."""
    if has_any(title, HEDGES) or has_any(title, REFUTATIONS) or has_any(title, RUMOUR_CUES):
        return None
    if has_any(title, _QUESTION_CUES):
        return None
    return _opposite_predicates(
        title, title_mentions, body, body_mentions, entities_of
    ) or _dropped_negation(title, title_mentions, body, body_mentions, entities_of)


# --- opposite predicates ---------------------------------------------------------------------


def _opposite_predicates(
    title: str,
    title_mentions: Sequence[Mention],
    body: str,
    body_mentions: Sequence[Mention],
    entities_of: EntitiesOf,
) -> Reversal | None:
    reported = [p for p in _polar(body, body_mentions, entities_of) if _reports(body, p.start)]
    for head in _polar(title, title_mentions, entities_of):
        if not head.subject:
            continue
        obj = _object(title, head, title_mentions)
        head_numbers = _clause_numbers(title, head.start, title_mentions)
        same = [
            p
            for p in reported
            if p.concept == head.concept
            and p.subject & head.subject
            and _compatible(obj, body, p.start)
        ]
        if any(p.polarity == head.polarity for p in same):
            continue  # the body bears the headline out somewhere
        for told in same:
            told_numbers = _clause_numbers(body, told.start, body_mentions)
            if head_numbers and told_numbers and not head_numbers & told_numbers:
                continue  # different figures: a figure question, not a reversal
            return Reversal(
                head.start,
                head.end,
                told.start,
                told.end,
                sorted(head.subject & told.subject)[0],
                "opposite_predicate",
                head.word,
                body[_negation_start(body, told.start) : told.end],
            )
    return None


def _polar(text: str, mentions: Sequence[Mention], entities_of: EntitiesOf) -> list[_Polar]:
    out: list[_Polar] = []
    previous = 0
    for found in _POLAR_RE.finditer(text):
        word = found.group()
        if text.startswith(POLAR_TOPIC_TAILS, found.end()):
            continue
        concept, side = POLAR_WORDS[word]
        # a negation before an earlier predicate is its own ("不裁员反扩招": 扩招 is not negated)
        head = max(clause_start(text, found.start()), found.start() - LOOKBACK, previous)
        previous = found.end()
        before = text[head : found.start()]
        flips = negation_count(before) + sum(before.count(f) for f in POLAR_FLIPPERS)
        polarity = -side if flips % 2 else side
        out.append(
            _Polar(
                found.start(),
                found.end(),
                word,
                concept,
                polarity,
                _subject(found.start(), mentions, entities_of),
            )
        )
    return out


def _subject(at: int, mentions: Sequence[Mention], entities_of: EntitiesOf) -> frozenset[str]:
    """Entities of the nearest registered name before `at` (else the text's first name)."""
    before = [m for m in mentions if m.end <= at]
    chosen = (
        max(before, key=lambda m: m.start)
        if before
        else min(mentions, key=lambda m: m.start, default=None)
    )
    return frozenset(entities_of(chosen)) if chosen is not None else frozenset()


def _object(title: str, head: _Polar, mentions: Sequence[Mention]) -> set[str]:
    """Bigrams of what the headline's clause says besides name, predicate, numbers and
    wrapper words: the thing that rises, closes or is cut."""
    start = clause_start(title, head.start)
    end = scope_end(title, head.end, CLAUSE_BREAKS)
    chars = list(title[start:end])
    blank = [(m.start, m.end) for m in mentions] + [(head.start, head.end)]
    for a, b in blank:
        for i in range(max(a, start), min(b, end)):
            chars[i - start] = " "
    rest = "".join(chars)
    core = _topic(rest)
    return bigrams(core) if len(core) >= 2 else set()


def _topic(text: str) -> str:
    """Content of a text without wrapper, light, negation and flipping words or numbers."""
    for word in (*HEADLINE_WRAPPERS, *POLAR_FLIPPERS, *NEGATIONS, *LIGHT_WORDS):
        text = text.replace(word, " " * len(word))
    return "".join(c for c in content(text) if not c.isdigit())


def _compatible(obj: set[str], body: str, at: int) -> bool:
    """The body clause at `at` is about the headline's object (or the headline has none).

    A clause that names no topic of its own before the word ("…净利润7.2亿元，同比下降5%")
    continues the clause before it; one that does ("营收增长12%") is only about that topic.
    """
    if not obj:
        return True
    start = clause_start(body, at)
    # bounded like clause_start: linear time on unpunctuated walls of text
    end = scope_end(body, at, CLAUSE_BREAKS)
    own = _topic(body[start:at])
    for word in TIME_WORDS:  # "明年还要增产" names no topic of its own: it continues
        own = own.replace(word, "")
    if len(own) < 2 and start > 0 and body[start - 1] not in SENTENCE_BREAKS:
        start = clause_start(body, start - 1)
    return bool(obj & bigrams(content(body[start:end])))


def _clause_numbers(text: str, at: int, mentions: Sequence[Mention]) -> set[float]:
    start = clause_start(text, at)
    end = scope_end(text, at, CLAUSE_BREAKS)
    chars = list(text[start:end])
    for m in mentions:  # names like "Pulse 5" carry digits that are not figures
        for i in range(max(m.start, start), min(m.end, end)):
            chars[i - start] = "，"
    return set(numbers("".join(chars)))


def reverses_speaker(words: str, said: str) -> tuple[str, str] | None:
    """(the reported word, the speaker's clause) when reported words put one side of a concept
    in a speaker's mouth ("X说明年要裁员") about something the speaker's own words (`said`, a
    folded transcript) state only the other side of ("明年公司不会裁员，招聘还要扩大")."""
    told = [p for p in _polar(said, (), _no_entities) if _reports(said, p.start)]
    for head in _polar(words, (), _no_entities):
        obj = _object(words, head, ())
        same = [p for p in told if p.concept == head.concept and _compatible(obj, said, p.start)]
        if not same or any(p.polarity == head.polarity for p in same):
            continue
        start = clause_start(said, same[0].start)
        return head.word, said[start : scope_end(said, same[0].end, CLAUSE_BREAKS)]
    return None


def _no_entities(mention: Mention) -> set[str]:
    return set()


# --- dropped negation -----------------------------------------------------------------------


def _dropped_negation(
    title: str,
    title_mentions: Sequence[Mention],
    body: str,
    body_mentions: Sequence[Mention],
    entities_of: EntitiesOf,
) -> Reversal | None:
    masked = _NOT_NEGATION_RE.sub(lambda m: "　" * len(m.group()), body)
    for cue in _NEGATION_RE.finditer(masked):
        if not _reports(body, cue.start()):
            continue
        end = scope_end(body, cue.end(), CLAUSE_BREAKS)
        skip = cue.end()
        while skip < end and body[skip] in _AUXILIARIES:
            skip += 1  # "并不会降低…": the predicate starts after the auxiliary
        phrase = body[skip:end]
        found = _in_title(title, phrase)
        if found is None:
            continue
        at, length = found
        look = title[max(clause_start(title, at), at - LOOKBACK) : at]
        if negation_count(look) % 2:
            continue  # the headline keeps the negation
        subject = _subject(cue.start(), body_mentions, entities_of) & _subject(
            at, title_mentions, entities_of
        )
        if not subject or not title_mentions:
            continue
        return Reversal(
            at,
            at + length,
            cue.start(),
            skip + length,
            sorted(subject)[0],
            "dropped_negation",
            title[at : at + length],
            body[cue.start() : skip + length],
        )
    return None


def _in_title(title: str, phrase: str) -> tuple[int, int] | None:
    """The longest head of the negated phrase (at least MIN_NEGATED_PHRASE content characters)
    that the title states."""
    for length in range(len(phrase), MIN_NEGATED_PHRASE - 1, -1):
        head = phrase[:length]
        if len(content(head)) < MIN_NEGATED_PHRASE:
            break
        at = title.find(head)
        if at >= 0:
            return at, length
    return None


# --- shared ---------------------------------------------------------------------------------


def _sentence(text: str, at: int) -> tuple[int, int]:
    # Bounded like textutil.clause_start: linear time on unpunctuated walls of text.
    return scope_start(text, at, SENTENCE_BREAKS), scope_end(text, at, SENTENCE_BREAKS)


def _reports(body: str, at: int) -> bool:
    """The body states this as fact: not a rumour it relays, a question or a condition."""
    start, end = _sentence(body, at)
    if has_any(body[clause_start(body, at) : at], CONDITIONALS):
        return False
    rumour = max((body.rfind(cue, start, at) for cue in RUMOUR_CUES), default=-1)
    if rumour >= 0 and not has_any(body[rumour:at], REPORT_TURNS):
        return False  # "网传X将裁员" relays; "网传…，实际上X新开50家门店" reports
    clause_end = min(scope_end(body, at, CLAUSE_BREAKS), end)
    tail = body[at : min(end + 1, len(body))]
    return not has_any(body[clause_start(body, at) : clause_end], _QUESTION_CUES) and not (
        tail.rstrip().endswith(("?", "？"))
    )


def _negation_start(text: str, at: int) -> int:
    """Start of a negation cue right before `at`, so that evidence shows "不会裁员"."""
    head = max(clause_start(text, at), at - LOOKBACK)
    found = [m for m in _NEGATION_RE.finditer(text, head, at)]
    return found[0].start() if found else at
