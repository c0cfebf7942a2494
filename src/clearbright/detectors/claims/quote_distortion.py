"""Category 5: quotations that are not in, or reverse, the speaker's transcript."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from clearbright.categories import Category
from clearbright.detectors.base import Detector, Example, NormalizedItem
from clearbright.detectors.claims.common import body, is_satire
from clearbright.detectors.claims.labels import quote_evidence, quote_label
from clearbright.detectors.claims.lexicon import QUESTION_MARKERS, REFUTATIONS, RUMOUR_CUES
from clearbright.detectors.claims.quote_check import (
    CLOSE,
    CONDITIONS,
    QuoteVerdict,
    check_figures,
    check_predicates,
    check_quote,
)
from clearbright.detectors.claims.quotes import Quotation, QuoteFinder, has_figure
from clearbright.detectors.claims.textutil import content, has_any, sentences
from clearbright.model import Evidence, Finding, TextField
from clearbright.registry import Registry
from clearbright.registry.models import Statement
from clearbright.text.normalize import fold

# A headline quote the item's own body bears out is an editor's summary, not a distortion.
BODY_SUPPORT = 75
BODY_SHARE = 0.7


@dataclass(frozen=True)
class CheckedQuote:
    field: TextField
    quotation: Quotation
    verdict: QuoteVerdict


class QuoteChecker:
    """Finds an item's attributed quotations and the distorted ones among them."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.by_speaker: dict[str, list[Statement]] = {}
        for statement in registry.statements:
            self.by_speaker.setdefault(statement.speaker, []).append(statement)
        self.finder = QuoteFinder(registry, frozenset(self.by_speaker))

    def distorted(self, item: NormalizedItem) -> list[CheckedQuote]:
        if not self.by_speaker:
            return []
        out: list[CheckedQuote] = []
        for field in ("title", "text"):
            text = item.get(field)
            if text is None:
                continue
            mentions = item.mentions.get(field, ())
            quotes = self.finder.find(text, mentions, colon=field == "title")
            for quote in quotes:
                verdict = check_quote(quote.text, self.by_speaker[quote.speaker])
                if (
                    verdict
                    and verdict.is_distortion
                    and not self._excused(item, field, quote, verdict)
                ):
                    out.append(CheckedQuote(field, quote, verdict))
            out.extend(self._reported(item, field, quotes))
        return out

    def _reported(
        self, item: NormalizedItem, field: TextField, quotes: list[Quotation]
    ) -> list[CheckedQuote]:
        """Figures put in a speaker's mouth without quote marks ("续卡率高达90%，这是X自己在
        发布会上说的") that lie outside every figure the speaker gave on the matter, and actions
        the speaker stated only the opposite of ("X称明年裁员三成" against "明年不会裁员")."""
        text = item.fields[field].text
        year = item.item.created_at.year if item.item.created_at else None
        ranges = sentences(text)
        starts = [start for start, _ in ranges]
        quoted = sorted((q.start, q.end) for q in quotes)
        names = sorted(item.mentions.get(field, ()), key=lambda m: m.start)
        name_starts = [m.start for m in names]
        out: list[CheckedQuote] = []
        for quote in self.finder.reported(item.fields[field], item.mentions.get(field, ())):
            if _overlaps(quoted, quote.start, quote.end):
                continue  # quoted words are checked whole, above
            s_start, s_end = ranges[max(0, bisect.bisect_right(starts, quote.start) - 1)]
            if has_any(text[s_start : s_end + 1], (*REFUTATIONS, *RUMOUR_CUES, *QUESTION_MARKERS)):
                continue  # relayed to be denied, or asked about
            # names blanked: "悦栖会员续卡率" measures what the speaker's "会员续卡率" does
            words = list(quote.text)
            first = max(0, bisect.bisect_left(name_starts, quote.start) - 1)
            for m in names[first : bisect.bisect_left(name_starts, quote.end)]:
                for i in range(max(m.start, quote.start), min(m.end, quote.end)):
                    words[i - quote.start] = " "
            said = self.by_speaker[quote.speaker]
            blanked = "".join(words)
            verdict = (
                check_figures(blanked, said, year) if has_figure(blanked) else None
            ) or check_predicates(blanked, said, year)
            if verdict is not None:
                out.append(CheckedQuote(field, quote, verdict))
        return out

    def _excused(
        self, item: NormalizedItem, field: TextField, quote: Quotation, verdict: QuoteVerdict
    ) -> bool:
        text = item.fields[field].text
        # The item itself says the quoted words are false ("网传…“…”是假的").
        sentence = next((text[s:e] for s, e in sentences(text) if s <= quote.start < e), "")
        if has_any(sentence.replace(quote.text, ""), REFUTATIONS):
            return True
        if verdict.kind == "truncated_condition" and has_any(
            sentence[: max(0, quote.start - text.find(sentence))], CONDITIONS
        ):
            return True  # the item states the condition itself, outside the quotation
        if quote.form == "colon" and (
            verdict.kind in ("absent", "spliced", "altered") or verdict.similarity < CLOSE
        ):
            # A headline summarises: it is borne out when one sentence of the body or of the
            # transcripts holds most of its words.
            said = content(quote.text)
            sources = [body(item), *(fold(st.transcript) for st in self.by_speaker[quote.speaker])]
            return (
                fuzz.partial_ratio(said, content(body(item))) >= BODY_SUPPORT
                or max(_char_support(said, source) for source in sources) >= BODY_SHARE
            )
        return False


def _overlaps(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, disjoint ranges."""
    n = bisect.bisect_left(ranges, (end, end))
    return n > 0 and ranges[n - 1][1] > start


def _char_support(said: str, source: str) -> float:
    """Largest share of the quote's characters found in one sentence of `source`."""
    if not said:
        return 0.0
    best = 0.0
    for start, end in sentences(source):
        present = set(source[start:end])
        best = max(best, sum(1 for c in said if c in present) / len(said))
    return best


class QuoteDistortionDetector(Detector):
    """A quotation attributed to a registered speaker that reverses, truncates, splices or is
    absent from what that speaker said (statements.jsonl). Accurate quotes and faithful
    paraphrases are not findings; the label quotes the transcript passage and its source."""

    name = "quote_distortion"
    categories = (Category.DISTORTION,)
    kinds = frozenset({"post", "comment"})
    EXAMPLES = (
        Example({"text": "顾南笙亲口说：“我们会裁减研发人员。”这家公司完了。"}, "distortion"),
        Example({"text": "柏知远在股东大会上表示：“今年我们会涨价。”"}, "distortion"),
        Example({"text": "柏知远放话：'今年肯定要涨价'，赶紧囤货"}, "distortion"),
        # a figure put in the speaker's mouth without quote marks
        Example({"text": "澄屿净利润下降了20%，这是顾南笙自己在业绩说明会上说的"}, "distortion"),
        Example({"text": "澄屿营收增长了12%，这是顾南笙在业绩说明会上说的，不算差"}, None),
        Example({"text": "柏知远说：'今年我们不会涨价'，点赞"}, None),
        Example({"text": "顾南笙说“我们不评价别人的产品”，这点值得尊重。"}, None),
        Example({"text": "柏知远：“所有原料都有批次追溯，从来没有用过过期原料。”"}, None),
        Example({"text": "【恶搞段子】顾南笙：“我们会裁减研发人员，改招算命先生。”"}, None),
    )

    def __init__(self, registry: Registry) -> None:
        super().__init__(registry)
        self.checker = QuoteChecker(registry)

    def detect(self, item: NormalizedItem) -> Iterable[Finding]:
        if is_satire(item):
            return []
        checked = self.checker.distorted(item)
        if not checked:
            return []
        evidence: list[Evidence] = []
        for c in checked:
            speaker = self.registry.entity_name(c.quotation.speaker)
            evidence.append(
                quote_evidence(
                    item, c.field, c.quotation.start, c.quotation.end, c.verdict, speaker
                )
            )
            evidence.append(quote_label(c.verdict, speaker))
        best = max(checked, key=lambda c: c.verdict.score)
        target = self.registry.enterprise_of(best.quotation.speaker) or best.quotation.speaker
        return [self.finding(item.item, best.verdict.score, evidence, target=target)]
