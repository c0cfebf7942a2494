"""Category 5: a headline whose factual assertion is contradicted by the item's own body."""

from __future__ import annotations

from collections.abc import Iterable

from clearbright.categories import Category
from clearbright.detectors.base import Detector, Example, NormalizedItem
from clearbright.detectors.claims.claim_matcher import shared_matcher
from clearbright.detectors.claims.common import body, is_satire
from clearbright.detectors.claims.figures import FigureClaim, FigureReader
from clearbright.detectors.claims.headline_reversal import find_reversal
from clearbright.detectors.claims.labels import claim_evidence, claim_label
from clearbright.detectors.claims.lexicon import FALSE_LABELS, QUESTION_MARKERS
from clearbright.detectors.claims.textutil import content, negation_count
from clearbright.model import Evidence, Finding
from clearbright.registry import Mention, Registry

MIN_BODY = 20
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
        title = item.get("title")
        if title is None or len(content(body(item))) < MIN_BODY or is_satire(item):
            return []
        if any(title.text.rstrip().endswith(q) for q in QUESTION_MARKERS):
            return []
        for check in (self._claims, self._labels, self._figures, self._reversal):
            found = check(item)
            if found:
                score, evidence, target = found
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
        stated = self.figures.claims(item.fields["title"].text, item.mentions.get("title", ()))
        reported = self.figures.claims(item.text.text, item.mentions.get("text", ()))
        for head in stated:
            for told in reported:
                if _same_figure(head, told) and not _close(head.value, told.value, head.kind):
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

    def _entities(self, mention: Mention) -> set[str]:
        ids = set(mention.entity_ids)
        ids.update(e for e in (self.registry.enterprise_of(i) for i in mention.entity_ids) if e)
        return ids


def _negated(text: str, word: str) -> bool:
    at = text.find(word)
    while at >= 0:
        if negation_count(text[max(0, at - LOOKBACK) : at]) % 2:
            return True
        at = text.find(word, at + 1)
    return False


def _same_figure(a: FigureClaim, b: FigureClaim) -> bool:
    return (a.enterprise, a.metric, a.kind) == (b.enterprise, b.metric, b.kind) and (
        a.period is None or b.period is None or a.period == b.period
    )


def _close(a: float, b: float, kind: str) -> bool:
    if kind == "change":
        return abs(a - b) <= 3.0
    return abs(a - b) <= FIGURE_TOLERANCE * max(abs(a), abs(b))
