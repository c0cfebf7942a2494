"""Veiled names of a rival ("某“X”字开头的") in a competitor smear."""

from __future__ import annotations

import pytest

from clearbright.detectors.claims.veiled import veiled_mentions
from clearbright.registry import Registry
from clearbright.text.normalize import fold

from .conftest import run_claims, slugs

QIAOMU = {"id": "qm1", "name": "乔木品牌总监", "affiliation": "ent-qiaomu"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("某“云”字开头的奶茶", ["ent-yunlu"]),
        ("某「云麓」打头的品牌", ["ent-yunlu"]),
        ("某云姓品牌", ["ent-yunlu"]),
        ("某“乔”字开头的奶茶", []),  # not among the candidates
        ("某“星”字开头的奶茶", []),  # no candidate starts so
        ("某品牌的奶茶", []),  # not veiled, just unnamed
    ],
)
def test_veiled_mentions(claims_registry: Registry, text: str, expected: list[str]) -> None:
    found = veiled_mentions(fold(text), claims_registry, {"ent-yunlu", "ent-miaoyin"})
    assert [sorted(m.entity_ids)[0] for m in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "不点名说一句，某“云”字开头的奶茶添加罂粟壳，当妈妈的要小心。我们只用新鲜牛乳。",
        "懂的都懂，某云字打头的茶饮店用地沟油做小料，我们乔木从不这样。",
    ],
)
def test_veiled_rival_smear(claims_registry: Registry, text: str) -> None:
    [finding] = run_claims(claims_registry, text=text, author=QIAOMU)["competitor_smear"]
    assert finding.target == "ent-yunlu"


@pytest.mark.parametrize(
    ("author", "text"),
    [
        (QIAOMU, "某“云”字开头的奶茶被传加了罂粟壳，其实是谣言，别信"),  # a debunk
        (QIAOMU, "某“云”字开头的奶茶最近出了新品，挺好喝"),  # no claim
        ({"id": "p1", "name": "路人"}, "某“云”字开头的奶茶添加罂粟壳"),  # no affiliation
    ],
)
def test_veiled_guards(claims_registry: Registry, author: dict[str, str], text: str) -> None:
    assert "competitor_smear" not in slugs(claims_registry, text=text, author=author)
