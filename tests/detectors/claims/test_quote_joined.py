"""Pattern: a commentator states the filed profit decline accurately, quotes the founder's
words accurately (a price cut from A to B yuan, joined with the next sentence of the same
statement), then disagrees ("我看未必"). Accurate figures, accurate quotes and an opinion are
never a distortion; a quote that changes the figures or flips the founder's words still is."""

from __future__ import annotations

import pytest

from clearbright.registry import Registry

from .conftest import run_claims, slugs


@pytest.mark.parametrize(
    "text",
    [
        "汤舍拉面2025年净利润1.2亿元，同比下降9%。乔砚秋称“招牌牛肉面从32元降到26元，"
        "利润会薄一些”。我看未必能靠客流补回来，利润只会越来越薄。",
        "汤舍去年净利润下降9%，乔砚秋说：“我们的招牌牛肉面从32元降到26元，让上班族吃得起。"
        "利润会薄一些，我们靠客流把它补回来。”我看未必，毛利会被摊薄。",
        "汤舍拉面净利润同比少了9%。乔砚秋的原话：“从四月起，招牌牛肉面从32元降到26元，"
        "利润会薄一些。”说实话我不看好，价格战打下去利润更薄。",
        "乔砚秋表示“牛肉面从32元降到26元，让上班族吃得起，利润会薄一些”，可汤舍去年净利润已经"
        "降了9%，我看未必撑得住。",
        # the prices "从32元降到26元" next to the profit are no figure of the profit
        "汤舍拉面利润从1.3亿降到1.2亿，乔砚秋还说牛肉面从32元降到26元，利润会薄一些。"
        "我看未必，利润还会降。",
    ],
)
def test_accurate_figures_quotes_and_opinion_are_clean(
    claims_registry: Registry, text: str
) -> None:
    assert "distortion" not in slugs(claims_registry, text=text)


@pytest.mark.parametrize(
    "text",
    [
        # the figures changed
        "乔砚秋称“招牌牛肉面从32元降到16元，利润会薄一些”。我看未必。",
        # the founder made to say the opposite
        "乔砚秋称“招牌牛肉面从32元涨到38元，利润会厚一些”。我看未必。",
    ],
)
def test_changed_quotes_still_distorted(claims_registry: Registry, text: str) -> None:
    assert "quote_distortion" in run_claims(claims_registry, text=text)
