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
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from clearbright.detectors.claims.lexicon import REFUTATIONS
from clearbright.detectors.claims.textutil import (
    CLAUSE_BREAKS,
    bigrams,
    clause_start,
    content,
    content_index,
    has_any,
    negation_count,
    numbers,
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
    return None


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
