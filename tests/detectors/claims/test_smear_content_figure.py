"""Pattern: a rival's staff state, with no source, a content figure about the rival's product
("鲜肉含量其实只有20%", "含肉量实际才两成") or call its label a lie ("包装上的72%是编的"),
with no registered claim covering it. Hearsay ("内部人告诉你") is not a source. Surfaced for
review; a cited test report, a question, a denial, an opinion, a rival praising its own
product and an unaffiliated consumer stay clean."""

from __future__ import annotations

import pytest

from clearbright.detectors.claims.competitor_smear import ALLEGATION_SCORE
from clearbright.registry import Registry

from .conftest import run_claims, slugs

MENGWEI = {"id": "mw1", "name": "萌尾品控", "affiliation": "ent-mengwei"}
ZHUAWU = {"id": "zw1", "name": "爪呜运营", "affiliation": "ent-zhuawu"}
CONSUMER = {"id": "c1", "name": "猫奴小王"}
INSIDER = (
    "内部人告诉你：爪呜所谓的鲜肉粮，鲜肉含量其实只有20%，剩下全是谷物填充，包装上的72%是编的。"
)


@pytest.mark.parametrize(
    ("author", "text", "target", "family"),
    [
        (MENGWEI, INSIDER, "ent-zhuawu", "fabricated_figure"),
        (MENGWEI, "行业内都知道，爪呜冻干的含肉量实际才两成，别被骗了", "ent-zhuawu", None),
        (MENGWEI, "爪呜冻干鲜肉含量连30%都不到", "ent-zhuawu", "fabricated_figure"),
        (MENGWEI, "爪呜冻干鲜肉含量不足百分之十五", "ent-zhuawu", "fabricated_figure"),
        (
            MENGWEI,
            "爪呜冻干包装上写的鲜肉72%是假的，真实含量也就百分之二十",
            "ent-zhuawu",
            "false_labelling",
        ),
        (
            MENGWEI,
            "说句大实话，爪呜的配料表造假，鲜肉早就换成了鸡骨架",
            "ent-zhuawu",
            "false_labelling",
        ),
        (ZHUAWU, "萌尾的鲜肉含量其实只有20%，包装上的72%是编的", "ent-mengwei", None),
        (  # the product described at length before its content is alleged
            MENGWEI,
            "内部人告诉你：爪呜那款主打高端路线的所谓鲜肉冻干粮，鲜肉含量其实只有20%",
            "ent-zhuawu",
            "fabricated_figure",
        ),
        (
            MENGWEI,
            "跟你们说个内幕，爪呜冻干的配料表上写着鲜肉72%，其实都是瞎编的",
            "ent-zhuawu",
            "false_labelling",
        ),
        (MENGWEI, "爪呜冻干鲜肉占比仅有15%，其余全是豆粕", "ent-zhuawu", "fabricated_figure"),
        (MENGWEI, "爪呜的冻干我们拿去测过，肉含量只有一成", "ent-zhuawu", "fabricated_figure"),
    ],
)
def test_content_figure_allegation(
    claims_registry: Registry,
    author: dict[str, str],
    text: str,
    target: str,
    family: str | None,
) -> None:
    [finding] = run_claims(claims_registry, text=text, author=author)["competitor_smear"]
    assert finding.score == ALLEGATION_SCORE  # review only, as for other allegations
    [allegation] = [e for e in finding.evidence if e.kind == "unverified_allegation"]
    assert allegation.registry_ref == target
    assert allegation.details["family"] in (
        (family,) if family else ("fabricated_figure", "false_labelling")
    )


@pytest.mark.parametrize(
    ("author", "text"),
    [
        (MENGWEI, "据第三方检测报告（报告编号ZW-2025-031），爪呜冻干鲜肉含量只有20%"),
        (MENGWEI, "爪呜冻干鲜肉含量只有20%？有没有人测过"),  # a question
        (MENGWEI, "爪呜冻干鲜肉含量只有20%是谣言，别信"),  # a denial
        (MENGWEI, "我觉得爪呜冻干鲜肉含量不够高"),  # an opinion, no figure
        (MENGWEI, "我们萌尾鲜肉含量高达72%，欢迎送检"),  # praising its own product
        (MENGWEI, "萌尾冻干鲜肉含量72%，包装标注真实可查"),
        (ZHUAWU, "我们爪呜鲜肉含量其实有72%，包装标注都是真的"),
        (MENGWEI, "爪呜冻干包装上写鲜肉含量72%，和我们差不多"),  # no allegation
        (MENGWEI, "爪呜和我们一样都标注了鲜肉含量72%"),
        (MENGWEI, "我们萌尾把鲜肉含量做到了80%，爪呜只有72%，欢迎对比"),  # a comparison ad
        (MENGWEI, "爪呜的鲜肉含量只有20%？别乱说，人家有检测报告"),
        (MENGWEI, "听说爪呜冻干鲜肉含量只有20%，不知道真假"),  # hearsay, not vouched for
        (MENGWEI, "爪呜冻干的包装很精美，有人说它配料表造假，纯属谣言"),  # a denial
        (CONSUMER, INSIDER),  # an unaffiliated consumer's complaint
        (CONSUMER, "爪呜冻干鲜肉含量连30%都不到"),
    ],
)
def test_content_figure_guards(
    claims_registry: Registry, author: dict[str, str], text: str
) -> None:
    assert "competitor_smear" not in slugs(claims_registry, text=text, author=author)
