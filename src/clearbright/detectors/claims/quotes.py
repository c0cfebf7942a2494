"""Find quotations attributed to a registered speaker.

Two forms: quoted speech with an attribution nearby (`韩某说：“……”`, `「……」，韩某表示`), and
the headline colon form (`某公司CEO：……`). A third, reported speech with no quote marks
(`……续卡率高达90%，这是韩某自己在发布会上说的`, `韩某在发布会上承认，……`), is found by
`QuoteFinder.reported` for the figures it puts in the speaker's mouth. The speaker is a
registered person named in the attribution, or an enterprise followed by a role word
(`星某CEO`) resolved through the registry's people and executives.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from clearbright.detectors.claims.lexicon import ROLE_WORDS, SPEECH_VERBS
from clearbright.detectors.claims.textutil import (
    CLAUSE_BREAKS,
    NUMBER_RE,
    SENTENCE_BREAKS,
    clause_start,
    content,
    sentences,
)
from clearbright.registry import Mention, Registry
from clearbright.text.normalize import NormalizedText

QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’", '"': '"', "'": "'"}
# The ASCII single quote is also the English apostrophe (it's, don't, 90's): it only opens
# after a non-letter and before a non-space, and only closes where it is no apostrophe.
APOSTROPHE = "'"
ATTRIBUTION_BEFORE = 30
ATTRIBUTION_AFTER = 12
MIN_QUOTE = 4
MAX_QUOTE = 300
ROLE_REACH = 6
REPORT_REACH = 6
# Words after a closing quote that make the quoted words a named claim, not speech.
REPORTED_AFTER = (
    "的说法",
    "的传言",
    "的谣言",
    "的质疑",
    "的指控",
    "的问题",
    "一说",
    "这种说法",
    "这个说法",
    "的传闻",
    "的消息",
    "的报道",
    "的帖子",
    "的言论",
)
REPORTED_BEFORE = ("网传", "传言", "所谓", "网上流传的", "流传的", "传闻", "谣传")
# Speakers other than the registered one who speak between the name and the quote
# ("韩某转述网友说“……”"); a mere noun ("在股东大会上表示") does not count.
OTHER_SPEAKERS = (
    "网友",
    "有人",
    "记者",
    "主持人",
    "对方",
    "媒体",
    "用户",
    "消费者",
    "博主",
    "员工",
    "股东",
    "分析师",
    "别人",
    "外界",
    "粉丝",
    "车主",
    "家长",
)
OTHER_SPEECH_RE = re.compile(
    "(?:{})们?(?:{})".format("|".join(OTHER_SPEAKERS), "|".join((*SPEECH_VERBS, "问", "提到")))
)
COLON_REACH = 8
# Breaks that end the clause introducing a quotation (a colon introduces it, so not these).
INTRO_BREAKS = SENTENCE_BREAKS | frozenset(",，、")
NEGATED_SPEECH = frozenset("没不未")
# Reported speech: the speaker's name, perhaps a role word, then "(自己)(在发布会上)(亲口)说(的)".
_VENUE = "在[^,.!?;:，。！？；：]{0,14}?[上里中]"
REPORT_RE = re.compile(
    rf"^(?:自己|本人|亲口|亲自|当众|公开|曾经|曾|也|都|早就|之前|去年|今年)*(?:{_VENUE})?"
    r"(?:亲口|亲自|公开|当众|自己|本人|都|也|还|早就)*"
    r"(?:(?:说|讲|表示|承认|透露|坦言|宣布|披露|提到|称|介绍|公布|强调|直言)(?:过|了)?(?P<own>的)?"
    r"|(?P<noun>的?原话|亲口所说|所说|所言))"  # "……！X原话": the words before are his
)
# What introduces the attribution after the claim ("……，这是X说的").
REPORT_LEADS = ("这是", "这可是", "这话是", "这都是", "这就是", "这些是", "是", "据", "这")
# Where the author's own voice takes over from the reported words ("……，但我觉得……").
OWN_VOICE = (
    "但",
    "不过",
    "可是",
    "然而",
    "其实",
    "实际上",
    "我觉得",
    "我看",
    "我估计",
    "我认为",
    "依我看",
    "在我看来",
)
# All a sentence may hold before a speaker who opens it (enterprise names and role words
# aside): "我跟X说…" is the author speaking to X.
REPORT_OPENERS = ("", "据", "连", "就连", "而", "当时", "之前", "昨天", "今天", "前几天", "去年")


@dataclass(frozen=True)
class Quotation:
    """Words attributed to `speaker`, at [start, end) of the folded field text."""

    speaker: str
    start: int
    end: int
    text: str
    form: str  # "quoted" or "colon"


@dataclass(frozen=True)
class QuoteMarks:
    """A quotation's content at [start, end) of the folded text, and where its opening mark
    stands (`opening` == start when normalization dropped the mark) and ends (`after`)."""

    opening: int
    start: int
    end: int
    after: int


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Content ranges between matching quote marks (no nesting).

    >>> quoted_ranges("她说：‘今年不涨价’，I'm sure")
    [(4, 9)]
    >>> quoted_ranges("it's 'fine' and don't")
    [(6, 10)]
    """
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        close = QUOTE_PAIRS.get(text[i])
        if close is None or (text[i] == APOSTROPHE and not _opens(text, i)):
            i += 1
            continue
        end = _closing(text, i + 1, close)
        if end < 0:
            if text[i] == APOSTROPHE:
                i += 1
                continue  # an unpaired apostrophe: keep reading the rest of the text
            break
        out.append((i + 1, end))
        i = end + 1
    return out


def quote_marks(text: NormalizedText) -> list[QuoteMarks]:
    """Quotations of a normalized field. Single ASCII quotes are read in the original text:
    the normalizer drops them between Chinese characters (they are common obfuscation
    separators), so `说：'今年要涨价'` folds to `说:今年要涨价'`."""
    folded = text.text
    found = [
        QuoteMarks(s - 1, s, e, e + 1)
        for s, e in quoted_ranges(folded)
        if folded[s - 1] != APOSTROPHE
    ]
    origin = text.origin
    for o_start, o_end in quoted_ranges(text.original):
        if text.original[o_start - 1] != APOSTROPHE:
            continue
        start, end = bisect.bisect_left(origin, o_start), bisect.bisect_left(origin, o_end)
        if start >= end:
            continue
        opening = start - 1 if start and origin[start - 1] == o_start - 1 else start
        after = end + 1 if end < len(origin) and origin[end] == o_end else end
        if not any(m.start < end and start < m.end for m in found):
            found.append(QuoteMarks(opening, start, end, after))
    return sorted(found, key=lambda m: m.start)


def _is_letter(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _opens(text: str, at: int) -> bool:
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return not _is_letter(before) and not after.isspace()


def _closing(text: str, start: int, close: str) -> int:
    if close != APOSTROPHE:
        return text.find(close, start)
    at = text.find(close, start)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if not (_is_letter(before) and _is_letter(after)):
            return at  # "don't" inside a quotation is an apostrophe, not its end
        at = text.find(close, at + 1)
    return -1


def _reported_claim(text: str, before: int, after: int) -> bool:
    """Whether the quoted words are a claim being named rather than speech: "……的说法"."""
    head = text[max(0, before - REPORT_REACH) : max(0, before)]
    tail = text[after : after + REPORT_REACH]
    return any(tail.startswith(w) for w in REPORTED_AFTER) or any(
        head.endswith(w) for w in REPORTED_BEFORE
    )


def _introduced(text: str, quote_at: int) -> bool:
    """The clause right before the quote introduces speech: a speech verb or a colon ("宋某在
    发布会上说：", "宋某原话："); a verb in an earlier clause ("宋某说的是不涨价，但我觉得
    '……'") does not make the author's own words the speaker's."""
    hi = quote_at
    while hi > 0 and text[hi - 1] in ",， ":
        hi -= 1  # "宋某表示，'……'": the verb ends the clause before the comma
    lo = hi
    while lo > 0 and quote_at - lo < ATTRIBUTION_BEFORE and text[lo - 1] not in INTRO_BREAKS:
        lo -= 1
    window = text[lo:hi]
    return window.rstrip().endswith(":") or any(v in window for v in SPEECH_VERBS)


def _said(window: str, verb: str) -> bool:
    """The verb occurs and is not negated ("没回应", "不说" attribute nothing)."""
    at = window.find(verb)
    while at >= 0:
        if window[max(0, at - 1) : at] not in NEGATED_SPEECH:
            return True
        at = window.find(verb, at + 1)
    return False


def _reported_span(
    text: str,
    mention: Mention,
    verb_end: int,
    own: bool,
    ranges: list[tuple[int, int]],
    n: int,
    mentions: Sequence[Mention],
) -> tuple[int, int] | None:
    """[start, end) of the words a reported-speech attribution covers, if any."""
    s_start, s_end = ranges[n]
    head = clause_start(text, mention.start)
    lead = text[head : mention.start]
    colon = verb_end < s_end and text[verb_end] in ":："
    closes = verb_end >= s_end or (text[verb_end] in CLAUSE_BREAKS and not colon)
    if own and closes and (not content(lead) or lead.endswith(REPORT_LEADS)):
        # "……，这是X说的": the clauses before; "这是X说的。" alone: the sentence before
        if head > s_start:
            return s_start, head - 1
        return ranges[n - 1] if n > 0 else None
    if _opening_words(text, s_start, mention, mentions) not in REPORT_OPENERS or (
        own and not colon
    ):
        return None  # the name is inside the author's sentence, not opening it
    start = verb_end
    while start < s_end and text[start] in CLAUSE_BREAKS | {" "}:
        start += 1
    end = s_end
    for word in OWN_VOICE:
        at = text.find(word, start, s_end)
        if at > start and text[at - 1] in CLAUSE_BREAKS:
            end = min(end, at - 1)
    return (start, end) if end > start else None


def _opening_words(text: str, start: int, mention: Mention, mentions: Sequence[Mention]) -> str:
    """The content the sentence holds before the speaker, names of the enterprise and role
    words ("悦栖CEO邝某") aside."""
    chars = list(text[start : mention.start])
    for m in mentions:
        for i in range(max(m.start, start), min(m.end, mention.start)):
            chars[i - start] = " "
    lead = "".join(chars)
    for word in sorted(ROLE_WORDS, key=len, reverse=True):
        lead = lead.replace(word, " ")
    return content(lead.replace("的", " "))


def has_figure(words: str) -> bool:
    """Whether reported words hold a number (digits, or a Chinese numeral of two characters or
    one before 成)."""
    return any(
        m.group()[0].isdigit() or len(m.group()) > 1 or words.startswith("成", m.end())
        for m in NUMBER_RE.finditer(words)
    )


class QuoteFinder:
    """Extracts quotations and resolves who they are attributed to."""

    def __init__(self, registry: Registry, speakers: frozenset[str]) -> None:
        self.registry = registry
        self.speakers = speakers

    def find(
        self, field: NormalizedText, mentions: Sequence[Mention], colon: bool = False
    ) -> list[Quotation]:
        """Quotations in a field; `colon` also reads the headline form `X：……`."""
        text = field.text
        found: list[Quotation] = []
        for marks in quote_marks(field):
            start, end = marks.start, marks.end
            if not MIN_QUOTE <= len(content(text[start:end])) <= MAX_QUOTE:
                continue
            if _reported_claim(text, marks.opening, marks.after):
                continue  # "回应“……”的说法": someone else's words, named to be answered
            speaker = self._speaker_before(text, marks.opening, mentions)
            if speaker is None and not _introduced(text, marks.opening):
                # "消费者说：'……'，宋某没回应": words introduced as someone else's are not
                # the later-named person's
                speaker = self._speaker_after(text, marks.after, mentions)
            if speaker:
                found.append(Quotation(speaker, start, end, text[start:end], "quoted"))
        if colon and not found:
            found.extend(self._colon_quotes(text, mentions))
        return found

    def reported(self, field: NormalizedText, mentions: Sequence[Mention]) -> list[Quotation]:
        """Reported speech with no quote marks: the claim before "……，这是X自己在发布会上说的"
        (or the sentence before "这是X说的。"), or after "X在发布会上承认，" up to where the
        author's own voice takes over ("但我觉得…")."""
        text = field.text
        ranges = sentences(text)
        starts = [start for start, _ in ranges]
        by_sentence: dict[int, list[Mention]] = {}
        for m in sorted(mentions, key=lambda m: m.start):  # each name to its sentence, once
            n = bisect.bisect_right(starts, m.start) - 1
            if n >= 0 and m.end <= ranges[n][1]:
                by_sentence.setdefault(n, []).append(m)
        found: list[Quotation] = []
        for n, named in by_sentence.items():
            s_end = ranges[n][1]
            for mention in named:
                report = self._report_after(text, mention, s_end)
                if report is None:
                    continue
                speaker, verb_end, own = report
                span = _reported_span(text, mention, verb_end, own, ranges, n, named)
                if span is not None and content(text[span[0] : span[1]]):
                    found.append(Quotation(speaker, *span, text[span[0] : span[1]], "reported"))
                    break
        return found

    def _report_after(
        self, text: str, mention: Mention, limit: int
    ) -> tuple[str, int, bool] | None:
        """(speaker, end of the speech verb, whether it is "说的") when a registered speaker's
        name is followed by a speech verb ("邝某自己在发布会上说的")."""
        speaker = self._resolve(text, [mention])
        if speaker is None:
            return None
        at = mention.end
        role = next((w for w in ROLE_WORDS if text.startswith(w, at)), "")
        match = REPORT_RE.match(text[at + len(role) : limit])
        if match is None:
            return None
        own = match.group("own") is not None or match.group("noun") is not None
        return speaker, at + len(role) + match.end(), own

    def _speaker_before(self, text: str, quote_at: int, mentions: Sequence[Mention]) -> str | None:
        lo = quote_at
        while lo > 0 and quote_at - lo < ATTRIBUTION_BEFORE and text[lo - 1] not in SENTENCE_BREAKS:
            lo -= 1
        if not _introduced(text, quote_at):
            return None
        inside = [m for m in mentions if lo <= m.start and m.end <= quote_at]
        if inside and OTHER_SPEECH_RE.search(text[inside[-1].end : quote_at]):
            return None  # "韩某转述网友说“……”": the words are the other speaker's
        return self._resolve(text, inside)

    def _speaker_after(self, text: str, after: int, mentions: Sequence[Mention]) -> str | None:
        hi = after
        while hi < len(text) and hi - after < ATTRIBUTION_AFTER and text[hi] not in SENTENCE_BREAKS:
            hi += 1
        window = text[after:hi]
        if not any(_said(window, v) for v in SPEECH_VERBS):
            return None
        return self._resolve(text, [m for m in mentions if after <= m.start and m.end <= hi])

    def _colon_quotes(self, text: str, mentions: Sequence[Mention]) -> list[Quotation]:
        colon = text.find(":")
        if colon < 0:
            return []
        before = [m for m in mentions if m.end <= colon and colon - m.end <= COLON_REACH]
        speaker = self._resolve(text, before)
        start = colon + 1
        end = next((i for i in range(start, len(text)) if text[i] in SENTENCE_BREAKS), len(text))
        if speaker and len(content(text[start:end])) >= MIN_QUOTE:
            return [Quotation(speaker, start, end, text[start:end], "colon")]
        return []

    def _resolve(self, text: str, mentions: Sequence[Mention]) -> str | None:
        """The last-named speaker with transcripts: a person, or an enterprise + role word."""
        for mention in reversed(mentions):
            for entry in mention.entries:
                if entry.entity_type == "person" and entry.entity_id in self.speakers:
                    return entry.entity_id
            for entry in mention.entries:
                if entry.entity_type == "enterprise":
                    role = text[mention.end : mention.end + ROLE_REACH]
                    person = self._by_role(entry.entity_id, role)
                    if person:
                        return person
                    if entry.entity_id in self.speakers and entry.kind != "executive":
                        return entry.entity_id
        return None

    def _by_role(self, enterprise_id: str, following: str) -> str | None:
        wanted = next(
            (titles for word, titles in ROLE_WORDS.items() if following.startswith(word)), None
        )
        if wanted is None:
            return None
        for person in self.registry.people.values():
            if (
                person.enterprise == enterprise_id
                and person.id in self.speakers
                and any(t in (person.role or "").lower() for t in wanted)
            ):
                return person.id
        return None
