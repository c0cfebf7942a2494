"""Category 6: search suggestions and trending topics that assert a registered falsehood."""

from __future__ import annotations

from collections.abc import Iterable

from clearbright.categories import Category
from clearbright.detectors.base import Detector, Example, NormalizedItem
from clearbright.detectors.claims.claim_matcher import ClaimMatch, denies_link, shared_matcher
from clearbright.detectors.claims.common import READ_FIELDS, is_satire
from clearbright.detectors.claims.glyphs import deglyphed_item
from clearbright.detectors.claims.labels import claim_evidence, claim_label
from clearbright.detectors.claims.lexicon import SEARCH_HEDGES
from clearbright.detectors.claims.terse_match import WHAT_HAPPENED_RE, TerseMatcher
from clearbright.detectors.claims.textutil import has_any
from clearbright.model import Finding, TextField
from clearbright.registry import Registry


class FalseSearchTrendingDetector(Detector):
    """A search suggestion or trending topic asserting a registered false or misleading claim,
    or attaching its false label (破产, 跑路, 暴雷...) to the registered name it is about.

    Refutations ("…辟谣"), negations ("…未检出…"), questions and responses ("…是真的吗",
    "#…回应传闻#") and true-but-negative topics are not findings.
    """

    name = "false_search_trending"
    categories = (Category.FALSE_SEARCH_TRENDING,)
    kinds = frozenset({"search_suggestion", "trending_topic"})
    EXAMPLES = (
        Example(
            {"kind": "search_suggestion", "text": "澄屿手表 辐射超标 致癌"}, "false_search_trending"
        ),
        Example({"kind": "trending_topic", "text": "#岫屏智能倒闭#"}, "false_search_trending"),
        Example(
            {"kind": "search_suggestion", "text": "禾淼果汁用過期原料"}, "false_search_trending"
        ),
        Example({"kind": "search_suggestion", "text": "澄屿手表辐射致癌 辟谣"}, None),
        Example({"kind": "trending_topic", "text": "#禾淼果汁未使用过期原料#"}, None),
        Example({"kind": "trending_topic", "text": "#禾淼果汁2024年召回一批次产品#"}, None),
        Example({"kind": "search_suggestion", "text": "禾淼果汁辐射超标会致癌"}, None),
        Example({"kind": "search_suggestion", "text": "澄屿手表续航实测"}, None),
        Example({"kind": "search_suggestion", "text": "澄屿手表致癌"}, "false_search_trending"),
        Example({"kind": "search_suggestion", "text": "澄屿手表续航"}, None),
    )

    def __init__(self, registry: Registry) -> None:
        super().__init__(registry)
        self.matcher = shared_matcher(registry)
        self.terse = TerseMatcher(registry, self.matcher.index)

    def detect(self, item: NormalizedItem) -> Iterable[Finding]:
        texts = [t.text for t in item.fields.values()]
        if is_satire(item) or any(has_any(t, SEARCH_HEDGES) or _asks(t) for t in texts):
            return []
        found: list[tuple[NormalizedItem, TextField, ClaimMatch]] = []
        # "<X>面霜 含💊": the item read again with its pictographs as the characters they show
        for reading in (item, *filter(None, [deglyphed_item(item, self.registry)])):
            known = {m.entry.claim.id for _, _, m in found}
            found.extend(
                (reading, field, m)
                for field, m in self._asserted(reading)
                if m.entry.claim.id not in known
            )
        if not found:
            return []
        _, _, best = max(found, key=lambda f: f[2].score)
        evidence = [claim_evidence(r, f, m) for r, f, m in found]
        evidence.append(claim_label(best.entry.claim))
        return [self.finding(item.item, best.score, evidence, target=best.entry.claim.subject)]

    def _asserted(self, item: NormalizedItem) -> list[tuple[TextField, ClaimMatch]]:
        """The claims each read field asserts, in sentence or keyword form."""
        found: list[tuple[TextField, ClaimMatch]] = []
        for field in READ_FIELDS:
            text = item.get(field)
            if text is None:
                continue
            mentions = item.mentions.get(field, ())
            matches = self.matcher.match(text, mentions)
            if not any(m.status != "asserted" for m in matches):
                # "<name><key phrase>": the claim with its verb and function words dropped
                known = {m.entry.claim.id for m in matches}
                matches += [
                    m for m in self.terse.match(text, mentions) if m.entry.claim.id not in known
                ]
            found.extend(
                (field, m)
                for m in matches
                if m.status == "asserted" and not denies_link(text.text, m.entry)
            )
        return found


def _asks(text: str) -> bool:
    """A suggestion or topic ending in a question mark asks whether its keywords hold
    ("<X>逼死人?"), unless it asks only what happened ("…怎么回事?"), taking them as given."""
    plain = WHAT_HAPPENED_RE.sub("", text.strip().strip("#").strip())
    return plain.endswith(("?", "？"))
