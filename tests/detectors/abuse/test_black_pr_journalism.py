"""Black PR needs an offer by a seller or buyer; reporting on the trade is journalism.

An investigation, an explainer or a complaint may quote the trade's prices and orders
(按条计价、派单、专接打压竞品的单) without selling anything. Only a recruitment, a price
list addressed to customers or a contact to order makes a finding.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import slugs_of

JOURNALISM = [
    "【调查】一条好评五毛钱：记者潜入刷单群十天，发现中介按店铺派单、按条结算，还接“黑竞品”"
    "的活。专家呼吁平台严管。",
    "曝光水军产业链：删帖一条500元，记者暗访多家“公关公司”，业内人士呼吁加大治理力度。",
    "深度｜差评师的生意：按条计价、专接打压竞品的单，记者卧底一个月。监管部门表示将严查。",
    "警方打掉一个有偿删帖团伙，该团伙按条收费，一条负面删除收费三千元。",
    "据了解，栖溪曾被人刷差评，对方开价每条20元，目前平台已介入处理。",
    # Third-person narration without a report's vocabulary: others' trade, nothing offered.
    "一条差评卖8块：中介按品牌派单、按条计价，有的还专门接“打压竞品”的单，这门生意比想象的大。",
    "看了那篇报道才知道，删帖一条要两千，他们还按平台分价格，太离谱了。",
    "央视晚会曝光刷单乱象：一条好评三元，中介按店铺派单，记者现场暗访。",
    "媒体调查：删帖黑幕背后，一条负面删除开价五千。",
    # A victim of an extortion that named a deletion fee.
    "有自媒体找到我们公司，张口就要三万删稿费，否则全网发负面，我们已经报警。",
]

OFFERS = [
    "专业删帖，百度微博知乎均可操作，按条计费，有需要的老板私聊",
    "长期招发帖兼职，一条两块，日结",
    "接单：删帖、压负面，按条计费，加V shantie_2024",
    # A buyer's request is an offer too.
    "求删帖，澜汀的负面，价格好说，私聊",
    # A seller's ad that borrows the word 调查 is still an ad: it gives a contact to order.
    "记者暗访也查不到！专业撤热搜，24小时见效，薇❤ chere_2025",
]


@pytest.mark.parametrize("text", JOURNALISM)
def test_reporting_on_the_trade_is_not_black_pr(new_registry: Registry, text: str) -> None:
    assert slugs_of(new_registry, text) == []


@pytest.mark.parametrize("text", OFFERS)
def test_offers_to_customers_and_recruitment_stay_black_pr(
    new_registry: Registry, text: str
) -> None:
    assert slugs_of(new_registry, text) == ["black_pr"]
