"""Pay-to-delete offers worded as ultimatums, guarantees, postponements, prices and hiding.

Each offer still has its four parts (removal or withholding, payment, condition, addressee);
these wordings only say them differently: 过时不候 for the deadline, 保你们不上热搜 for the
removal, 可暂缓发布 for withholding, 删除价…一篇 for the fee, 设为仅自己可见 for deleting,
不谈就… / 不签的话… / 签了之后… for the condition. Enterprises are those of `conftest.py`.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import make_item, scan_family, slugs_of

ULTIMATUM = [
    "@澜汀家居 贵司公关私信我吧，第三篇已经写好了。合作费四万，前两篇我撤掉，后面的就不发了，"
    "过时不候。",
    "栖溪的公关听好，稿子还有两篇。辛苦费五万，发出来的我删掉，剩下的也不发，逾时不候。",
    "筠浦市场部的朋友：合作费3万，这篇立刻撤下，后续不再发，过时作废。",
    "澜汀：下篇写完了，推广费两万，上篇撤掉，下篇不发，机会只有一次，过时不候。",
]
KEPT_OFF_A_LIST = [
    "栖溪的邵总，五万块保你们不上热搜，不给的话明天全网发，自己掂量。",
    "澜汀公关部：三万保证这事不上热搜，不给的话周五全网铺开，你们自己看着办。",
    "筠浦的朋友，八万保你们不上榜，否则明天这些材料就上首页。",
    "栖溪的朋友，三万保证这件事不会出现在热搜上，不给的话周五见。",
]
POSTPONED = [
    "致筠浦生物市场部：如贵司愿意投放本号年度广告（15万元），相关内容可暂缓发布，期待合作。",
    "致栖溪教育品牌部：如贵司愿意签本号年度推广（二十万元），关于退费的稿件可暂不推送，盼复。",
    "澜汀家居公关部：若贵司愿意投放本号全年广告（12万元），那篇质检稿可延后发布，静候佳音。",
]
REMOVAL_PRICE = [
    "澜汀的公关，删除价两万一篇，三篇打包五万，不谈就周一见报。",
    "栖溪市场部的朋友：删帖价八千一篇，不谈的话明天继续发。",
    "筠浦的骆总，撤稿价三万一篇，不聊就下周全网推。",
    # The same in traditional characters: the normalizer folds them.
    "瀾汀的公關，刪除價兩萬一篇，不談就週一見報。",
    "筠浦的骆总，删帖价一万一篇，今晚不回的话明早继续推。",
]
HIDDEN = [
    "栖溪的朋友，本频道年框八万，签了之后第一期我设为仅自己可见，第二期就不上了。"
    "不签的话周五准时更新。",
    "澜汀品牌部，本号年框十万，签了之后上期视频设为私密，下期不上了，不签的话周六照常更新。",
    "筠浦：我们频道年框六万，签约后那条视频我隐藏，后面两期就不上了，不签就按时更。",
    "澜汀的卞总，年框八万，签了之后那期测评我先设为私密，下期就不上了，不签就周五照常发。",
    "澜汀品牌部：本号年框八万，签了年框第一期我就设为私密，下期不上了，不回复就周五照常发。",
]

NOT_EXTORTION = [
    # Deadlines on sales and enrolment.
    "栖溪暑期班报名今天截止，过时不候，名额有限。",
    "澜汀家具清仓，优惠券今晚12点作废，过时不候。",
    "栖溪暑期班签约后不上课全额退，学费八千，过期作废。",
    # Lists and trending topics in praise, pledges and gossip.
    "澜汀这次做得好，质量过硬，保你们不上黑榜。",
    "栖溪花了五万买热搜，结果还是上了热搜，笑死。",
    "我们承诺：只要产品合格，保证不上质量黑榜，这是对消费者负责。",
    "筠浦今年花了八万投广告，保证了新品上首页推荐，不上热搜也无所谓。",
    # Rate cards, postponed launches, a paper waiting for the company's side.
    "致栖溪教育品牌部：本号年度广告刊例（15万元），如贵司愿意投放，欢迎联系。",
    "因排版问题，原定今日的栖溪专访暂缓发布，敬请谅解。",
    "受台风影响，澜汀新品发布会延后发布，具体时间另行通知。",
    "致栖溪教育：如贵司愿意回应，稿件可延后发布，请于今天18点前答复本报。",
    "致澜汀家居市场部：如贵司愿意续签年度广告合同（10万元），广告位可延后下线，请于本周五前回复。",
    "澜汀的卞总，如您愿意接受专访，稿件可延后发布，我们不收任何费用。",
    "筠浦的新品因质检问题暂缓发布，如贵司愿意提供检测报告，我们可以协助复检，费用两万元。",
    # Prices and negotiations that are not the author's demand.
    "记者调查发现，有自媒体向澜汀开出删除价两万一篇，不谈就见报，业内称之为“有偿不闻”。",
    "有人发私信给栖溪，说删帖价八千一篇，不谈就见报，栖溪已经报警。",
    "有自媒体私信澜汀：五万保你们不上热搜，不给的话明天全网发。澜汀已报警。",
    "做公关这么多年，见过太多“三万保你不上热搜”的骗子，栖溪的朋友千万别信。",
    "我们跟澜汀谈了三轮，不谈就没法推进合作，下周再约。",
    "澜汀的售后一直不回复，我不回复就算了？今天再打一次客服。",
    "澜汀的公关：本号的稿件从不撤稿，删除价这种东西我们没有，投诉请走平台。",
    # Hiding one's own post, sponsored pieces, a how-to, a merchant's and a consumer's deal.
    "教程：怎么把微博设为仅自己可见？设置-隐私-仅自己可见，栖溪的帖子也能这么设。",
    "我把吐槽澜汀的那条设为私密了，毕竟售后最后还是给解决了。",
    "本频道年框八万，签了之后每月两期定制内容，欢迎栖溪等品牌合作。",
    "筠浦的朋友：签约后推广视频可设为私密，本频道年框八万，合作期内每月两期。",
    "澜汀的卞总，年框合同签了之后，第一期样片我先设为私密，等您审核通过再公开。",
    "亲，差评设为仅自己可见的话，我们返您20元，栖溪旗舰店客服。",
    "澜汀，如果你们愿意退我5000块，我就把差评设为仅自己可见，过时不候。",
    "我在栖溪报的课，签了之后老师就不上了，退费还要扣两万，过时不候也太霸道了。",
]


@pytest.mark.parametrize("text", ULTIMATUM + KEPT_OFF_A_LIST + POSTPONED + REMOVAL_PRICE + HIDDEN)
def test_reworded_offers_are_extortion_with_a_target(new_registry: Registry, text: str) -> None:
    found = scan_family(new_registry, [make_item(1, text)])["i-1"]
    assert [f.slug for f in found] == ["extortion"]
    finding = found[0]
    assert finding.target is not None and finding.target.startswith("ent-")
    offer = next(e for e in finding.evidence if e.kind == "extortion_offer")
    assert offer.span is not None and text[offer.span.start : offer.span.end] == offer.span.text


@pytest.mark.parametrize("text", NOT_EXTORTION)
def test_deadlines_pledges_rate_cards_and_reports_stay_clean(
    new_registry: Registry, text: str
) -> None:
    assert slugs_of(new_registry, text) == []


def test_an_ultimatum_offer_links_the_same_authors_series(new_registry: Registry) -> None:
    found = scan_family(
        new_registry,
        [
            make_item(1, "澜汀家居质检黑幕（上）：整理了二十位业主的材料，下篇已写好。", "wb_x"),
            make_item(2, ULTIMATUM[0], "wb_x", kind="comment"),
        ],
    )
    assert {k: [f.slug for f in v] for k, v in found.items()} == {
        "i-1": ["extortion"],
        "i-2": ["extortion"],
    }
    assert found["i-1"][0].target == found["i-2"][0].target == "ent-lanting"
