"""False search suggestions / trending topics (6) and competitor smear (10)."""

from __future__ import annotations

from typing import Any

import pytest

from clearbright.detectors.base import prepare
from clearbright.detectors.claims.competitor_smear import CompetitorSmearDetector
from clearbright.detectors.claims.search_trending import FalseSearchTrendingDetector
from clearbright.model import Finding, Item
from clearbright.registry import Registry

RIVAL = {"id": "u1", "name": "表圈观察", "affiliation": "ent-xiuping"}
OUTSIDER = {"id": "u2", "name": "路人甲"}
RIVAL_OFFICIAL = {"id": "xiuping_ai", "name": "岫屏智能"}


def _run(
    registry: Registry,
    cls: type[FalseSearchTrendingDetector] | type[CompetitorSmearDetector],
    **data: Any,
) -> list[Finding]:
    item = Item.model_validate({"id": "s", "platform": "weibo", **data})
    return list(cls(registry).detect(prepare(item, registry)))


@pytest.mark.parametrize(
    ("kind", "text", "claim"),
    [
        ("search_suggestion", "澄屿手表辐射超标致癌", "ex-clm-1"),
        ("search_suggestion", "澄嶼手錶 輻射 致癌", "ex-clm-1"),
        ("trending_topic", "#岫屏智能资金链断裂即将倒闭#", "ex-clm-3"),
        ("search_suggestion", "岫屏 倒闭", "ex-clm-3"),
        ("search_suggestion", "澄屿手表续航一周", "ex-clm-4"),  # a misleading claim
        ("search_suggestion", "禾淼果汁 过期原料", "ex-clm-2"),
        ("search_suggestion", "he miao 果汁 过期原料", "ex-clm-2"),
    ],
)
def test_false_suggestion(example_registry: Registry, kind: str, text: str, claim: str) -> None:
    [finding] = _run(example_registry, FalseSearchTrendingDetector, kind=kind, text=text)
    kinds = [e.kind for e in finding.evidence]
    assert finding.slug == "false_search_trending"
    assert kinds[-1] == "context_label" and "claim_match" in kinds
    assert finding.evidence[0].registry_ref == claim
    assert finding.evidence[-1].details["source"]


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("search_suggestion", "澄屿手表辐射致癌 辟谣"),  # refutation
        ("trending_topic", "#澄屿手表辐射超标会致癌系谣言#"),
        ("trending_topic", "#禾淼果汁未使用过期原料#"),  # negated
        ("trending_topic", "#禾淼果汁2024年召回一批次产品#"),  # negative but true
        ("search_suggestion", "禾淼果汁 倒闭"),  # label registered for another enterprise
        ("search_suggestion", "岫屏手表 辐射致癌"),  # the claim is about 澄屿, not 岫屏
        ("trending_topic", "#讽刺段子 澄屿手表辐射超标会致癌#"),  # labelled satire
        ("trending_topic", "#澄屿回应手表辐射致癌传闻#"),  # a response to the rumour
        ("search_suggestion", "岫屏智能倒闭是真的吗"),  # a question
    ],
)
def test_not_false_suggestion(example_registry: Registry, kind: str, text: str) -> None:
    assert _run(example_registry, FalseSearchTrendingDetector, kind=kind, text=text) == []


def test_plain_posts_are_not_search_items(example_registry: Registry) -> None:
    assert FalseSearchTrendingDetector.kinds == frozenset({"search_suggestion", "trending_topic"})


@pytest.mark.parametrize(
    ("author", "text", "evidence"),
    [
        (RIVAL, "澄屿手表辐射超标，戴久了会致癌，大家小心。", "claim_match"),
        (RIVAL, "顾南笙亲口说：“我们会裁减研发人员。”", "quote_mismatch"),
        (RIVAL, "澄屿2024年净利润暴跌50%，快换岫屏吧。", "figure_mismatch"),
        (RIVAL_OFFICIAL, "提醒一下：澄屿手表辐射超标会致癌。", "claim_match"),
    ],
)
def test_smear(
    example_registry: Registry, author: dict[str, str], text: str, evidence: str
) -> None:
    [finding] = _run(
        example_registry, CompetitorSmearDetector, kind="post", text=text, author=author
    )
    kinds = [e.kind for e in finding.evidence]
    assert finding.slug == "competitor_smear" and finding.target == "ent-chengyu"
    assert evidence in kinds and "context_label" in kinds
    assert kinds[-1] == "rival_affiliation"
    assert "岫屏智能有限公司" in finding.evidence[-1].description


@pytest.mark.parametrize(
    ("author", "text"),
    [
        (OUTSIDER, "澄屿手表辐射超标，戴久了会致癌，大家小心。"),  # not a rival
        (RIVAL, "澄屿手表辐射致癌是谣言，检测报告早就公开了。"),  # refutation
        (RIVAL, "我们岫屏Aura续航比澄屿Nova多一天，测试条件见官网。"),  # honest comparison
        (RIVAL, "澄屿2024年营收增长12%，净利润下降5%，我们也要加油。"),  # accurate figures
        (RIVAL, "禾淼果汁用过期原料生产，大家小心。"),  # 禾淼 is not a rival of 岫屏
        (RIVAL, "岫屏手表辐射超标会致癌？我们的检测报告已公开。"),  # about itself
    ],
)
def test_not_smear(example_registry: Registry, author: dict[str, str], text: str) -> None:
    assert (
        _run(example_registry, CompetitorSmearDetector, kind="post", text=text, author=author) == []
    )
