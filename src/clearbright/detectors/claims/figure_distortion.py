"""Category 5: financial figures that contradict the filed report (financials.jsonl)."""

from __future__ import annotations

from collections.abc import Iterable

from clearbright.categories import Category
from clearbright.detectors.base import Detector, Example, NormalizedItem
from clearbright.detectors.claims.common import READ_FIELDS, is_satire
from clearbright.detectors.claims.figures import FigureConflict, FigureReader
from clearbright.detectors.claims.labels import figure_evidence, figure_label
from clearbright.model import Evidence, Finding, TextField
from clearbright.registry import Registry

SCORE = 0.8


class FigureDistortionDetector(Detector):
    """A stated revenue, profit, loss, R&D or delivery figure (a change such as 暴跌80%, 腰斩,
    or a level such as 只剩130亿, 净亏损6亿) that no filed figure of that enterprise and period
    agrees with. A correct figure with a harsh opinion is not a finding."""

    name = "figure_distortion"
    categories = (Category.DISTORTION,)
    kinds = frozenset({"post", "comment"})
    EXAMPLES = (
        Example({"text": "澄屿2024年净利润暴跌50%，智能手表要凉了。"}, "distortion"),
        Example({"text": "禾淼2024年营收直接腰斩，只剩15亿。"}, "distortion"),
        Example({"text": "禾淼食品2024年净亏损2.6亿元，还敢扩产？"}, "distortion"),
        Example({"text": "禾淼2024年巨亏，还好意思涨价"}, "distortion"),
        Example({"text": "禾淼2024年净赚2.6个亿，不错"}, None),
        Example({"text": "澄屿2024年净利润下降5%，营收才涨12%，管理层该反思了。"}, None),
        Example({"text": "禾淼2024年营收31.5亿，增速只有3.1%，增长乏力。"}, None),
        Example({"text": "【讽刺段子】澄屿净利润暴跌99%，因为老板把钱都拿去买表了。"}, None),
    )

    def __init__(self, registry: Registry) -> None:
        super().__init__(registry)
        self.reader = FigureReader(registry)

    def conflicts(self, item: NormalizedItem) -> list[tuple[TextField, FigureConflict]]:
        out: list[tuple[TextField, FigureConflict]] = []
        year = item.item.created_at.year if item.item.created_at else None
        for field in READ_FIELDS:
            text = item.get(field)
            if text is not None:
                out.extend(
                    (field, c)
                    for c in self.reader.conflicts(text.text, item.mentions.get(field, ()), year)
                )
        return out

    def detect(self, item: NormalizedItem) -> Iterable[Finding]:
        if is_satire(item) or not self.registry.financials:
            return []
        found = self.conflicts(item)
        if not found:
            return []
        evidence: list[Evidence] = [figure_evidence(item, f, c, self.registry) for f, c in found]
        evidence.append(figure_label(found[0][1], self.registry))
        return [self.finding(item.item, SCORE, evidence, target=found[0][1].claim.enterprise)]
