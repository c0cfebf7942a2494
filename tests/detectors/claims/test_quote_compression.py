"""Pattern: a commentator quotes a founder in a short scare-quoted compression ("该让的钱"
for "我认为这个钱本来就该让给顾客"): the quote's characters occur within one clause of the
transcript, in order or as whole pieces around a dropped or added 的, with the same negation
and figures. That is faithful; short quotes that are fabricated, drop or add a negation, or
swap a key word stay flagged."""

from __future__ import annotations

import pytest

from clearbright.registry import Registry

from .conftest import run_claims


@pytest.mark.parametrize(
    "text",
    [
        "乔砚秋在直播里说这次降价是“该让的钱”，听着挺实在。",
        "汤舍创始人乔砚秋把降价说成“该让给顾客的钱”。",
        "乔砚秋说降价就是“钱让给顾客”。",
        "乔砚秋说得明白，“这个钱该让”。",
    ],
)
def test_short_compression_is_faithful(claims_registry: Registry, text: str) -> None:
    assert "quote_distortion" not in run_claims(claims_registry, text=text)


@pytest.mark.parametrize(
    "text",
    [
        "乔砚秋说降价是“不该让的钱”。",  # negation added
        "乔砚秋说降价是“靠涨价赚钱”。",  # negation dropped
        "乔砚秋说降价是“收割顾客的钱”。",  # fabricated
        "乔砚秋直言：“这个钱不该让给顾客。”",  # negation added to a full clause
        "乔砚秋说降价是“该赚的钱”。",  # key word swapped
    ],
)
def test_short_fabrication_still_flagged(claims_registry: Registry, text: str) -> None:
    assert "quote_distortion" in run_claims(claims_registry, text=text)
