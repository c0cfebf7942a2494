"""Pattern: a search suggestion states a registered claim in another legal or financial term
(刑拘 for 刑事拘留, 被抓, 被逮捕, 双规, 被ST for 退市) or spells a key word in pinyin;
refutations and questions stay clean."""

from __future__ import annotations

import pytest

from clearbright.registry import Registry

from .conftest import run_claims


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("骆秉文 被刑拘", "t-clm-11"),
        ("骆秉文 刑拘", "t-clm-11"),
        ("骆秉文被抓", "t-clm-11"),
        ("骆秉文 被逮捕", "t-clm-11"),
        ("衡泰置业董事长 骆秉文 拘留", "t-clm-11"),
        ("邵明远 被刑拘", "t-clm-6"),  # 刑拘 for a claim worded 被警方带走
        ("邵明远 刑事拘留 最新消息", "t-clm-6"),
        ("骆秉文 双规", "t-clm-11"),
        ("骆秉文 被立案调查", "t-clm-11"),
        ("衡泰置业 被ST", "t-clm-12"),  # 被ST for 退市
        ("衡泰置业被ST了", "t-clm-12"),
        ("牧扬奶粉 ji素", "t-clm-9"),  # a key word spelled in pinyin
        ("牧扬奶粉jisu", "t-clm-9"),
    ],
)
def test_suggestion_in_other_legal_terms(claims_registry: Registry, text: str, claim: str) -> None:
    found = run_claims(claims_registry, kind="search_suggestion", text=text)
    [finding] = found["false_search_trending"]
    assert claim in {e.registry_ref for e in finding.evidence}


@pytest.mark.parametrize(
    "text",
    [
        "骆秉文 刑拘 谣言",
        "骆秉文 辟谣",
        "骆秉文 刑拘 是真的吗",
        "骆秉文被刑拘吗",
        "骆秉文 回应 刑拘传闻",
        "骆秉文 简历",
        "刑事拘留 多少天",  # the legal term alone, no registered name
        "衡泰置业 被ST 辟谣",
        "衡泰置业 被ST 是真的吗",
        "衡泰置业 ST",  # bare letters are too ambiguous to read as 被ST
        "牧扬奶粉 jisu 谣言",
        "牧扬奶粉 价格",
        "牧扬奶粉 jiage",  # pinyin that spells nothing claimed
    ],
)
def test_suggestion_guards(claims_registry: Registry, text: str) -> None:
    assert not run_claims(claims_registry, kind="search_suggestion", text=text)
