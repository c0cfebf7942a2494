"""Extortion (category 8): pay-to-delete offers, and the dossier→offer sequence of one actor."""

from __future__ import annotations

from typing import Any

import pytest

from clearbright.detectors.abuse.extortion import ExtortionDetector
from clearbright.detectors.base import prepare
from clearbright.model import Finding, Item
from clearbright.registry import Registry

DOSSIER = "澄屿手表翻车实录：发热、掉帧、售后推诿，我整理了200条用户反馈，下期继续。"
OFFER = "澄屿的朋友，视频下架可以谈，一口价8000，加微信 heiliao_88 细聊，过了今晚就上第2期。"


def _item(n: int, text: str, author: str, when: str | None = None, **extra: Any) -> Item:
    data: dict[str, Any] = {
        "id": f"e-{n}",
        "platform": "weibo",
        "kind": "post",
        "text": text,
        "author": {"id": author},
        "created_at": when,
        **extra,
    }
    return Item.model_validate(data)


def _scan(registry: Registry, items: list[Item]) -> dict[str, Finding]:
    detector = ExtortionDetector(registry)
    findings = detector.detect_corpus([prepare(i, registry) for i in items])
    return {f.item_id: f for f in findings}


OFFERS = [
    "澄屿市场部的朋友，删 帖 可 以，价 格 ５ｋ，不 删 就 继 续 更，懂？",
    "想让我 shan 掉这篇澄屿的曝光？拿 wu qian 来，zhuan zhang 后秒删。",
    "致澄屿品牌部：上一篇阅读已破十万。贵司如需沟通，可投放本号年度广告20万，合作后相关内容"
    "自然下线，后续材料也不会再发。本周五之前给答复，过期不候。",
    "@澄屿科技 中、下两篇已经写好了，如果有合作意向，五千块我把上篇删了，后面的就不发了。",
    "禾淼：我们手上有你们用户投诉的合集，明天就发到各大平台。想不发，转3万，你们知道找谁。",
    "致岫屏市场部：有几篇关于交付问题的稿子我们先压着没发，投放合作的事请下周一前给个答复。",
    "岫屏的朋友，想让这篇文章下架？转两万，马上删",
    "岫屏公关部看到私信，这个视频删不删看你们诚意，五万",
    "禾淼：我们这期节目的负面内容可以不播，前提是贵司赞助本栏目10万",
    "想私了吗？5万，帖子马上删掉，澄屿你们自己看着办",
    "给个红包就撤，澄屿的朋友考虑一下这篇稿子",
    # Other removal verbs (撤稿, 撤下, 压下, 封存, 停更, 不曝光, 不再更新) and payment forms
    # (拿/转/给 an amount, 投个广告, 合作一下, 赞助, 买断), tied by 就/才/只要/否则/不然.
    "禾淼的公关看这里：想撤稿就拿3万，或者投个年度广告，不然下一期更猛。",
    "澄屿的黑料我手里还有三篇，合作一下投点广告，我就不发了。",
    "澄屿的事情，投点广告我就不发了，懂的都懂。",
    "岫屏的朋友，这篇稿子可以撤下，转两万就行，要不然后面继续发。",
    "澄屿：那条视频我可以下架，只要你们投个广告，否则明天全网更新。",
    "澄屿科技，关于你们的爆料我先压下，年度合作一下就封存，不然接着曝光。",
    "禾淼的料我这还有一堆，给五万就不曝光，不给就继续发。",
    "岫屏品牌部：专栏可以停更，赞助本号十万就行。",
    "澄屿：这组测评视频买断价8万，买断后不再更新。",
    "澄屿：想下架就转5万，私信我。",
    "禾淼的朋友，只要赞助一下本号，后面的就不发了。",
    "岫屏，转五万我才撤，别讨价还价。",
    "澄屿公关：这期视频撤掉没问题，年度合作30万，否则继续发第二期。",
    "澄屿的料还有不少，zhuan 2w 我就不发了。",
]

NOT_OFFERS = [
    "您好，我是传媒公司的商务经理。我们平台本季度有开屏和信息流广告位，如贵司有推广需求，"
    "欢迎联系，所有合作内容都会标注“广告”。",
    "澄屿的公关私信找我删帖，说给我五百块，我拒绝了。差评是我的真实体验，不删。",
    "澄屿手表翻车实录：发热、掉帧，我整理了200条用户反馈，下期继续。",
    "某自媒体威胁我们，说不给5万就继续发负面，我们已经报警。",
    "你们付款后不发货，如果再不处理我就去投诉，订单5000元。",
    "商家说如果我删掉差评就给我返现20元，我没删。",
    "我们是专业的广告公司，可为贵司提供信息流投放服务，报价见附件，欢迎合作。",
    "澄屿昨天发了一篇文章，第二天就删了，价格也下调了500元。",
    "某财经自媒体以删帖为由敲诈企业50万元，一审被判有罪。",
    "他说和他合作的人对有些女演员过于亲密。被问到这些事情的曝光，他表示支持。",
    # An ad pitch with no withholding, a reported demand, news of a case, and narration of a
    # payment already made or received.
    "如需投放广告可联系商务，澄屿等品牌均有合作。",
    "澄屿的公关看这里：投放年度广告即可享受八折，否则原价。",
    "岫屏公关部：合作一下吧，我们本号有50万粉，广告报价3万一条。",
    "有人要我给三万才肯撤稿，澄屿的公关说这是被勒索了。",
    "有人要我们投个广告就不发负面稿，我们没理。",
    "澄屿被勒索：有自媒体要求拿3万撤稿，否则继续发负面，公司已报案。",
    "某自媒体人以撤稿为由索要禾淼公司广告费，警方已立案。",
    "禾淼下一期广告合作已经谈好，给了十万，旧视频就下架了。",
    "我给澄屿写了三篇稿子，稿费一千块，后面的我就不发了，太累。",
    "听说澄屿花了五万就把那篇稿子撤了，公关手段了得。",
    "澄屿的新品下架了，只要3000块，不然就买不到了。",
    "澄屿退我3000块我就删差评，不然我天天发。",
    "澄屿的公关看这里：我们是正规媒体，不接受撤稿交易，欢迎投放广告。",
    "禾淼这期节目因为赞助商撤下了，下一期停更一周。",
    "我劝禾淼别投广告了，不然这家自媒体就会一直发。",
    "禾淼投了广告，这家媒体就不发负面了，真讽刺。",
    "据报道，某博主向澄屿索要30万广告费，否则继续发布负面视频。",
    "澄屿的广告我就不发了，合作到期。",
    "给澄屿打了五万块货款，对方就不发货了。",
]


@pytest.mark.parametrize("text", OFFERS)
def test_explicit_offer_carries_extortion_offer_evidence(
    example_registry: Registry, text: str
) -> None:
    found = _scan(example_registry, [_item(1, text, "a1")])
    assert "e-1" in found
    finding = found["e-1"]
    assert finding.slug == "extortion" and finding.target is not None
    offer = [e for e in finding.evidence if e.kind == "extortion_offer"]
    assert offer and offer[0].span is not None
    assert text[offer[0].span.start : offer[0].span.end] == offer[0].span.text
    assert finding.score >= 0.9  # evidence-complete: the policy may act automatically


@pytest.mark.parametrize("text", NOT_OFFERS)
def test_sales_pitches_refusals_and_reports_are_not_offers(
    example_registry: Registry, text: str
) -> None:
    assert _scan(example_registry, [_item(1, text, "a1")]) == {}


def test_dossier_then_offer_by_the_same_author(example_registry: Registry) -> None:
    found = _scan(
        example_registry,
        [
            _item(1, DOSSIER, "wb_same", "2024-01-20T19:00:00+08:00"),
            _item(2, OFFER, "wb_same", "2024-01-21T10:00:00+08:00"),
        ],
    )
    assert set(found) == {"e-1", "e-2"}
    link = next(e for e in found["e-1"].evidence if e.kind == "extortion_dossier")
    assert link.details["offer_item"] == "e-2" and link.details["linked_by"] == "same author id"
    listed = next(e for e in found["e-2"].evidence if e.kind == "extortion_dossier")
    assert listed.details["dossier_items"] == ["e-1"]


def test_dossier_and_offer_linked_across_accounts_by_a_shared_contact(
    example_registry: Registry,
) -> None:
    dossier = DOSSIER + "爆料请加薇❤：heiliao_88"
    found = _scan(
        example_registry,
        [
            _item(1, dossier, "dy_account_one", "2024-01-20T19:00:00+08:00", platform="douyin"),
            _item(2, OFFER, "wb_account_two", "2024-01-21T10:00:00+08:00"),
        ],
    )
    assert set(found) == {"e-1", "e-2"}
    link = next(e for e in found["e-1"].evidence if e.kind == "extortion_dossier")
    assert link.details["linked_by"] == "shared contact wechat heiliao_88"
    handle = next(e for e in found["e-2"].evidence if e.kind == "contact_handle")
    assert handle.span is not None and handle.span.text == "heiliao_88"
    assert OFFER[handle.span.start : handle.span.end] == "heiliao_88"


def test_same_two_messages_from_unrelated_actors_link_nothing(example_registry: Registry) -> None:
    found = _scan(
        example_registry,
        [
            _item(1, DOSSIER, "dy_account_one", "2024-01-20T19:00:00+08:00"),
            _item(2, OFFER, "wb_account_two", "2024-01-21T10:00:00+08:00"),
        ],
    )
    assert set(found) == {"e-2"}
    assert not any(e.kind == "extortion_dossier" for e in found["e-2"].evidence)


def test_dossier_outside_the_window_or_after_the_offer_is_not_linked(
    example_registry: Registry,
) -> None:
    late = _scan(
        example_registry,
        [
            _item(1, DOSSIER, "wb_same", "2024-01-20T19:00:00+08:00"),
            _item(2, OFFER, "wb_same", "2024-04-21T10:00:00+08:00"),
        ],
    )
    assert set(late) == {"e-2"}
    after = _scan(
        example_registry,
        [
            _item(1, OFFER, "wb_same", "2024-01-21T10:00:00+08:00"),
            _item(2, DOSSIER, "wb_same", "2024-01-22T19:00:00+08:00"),
        ],
    )
    assert set(after) == {"e-1"}


def test_dossier_about_another_enterprise_is_not_linked(example_registry: Registry) -> None:
    other = DOSSIER.replace("澄屿手表", "禾淼果汁")
    found = _scan(
        example_registry,
        [
            _item(1, other, "wb_same", "2024-01-20T19:00:00+08:00"),
            _item(2, OFFER, "wb_same", "2024-01-21T10:00:00+08:00"),
        ],
    )
    assert set(found) == {"e-2"}


def test_dossier_then_offer_with_a_withdrawal_verb_and_an_ad_deal(
    example_registry: Registry,
) -> None:
    """An author compiles a series on a company, then offers to withdraw it for an ad deal."""
    found = _scan(
        example_registry,
        [
            _item(1, "禾淼果汁黑料合集第一期：包装漏液、客服推诿，明天继续。", "wb_same",
                  "2024-03-01T09:00:00+08:00"),
            _item(2, "禾淼的公关看这里：想撤稿就拿3万，或者投个年度广告，不然下一期更猛。",
                  "wb_same", "2024-03-01T15:00:00+08:00", kind="comment"),
        ],
    )  # fmt: skip
    assert set(found) == {"e-1", "e-2"}
    assert all(f.slug == "extortion" for f in found.values())
    offer = next(e for e in found["e-2"].evidence if e.kind == "extortion_offer")
    assert offer.details["removal"] == "撤稿"
