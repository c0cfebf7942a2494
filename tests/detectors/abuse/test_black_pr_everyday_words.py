"""Everyday words that look like a gig offer but hire nobody and quote no rate.

招人烦 annoys people (it does not hire them), and a single digit after 一个 with no unit is a
count or an age (一个5岁的孩子), not a price per piece. Real posts on public forums use both
next to words of the black-PR vocabulary (刷屏, 带节奏). The paid offers written the same way,
with a unit or a real hire, stay black PR.

Every wording is invented for these tests.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import slugs_of

EVERYDAY = [
    "我怕自己刷屏招人烦，平时都开小号分着发，大家见谅。",
    "别乱带节奏了，一个7 8岁的小孩都知道这是谣言。",
    "天天刷屏真的招人嫌，带节奏的人一个3 4天就换个号。",
]

PAID = [
    "招人刷屏控评，一条5块，日结。",
    "控评一个5块，接单滴滴我。",
    "带节奏的活，一条20，截图交单。",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_words_hire_nobody(new_registry: Registry, text: str) -> None:
    assert "black_pr" not in slugs_of(new_registry, text)


@pytest.mark.parametrize("text", PAID)
def test_paid_offers_with_a_unit_or_a_hire_stay_black_pr(new_registry: Registry, text: str) -> None:
    assert "black_pr" in slugs_of(new_registry, text)
