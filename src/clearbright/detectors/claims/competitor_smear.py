"""Category 10: a false or fabricated claim about an enterprise, spread by a declared rival."""

from __future__ import annotations

from collections.abc import Iterable

from clearbright.categories import Category
from clearbright.detectors.base import Detector, Example, NormalizedItem
from clearbright.detectors.claims.affiliation import Affiliation, author_affiliation, promoted
from clearbright.detectors.claims.allegations import find_allegations
from clearbright.detectors.claims.claim_index import ASSERTED_VERDICTS, ClaimEntry, prepare_claim
from clearbright.detectors.claims.claim_matcher import (
    MATCH_MIN,
    ClaimMatch,
    coverage_share,
    denies_link,
    shared_matcher,
)
from clearbright.detectors.claims.common import READ_FIELDS, is_satire
from clearbright.detectors.claims.figures import FigureReader
from clearbright.detectors.claims.glyphs import deglyphed_item
from clearbright.detectors.claims.hints import hint_readings
from clearbright.detectors.claims.labels import (
    claim_evidence,
    claim_label,
    figure_evidence,
    figure_label,
    quote_evidence,
    quote_label,
)
from clearbright.detectors.claims.quote_distortion import QuoteChecker
from clearbright.detectors.claims.textutil import (
    SENTENCE_BREAKS,
    content,
    scope_end,
    scope_start,
)
from clearbright.detectors.claims.veiled import veiled_mentions
from clearbright.model import Evidence, Finding, TextField
from clearbright.registry import Mention, Registry
from clearbright.text.normalize import NormalizedText

FIGURE_SCORE = 0.75
# An unregistered allegation is surfaced for review only: nothing shows it false yet.
ALLEGATION_SCORE = 0.55
_RIVAL = {"id": "u1", "name": "数码小站", "affiliation": "ent-xiuping"}


class CompetitorSmearDetector(Detector):
    """A registered false claim, a distorted quotation or a wrong figure about enterprise A,
    posted by an author tied to a declared rival of A: by `affiliation`, by the rival's
    official account, or by a display name that is the rival's brand, store or department
    ("<X><district>店", "<X>品牌部"). An author showing no tie who steers readers to the rival
    ("还是去吃<X>吧，至少干净") while asserting a registered false claim about A counts too.
    Claims are read in slang as well: pinyin initials ("dgy"), pictographs ("🐷油"), an
    equation ("<X>的珍珠 = 废旧轮胎") and a scare-quoted hint with an insider's wink ("加了那个
    “料”，懂的都懂"). The author's tie may also be a staff role in the display name ("<X>用户
    运营", the rival's live-room account name) or a registered person of the rival (a
    contracted host, by name or account). A veiled name of A (某“X”字开头的, its pinyin
    initials "TY家", a person's given name + 姐/哥, "对面那家<product>", "对家") counts as
    naming it when it points at one rival. Honest comparative claims by a rival, the rival
    speaking of its own products ("我们的奶盖…"), and true claims are not findings."""

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
        # registered true claims, by enterprise: a rival stating one states a fact
        self.true_claims: dict[str, list[ClaimEntry]] = {}
        for claim in registry.claims:
            subject = registry.enterprise_of(claim.subject or "")
            if claim.verdict not in ASSERTED_VERDICTS and subject:
                self.true_claims.setdefault(subject, []).append(prepare_claim(claim, registry))
        self.quotes = QuoteChecker(registry)
        self.figures = FigureReader(registry)

    def detect(self, item: NormalizedItem) -> Iterable[Finding]:
        if is_satire(item):
            return []
        affiliation = author_affiliation(item, self.registry)
        # "🐷油": the item read again with its pictographs as the characters they stand for
        readings = [item, *filter(None, [deglyphed_item(item, self.registry)])]
        if affiliation is None:
            return self._steered(item, readings)
        targets = self.registry.rivals_of(affiliation.enterprise)
        scored: list[tuple[float, str, list[Evidence]]] = []
        for reading in readings:
            scored += self._claims(reading, targets)
        scored += self._quotes(item, targets)
        scored += self._figures(item, targets)
        if not scored:
            scored = self._allegations(item, targets)
        return self._finding(item, affiliation, scored)

    def _steered(self, item: NormalizedItem, readings: list[NormalizedItem]) -> list[Finding]:
        """An author who declares no tie but steers readers to an enterprise ("还是去吃X吧，
        至少干净") while asserting a registered false claim about its declared rival."""
        for field in READ_FIELDS:
            text = item.get(field)
            if text is None:
                continue
            for enterprise, start, end in promoted(
                text.text, item.mentions.get(field, ()), self.registry
            ):
                targets = self.registry.rivals_of(enterprise)
                scored = [s for r in readings for s in self._claims(r, targets)]
                if not scored:
                    continue
                steering = Evidence(
                    kind="rival_promotion",
                    description="the item steers readers to "
                    + self.registry.entity_name(enterprise),
                    span=item.span(field, start, end),
                    registry_ref=enterprise,
                )
                tie = Affiliation(enterprise, "promotes", text.text[start:end])
                return self._finding(item, tie, [(s, t, [*e, steering]) for s, t, e in scored])
        return []

    def _finding(
        self,
        item: NormalizedItem,
        affiliation: Affiliation,
        scored: list[tuple[float, str, list[Evidence]]],
    ) -> list[Finding]:
        if not scored:
            return []
        score, target, _ = max(scored, key=lambda s: s[0])
        rival = affiliation.enterprise
        how = {
            "declared": "is affiliated with",
            "official_account": "posts from an official account of",
            "registered_person": f"speaks as {affiliation.evidence}, a registered person of",
            "display_name": f"signs as “{affiliation.evidence}”, an account of",
            "promotes": "promotes",
        }[affiliation.how]
        tie = Evidence(
            kind="rival_affiliation",
            description=(
                f"the author {how} {self.registry.entity_name(rival)}, "
                f"a declared rival of {self.registry.entity_name(target)}"
            ),
            registry_ref=rival,
            details={"affiliation": rival, "target": target, "how": affiliation.how},
        )
        # a claim read in both the plain and the pictograph reading is one piece of evidence
        seen: set[tuple[str, str | None, int | None]] = set()
        evidence: list[Evidence] = []
        for _, _, found in scored:
            for e in found:
                key = (e.kind, e.registry_ref, e.span.start if e.span else None)
                if key not in seen:
                    seen.add(key)
                    evidence.append(e)
        return [self.finding(item.item, score, [*evidence, tie], target=target)]

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
            matches = [
                m for m in self.matcher.match(text, mentions) if not denies_link(text.text, m.entry)
            ]
            found = self._asserted(matches, targets)
            # "加了那个“料”，懂的都懂": the wink's hint read as a claim's accused thing
            found = found or self._hinted(text, targets)
            out.extend(
                (
                    match.score,
                    subject,
                    [claim_evidence(item, field, match), claim_label(match.entry.claim)],
                )
                for match, subject in found
            )
        return out

    def _asserted(
        self, matches: list[ClaimMatch], targets: frozenset[str]
    ) -> list[tuple[ClaimMatch, str]]:
        """The asserted matches about one of `targets`, with the enterprise each is about."""
        out: list[tuple[ClaimMatch, str]] = []
        for match in matches:
            subject = self.registry.enterprise_of(match.entry.claim.subject or "")
            if match.status == "asserted" and subject in targets:
                out.append((match, subject))
        return out

    def _hinted(
        self, text: NormalizedText, targets: frozenset[str]
    ) -> list[tuple[ClaimMatch, str]]:
        """Claims about `targets` the text states with a scare-quoted hint and a wink, read
        with the hint written as each claim's accused thing."""
        out: list[tuple[ClaimMatch, str]] = []
        for reading in hint_readings(text, self.matcher.index.entries_about(set(targets))):
            filled = reading.text
            mentions = [
                *self.registry.find_mentions(filled),
                *veiled_mentions(filled.text, self.registry, targets),
            ]
            matches = self.matcher.match(filled, mentions)
            wanted = [m for m in matches if m.entry.claim.id == reading.entry.claim.id]
            out += self._asserted(wanted, targets)
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
                    if self._registered_true(text.text, found.start, target):
                        continue  # "抽检检出菌落总数超标" is on record as true
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

    def _registered_true(self, text: str, at: int, target: str) -> bool:
        """Whether the sentence around `at` states a registered true claim about `target`."""
        start = scope_start(text, at, SENTENCE_BREAKS)
        core = content(text[start : scope_end(text, at, SENTENCE_BREAKS)])
        return any(
            coverage_share(core, entry) >= MATCH_MIN for entry in self.true_claims.get(target, ())
        )
