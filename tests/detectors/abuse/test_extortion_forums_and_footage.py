"""Forums selling the removal of complaints for ads, and footage held for a slang price.

A forum that pins complaints about the addressee and names a price per deletion, or an ad
contract that buys them all, before a deadline for the answer, makes a pay-to-delete offer:
extortion, not black PR (it sells the removal of content about the buyer itself). So does a
moderator who will sink the parents' posts if the front-page slot is bought, and someone
holding kitchen footage who names "5个w" and will publish if the money is not in by Friday.
Ad sales, forum rules, the victim passing the demand on, and customers who want a refund or
an answer stay clean. The enterprises are the fictional ones of `conftest.py`.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import slugs_of

FORUM_DELETION_PRICES = [
    "沐禾宠物市场部您好：贵司的投诉帖目前在我们论坛置顶，删除每帖收费800元；如签年度广告合同，"
    "所有帖子免费处理，请本周内答复。",
    "蓉沁餐饮品牌部：关于你们的几篇投诉帖已在本论坛首页置顶，单帖删除费1200元，或签一年广告合作，"
    "全部帖子由我们免费处理，本周五前给个答复。",
    "致澜汀家居市场部：本站有三篇关于贵司的维权帖仍在置顶，删除一篇收费一千；若贵司签订年度推广"
    "合同，则全部免费处理，请于本周内回复。",
]
SUNK_FOR_AN_AD_SLOT = [
    "蓉沁的朋友，家长们的维权帖可以沉下去，前提是你们买下首页广告位一个季度；不然我们会继续加精置顶。",
    "沐禾你好，我是本版版主，那些家长的投诉帖可以沉，只要贵司包一个季度的首页广告位，"
    "否则这些帖会一直置顶。",
    "澜汀市场部：关于你们的吐槽帖，买我们论坛三个月首页推荐位就可以取消置顶，不买的话继续加精。",
    "沐禾的朋友，家长们的维权帖可以往下沉一沉，只要你们投一个季度的首页广告，不然我们继续置顶加精。",
    "你好，我是本地论坛运营，你们公司的投诉帖在我们论坛置顶了，删帖每帖800，签年度广告合同"
    "全部免费处理，本周内给答复。@蓉沁串串",
]
FOOTAGE_FOR_A_PRICE = [
    "@蓉沁串串 你们后厨的视频在我手里（老鼠乱窜、过期肉），给个数吧，5个w，"
    "周五前不到账我就发出来。",
    "沐禾宠物的朋友，你们手术室的视频我有，拿5w出来，周四之前不打款我就全网发。",
    "@澜汀家居 仓库发霉的照片都在我这，开个价吧，三个w，周六前见不到钱就发网上。",
    "蓉沁串串，后厨的录像在我手上，8个w，下周一之前没到账，就发出去给大家看看。",
    "@蓉沁串串 后厨视频我这有，老鼠、过期肉都拍到了，给个数，五个w，周五前没收到钱，"
    "视频就会出现在网上。",
    "@蓉沁串串 你家后厨视频在我手上，老鼠、过期肉都有，说个数吧，5个w，周五之前不打过来我就发。",
    "沐禾宠物的朋友，手术室的录像在我这，五个w，周四前转过来，不然视频就发出去了。",
]
NOT_OFFERS = [
    "本论坛广告位招商：首页横幅每月8000元，签年度合同享八折，欢迎各企业市场部联系。",
    "本站首页广告位一个季度三万，如贵司有意投放请本周内答复。",
    "本站首页广告位招商，一个季度三万，欢迎联系。",
    "本论坛版规：投诉帖一律不删，企业可在帖子下回应，如有不实可申诉。",
    "本论坛置顶帖规则：投诉帖置顶7天后自动沉底，商家购买广告不影响帖子排序。",
    "本版规定：企业购买广告位不能要求删帖，如果投诉已解决，帖子可以沉底。",
    "本版公告：家长的维权帖一律置顶，直到商家给出回应为止。",
    "版主说维权帖不会沉，也不会因为商家买广告就删，大家放心发。",
    "蓉沁串串的维权帖终于沉下去了，估计是买了首页广告位吧，呵呵。",
    "沐禾的维权帖被版主沉了，花钱买广告就能沉帖？大家评评理。",
    "本论坛规定：商家购买首页广告位后，也不能要求沉帖或取消置顶。",
    "蓉沁串串的门店下沉到三四线城市，加盟费30万，如果你们想加盟，前提是有两家以上门店经验。",
    # The addressee passing the demand on.
    "我们收到某论坛发来的邮件，说删除投诉帖每帖收费800元，签年度广告合同就免费处理，这是勒索，"
    "已报警。",
    "今天收到一封邮件：贵司投诉帖删除每帖800元，如签年度广告合同全部免费处理，请本周内答复。"
    "这不就是勒索吗。",
    "我是蓉沁的市场部，有论坛说投诉帖可以沉，只要我们买首页广告位，大家怎么看？",
    "有人拿着蓉沁后厨的视频找店长要5万，不给就发网上，这是敲诈，店长已报警。",
    "某论坛被曝向商家收取删帖费：投诉帖删除每帖800元，签年度广告合同可免费处理，本周内答复。",
    "收到一家论坛的报价：贵司投诉帖每帖删除费800元，我们已向网信办举报。",
    # Customers who want a refund, an answer or a fix.
    "@蓉沁串串 你们后厨的视频我拍到了，老鼠乱窜，已经举报给市场监管局了。",
    "蓉沁串串周五前不给我退款我就把视频发出来，让大家评评理。",
    "@沐禾宠物 你们不给个说法，我就把手术视频发出来。",
    "@沐禾宠物 你们手术室的视频我有，周五前不给个说法我就发出来。",
    "@蓉沁串串 周五前不赔偿我的医药费两千元，我就把视频发出来。",
    "我手里有蓉沁后厨的视频，周五前他们不整改我就发出来，不要钱，只要整改。",
    "@蓉沁串串 你们收了我2000元押金，周五前不退，不然我就发网上曝光。",
    "蓉沁串串欠我的工资3000块周五前还我，否则我就把视频发出来。",
    "@沐禾宠物 周五前给个说法，不然我就把视频发出来，我不要钱。",
    "蓉沁串串的视频我也看了，5个w的装修，卫生还这样，不然早就火了。",
]


@pytest.mark.parametrize("text", FORUM_DELETION_PRICES + SUNK_FOR_AN_AD_SLOT + FOOTAGE_FOR_A_PRICE)
def test_removal_sold_for_money_or_ads_is_extortion_only(new_registry: Registry, text: str) -> None:
    assert slugs_of(new_registry, text) == ["extortion"]


@pytest.mark.parametrize("text", NOT_OFFERS)
def test_ad_sales_rules_victims_and_customers_stay_clean(new_registry: Registry, text: str) -> None:
    assert slugs_of(new_registry, text) == []
