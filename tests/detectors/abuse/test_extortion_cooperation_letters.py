"""A self-media "cooperation" letter, and a paid "brand protection" subscription.

The letter says complaints, recordings and a draft are ready, hints at what publishing would
do (相信您清楚, 我们也不想走到那一步), quotes an advertorial price and an annual deal during which
the account publishes nothing negative on the brand and "handles internally" what it holds,
and gives a deadline after which it publishes. The subscription is sold to the enterprise
whose negative post is popular: subscribe N a year and the post is folded or sunk; refuse and
the second piece is almost written. Rate cards, sponsorship calls, reputation monitoring
products with no threat, and reporting on the practice stay clean. Every enterprise is a
fictional one of `conftest.py`.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import make_item, scan_family, slugs_of

COOPERATION_LETTERS = [
    "澜汀家居品牌部您好：本号近期收到大量消费者投诉，相关录音和稿件已经准备好，发出去对贵司影响"
    "如何，相信您清楚。我们也不想走到那一步。软文合作报价3万一篇，签年度合作的话，合作期内本号"
    "不发布任何关于贵司的负面内容，现有素材内部处理。请于本周五前回复，逾期我们将按原计划发布。",
    "栖溪教育市场部负责人：我号掌握了多位家长的投诉和录音，稿子已成型。我们无意把事情做绝，年度"
    "合作12万，合作期间不做贵司负面报道，已有材料内部消化。下周三前请给答复，否则照常推送。",
    "沐禾宠物品牌部：我们是本地生活类自媒体，近期收到多起宠物主投诉，录音和初稿已齐，后果您应该"
    "明白。我们也不想把事情闹大，软文一篇2.8万，年度合作38万，合作期内不发布贵司任何负面，已有"
    "素材内部处理。请在10号前回复，逾期即发布。",
    "蓉沁餐饮公关部负责人您好，本账号收到多名食客反映的问题，附录音和照片，文章已经写好。我们不想"
    "走极端。推广合作报价1.5万/篇，签年框的话一年内本号不碰贵司的负面，手上的素材我们内部消化。"
    "周四中午前给个回复，没有回复就正常发布。",
    "致筠浦生物品牌部：本号已收集到二十余条客户投诉及通话录音，稿件已排期。大家都不想闹得难看，"
    "年度投放二十个，合作期间贵司相关负面一律不发，手头材料内部处理，请于周五18点前答复，"
    "逾期按计划发布。",
    "尊敬的澜汀家居品牌负责人：本号收到多位业主关于甲醛超标的投诉，已有采访录音及成稿，一旦发布"
    "影响不小。本号不愿走到那一步，可提供品牌合作：单篇软文2万，年度合作20万，合作期间本号不刊发"
    "贵司负面，现有材料内部消化。请于本月20日前回复，逾期我们将正常发稿。",
    "栖溪教育市场部您好，我们是教育类自媒体，手上有十几位家长的投诉及录音，稿子写好了。大家都不"
    "希望事情闹大，年度合作15万，签约后一年内不发任何负面，已有素材我们内部处理。周五前请回复，"
    "否则按计划发布。",
]
PROTECTION_SUBSCRIPTIONS = [
    "蓉沁串串的朋友，你们那条差评笔记现在热度很高，我们有品牌保护服务，一年3.8万，订了就帮你们"
    "沉下去，不订的话第二篇也快写好了。",
    "筠浦生物，那条说你们检测造假的帖子已经上万转了。我们这边有舆情守护套餐，年费5万，订阅后负面"
    "帖子一周内压下去；不订的话，我们下一篇已经在写了。",
    "@栖溪教育 你们退费那条帖子还在热门，开通我们的品牌守护会员，每年4万8，帖子帮你们折叠；"
    "不开通的话，第二篇稿子差不多写完了。",
    "澜汀家居市场部，关于你们甲醛的那篇文章阅读量10万+了，我们提供品牌保护订阅，一年六万，订了就"
    "折叠下沉，不订我们续篇马上发。",
    "澜汀家居的朋友，小红书上那篇说你们甲醛的笔记已经几千赞了，我们做品牌舆情保护，年费4万，交了就"
    "给你们限流沉底，不交的话下一篇测评已经在路上了。",
    "筠浦生物，那个吐槽你们报告出错的帖子热度挺高，我们有口碑维护套餐，一年2.8万，买了就压下去，"
    "不买的话我们还会出续集。",
    "@蓉沁串串 你们那条差评视频快上热门了，开通我们的品牌保护，一年5万，帮你们降热度，不开的话"
    "第二条已经拍好了。",
]
NOT_OFFERS = [
    # Rate cards and sponsorship, no negative material, no removal.
    "澜汀家居品牌部您好，本号专注家居测评，软文合作报价3万一篇，年度合作8折，合作内容均标注广告，"
    "期待与贵司合作，请于本周五前回复档期。",
    "各位品牌方：本号2025年刊例已更新，单篇软文1.5万，年框合作享九折，欢迎私信商务。",
    "频道开通品牌合作啦，欢迎各品牌赞助我的视频，报价3W起，年度投放另议，私信商务。",
    # A monitoring product with no negative post held or threatened.
    "舆情监测服务介绍：一年3.8万，7×24小时监测全网关于贵司的评价，负面信息第一时间提醒，"
    "不提供删帖服务。",
    "澜汀家居公关部，请问你们的品牌保护服务一年多少钱？我们是第三方舆情公司，想谈合作。",
    "沐禾宠物品牌部您好，我们是舆情公司，提供负面监测和危机公关培训，年费3.8万，如有需要请联系。",
    # Reporting and discussion of the practice.
    "记者调查发现，部分自媒体以“品牌保护服务”名义向商家收取年费，承诺负面帖子“折叠下沉”，"
    "不交钱就接着写第二篇，律师认为涉嫌敲诈勒索。",
    "有的自媒体号收到投诉后不是核实，而是给企业发“合作函”：签年度合作就不发负面。这种操作该管管了。",
    "栖溪教育回应：我司近日收到某自媒体“合作函”，称签年度合作即不发布负面内容，我司已拒绝并保留"
    "追责权利。",
    # A customer's deadline.
    "@蓉沁串串 我在你们店吃出异物，医药费一千二，周五前不给说法我就向市场监管局投诉。",
]


@pytest.mark.parametrize("text", COOPERATION_LETTERS + PROTECTION_SUBSCRIPTIONS)
def test_letters_and_protection_subscriptions_are_extortion(
    new_registry: Registry, text: str
) -> None:
    found = scan_family(new_registry, [make_item(1, text)])["i-1"]
    assert [f.slug for f in found] == ["extortion"]
    assert found[0].target is not None and found[0].target.startswith("ent-")


@pytest.mark.parametrize("text", NOT_OFFERS)
def test_rate_cards_monitoring_reporting_and_customers_stay_clean(
    new_registry: Registry, text: str
) -> None:
    assert "extortion" not in slugs_of(new_registry, text)
