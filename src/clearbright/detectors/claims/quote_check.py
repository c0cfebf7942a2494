"""Compare a quotation with what its speaker actually said (statements.jsonl).

The closest passage over the speaker's transcripts is located (exact substring, else the best
partial alignment), then the quote is classified:

- ``verbatim`` / ``paraphrase`` — faithful, never a finding;
- ``truncated_negation`` — verbatim, but the clause it was cut from was negated
  ("今年我们不会为了规模去打价格战" quoted as "为了规模去打价格战");
- ``truncated_condition`` — verbatim, but cut from its condition ("如果做不到，我们会赔付"
  quoted as "我们会赔付");
- ``quoted_to_deny`` — verbatim, but the speaker was quoting a rumour in order to deny it;
- ``negation_flipped`` / ``reversed`` — close to a passage whose negation or key word is the
  opposite ("不会砍" → "会砍", "少卖" → "多卖");
- ``figure_changed`` — close to a passage but with other numbers;
- ``altered`` — close to a passage, with other words in its frame ("都是冷冻果浆" for
  "都是当天鲜切的水果");
- ``spliced`` — pieces found far apart in the transcript, glued together;
- ``absent`` — in no transcript of that speaker.

Reported speech with no quote marks ("续卡率高达90%，这是X自己在发布会上说的") is checked for
its figures only (`check_figures`): each figure is set against the numbers of the same unit in
the transcript sentences about the same thing (sharing the words before the figure), and is a
``figure_changed`` distortion when it lies outside all of them (above the highest the speaker
gave, below the lowest), beyond rounding.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from clearbright.detectors.claims.headline_reversal import reverses_speaker
from clearbright.detectors.claims.lexicon import REFUTATIONS
from clearbright.detectors.claims.textutil import (
    CLAUSE_BREAKS,
    NUMBER_RE,
    bigrams,
    clause_start,
    content,
    content_index,
    has_any,
    negation_count,
    numbers,
    parse_number,
    sentences,
    spans,
)
from clearbright.registry.models import Statement
from clearbright.text.normalize import fold

FAITHFUL = frozenset({"verbatim", "paraphrase"})
# Partial-alignment similarity (0-100) above which a quote is "close to" a passage.
CLOSE = 70
SPLICE_PIECE = 90
SPLICE_GAP = 12
MIN_PIECE = 4
# Pairs of words whose swap reverses a statement.
ANTONYMS: tuple[tuple[str, str], ...] = (
    ("多", "少"),
    ("增", "减"),
    ("涨", "降"),
    ("涨", "跌"),
    ("升", "降"),
    ("高", "低"),
    ("大", "小"),
    ("加", "砍"),
    ("加", "裁"),
    ("赚", "亏"),
    ("盈", "亏"),
    ("好", "坏"),
    ("安全", "危险"),
    ("合格", "不合格"),
    ("支持", "反对"),
    ("同意", "反对"),
    ("有", "没有"),
    ("是", "不是"),
    ("会", "不会"),
    ("能", "不能"),
    ("没有", "是"),
    ("要", "不要"),
    ("延长", "缩短"),
    ("延长", "砍"),
    ("保留", "砍"),
    ("保留", "取消"),
    ("增加", "取消"),
    ("扩大", "缩小"),
)
# Words too common to show that a quote and a transcript clause are about the same thing.
ANCHOR_STOP: tuple[str, ...] = (
    "今年",
    "明年",
    "去年",
    "我们",
    "他们",
    "公司",
    "大家",
    "这个",
    "一个",
    "的是",
    "就是",
    "都是",
    "所以",
    "因为",
    "但是",
    "还要",
    "已经",
    "一定",
    "其实",
)
MIN_ANCHOR = 2
# A quote clause with this share of its characters and of its bigrams in one transcript
# clause is a shortened form of it.
FAITHFUL_CHARS = 0.9
FAITHFUL_BIGRAMS = 0.6
# A close quote that replaces this many characters of the passage with at least this many of
# its own says something the passage does not.
MIN_REPLACED = 3
MIN_SUBSTITUTE = 2
# A scare-quoted compression ("该让的钱") is at most this many content characters, function
# words aside; these words may be added or dropped by it.
COMPRESSION_MAX = 8
COMPRESSION_FUNCTION_WORDS = frozenset("的了地得之着过")
_FUNCTION_RE = re.compile(f"[{''.join(sorted(COMPRESSION_FUNCTION_WORDS))}]")
CONDITIONS = ("如果", "假如", "要是", "只要", "一旦", "除非", "倘若", "若是")
SCORES = {
    "truncated_negation": 0.85,
    "quoted_to_deny": 0.85,
    "negation_flipped": 0.85,
    "reversed": 0.8,
    "figure_changed": 0.75,
    "altered": 0.7,
    "spliced": 0.7,
    "absent": 0.6,
    "truncated_condition": 0.6,
}


# A figure of reported speech: an optional bound, the number and its unit (百分之N is a percent).
_BOUND_HEADS = "不到|不足|低于|没到|超过|高于|至少|不止|逾|超"
FIGURE_RE = re.compile(
    rf"(?P<head>{_BOUND_HEADS})?(?P<approx>近|将近|接近|约|大约)?(?:高达|达到|达|只有|仅有|才|有|是|到)*"
    rf"(?:百分之(?P<pnum>{NUMBER_RE.pattern})|(?P<num>{NUMBER_RE.pattern})"
    r"(?P<unit>%|成|家|个|人|名|万|亿|元|块|天|辆|台|倍|年))"
    r"(?:(?P<tail>以上|以下|以内|不到)|(?P<about>左右|上下|出头))?"
)
UPPER_HEADS = ("不到", "不足", "低于", "没到")
# How far a reported figure may be from the speaker's and still be his, rounded.
PERCENT_POINTS = 3.0
# Inside quote marks the figure must be the speaker's own, give or take its written form.
PERCENT_EXACT = 0.5
RELATIVE = 0.1
_YEAR_WORDS = {"前年": -2, "去年": -1, "今年": 0, "明年": 1}
_YEAR_RE = re.compile(r"(20\d\d)\s*年|前年|去年|今年|明年")


# Words between a measure and its figure ("续卡率平均能到72%"): not part of what is measured.
TOPIC_FILLERS = (
    "平均",
    "大概",
    "大约",
    "差不多",
    "已经",
    "最高",
    "最低",
    "也",
    "都",
    "就",
    "能",
    "了",
    "在",
    "的",
    "要",
    "会",
    "只",
    "还",
    "为",
    "冲",
    "做",
    "达到",
    "达",
    "到",
    "高达",
    "只有",
    "仅有",
    "有",
    "是",
    "约",
    "近",
)
# A percentage is compared with a transcript sentence that names its measure: the last this
# many characters before the figure ("续卡率"; "退卡率" is another measure).
MIN_MEASURE = 3
# Words of a change's direction, longest first; a reported direction is set against the one
# the speaker gave right after the same measure, within this many characters.
DIRECTION_WORDS: dict[str, int] = {
    **dict.fromkeys(("增长", "上涨", "上升", "提升", "增加", "提高", "涨", "增"), 1),
    **dict.fromkeys(("下降", "下滑", "减少", "降低", "下跌", "缩水", "跌", "降"), -1),
}
DIRECTION_REACH = 4
# Subjects other than the speaker's own enterprise in reported words.
OTHER_SUBJECTS = (
    "行业",
    "同行",
    "友商",
    "别的公司",
    "其他公司",
    "别家",
    "对手",
    "竞品",
    "很多公司",
    "不少公司",
    "有些公司",
    "一些公司",
    "大厂",
    "别人",
    "外界",
    "网传",
    "传言",
)
# Share of the characters qualifying a measure ("会员" in "会员续卡率") the sentence must hold.
QUALIFIER_SHARE = 0.8


@dataclass(frozen=True)
class Figure:
    """A number of a text with its unit (percent as "%"), bound and place, and the character
    after it (the noun a count counts: "店" in "40家店")."""

    value: float
    unit: str
    bound: str | None  # "upper" (不到60%), "lower" (超过70%) or None
    start: int
    end: int
    noun: str = ""
    approximate: bool = False  # "近六成", "60%左右"


def figures(text: str) -> list[Figure]:
    """Figures written in a (folded) text with their units.

    >>> [(f.value, f.unit, f.bound) for f in figures("续卡率不到六成,新开40家店,五成以上")]
    [(60.0, '%', 'upper'), (40.0, '家', None), (50.0, '%', 'lower')]
    """
    out: list[Figure] = []
    for match in FIGURE_RE.finditer(text):
        token = match.group("pnum") or match.group("num")
        unit = "%" if match.group("pnum") else match.group("unit")
        if not token[0].isdigit() and len(token) == 1 and unit not in ("成", "%"):
            continue  # "一个", "两天": a lone Chinese numeral is rarely a figure
        number = parse_number(token)
        if number is None:
            continue
        if unit == "成":
            number, unit = number * 10.0, "%"
        head, tail = match.group("head"), match.group("tail")
        bound = None if head is None else "upper" if head in UPPER_HEADS else "lower"
        if tail:  # "五成以上", "60%不到"
            bound = "lower" if tail == "以上" else "upper"
        noun = content(text[match.end() : match.end() + 2])[:1]
        approximate = bool(match.group("approx") or match.group("about"))
        out.append(Figure(number, unit, bound, match.start(), match.end(), noun, approximate))
    return out


@dataclass(frozen=True)
class QuoteVerdict:
    """How a quote relates to the closest transcript passage."""

    kind: str
    statement: Statement | None
    passage: str
    similarity: float
    diff: str

    @property
    def is_distortion(self) -> bool:
        return self.kind not in FAITHFUL

    @property
    def score(self) -> float:
        return SCORES.get(self.kind, 0.0)


def check_quote(quote: str, statements: Sequence[Statement]) -> QuoteVerdict | None:
    """Classify a (folded) quotation against a speaker's transcripts; None without any."""
    q = content(quote)
    if not statements or not q:
        return None
    best: QuoteVerdict | None = None
    for statement in statements:
        verdict = _against(quote, q, statement)
        if best is None or _rank(verdict) > _rank(best):
            best = verdict
    return best


def check_figures(
    words: str, statements: Sequence[Statement], year: int | None = None
) -> QuoteVerdict | None:
    """A ``figure_changed`` verdict when a figure of reported words (folded) lies outside every
    figure of the same unit the speaker gave about the same thing; None when the figures agree
    or nothing in the transcripts speaks to them. `year` (when the words were written) and the
    statements' dates resolve 今年/去年: figures of different years are not compared."""
    for figure in figures(words):
        topic = _measure(content(words[clause_start(words, figure.start) : figure.start]))
        if len(topic) < MIN_ANCHOR:
            topic = _measure(content(words[: figure.start]))
        when = _year_of(words, year)
        found = _direction_reversed(topic, when, statements) or _figure_conflict(
            figure, topic, when, statements
        )
        if found is not None:
            return found
    return None


def check_predicates(
    words: str, statements: Sequence[Statement], year: int | None = None
) -> QuoteVerdict | None:
    """A ``reversed`` verdict when reported words put in the speaker's mouth one side of an
    action (裁员, 关店, 停产...) whose other side alone the speaker stated about the same thing
    ("明年不会裁员，招聘还要扩大30%"), in sentences of the same year."""
    if has_any(words, OTHER_SUBJECTS):
        return None  # "X说行业里很多公司在裁员": the speaker on others, not his own plans
    when = _year_of(words, year)
    for statement in statements:
        t = fold(statement.transcript)
        said_year = _statement_year(statement)
        kept = [
            t[s:e]
            for s, e in sentences(t)
            if when is None or _year_of(t[s:e], said_year) in (None, when)
        ]
        found = reverses_speaker(words, "。".join(kept))
        if found is not None:
            clause = found[1]
            diff = _diff(content(words), content(clause))
            return QuoteVerdict("reversed", statement, clause, 100.0, diff)
    return None


def _direction_reversed(
    topic: str, year: int | None, statements: Sequence[Statement]
) -> QuoteVerdict | None:
    """A ``reversed`` verdict when the reported words say a measure rose ("净利润增长了5%")
    and the speaker said it fell ("净利润下降了5%"), or the other way round."""
    direction = next(((w, d) for w, d in DIRECTION_WORDS.items() if topic.endswith(w)), None)
    if direction is None:
        return None
    word, sign = direction
    measure = _measure(topic[: -len(word)])
    if len(measure) < MIN_ANCHOR:
        return None
    measure = measure[-MIN_MEASURE:]  # "净利润", "营收": the noun right before the change
    opposite: list[tuple[Statement, str]] = []
    for statement in statements:
        t = fold(statement.transcript)
        for c_start, c_end in spans(t, CLAUSE_BREAKS):
            clause = t[c_start:c_end]
            at = clause.find(measure)
            their = _year_of(clause, _statement_year(statement))
            if at < 0 or (year is not None and their is not None and their != year):
                continue
            said = _direction_after(clause[at + len(measure) :])
            if said == sign:
                return None  # the speaker did say it moved that way (in some year)
            if said is not None:
                opposite.append((statement, clause))
    if not opposite:
        return None
    statement, clause = opposite[0]
    return QuoteVerdict(
        "reversed", statement, clause, 100.0, _diff(content(topic), content(clause))
    )


def _direction_after(text: str) -> int | None:
    """The direction (+1/-1) of the first change word of a clause's rest, right after its
    measure ("下降了5%" → -1); None when a figure or nothing comes first."""
    head = content(text)[:DIRECTION_REACH]
    found = [(head.find(w), d) for w, d in DIRECTION_WORDS.items() if w in head]
    return min(found)[1] if found else None


def _figure_conflict(
    figure: Figure, topic: str, year: int | None, statements: Sequence[Statement]
) -> QuoteVerdict | None:
    """The statement sentences most about the figure's topic, and a verdict when their figures
    of its unit all disagree with it."""
    best: list[tuple[Statement, str]] = []
    best_length = 0
    for statement in statements:
        t = fold(statement.transcript)
        said_year = _statement_year(statement)
        for s_start, s_end in sentences(t):
            sentence = t[s_start:s_end]
            length = _relevance(figure, topic, content(sentence))
            their = _year_of(sentence, said_year)
            other_year = year is not None and their is not None and their != year
            if not length or length < best_length or other_year:
                continue
            if length > best_length:
                best, best_length = [], length
            best.append((statement, sentence))
    said = [
        f.value
        for _, sentence in best
        for f in figures(sentence)
        if f.unit == figure.unit and (f.unit == "%" or f.noun == figure.noun)
    ]
    if not best or not said or _fits(figure, min(said), max(said)):
        return None
    statement, passage = best[0]
    diff = _diff(content(topic), content(passage))
    return QuoteVerdict(
        "figure_changed", statement, passage, 100.0 * best_length / len(topic), diff
    )


def _measure(topic: str) -> str:
    """The words before a figure without the fillers that end them ("续卡率平均能" → "续卡率")."""
    stripped = True
    while stripped:
        stripped = False
        for word in TOPIC_FILLERS:
            if topic.endswith(word) and len(topic) > len(word):
                topic, stripped = topic[: -len(word)], True
    return topic


def _relevance(figure: Figure, topic: str, sentence: str) -> int:
    """How surely a transcript sentence speaks of the figure's measure (0: not at all): for a
    percentage, the length of the topic's ending found there, at least MIN_MEASURE ("续卡率");
    for a count, the longest run shared with the topic, at least MIN_MEASURE ("在华南")."""
    if figure.unit == "%":
        length = next(
            (n for n in range(len(topic), 1, -1) if topic[-n:] in sentence),
            0,
        )
        if length < min(MIN_MEASURE, len(topic)) or not _covered(topic[:-length], sentence):
            return 0
        return length
    length = _anchor_length(topic, sentence)
    return length if length >= MIN_MEASURE and _covered(topic, sentence) else 0


def _covered(qualifier: str, sentence: str) -> bool:
    """Whether the words qualifying a measure are the sentence's too: "新会员续卡率" or "行业
    续卡率" is another measure than the speaker's "会员的续卡率" (common words aside).

    >>> _covered("会员", "去年我们会员的续卡率平均是58%")
    True
    >>> _covered("行业平均", "去年我们会员的续卡率平均是58%")
    False
    """
    for word in ANCHOR_STOP:
        qualifier = qualifier.replace(word, "")
    if not qualifier:
        return True
    present = sum(1 for c in qualifier if c in sentence)
    return present / len(qualifier) >= QUALIFIER_SHARE


def _fits(figure: Figure, low: float, high: float) -> bool:
    """Whether a figure is within the speaker's range (or its bound allows a value in it)."""
    margin = PERCENT_POINTS if figure.unit == "%" else RELATIVE * max(abs(low), abs(high))
    if figure.bound == "upper":
        return figure.value >= low - margin
    if figure.bound == "lower":
        return figure.value <= high + margin
    return low - margin <= figure.value <= high + margin


def _statement_year(statement: Statement) -> int | None:
    match = re.match(r"(\d{4})", str(statement.date or ""))
    return int(match.group(1)) if match else None


def _year_of(text: str, now: int | None) -> int | None:
    """The year a text names (2025年, or 去年 seen from `now`), if it names exactly one."""
    years: set[int] = set()
    for match in _YEAR_RE.finditer(text):
        if match.group(1):
            years.add(int(match.group(1)))
        elif now is not None:
            years.add(now + _YEAR_WORDS[match.group()])
    return next(iter(years)) if len(years) == 1 else None


def _rank(verdict: QuoteVerdict) -> tuple[bool, float]:
    # A faithful reading anywhere wins: the speaker did say it.
    return verdict.kind in FAITHFUL, verdict.similarity


def _against(quote: str, q: str, statement: Statement) -> QuoteVerdict:
    t = fold(statement.transcript)
    positions = content_index(t)
    tc = "".join(t[i] for i in positions)
    at = tc.find(q)
    if at >= 0:
        start, end = positions[at], positions[at + len(q) - 1] + 1
        return _verbatim(q, t, start, end, statement)
    score, start, end = _closest_clauses(q, t)
    passage = t[start:end]
    spliced = _spliced(quote, tc)
    if score < CLOSE:
        if spliced:
            return QuoteVerdict("spliced", statement, passage, score, _diff(q, content(passage)))
        anchored = _anchored(quote, t)
        if anchored is not None:
            kind, passage = anchored
            return QuoteVerdict(kind, statement, passage, score, _diff(q, content(passage)))
        faithful = _clausewise_faithful(quote, t) or _compressed(quote, t)
        kind = "paraphrase" if faithful else "absent"
        return QuoteVerdict(kind, statement, passage, score, _diff(q, content(passage)))
    # Pieces said far apart come first: the closest passage then covers only one of them.
    kind = "spliced" if spliced else _close_kind(quote, passage) or _added_kind(q, passage)
    if (
        kind != "spliced"
        and kind not in FAITHFUL
        and (_clausewise_faithful(quote, t) or _compressed(quote, t))
    ):
        # A quote joining clauses of adjacent sentences ("套餐从128元降到99元，利润薄一点没
        # 关系") is set against one sentence only: the other clause's words and figures look
        # added. Each clause faithful to its own transcript clause is a faithful quote.
        kind = "paraphrase"
    return QuoteVerdict(kind, statement, passage, score, _diff(q, content(passage)))


def _closest_clauses(q: str, t: str) -> tuple[float, int, int]:
    """Best partial alignment of the quote within one transcript sentence, widened to whole
    clauses so that a negation at the head of the clause is part of the passage."""
    best = (0.0, 0, 0)
    for s_start, s_end in sentences(t):
        positions = content_index(t, s_start, s_end)
        if not positions:
            continue
        alignment = fuzz.partial_ratio_alignment(q, "".join(t[i] for i in positions))
        if alignment is None or alignment.score <= best[0]:
            continue
        lo, hi = alignment.dest_start, max(alignment.dest_end - 1, alignment.dest_start)
        start = clause_start(t, positions[lo])
        end = _clause_end(t, positions[min(hi, len(positions) - 1)], s_end)
        best = (alignment.score, start, end)
    return best


def _clause_end(t: str, at: int, limit: int) -> int:
    i = at
    while i < limit and t[i] not in CLAUSE_BREAKS:
        i += 1
    return i


def _verbatim(q: str, t: str, start: int, end: int, statement: Statement) -> QuoteVerdict:
    prefix = t[clause_start(t, start) : start]
    passage = t[clause_start(t, start) : end]
    if negation_count(prefix) % 2:
        return QuoteVerdict(
            "truncated_negation", statement, passage, 100.0, _diff(q, content(passage))
        )
    if _inside_quotes(t, start) and _denied_after(t, end):
        sentence = next((t[s:e] for s, e in sentences(t) if s <= start < e), passage)
        return QuoteVerdict(
            "quoted_to_deny", statement, sentence, 100.0, _diff(q, content(sentence))
        )
    condition = _dropped_condition(t, start)
    if condition and not has_any(q, CONDITIONS):
        full = t[condition:end]
        return QuoteVerdict("truncated_condition", statement, full, 100.0, _diff(q, content(full)))
    return QuoteVerdict("verbatim", statement, passage, 100.0, "")


def _dropped_condition(t: str, start: int) -> int | None:
    """Start of the conditional clause ("如果做不到，") right before a quote cut from its
    consequence, when there is one in the same sentence."""
    head = clause_start(t, start)
    if head == 0 or t[head - 1] not in ",，":
        return None
    previous = clause_start(t, head - 1)
    return previous if has_any(t[previous:head], CONDITIONS) else None


def _inside_quotes(t: str, at: int) -> bool:
    before = t[:at]
    return before.count("“") > before.count("”") or before.count("「") > before.count("」")


def _denied_after(t: str, end: int) -> bool:
    """A refutation in the rest of the sentence, or the next one, after the quoted words."""
    ranges = [r for r in sentences(t) if r[1] > end]
    following = t[end : ranges[1][1]] if len(ranges) > 1 else t[end:]
    return has_any(following, REFUTATIONS) is not None


def _close_kind(quote: str, passage: str) -> str | None:
    if negation_count(quote) % 2 != negation_count(passage) % 2:
        return "negation_flipped"
    if _antonym_swap(content(quote), content(passage)):
        return "reversed"
    said, claimed = set(numbers(passage)), set(numbers(quote))
    if claimed and not claimed <= said:
        return "figure_changed"
    if _percent_changed(quote, passage):
        return "figure_changed"
    return None


def _percent_changed(quote: str, passage: str) -> bool:
    """A percentage of the quote (七成 is 70%) that is none of the passage's, when the passage
    gives percentages: "续卡率平均是七成" for "续卡率平均是58%". "三成" for "30%" is the same.

    >>> _percent_changed("续卡率平均是七成", "续卡率平均是58%")
    True
    >>> _percent_changed("扩大三成", "扩大30%")
    False
    """
    said = [f.value for f in figures(passage) if f.unit == "%"]
    claimed = [f for f in figures(quote) if f.unit == "%"]
    return bool(said) and any(
        all(abs(c.value - v) > (PERCENT_POINTS if c.approximate else PERCENT_EXACT) for v in said)
        for c in claimed
    )


def _anchored(quote: str, t: str) -> tuple[str, str] | None:
    """A loose quote that still names the thing the speaker spoke about (涨价, 合格率, 质保)
    and says the opposite of the transcript clause about it: its negation flipped ("不会涨价"
    quoted as "肯定要涨价"), a key word reversed or another figure. Each clause of the quote
    is set against the transcript clause it shares the longest run with. (kind, clause)."""
    said_clauses = [t[s:e] for s, e in spans(t, CLAUSE_BREAKS)]
    for q_start, q_end in spans(quote, CLAUSE_BREAKS):
        said = quote[q_start:q_end]
        qc = content(said)
        best: tuple[int, str] | None = None
        for clause in said_clauses:
            length = _anchor_length(qc, content(clause))
            if length >= MIN_ANCHOR and (best is None or length > best[0]):
                best = (length, clause)
        if best is not None:
            kind = _close_kind(said, best[1])
            if kind:
                return kind, best[1]
    return None


def _clausewise_faithful(quote: str, t: str) -> bool:
    """Every clause of the quote is a shortened form of one transcript clause: its bigrams
    and nearly all its characters are there, with the same negation and no reversed word
    ("今年不会涨价，成本公司自己消化" for "今年我们不会涨价，原料成本的上涨由公司自己消化")."""
    clauses = [content(quote[s:e]) for s, e in spans(quote, CLAUSE_BREAKS)]
    clauses = [c for c in clauses if len(c) >= MIN_ANCHOR]
    if not clauses:
        return False
    said = [t[s:e] for s, e in spans(t, CLAUSE_BREAKS)]
    return all(any(_shortened(c, content(p), p) for p in said) for c in clauses)


def _compressed(quote: str, t: str) -> bool:
    """A short scare-quoted compression of one transcript clause: with its function words
    (的, 了...) set aside, the quote's characters occur in order within the clause, close
    together ("钱该让" in "这个钱本来就该让给顾客"), or its pieces between function words each
    occur there whole ("该让的钱": 该让 and 钱, the noun moved to the head). The clause and the
    quote must agree in negation, key words and figures ("不该让的钱" is no compression).

    >>> _compressed("该让的钱", "我认为这个钱本来就该让给顾客。")
    True
    >>> _compressed("收割顾客的钱", "我认为这个钱本来就该让给顾客。")
    False
    >>> _compressed("不该让的钱", "我认为这个钱本来就该让给顾客。")
    False
    """
    q = content(quote)
    core = "".join(c for c in q if c not in COMPRESSION_FUNCTION_WORDS)
    if not MIN_PIECE - 1 <= len(core) <= COMPRESSION_MAX:
        return False
    pieces = [p for p in _FUNCTION_RE.split(q) if p]
    for s, e in spans(t, CLAUSE_BREAKS):
        raw = t[s:e]
        clause = content(raw)
        if _close_kind(quote, raw) is not None:
            continue
        if _in_order(core, clause) or (
            max(map(len, pieces)) >= MIN_ANCHOR and all(p in clause for p in pieces)
        ):
            return True
    return False


def _in_order(core: str, clause: str) -> bool:
    """Whether the characters of `core` occur in order in `clause`, within a stretch at most
    twice as long as `core` (a few words skipped, not a sentence's worth)."""
    for first in (i for i, c in enumerate(clause) if c == core[0]):
        at = first
        for char in core[1:]:
            at = clause.find(char, at + 1)
            if at < 0:
                break
        else:
            if at - first + 1 <= 2 * len(core):
                return True
    return False


def _shortened(clause: str, passage: str, raw: str) -> bool:
    grams = bigrams(clause)
    if not grams or not passage:
        return False
    in_passage = sum(1 for c in clause if c in passage) / len(clause)
    shared = len(grams & bigrams(passage)) / len(grams)
    return (
        in_passage >= FAITHFUL_CHARS
        and shared >= FAITHFUL_BIGRAMS
        and _close_kind(clause, raw) is None
    )


def _anchor_length(a: str, b: str) -> int:
    """Length of the longest run the two share that is not only common words."""
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    best = 0
    for block in matcher.get_matching_blocks():
        run = a[block.a : block.a + block.size]
        for word in ANCHOR_STOP:
            run = run.replace(word, " ")
        best = max(best, max((len(piece) for piece in run.split()), default=0))
    return best


def _added_kind(q: str, passage: str) -> str:
    """A close quote that keeps the passage's frame but substitutes other words for a piece of
    it ("我们的果茶都是冷冻果浆" for "我们的果茶用的都是当天鲜切的水果") is altered; one that
    only drops words or adds a few is a paraphrase."""
    matcher = difflib.SequenceMatcher(None, content(passage), q, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "replace" and a1 - a0 >= MIN_REPLACED and b1 - b0 >= MIN_SUBSTITUTE:
            return "altered"
    return "paraphrase"


def _antonym_swap(q: str, p: str) -> bool:
    matcher = difflib.SequenceMatcher(None, p, q, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op != "replace":
            continue
        said, quoted = p[a0:a1], q[b0:b1]
        for x, y in ANTONYMS:
            if (x in said and y in quoted) or (y in said and x in quoted):
                return True
    return False


def _spliced(quote: str, tc: str) -> bool:
    """Two or more clause-sized pieces each found in the transcript, far apart."""
    pieces = [
        p
        for p in (content(quote[s:e]) for s, e in spans(quote, CLAUSE_BREAKS))
        if len(p) >= MIN_PIECE
    ]
    if len(pieces) < 2:
        return False
    found: list[tuple[int, int]] = []
    for piece in pieces:
        alignment = fuzz.partial_ratio_alignment(piece, tc)
        if alignment is None or alignment.score < SPLICE_PIECE:
            return False
        found.append((alignment.dest_start, alignment.dest_end))
    found.sort()
    return any(b[0] - a[1] > SPLICE_GAP for a, b in itertools.pairwise(found))


def _diff(quote: str, passage: str) -> str:
    """The transcript passage with what the quote dropped in [-…-] and added in {+…+}."""
    out: list[str] = []
    matcher = difflib.SequenceMatcher(None, passage, quote, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            out.append(passage[a0:a1])
            continue
        if a1 > a0:
            out.append(f"[-{passage[a0:a1]}-]")
        if b1 > b0:
            out.append(f"{{+{quote[b0:b1]}+}}")
    return "".join(out)
