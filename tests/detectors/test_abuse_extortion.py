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
