"""Pattern: trending topics and search suggestions asserting one clause of a registered claim,
or its predicate in other words (老板/董事长, 被抓/被警方带走)."""

from __future__ import annotations

import pytest

from clearbright.registry import Registry

from .conftest import run_claims


@pytest.mark.parametrize(
    ("kind", "text", "claim"),
    [
        ("trending_topic", "#星途教育老板跑路#", "t-clm-5"),  # one clause of two
        ("trending_topic", "#星途教育课程无法退费#", "t-clm-5"),  # the other clause
        ("search_suggestion", "星途教育 老板 跑路", "t-clm-5"),
        ("search_suggestion", "星途老板失联", "t-clm-5"),
        ("trending_topic", "#星途老板邵明远被抓#", "t-clm-6"),
        ("trending_topic", "#星途教育创始人邵明远被拘留#", "t-clm-6"),
        ("search_suggestion", "邵明远被捕", "t-clm-6"),
        ("trending_topic", "#喵音给小孩推赌博广告#", "t-clm-4"),
        ("trending_topic", "#星途董事长被拘#", "t-clm-6"),
        ("search_suggestion", "星途教育邵明远被警方抓走", "t-clm-6"),
        ("trending_topic", "#星途教育创始人卷款失联#", "t-clm-5"),
        ("trending_topic", "#邵明远跑路#", "t-clm-5"),  # the person stands for the enterprise
    ],
)
def test_paraphrased_topic(claims_registry: Registry, kind: str, text: str, claim: str) -> None:
    [finding] = run_claims(claims_registry, kind=kind, text=text)["false_search_trending"]
    assert finding.slug == "false_search_trending"
    assert claim in {e.registry_ref for e in finding.evidence}


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("trending_topic", "#星途教育老板没跑路#"),  # negated
        ("trending_topic", "#星途教育回应老板跑路传闻#"),  # a response
        ("search_suggestion", "星途教育老板跑路是真的吗"),  # a question
        ("trending_topic", "#星途教育老板跑路系谣言#"),  # refuted
        ("trending_topic", "#知桥学堂老板跑路#"),  # the claim is about another enterprise
        ("trending_topic", "#星途教育课程可以退费#"),  # says the opposite
        ("trending_topic", "#星途教育退费难#"),  # a complaint, not the claim
        ("search_suggestion", "星途教育 老板 是谁"),  # a neutral query
        ("trending_topic", "#邵明远出席教育论坛#"),  # news about the person
        ("trending_topic", "#培训机构老板跑路怎么办#"),  # the phenomenon, no enterprise
        ("trending_topic", "#警方通报邵明远未被带走#"),  # the correction
        ("trending_topic", "#星途教育董事长邵明远接受采访#"),  # news
    ],
)
def test_topic_guards(claims_registry: Registry, kind: str, text: str) -> None:
    assert "false_search_trending" not in run_claims(claims_registry, kind=kind, text=text)


@pytest.mark.parametrize(
    "text",
    [
        "星途教育 董事长",  # a role word of the claim, not its accusation
        "星途教育董事长邵明远",  # the subject only
        "云麓 门店",  # a generic word of the claim
    ],
)
def test_keyword_guards(claims_registry: Registry, text: str) -> None:
    found = run_claims(claims_registry, kind="search_suggestion", text=text)
    assert "false_search_trending" not in found
