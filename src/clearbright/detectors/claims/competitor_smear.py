"""Category 10: a false or fabricated claim about an enterprise, spread by a declared rival."""

from __future__ import annotations

from collections.abc import Iterable

from clearbright.categories import Category
from clearbright.detectors.base import Detector, Example, NormalizedItem
from clearbright.detectors.claims.allegations import find_allegations
from clearbright.detectors.claims.claim_matcher import shared_matcher
from clearbright.detectors.claims.common import READ_FIELDS, is_satire
from clearbright.detectors.claims.figures import FigureReader
from clearbright.detectors.claims.labels import (
    claim_evidence,
    claim_label,
    figure_evidence,
    figure_label,
    quote_evidence,
    quote_label,
)
from clearbright.detectors.claims.quote_distortion import QuoteChecker
from clearbright.detectors.claims.veiled import veiled_mentions
from clearbright.model import Evidence, Finding, TextField
from clearbright.registry import Mention, Registry

FIGURE_SCORE = 0.75
# An unregistered allegation is surfaced for review only: nothing shows it false yet.
ALLEGATION_SCORE = 0.55
_RIVAL = {"id": "u1", "name": "数码小站", "affiliation": "ent-xiuping"}


class CompetitorSmearDetector(Detector):
    """A registered false claim, a distorted quotation or a wrong figure about enterprise A,
    posted by an author whose `affiliation` is a declared rival of A, or by a rival's official
    account. A veiled name of A ("某“X”字开头的") counts as naming it when it points at one
    rival. Honest comparative claims by a rival, and true claims, are not findings."""

    name = "competitor_smear"
    categories = (Category.COMPETITOR_SMEAR,)
    kinds = frozenset({"post", "comment"})
    EXAMPLES = (
        Example(
            {"text": "澄屿手表辐射超标，戴久了会致癌，大家小心。", "author": _RIVAL},
            "competitor_smear",
        ),
        Example(
            {"text": "顾南笙自己都说了：“我们会裁减研发人员。”", "author": _RIVAL},
            "competitor_smear",
        ),
        Example({"text": "澄屿手表辐射致癌是谣言，检测报告早就公开了。", "author": _RIVAL}, None),
        Example(
            {
                "text": "澄屿手表辐射超标，戴久了会致癌，大家小心。",
                "author": {"id": "u2", "name": "路人"},
            },
            None,
        ),
        Example(
            {"text": "我们岫屏Aura续航比澄屿Nova多一天，测试条件见官网。", "author": _RIVAL}, None
        ),
    )

    def __init__(self, registry: Registry) -> None:
        super().__init__(registry)
        self.matcher = shared_matcher(registry)
        self.quotes = QuoteChecker(registry)
        self.figures = FigureReader(registry)

    def detect(self, item: NormalizedItem) -> Iterable[Finding]:
        rival = self._author_enterprise(item)
        if rival is None or is_satire(item):
            return []
        targets = self.registry.rivals_of(rival)
        scored: list[tuple[float, str, list[Evidence]]] = []
        scored += self._claims(item, targets)
        scored += self._quotes(item, targets)
        scored += self._figures(item, targets)
        if not scored:
            scored = self._allegations(item, targets)
        if not scored:
            return []
        score, target, _ = max(scored, key=lambda s: s[0])
        affiliation = Evidence(
            kind="rival_affiliation",
            description=(
                f"the author is affiliated with {self.registry.entity_name(rival)}, "
                f"a declared rival of {self.registry.entity_name(target)}"
            ),
            registry_ref=rival,
            details={"affiliation": rival, "target": target},
        )
        evidence = [e for _, _, found in scored for e in found]
        return [self.finding(item.item, score, [*evidence, affiliation], target=target)]

    def _author_enterprise(self, item: NormalizedItem) -> str | None:
        author = item.item.author
        if author is None:
            return None
        if author.affiliation and author.affiliation in self.registry.enterprises:
            return author.affiliation
        owner = self.registry.official_owner(item.item.platform, author.id)
        return owner if owner in self.registry.enterprises else None

    def _mentions(
        self, item: NormalizedItem, field: TextField, text: str, targets: frozenset[str]
    ) -> list[Mention]:
        """Registered names in the field, plus veiled names pointing at one of `targets`."""
        return [*item.mentions.get(field, ()), *veiled_mentions(text, self.registry, targets)]

    def _claims(
        self, item: NormalizedItem, targets: frozenset[str]
    ) -> list[tuple[float, str, list[Evidence]]]:
        out: list[tuple[float, str, list[Evidence]]] = []
        for field in READ_FIELDS:
            text = item.get(field)
            if text is None:
                continue
            mentions = self._mentions(item, field, text.text, targets)
            for match in self.matcher.match(text, mentions):
                subject = self.registry.enterprise_of(match.entry.claim.subject or "")
                if match.status == "asserted" and subject in targets:
                    out.append(
                        (
                            match.score,
                            subject,
                            [claim_evidence(item, field, match), claim_label(match.entry.claim)],
                        )
                    )
        return out

    def _quotes(
        self, item: NormalizedItem, targets: frozenset[str]
    ) -> list[tuple[float, str, list[Evidence]]]:
        out: list[tuple[float, str, list[Evidence]]] = []
        for c in self.quotes.distorted(item):
            subject = self.registry.enterprise_of(c.quotation.speaker)
            if subject in targets:
                speaker = self.registry.entity_name(c.quotation.speaker)
                out.append(
                    (
                        c.verdict.score,
                        subject,
                        [
                            quote_evidence(
                                item,
                                c.field,
                                c.quotation.start,
                                c.quotation.end,
                                c.verdict,
                                speaker,
                            ),
                            quote_label(c.verdict, speaker),
                        ],
                    )
                )
        return out

    def _figures(
        self, item: NormalizedItem, targets: frozenset[str]
    ) -> list[tuple[float, str, list[Evidence]]]:
        out: list[tuple[float, str, list[Evidence]]] = []
        for field in READ_FIELDS:
            text = item.get(field)
            if text is None:
                continue
            year = item.item.created_at.year if item.item.created_at else None
            mentions = item.mentions.get(field, ())
            for conflict in self.figures.conflicts(text.text, mentions, year):
                if conflict.claim.enterprise in targets:
                    out.append(
                        (
                            FIGURE_SCORE,
                            conflict.claim.enterprise,
                            [
                                figure_evidence(item, field, conflict, self.registry),
                                figure_label(conflict, self.registry),
                            ],
                        )
                    )
        return out

    def _allegations(
        self, item: NormalizedItem, targets: frozenset[str]
    ) -> list[tuple[float, str, list[Evidence]]]:
        out: list[tuple[float, str, list[Evidence]]] = []
        for field in READ_FIELDS:
            text = item.get(field)
            if text is None:
                continue
            mentions = self._mentions(item, field, text.text, targets)
            for target in sorted(targets):
                names = [
                    (m.start, m.end)
                    for m in mentions
                    if target in m.entity_ids
                    or any(self.registry.enterprise_of(e) == target for e in m.entity_ids)
                ]
                for found in find_allegations(text.text, names):
                    evidence = Evidence(
                        kind="unverified_allegation",
                        description=(
                            f"states as fact, citing no source, a serious allegation "
                            f"({found.family}) about {self.registry.entity_name(target)}; "
                            "no registered claim covers it: a person must check it"
                        ),
                        span=item.span(field, found.start, found.end),
                        registry_ref=target,
                        details={"family": found.family},
                    )
                    out.append((ALLEGATION_SCORE, target, [evidence]))
        return out
