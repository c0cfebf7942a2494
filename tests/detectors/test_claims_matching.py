"""Claim matching: retrieval plus the precise scorer (negation, subject, numbers, refutation)."""

from __future__ import annotations

import pytest

from clearbright.detectors.claims.claim_index import ClaimIndex, prepare_claim
from clearbright.detectors.claims.claim_matcher import ClaimMatcher
from clearbright.detectors.claims.textutil import bigrams
from clearbright.registry import Registry
from clearbright.registry.models import Claim
from clearbright.text.normalize import normalize


@pytest.fixture(scope="module")
def matcher(example_registry: Registry) -> ClaimMatcher:
    return ClaimMatcher(example_registry)


def _statuses(matcher: ClaimMatcher, text: str) -> dict[str, str]:
    normalized = normalize(text)
    mentions = matcher.registry.find_mentions(normalized)
    return {m.entry.claim.id: m.status for m in matcher.match(normalized, mentions)}


@pytest.mark.parametrize(
    ("text", "claim", "status"),
    [
        # asserted: verbatim, paraphrased, reordered, traditional characters, partial, pinyin
        ("澄屿手表辐射超标会致癌", "ex-clm-1", "asserted"),
        ("听说澄屿手表辐射超标，戴久了会致癌", "ex-clm-1", "asserted"),
        ("澄屿手表会致癌，因为辐射超标", "ex-clm-1", "asserted"),
        ("澄嶼手錶輻射超標會致癌", "ex-clm-1", "asserted"),
        ("岫屏智能即将倒闭", "ex-clm-3", "asserted"),
        ("#岫屏智能倒闭#", "ex-clm-3", "asserted"),
        ("xiu ping 资金链断裂 倒闭", "ex-clm-3", "asserted"),
        ("禾淼果汁用过期原料生产，大家别买", "ex-clm-2", "asserted"),
        # denied: negation and refutation
        ("禾淼果汁没有用过期原料生产", "ex-clm-2", "negated"),
        ("网传澄屿手表辐射超标会致癌，系谣言", "ex-clm-1", "refuted"),
        ("澄屿手表辐射致癌 辟谣", "ex-clm-1", "refuted"),
        ("澄屿手表辐射超标会致癌吗？我查了检测报告", "ex-clm-1", "questioned"),
        ("澄屿手表辐射超标会致癌，是真的吗", "ex-clm-1", "questioned"),
    ],
)
def test_claim_statuses(matcher: ClaimMatcher, text: str, claim: str, status: str) -> None:
    assert _statuses(matcher, text).get(claim) == status


@pytest.mark.parametrize(
    "text",
    [
        "禾淼果汁辐射超标会致癌",  # the claim about another enterprise
        "澄屿手表续航实测，三天一充",  # same subject, unrelated
        "禾淼果汁2024年召回一批次产品",  # a true claim is not indexed
        "岫屏手表的表带用久了会变色",  # shares a few characters only
        "",
    ],
)
def test_no_match(matcher: ClaimMatcher, text: str) -> None:
    assert not [s for s in _statuses(matcher, text).values() if s == "asserted"]


def test_number_disagreement_is_not_a_match() -> None:
    registry = Registry()
    claim = Claim(id="c1", text="某地2019年人口三百万人", verdict="false")
    matcher = ClaimMatcher(registry, ClaimIndex([prepare_claim(claim, registry)]))
    same = normalize("某地2019年人口三百万人")
    other = normalize("某地2021年人口三百万人")
    assert [m.status for m in matcher.match(same, [])] == ["asserted"]
    assert matcher.match(other, []) == []


def test_one_clause_of_a_claim_is_a_partial_match() -> None:
    registry = Registry()
    claim = Claim(id="c2", text="某品牌充电宝会自燃，已致三人受伤", verdict="false")
    matcher = ClaimMatcher(registry, ClaimIndex([prepare_claim(claim, registry)]))
    [match] = matcher.match(normalize("你知道吗，某品牌充电宝会自燃"), [])
    assert match.status == "asserted" and match.score < 1.0


def test_prepared_claim_splits_subject_from_predicate(example_registry: Registry) -> None:
    claim = next(c for c in example_registry.claims if c.id == "ex-clm-1")
    entry = prepare_claim(claim, example_registry)
    assert "ent-chengyu" in entry.subjects
    assert "澄屿" not in entry.predicate
    assert entry.predicate == "辐射超标会致癌"


def test_index_retrieves_best_candidate_first(example_registry: Registry) -> None:
    index = ClaimIndex.from_registry(example_registry)
    found = index.candidates(bigrams("过期原料生产"))
    assert found and found[0][0].claim.id == "ex-clm-2"
    assert all(e.claim.verdict != "true" for e in index.entries)
