"""A headline asserting the opposite of its own body, whether or not a claim is registered."""

from __future__ import annotations

import pytest

from clearbright.categories import Category
from clearbright.detectors.base import prepare
from clearbright.detectors.claims.headline import HeadlineContradictionDetector
from clearbright.model import Item
from clearbright.registry import Registry


@pytest.fixture(scope="module")
def detector(example_registry: Registry) -> HeadlineContradictionDetector:
    return HeadlineContradictionDetector(example_registry)


def _evidence(
    detector: HeadlineContradictionDetector, title: str, text: str
) -> list[tuple[str, dict[str, object]]]:
    item = Item(id="p1", platform="weibo", kind="post", title=title, text=text)
    found = list(detector.detect(prepare(item, detector.registry)))
    assert all(f.category == Category.DISTORTION.number for f in found)
    return [(e.kind, dict(e.details)) for f in found for e in f.evidence]


@pytest.mark.parametrize(
    ("title", "text", "how"),
    [
        # opposite predicates, with and without a number, negation in the body
        (
            "岫屏智能宣布大规模裁员",
            "岫屏智能今日发布公告称，公司今年计划招聘2000名工程师，目前没有任何裁员计划。",
            "opposite_predicate",
        ),
        (
            "澄屿科技关闭100家门店",
            "澄屿科技今年在全国新开100家门店，门店总数超过800家，公司表示将继续扩张。",
            "opposite_predicate",
        ),
        (
            "禾淼食品2024年亏损",
            "禾淼食品2024年实现净利润2.6亿元，连续五年盈利，营收31.5亿元。",
            "opposite_predicate",
        ),
        (
            "澄屿手表涨价",
            "澄屿科技宣布，Nova系列手表即日起降价300元，以应对市场竞争。",
            "opposite_predicate",
        ),
        (
            "禾淼停止招聘",
            "禾淼食品表示，今年校园招聘正常进行，计划招聘300人。",
            "opposite_predicate",
        ),
        (  # the relayed rumour is not what the body reports; what follows 实际上 is
            "澄屿科技关闭门店",
            "网传澄屿科技将关闭门店，实际上澄屿科技今年新开50家门店。",
            "opposite_predicate",
        ),
        (  # the body's other clause (营收增长) is about another object
            "澄屿科技净利润增长",
            "澄屿科技2024年营收增长12%，但净利润下降5%，主要受原材料成本影响。",
            "opposite_predicate",
        ),
        # a negation dropped from the body's phrase
        (
            "禾淼果汁停用进口原料",
            "禾淼食品发布声明，禾淼果汁不会停用进口原料，供应链一切正常。",
            "dropped_negation",
        ),
    ],
)
def test_reversal(detector: HeadlineContradictionDetector, title: str, text: str, how: str) -> None:
    found = _evidence(detector, title, text)
    kinds = [k for k, _ in found]
    assert kinds == ["headline_reversal", "headline_body_conflict"]
    assert found[0][1]["how"] == how


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # faithful summaries
        (
            "澄屿科技新开100家门店",
            "澄屿科技今年在全国新开100家门店，门店总数超过800家，公司表示将继续扩张。",
        ),
        ("禾淼食品2024年盈利", "禾淼食品2024年实现净利润2.6亿元，连续五年盈利，营收31.5亿元。"),
        (
            "禾淼果汁不会停用进口原料",
            "禾淼食品发布声明，禾淼果汁不会停用进口原料，供应链一切正常。",
        ),
        (
            "澄屿净利润下降5%，高端化不及预期",
            "澄屿科技2024年净利润7.2亿元，同比下降5%，营收增长12%，利润承压。",
        ),
        # harsh but accurate
        (
            "澄屿科技前景堪忧",
            "澄屿科技2024年营收同比增长2%，增速明显放缓，高端产品销量下滑，市场份额被蚕食。",
        ),
        (
            "澄屿营收暴跌，顾南笙压力山大",
            "澄屿科技2024年营收同比下滑8%，净利润下降15%，公司正调整产品线。",
        ),
        # title and body about different subjects
        ("澄屿科技关闭门店", "岫屏智能宣布关闭30家门店，调整线下渠道，节省成本开支。"),
        ("岫屏智能股价大涨", "澄屿科技股价今日下跌3%，岫屏智能股价上涨5%，板块分化明显。"),
        # different numbers are a figure question, not a reversal
        ("禾淼食品裁员30%", "禾淼食品人力资源负责人表示，公司今年将减员3%，主要涉及行政岗位。"),
        # questions, responses, conditions, satire
        ("澄屿科技会裁员吗？", "网传澄屿科技将裁员，澄屿科技回应称不会裁员，今年还将扩招。"),
        ("澄屿科技回应裁员传闻", "网传澄屿科技将裁员，澄屿科技回应称不会裁员，今年还将扩招。"),
        (
            "澄屿科技降低成本",
            "澄屿科技创始人顾南笙在内部会上说，如果不降低成本就会被淘汰，大家要有危机感。",
        ),
        (
            "【段子】澄屿科技关闭全部门店",
            "纯属虚构：澄屿科技今年新开100家门店，店员比顾客还多，老板笑着说再开一百家。",
        ),
    ],
)
def test_no_reversal(detector: HeadlineContradictionDetector, title: str, text: str) -> None:
    assert _evidence(detector, title, text) == []
