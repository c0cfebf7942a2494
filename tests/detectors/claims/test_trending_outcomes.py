"""Pattern: a search suggestion of bare keyword fragments "<brand><product> <contains X> <harm>"
for a registered false claim that the product contains X: the product name glued to the brand,
the verb shortened (含 for 含有, 加 for 添加了) and an alleged harm (烂脸, 过敏, 掉发) the claim
does not state typed after it. The product name alone, the harm alone, a question, a denial
and a debunk stay clean."""

from __future__ import annotations

import pytest

from clearbright.registry import Registry

from .conftest import run_claims, slugs


@pytest.mark.parametrize(
    "text",
    [
        "水芸润肤乳 含激素 烂脸",
        "水芸润肤乳含激素红屁股",
        "水芸润肤乳 激素 过敏",
        "水芸润肤乳 有激素 依赖",
        "水芸儿童洗发水 含二噁烷 掉发",
        "水芸洗发水 二噁烷 致癌",
        "水芸儿童洗发水含二噁烷会致癌",
        "水芸晒后修护凝胶 加荧光剂 过敏",
        "水芸晒后修护凝胶 荧光剂 烂脸",
        "水芸修护凝胶添加荧光剂 脸红了",
    ],
)
def test_keyword_fragments_with_harm_assert_claim(claims_registry: Registry, text: str) -> None:
    assert "false_search_trending" in slugs(claims_registry, kind="search_suggestion", text=text)


def test_trending_topic_form(claims_registry: Registry) -> None:
    found = slugs(claims_registry, kind="trending_topic", text="#水芸润肤乳含激素烂脸#")
    assert "false_search_trending" in found


@pytest.mark.parametrize(
    "text",
    [
        "水芸晒后修护凝胶",  # the product's name asserts nothing
        "水芸晒后修护凝胶 怎么样",
        "水芸晒后修护凝胶 烂脸",  # a harm alone: a complaint to look up, not the claim
        "水芸润肤乳 过敏 怎么办",
        "水芸儿童洗发水 掉发",
        "水芸润肤乳 成分表",
        "水芸润肤乳 含激素吗",  # a question
        "水芸润肤乳 不含激素",  # the claim denied
        "水芸润肤乳含激素 辟谣",  # a debunk
        "水芸润肤乳激素含量合格",  # a lab result, not the claim
    ],
)
def test_not_false_suggestion(claims_registry: Registry, text: str) -> None:
    assert "false_search_trending" not in slugs(
        claims_registry, kind="search_suggestion", text=text
    )


def test_pictograph_keywords(claims_registry: Registry) -> None:
    """ "非洲🐷瘟" is read as 非洲猪瘟, the registered false claim; the evidence span is the
    suggestion's own text, pictograph and all."""
    text = "春满水饺 检出非洲🐷瘟"
    [finding] = run_claims(claims_registry, kind="search_suggestion", text=text)[
        "false_search_trending"
    ]
    [match] = [e for e in finding.evidence if e.kind == "claim_match"]
    assert match.registry_ref == "t-clm-14"
    assert match.span is not None and "🐷" in match.span.text
    assert text[match.span.start : match.span.end] == match.span.text


@pytest.mark.parametrize("text", ["汤舍拉面 🐷油", "汤舍拉面🐮肉面 多少钱", "汤舍拉面 🔥爆 排队"])
def test_pictographs_alone_assert_nothing(claims_registry: Registry, text: str) -> None:
    assert "false_search_trending" not in slugs(
        claims_registry, kind="search_suggestion", text=text
    )
