"""Pay-to-delete offers in wordings the first lexicon did not know, on a registry it never saw.

The offer is a structure, not a phrase: a payment (an amount, a fee named after the removal,
ad spend or a "cooperation"), a deletion or withholding bought by it (删、撤、烂在手里、
全部拿下) or a threat for not paying (不转就…、否则…上热搜), and an addressee at the target.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import make_item, scan_family, slugs_of

# A removal fee with a payment deadline, addressed to a manager of the target.
FEE_AND_DEADLINE = [
    "栖溪的邵总您好，三篇专题已经排进下周。撤稿费四万，本周五之前汇到我发的账户，我们全平台"
    "撤稿，以后不再写栖溪。过了周五就不是这个价。",
    "澜汀卞总：删帖费三万五，今晚十点前到账，所有平台统一下架，过了今晚价格翻倍。",
    "筠浦的骆总你好，删稿费2万，明天中午前转过来，稿子全网撤掉，以后不会再写筠浦。",
]
# A bare sum tied to a first-person deletion, and a threat for not paying.
CONDITIONAL_TRANSFER = [
    "澜汀的公关看这里，那条视频就是我剪的，播放三十万了。转5200我就删，不转周末发第二条。",
    "栖溪市场部的，那个帖子是我发的。打3000过来我马上删，不打明天接着发。",
]
# Payment dressed as ad spend or sponsorship; material kept buried, or else published.
DISGUISED_PAYMENT = [
    "筠浦：我们手上有你们实验室事故的视频和十几个员工的证词。月底之前在本号投放二十万的广告，"
    "这些材料就烂在我们手里；否则下月一号准时上热搜。",
    "澜汀品牌部，赞助我们节目十五万，这批录音永远不见天日，不然周一全网发布。",
    "筠浦的朋友：三期节目已经剪好，赞助5万就永远不播，不赞助周三上线。",
]
# Addressed only by naming the target in the opening, as a letter is.
SALUTATION_ONLY = [
    "栖溪：给我们账户打十万，这些截图永远不会公开。否则明天见报。",
    "澜汀：删帖费两万，今晚前打款，否则继续发。",
    "筠浦生物：这篇稿子的撤稿费是两万，今天之内付清，逾期自动发布。",
]
# Other ways to say the material goes away or stays unpublished.
GONE_OR_UNPUBLISHED = [
    "栖溪的邵总，只要三万，这些帖子明天就会全部消失，不然后天继续发。",
    "澜汀的公关，我们手上的视频还没发，拿十万来买断，否则周五上线。",
    "筠浦的骆总，辛苦费两万打到卡上，这篇报道就当没写过，过期不候。",
    "澜汀你好，帖子是我发的，想让它消失的话5000块，今晚12点前转账。",
]
# "If you want it gone, talk to me about a cooperation": a price for the whole series.
PRICED_SERIES = [
    "栖溪的负面我手上攒了三十条，排期已经排好，下周起每天发两条。想删的话找我谈个合作，"
    "6万全部拿下，过期不候。",
    "筠浦的朋友，系列稿一共四篇，明天发第一篇。想撤找我聊，5万打包全撤，过期不候。",
]

# Look-alikes that must stay clean: ad sales, platform terms, victims and journalists
# describing such demands, court news, a consumer's complaint, a product launch schedule.
NOT_EXTORTION = [
    "栖溪品牌部您好，本号下季度有信息流广告位，投放20万可获首页推荐，欢迎洽谈合作。",
    "平台付费推广规则：商家可在本平台投放信息流广告，按点击计费，删除推广内容需提前24小时"
    "申请，已产生的费用不予退还。",
    "有个自媒体找到栖溪，张口就要五万删稿费，说不转就明天上热搜，我们已经报警了。",
    "【调查】删稿费明码标价：记者调查发现，一些自媒体向企业索要“撤稿费”，不给钱就连载负面。",
    "筠浦前员工王某以“不转十万就发黑料”要挟公司，法院以敲诈勒索罪判处其有期徒刑两年。",
    "澜汀再不给我退款，我就把维修记录发到网上，大家评评理。",
    "栖溪的暑期课程排期已经定了，下周起每天发两条试听视频，合作机构请联系市场部。",
    "删帖费、撤稿费这些黑话，做公关的都听过，澜汀的原则是一分钱不付。",
    "澜汀的卞总您好，贵司的年度广告合同已到期，续约请在本周五之前回复，逾期广告位将下线。",
    "栖溪新课预售，今天之前付款立减500，过期不候，赶紧下单！",
    "我是栖溪的学员家长，今天之前不给我退费，我就在网上继续发维权视频。",
    "澜汀给我发了律师函，要求我删帖，否则起诉我，我不删。",
    "栖溪：本号不接受任何撤稿交易，广告投放请在每月10号前付款，逾期顺延。",
    # A third party's gossip names the target but addresses nobody.
    "听说有人让栖溪给十万，这些截图就不会公开，否则明天见报。",
    "栖溪家长注意：有人冒充记者，说转5万就删帖，大家千万别信，这是诈骗。",
    # A removal that already happened: the seller's own product, or news.
    "栖溪的课程视频下架了，只要补交三千元就能重新观看，不然就看不了。",
    "听说筠浦花了五万把负面都删了，真有钱。",
    "澜汀的广告合作到期了，续费五万，否则广告下线，有意请联系。",
    "您好，您在本平台发布的帖子因违规已被删除，如需恢复请在三日内缴纳保证金500元。",
    "栖溪你们的课我不上了，今天之前把学费8000退给我，否则我就发帖曝光。",
    "澜汀：全场家具今天之前下单立减2000，过了今天就不是这个价了，活动结束商品下架。",
]


@pytest.mark.parametrize(
    "text",
    FEE_AND_DEADLINE
    + CONDITIONAL_TRANSFER
    + DISGUISED_PAYMENT
    + PRICED_SERIES
    + SALUTATION_ONLY
    + GONE_OR_UNPUBLISHED,
)
def test_new_offer_wordings_are_extortion_with_a_target(new_registry: Registry, text: str) -> None:
    found = scan_family(new_registry, [make_item(1, text)])["i-1"]
    assert [f.slug for f in found] == ["extortion"]  # not black_pr: it is the author's own post
    finding = found[0]
    assert finding.target is not None and finding.target.startswith("ent-")
    offer = next(e for e in finding.evidence if e.kind == "extortion_offer")
    assert offer.span is not None and text[offer.span.start : offer.span.end] == offer.span.text


@pytest.mark.parametrize("text", NOT_EXTORTION)
def test_sales_terms_reports_and_complaints_stay_clean(new_registry: Registry, text: str) -> None:
    assert slugs_of(new_registry, text) == []


DOSSIERS = [
    "栖溪教育的另一面：我们整理了二十多份家长投诉和前员工的说法，明天起连载。",
    "澜汀家居黑历史系列第一篇今晚发，已经整理了十几位业主的材料。",
    "筠浦生物的真相：系列稿共四篇，每天一篇。",
    "栖溪家长群聊天记录第一弹，未完待续。",
]
LATER_OFFERS = [FEE_AND_DEADLINE[0], FEE_AND_DEADLINE[1], PRICED_SERIES[1], SALUTATION_ONLY[0]]


@pytest.mark.parametrize(("dossier", "offer"), list(zip(DOSSIERS, LATER_OFFERS, strict=True)))
def test_announced_series_is_linked_to_the_same_authors_later_offer(
    new_registry: Registry, dossier: str, offer: str
) -> None:
    found = scan_family(
        new_registry,
        [
            make_item(1, dossier, "wb_writer", "2025-05-06T20:00:00+08:00"),
            make_item(2, offer, "wb_writer", "2025-05-07T09:30:00+08:00", kind="comment"),
        ],
    )
    assert {k: [f.slug for f in v] for k, v in found.items()} == {
        "i-1": ["extortion"],
        "i-2": ["extortion"],
    }
    link = next(e for e in found["i-1"][0].evidence if e.kind == "extortion_dossier")
    assert link.details == {"offer_item": "i-2", "linked_by": "same author id"}
    assert found["i-1"][0].target == found["i-2"][0].target


def test_announced_series_by_someone_else_is_not_a_dossier(new_registry: Registry) -> None:
    found = scan_family(
        new_registry,
        [
            make_item(1, DOSSIERS[0], "wb_reporter", "2025-05-06T20:00:00+08:00"),
            make_item(2, FEE_AND_DEADLINE[0], "wb_other", "2025-05-07T09:30:00+08:00"),
        ],
    )
    assert set(found) == {"i-2"}
