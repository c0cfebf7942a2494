"""Find quotations attributed to a registered speaker.

Two forms: quoted speech with an attribution nearby (`韩某说：“……”`, `「……」，韩某表示`), and
the headline colon form (`某公司CEO：……`). The speaker is a registered person named in the
attribution, or an enterprise followed by a role word (`星某CEO`) resolved through the
registry's people and executives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from clearbright.detectors.claims.lexicon import ROLE_WORDS, SPEECH_VERBS
from clearbright.detectors.claims.textutil import SENTENCE_BREAKS, content
from clearbright.registry import Mention, Registry

QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", '"': '"'}
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


@dataclass(frozen=True)
class Quotation:
    """Words attributed to `speaker`, at [start, end) of the folded field text."""

    speaker: str
    start: int
    end: int
    text: str
    form: str  # "quoted" or "colon"


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Content ranges between matching quote marks (no nesting)."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        close = QUOTE_PAIRS.get(text[i])
        if close is None:
            i += 1
            continue
        end = text.find(close, i + 1)
        if end < 0:
            break
        out.append((i + 1, end))
        i = end + 1
    return out


def _reported_claim(text: str, before: int, after: int) -> bool:
    """Whether the quoted words are a claim being named rather than speech: "……的说法"."""
    head = text[max(0, before - REPORT_REACH) : max(0, before)]
    tail = text[after : after + REPORT_REACH]
    return any(tail.startswith(w) for w in REPORTED_AFTER) or any(
        head.endswith(w) for w in REPORTED_BEFORE
    )


class QuoteFinder:
    """Extracts quotations and resolves who they are attributed to."""

    def __init__(self, registry: Registry, speakers: frozenset[str]) -> None:
        self.registry = registry
        self.speakers = speakers

    def find(self, text: str, mentions: Sequence[Mention], colon: bool = False) -> list[Quotation]:
        """Quotations in a field; `colon` also reads the headline form `X：……`."""
        found: list[Quotation] = []
        for start, end in quoted_ranges(text):
            if not MIN_QUOTE <= len(content(text[start:end])) <= MAX_QUOTE:
                continue
            if _reported_claim(text, start - 1, end + 1):
                continue  # "回应“……”的说法": someone else's words, named to be answered
            speaker = self._speaker_before(text, start - 1, mentions) or self._speaker_after(
                text, end + 1, mentions
            )
            if speaker:
                found.append(Quotation(speaker, start, end, text[start:end], "quoted"))
        if colon and not found:
            found.extend(self._colon_quotes(text, mentions))
        return found

    def _speaker_before(self, text: str, quote_at: int, mentions: Sequence[Mention]) -> str | None:
        lo = quote_at
        while lo > 0 and quote_at - lo < ATTRIBUTION_BEFORE and text[lo - 1] not in SENTENCE_BREAKS:
            lo -= 1
        window = text[lo:quote_at]
        if not any(v in window for v in SPEECH_VERBS) and not window.rstrip().endswith(":"):
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
        if not any(v in window for v in SPEECH_VERBS):
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
