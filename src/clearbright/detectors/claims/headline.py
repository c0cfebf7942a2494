"""Category 5: a headline whose factual assertion is contradicted by the item's own body."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable

from clearbright.categories import Category
from clearbright.detectors.base import Detector, Example, NormalizedItem
from clearbright.detectors.claims.claim_matcher import shared_matcher
from clearbright.detectors.claims.common import is_satire
from clearbright.detectors.claims.figures import (
    CHANGE_TOLERANCE_POINTS,
    RANGE_MARGIN_SHARE,
    TREND_FLAT,
    FigureClaim,
    FigureReader,
)
from clearbright.detectors.claims.headline_admission import (
    admitted_span,
    occurrences,
    only_hypothetical,
)
from clearbright.detectors.claims.headline_reversal import find_reversal
from clearbright.detectors.claims.headline_scope import others_normal, universal_closure
from clearbright.detectors.claims.labels import claim_evidence, claim_label
from clearbright.detectors.claims.lexicon import (
    FALSE_LABELS,
    HEDGES,
    QUESTION_MARKERS,
    REFUTATIONS,
    RUMOUR_CUES,
)
from clearbright.detectors.claims.metrics import PERFORMANCE_METRICS
from clearbright.detectors.claims.textutil import content, has_any, negation_count, sentences
from clearbright.model import Evidence, Finding
from clearbright.registry import Mention, Registry
from clearbright.text.normalize import NormalizedText, normalize

MIN_BODY = 20
# A headline opening a text ends with ！ or ？ and is set off by a dash or a line break.
HEADLINE_SEPARATORS = ("——", "—", "\n")
MAX_HEADLINE = 60
# A question sentence this short only hedges the headline ("真的吗？", "可信吗？").
HEDGE_QUESTION = 4
LOOKBACK = 4
CLAIM_SCORE = 0.8
LABEL_SCORE = 0.7
FIGURE_SCORE = 0.7
FIGURE_TOLERANCE = 0.1
REVERSAL_SCORE = 0.7


class HeadlineContradictionDetector(Detector):
    """A title asserting a registered false claim, a severe label (破产, 被查封...), a figure,
    or a predicate (裁员 against 招聘, a dropped 不会) that the item's own body denies or
    contradicts. Sensational titles the body bears out, and question titles, are not
    findings."""

    name = "headline_contradiction"
    categories = (Category.DISTORTION,)
    kinds = frozenset({"post"})
    EXAMPLES = (
        Example(
            {
                "title": "禾淼果汁被曝用过期原料",
                "text": "有传言称禾淼果汁用过期原料生产，经市场监管部门抽检，这一说法不实，"
                "禾淼所有原料均可追溯。",
            },
            "distortion",
        ),
        Example(
            {
                "title": "岫屏智能宣布破产",
                "text": "岫屏智能今日公告，旗下一家销售子公司完成重组，岫屏智能本身并未破产，"
                "经营一切正常。",
            },
            "distortion",
        ),
        Example(
            {
                "title": "禾淼2024年营收暴跌30%",
                "text": "禾淼食品发布年报，2024年营收31.5亿元，同比增长3.1%，净利润2.6亿元。",
            },
            "distortion",
        ),
        Example(
            {
                "title": "岫屏智能宣布大规模裁员",
                "text": "岫屏智能今日公告，公司今年计划招聘2000名工程师，目前没有任何裁员计划。",
            },
            "distortion",
        ),
        Example(
            {
                "title": "岫屏智能扩大招聘",
                "text": "岫屏智能今日公告，公司今年计划招聘2000名工程师，目前没有任何裁员计划。",
            },
            None,
        ),
        Example(
            {
                "title": "禾淼召回一批次果汁",
                "text": "禾淼食品2024年8月发布公告，主动召回一批次包装破损产品并向消费者致歉。",
            },
            None,
        ),
        Example(
            {
                "title": "岫屏智能破产了吗？",
                "text": "近日有网友询问岫屏智能是否破产。记者查阅公开信息，岫屏经营正常。",
            },
            None,
        ),
        Example(
            {
                "title": "澄屿净利润下降5%，高端化不及预期",
                "text": "澄屿科技2024年净利润7.2亿元，同比下降5%，营收增长12%，利润承压。",
            },
            None,
        ),
    )

    def __init__(self, registry: Registry) -> None:
        super().__init__(registry)
        self.matcher = shared_matcher(registry)
        self.figures = FigureReader(registry)

    def detect(self, item: NormalizedItem) -> Iterable[Finding]:
        if is_satire(item):
            return []
        split = headline_view(item)
        if split is None:
            return []
        view, in_text = split
        if len(content(view.text.text)) < MIN_BODY:
            return []
        checks = (
            self._claims,
            self._admission,
            self._labels,
            self._figures,
            self._reversal,
            self._signs,
            self._scope,
        )
        for check in checks:
            found = check(view)
            if found:
                score, evidence, target = found
                if in_text:  # the headline was read out of the text field: spans are there
                    evidence = [_in_text(e) for e in evidence]
                return [self.finding(item.item, score, evidence, target=target)]
        return []

    def _claims(self, item: NormalizedItem) -> tuple[float, list[Evidence], str | None] | None:
        title = item.fields["title"]
        for match in self.matcher.match(title, item.mentions.get("title", ())):
            if match.status != "asserted":
                continue
            denials = [
                m
                for m in self.matcher.match_all(item.text, item.mentions.get("text", ()))
                if m.entry.claim.id == match.entry.claim.id and m.status != "asserted"
            ]
            if denials:
                denial = Evidence(
                    kind="headline_body_conflict",
                    description="the body of the item denies what its headline asserts",
                    span=item.span("text", denials[0].start, denials[0].end),
                    registry_ref=match.entry.claim.id,
                    details={"body": denials[0].status},
                )
                return (
                    CLAIM_SCORE,
                    [claim_evidence(item, "title", match), denial, claim_label(match.entry.claim)],
                    match.entry.claim.subject,
                )
        return None

    def _admission(self, item: NormalizedItem) -> tuple[float, list[Evidence], str | None] | None:
        """A headline saying someone admitted (承认, 坦言...) a registered false claim the body
        does not assert, or a fact the body and the speaker's transcripts mention only as a
        condition or a denial ("如果用户买到泡水车…")."""
        title, mentions = item.fields["title"], item.mentions.get("title", ())
        span = admitted_span(title.text, [(m.start, m.end) for m in mentions])
        if span is None:
            return None
        start, end = span
        speaker = max((m for m in mentions if m.end <= start), key=lambda m: m.end)
        said = Evidence(
            kind="headline_admission",
            description="the headline says this was admitted",
            span=item.span("title", start, end),
            matched=title.text[start:end],
            details={"entities": sorted(speaker.entity_ids)},
        )
        body_mentions = item.mentions.get("text", ())
        asserted = {
            m.entry.claim.id
            for m in self.matcher.match_all(item.text, body_mentions)
            if m.status == "asserted"
        }
        for match in self.matcher.match(title, mentions):
            if match.status == "asserted" and match.end > start:
                if match.entry.claim.id in asserted:
                    continue  # the body itself states it: read by the other checks
                evidence = [claim_evidence(item, "title", match), said]
                return (
                    CLAIM_SCORE,
                    [*evidence, claim_label(match.entry.claim)],
                    (match.entry.claim.subject),
                )
        admitted = title.text[start:end]
        in_body = occurrences(admitted, item.text.text)
        spoken = [o for t in self._transcripts(speaker) for o in occurrences(admitted, t)]
        if not in_body or not only_hypothetical([*in_body, *spoken]):
            return None
        piece, kind, at = in_body[0]
        conflict = Evidence(
            kind="headline_body_conflict",
            description=f"the body says “{piece}” only as a {kind} statement",
            span=item.span("text", at, at + len(piece)),
            details={"how": kind, "transcripts": len(spoken)},
        )
        targets = sorted(self._entities(speaker) & set(self.registry.enterprises))
        return REVERSAL_SCORE, [said, conflict], next(iter(targets), None)

    def _transcripts(self, speaker: Mention) -> list[str]:
        """Folded transcripts of the named person, or of the people of the named enterprise."""
        ids = self._entities(speaker)
        return [
            normalize(s.transcript).text
            for s in self.registry.statements
            if s.speaker in ids or self.registry.enterprise_of(s.speaker) in ids
        ]

    def _labels(self, item: NormalizedItem) -> tuple[float, list[Evidence], str | None] | None:
        title, text = item.fields["title"], item.text
        for mention in item.mentions.get("title", ()):
            after = title.text[mention.end : mention.end + 8]
            word = next((w for w in FALSE_LABELS if w in after), None)
            if word is None:
                continue
            at = title.text.find(word, mention.end)
            if negation_count(title.text[max(0, at - LOOKBACK) : at + len(word)]) % 2:
                continue
            family = FALSE_LABELS[word]
            said = [w for w, f in FALSE_LABELS.items() if f == family and w in text.text]
            denied = [w for w in said if _negated(text.text, w)]
            if said and len(denied) < len(said):
                continue  # the body bears the label out somewhere
            if not denied:
                continue  # a body that simply does not repeat the label is not a denial
            where = text.text.find(denied[0])
            return (
                LABEL_SCORE,
                [
                    Evidence(
                        kind="headline_label",
                        description=f"the headline says “{word}”",
                        span=item.span("title", at, at + len(word)),
                        matched=word,
                        details={"entities": sorted(mention.entity_ids)},
                    ),
                    Evidence(
                        kind="headline_body_conflict",
                        description=f"the body says the opposite of “{word}”",
                        span=item.span("text", where, where + len(denied[0])),
                        details={"label": word},
                    ),
                ],
                next(iter(sorted(mention.entity_ids)), None),
            )
        return None

    def _figures(self, item: NormalizedItem) -> tuple[float, list[Evidence], str | None] | None:
        return self._figure_conflict(
            item,
            lambda head, told: (
                (
                    head.kind not in ("sign", "trend")
                    and _same_figure(head, told)
                    and not _borne_out(head, told)
                )
                or _opposite_trend(head, told)
            ),
        )

    def _signs(self, item: NormalizedItem) -> tuple[float, list[Evidence], str | None] | None:
        """A bare result word in the headline ("巨亏") against the body's profit figure; read
        after the predicate reversal, which names the opposite word when the body has one."""
        return self._figure_conflict(item, _opposite_sign)

    def _figure_conflict(
        self, item: NormalizedItem, conflicting: Callable[[FigureClaim, FigureClaim], bool]
    ) -> tuple[float, list[Evidence], str | None] | None:
        if has_any(item.fields["title"].text, (*REFUTATIONS, *RUMOUR_CUES, *HEDGES)):
            return None  # "X巨亏是谣言": the headline names a figure to deny it
        stated = self.figures.claims(item.fields["title"].text, item.mentions.get("title", ()))
        named = {c.enterprise for c in stated}
        reported = self.figures.claims(
            item.text.text,
            item.mentions.get("text", ()),
            default=next(iter(named)) if len(named) == 1 else None,
        )
        for head in stated:
            conflicts = [t for t in reported if conflicting(head, t)]
            if head.metric in PERFORMANCE_METRICS and any(
                _comparable(head, t) and _kinds_meet(head, t) and t not in conflicts
                for t in reported
            ):
                continue  # "业绩翻倍": borne out by the revenue or the profit the body reports
            if conflicts:
                told = conflicts[0]
                return (
                    FIGURE_SCORE,
                    [
                        Evidence(
                            kind="headline_figure",
                            description="figure stated in the headline",
                            span=item.span("title", head.start, head.end),
                            details={"value": head.value, "kind": head.kind},
                        ),
                        Evidence(
                            kind="headline_body_conflict",
                            description="the body reports a different figure",
                            span=item.span("text", told.start, told.end),
                            details={"value": told.value, "kind": told.kind},
                        ),
                    ],
                    head.enterprise,
                )
        return None

    def _reversal(self, item: NormalizedItem) -> tuple[float, list[Evidence], str | None] | None:
        """Opposite predicates or a dropped negation, whether or not a claim is registered."""
        found = find_reversal(
            item.fields["title"].text,
            item.mentions.get("title", ()),
            item.text.text,
            item.mentions.get("text", ()),
            self._entities,
        )
        if found is None:
            return None
        return (
            REVERSAL_SCORE,
            [
                Evidence(
                    kind="headline_reversal",
                    description=f"the headline says “{found.title_word}”",
                    span=item.span("title", found.title_start, found.title_end),
                    matched=found.title_word,
                    details={"how": found.how, "entity": found.entity},
                ),
                Evidence(
                    kind="headline_body_conflict",
                    description=f"the body says “{found.body_word}”",
                    span=item.span("text", found.body_start, found.body_end),
                    details={"how": found.how},
                ),
            ],
            found.entity,
        )

    def _scope(self, item: NormalizedItem) -> tuple[float, list[Evidence], str | None] | None:
        """A headline shutting every site of a named enterprise ("X所有门店被责令关停") over a
        body saying the other sites run normally (one store was suspended)."""
        title, mentions = item.fields["title"], item.mentions.get("title", ())
        head = universal_closure(title.text)
        if head is None:
            return None
        named = [m for m in mentions if m.end <= head[1]]
        body = others_normal(item.text.text)
        if not named or body is None:
            return None
        targets = sorted(self._entities(named[-1]) & set(self.registry.enterprises))
        return (
            REVERSAL_SCORE,
            [
                Evidence(
                    kind="headline_scope",
                    description="the headline says every site was shut",
                    span=item.span("title", *head),
                    matched=title.text[head[0] : head[1]],
                ),
                Evidence(
                    kind="headline_body_conflict",
                    description="the body says the other sites run normally",
                    span=item.span("text", *body),
                ),
            ],
            next(iter(targets), None),
        )

    def _entities(self, mention: Mention) -> set[str]:
        ids = set(mention.entity_ids)
        ids.update(e for e in (self.registry.enterprise_of(i) for i in mention.entity_ids) if e)
        return ids


def headline_view(item: NormalizedItem) -> tuple[NormalizedItem, bool] | None:
    """The item as (headline, body): its title and text, or, for an item with no title, a
    headline opening its text (`X全年巨亏！…神话破灭？——正文…`). Rhetorical question
    sentences of the headline are blanked out (what is left is what it asserts); None when
    nothing is asserted. The bool says the headline was read out of the text field."""
    title, text = item.get("title"), item.get("text")
    if text is None:
        return None
    in_text = title is None
    if title is None:
        split = _leading_headline(text)
        if split is None:
            return None
        head_end, body_start = split
        title = _blanked(text, [(head_end, len(text.text))])
        text = _blanked(text, [(0, body_start)])
        mentions = item.mentions.get("text", ())
        head_mentions = tuple(m for m in mentions if m.end <= head_end)
        body_mentions = tuple(m for m in mentions if m.start >= body_start)
    else:
        head_mentions = item.mentions.get("title", ())
        body_mentions = item.mentions.get("text", ())
    asked = _question_sentences(title.text)
    if asked is None:
        return None
    title = _blanked(title, asked)
    view = NormalizedItem(
        item=item.item,
        fields={"title": title, "text": text},
        mentions={"title": head_mentions, "text": body_mentions},
    )
    return view, in_text


def _leading_headline(text: NormalizedText) -> tuple[int, int] | None:
    """(end of headline, start of body) in the folded text, when the text opens with a short
    headline that ends in an exclamation or question mark, then a dash or a line break, then
    the body. Separators are found in the original: normalization drops dashes and breaks."""
    for sep in HEADLINE_SEPARATORS:
        at = text.original.find(sep)
        if at <= 0:
            continue
        head_end = bisect.bisect_left(text.origin, at)
        body_start = bisect.bisect_left(text.origin, at + len(sep))
        head = text.text[:head_end].rstrip()
        if 0 < len(head) <= MAX_HEADLINE and head[-1] in ("!", "?"):
            return head_end, body_start
    return None


def _question_sentences(title: str) -> list[tuple[int, int]] | None:
    """Ranges of the title's question sentences; None when the title asserts nothing (all
    of it asks, or it hedges its own words: "X破产！真的吗？")."""
    ranges = sentences(title)
    asked: list[tuple[int, int]] = []
    for start, end in ranges:
        sentence = title[start : min(end + 1, len(title))]
        if sentence.rstrip().endswith("?") or has_any(sentence, QUESTION_MARKERS):
            if len(content(sentence)) <= HEDGE_QUESTION or has_any(sentence, HEDGES):
                return None
            asked.append((start, min(end + 1, len(title))))  # with its question mark
    return None if len(asked) == len(ranges) else asked


def _blanked(text: NormalizedText, ranges: list[tuple[int, int]]) -> NormalizedText:
    """The text with the given ranges blanked (same length and offsets: spans stay valid)."""
    chars = list(text.text)
    for start, end in ranges:
        for i in range(start, min(end, len(chars))):
            chars[i] = " "
    return NormalizedText(text.original, "".join(chars), text.origin)


def _in_text(evidence: Evidence) -> Evidence:
    if evidence.span is None:
        return evidence
    return evidence.model_copy(update={"span": evidence.span.model_copy(update={"field": "text"})})


def _negated(text: str, word: str) -> bool:
    at = text.find(word)
    while at >= 0:
        if negation_count(text[max(0, at - LOOKBACK) : at]) % 2:
            return True
        at = text.find(word, at + 1)
    return False


def _same_figure(a: FigureClaim, b: FigureClaim) -> bool:
    return a.kind == b.kind and _comparable(a, b)


def _comparable(a: FigureClaim, b: FigureClaim) -> bool:
    """Same enterprise and period (when both are written), and the same metric or one a
    composite ("业绩") holds the other (营收, 净利润)."""
    metrics = a.metric == b.metric or any(
        x in PERFORMANCE_METRICS and y in PERFORMANCE_METRICS[x]
        for x, y in ((a.metric, b.metric), (b.metric, a.metric))
    )
    return (
        metrics
        and a.enterprise == b.enterprise
        and (a.period is None or b.period is None or a.period == b.period)
    )


def _kinds_meet(a: FigureClaim, b: FigureClaim) -> bool:
    """Whether two figures can bear each other out: a change and a direction, or the same
    kind."""
    return a.kind == b.kind or {a.kind, b.kind} <= {"change", "trend"}


def _opposite_trend(head: FigureClaim, told: FigureClaim) -> bool:
    """A headline's bare direction ("营收暴增") against the body's change of the other sign
    ("同比下降7.5%")."""
    return (
        head.kind == "trend"
        and told.kind in ("trend", "change")
        and _comparable(head, told)
        and head.value * told.value < 0
        and abs(told.value) >= TREND_FLAT
    )


def _opposite_sign(head: FigureClaim, told: FigureClaim) -> bool:
    """A headline's bare "巨亏" against the body's filed-style level "净利润3.4亿元"."""
    return (
        head.kind == "sign"
        and told.kind in ("sign", "level")
        and (head.enterprise, head.metric) == (told.enterprise, told.metric)
        and (head.period is None or told.period is None or head.period == told.period)
        and (head.value < 0) != (told.value < 0)
        and told.value != 0
    )


def _borne_out(head: FigureClaim, told: FigureClaim) -> bool:
    """Whether the body's figure fits the headline's: close to it, or inside its range ("少了
    一大半" and "下降60%"; "跌破10亿" and "营收5亿")."""
    if head.high is None:
        return _close(head.value, told.value, head.kind)
    low, high = sorted((head.value, head.high))
    if head.kind == "change":
        margin = CHANGE_TOLERANCE_POINTS + RANGE_MARGIN_SHARE * min(abs(low), abs(high))
    else:
        margin = FIGURE_TOLERANCE * abs(told.value)
    return low - margin <= told.value <= high + margin


def _close(a: float, b: float, kind: str) -> bool:
    if kind == "change":
        return abs(a - b) <= 3.0
    return abs(a - b) <= FIGURE_TOLERANCE * max(abs(a), abs(b))
