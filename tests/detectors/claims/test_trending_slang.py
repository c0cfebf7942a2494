"""Pattern: a trending topic or search suggestion asserts a registered false claim in other
words: "#<X>养老院护工打死老人#" for "<X>颐养院护工殴打老人致死", "<X>智能锁 小黑盒一秒开"
for "…用电磁干扰器（小黑盒）一碰就能打开". Debunks, responses, questions, topics naming no
enterprise and protective-product searches stay clean."""

from __future__ import annotations

import pytest

from clearbright.registry import Registry

from .conftest import slugs


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("trending_topic", "#松鹤养老院护工打死老人#"),
        ("trending_topic", "#松鹤颐养院护工把老人打死了#"),
        ("trending_topic", "#松鹤敬老院护工殴打老人致死#"),
        ("search_suggestion", "鉴锁智能锁 小黑盒一秒开"),
        ("search_suggestion", "灵安智能锁 电磁干扰器秒开"),
        ("search_suggestion", "灵安智能锁小黑盒1s就开"),
    ],
)
def test_trending_paraphrased_claims(claims_registry: Registry, kind: str, text: str) -> None:
    assert "false_search_trending" in slugs(claims_registry, kind=kind, text=text)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("trending_topic", "#松鹤养老院护工打死老人系谣言#"),
        ("trending_topic", "#松鹤颐养院回应护工打人传闻#"),
        ("trending_topic", "#养老院护工打死老人案宣判#"),  # names no enterprise
        ("search_suggestion", "鉴锁智能锁 小黑盒 能开吗"),
        ("search_suggestion", "灵安智能锁 小黑盒一秒开 辟谣"),
        ("search_suggestion", "灵安智能锁 秒开 视频是真的吗"),
        ("search_suggestion", "灵安智能锁 防小黑盒"),
        ("search_suggestion", "灵安智能锁 指纹秒开"),
    ],
)
def test_trending_slang_guards(claims_registry: Registry, kind: str, text: str) -> None:
    assert "false_search_trending" not in slugs(claims_registry, kind=kind, text=text)
