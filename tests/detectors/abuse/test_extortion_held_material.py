"""A standalone threat: "I hold material on you; pay and it never comes out".

Someone holding footage, recordings or chat screenshots about the enterprise puts the
target's wish to it (想让它永远不出现, 不想上热搜, 想私了, 想让这事压下去) with a price: a sum
in digits, slang or pinyin (zhuan 六 w), or one left open (价你们定, 看诚意), often with a
deadline and "else I post it everywhere" (全网曝光). The target's own statement about such a
demand, a shop owner telling how someone offered to delete bad reviews, journalism about paid
deletion and a customer who wants a refund or will go to the regulator stay clean. Every
enterprise is a fictional one of `conftest.py`.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import make_item, scan_family, slugs_of

HELD_MATERIAL_THREATS = [
    "澜汀家居的老板，你们仓库以次充好的视频我手上有，想让它永远不出现，价你们定，"
    "周五前不联系我就全网曝光。",
    "澜汀家居卞总，你们工厂偷排的录像在我这，不想上热搜就私了，zhuan 六 w 到指定账户，明晚12点前。",
    "栖溪教育，你们招生老师承诺包过的聊天截图我存了三十多张，想私了的话8万，不然全网曝光。",
    "筠浦生物的朋友，实验室违规操作的录音都在我这儿，要是不想被挂热搜，拿十万来，过期不候。",
    "沐禾宠物贺总：手术失误的监控我有完整版，想让这事压下去就看你们诚意，否则明天全网发。",
    "蓉沁串串，你们后厨老鼠乱窜的视频我拍下来了，想要它永远不见光，转5万，不然全网曝光。",
    "@筠浦生物 你们销售跟客户的聊天截图我都留着，不想让它们出现在热搜上的话，价格你们开，"
    "三天内没消息我就全网发。",
    "栖溪教育邵总，你们校区主管骂学生的录音在我手里，想私了就 zhuan 八 w，周日前不到账就发网上。",
    "澜汀家居的朋友，你们质检造假的内部群截图我都有，想让它们不出现在网上，叁万，明早9点前。",
    "蓉沁串串老板，你们员工拿脚踩面团的视频我有原片，想私下解决就拿五万，不然我就发抖音。",
    "栖溪教育，你们顾问诱导贷款的录音我全录下来了，不想让家长们听到的话，打6万到我账户，48小时内。",
    "@澜汀家居 你们售后辱骂客户的聊天记录在我这，想让它消失就转账两万，逾期全网公开。",
    "筠浦生物的负责人，你们数据造假的内部文件我有备份，这事想不闹大，价钱你们开，本周内回复。",
    "沐禾宠物，你们医生喝酒上手术台的照片在我手上，花点钱买个平安，十万，明天之前。",
    "澜汀的朋友，你们工厂的视频在我这，想私了就zhuan liu w到指定账户，不然全网曝光。",
    "蓉沁串串的朋友，后厨的录像在我这，想私了就zhuan wu qian到指定账户，不然全网曝光。",
]
NOT_THREATS = [
    # The target's own statement about the demand.
    "澜汀家居声明：近日有人自称手上有我司仓库视频，要求我司支付五万元，否则全网曝光。我司已报警，"
    "绝不接受任何形式的敲诈。",
    "蓉沁餐饮严正声明：有账号私信我司，称握有后厨录像，想私了就转8万。我司不会支付任何费用，"
    "已向平台举报并报案。",
    # A shop owner telling what happened to her.
    "开店三年第一次遇到：有人私信说给他两千就能把我店里的差评全删了，我没理。",
    "今天一个自称运营的人找我，说八百块帮我删差评，一口价，我直接拉黑了。",
    # Journalism about the practice.
    "记者调查：一些账号声称握有商家的后厨视频，开价数万元“私了”，否则全网曝光，律师表示"
    "这已涉嫌敲诈勒索。",
    # Customers asking for a refund or compensation, or going to the regulator.
    "@澜汀家居 床垫退款拖了两个月，周五前不退款我就去12315投诉。",
    "筠浦生物，你们的检测报告出错害我损失了五千元，下周一前不给答复，我就向市场监管局投诉。",
    "沐禾宠物，手术的监控视频我已经调出来了，赔偿我的医疗费三千元，否则我们法庭见。",
    # Criticism that puts the enterprise's wish to it, and material shared for free.
    "澜汀家居要是不想被挂热搜，就把质量做好，别花钱买水军。",
    "筠浦生物不想上热搜的话，先把检测报告的问题说清楚，花再多钱公关也没用。",
    "栖溪教育你们想让这事压下去？先把家长的钱退了，看你们的诚意。",
    "蓉沁串串的视频我手上也有，就是后厨那段，大家自己看吧，不收钱，转发随意。",
    "澜汀家居你们仓库的视频我手上有，想让它永远不出现？做梦，我明天就发。",
    "二手澜汀沙发出，价格你们定，下周一前自提，视频可以私发。",
    # A consumer holding evidence of her own complaint, with no price.
    "栖溪教育退费拖了半年，所有聊天截图我都留着，周五前不处理我就发到网上让大家评评理。",
]


@pytest.mark.parametrize("text", HELD_MATERIAL_THREATS)
def test_held_material_priced_for_silence_is_extortion(new_registry: Registry, text: str) -> None:
    found = scan_family(new_registry, [make_item(1, text)])["i-1"]
    assert [f.slug for f in found] == ["extortion"]
    assert found[0].target is not None and found[0].target.startswith("ent-")
    (offer,) = [e for e in found[0].evidence if e.kind == "extortion_offer"]
    assert offer.details["payment"] and offer.details["removal"]


@pytest.mark.parametrize("text", NOT_THREATS)
def test_statements_owners_journalism_and_customers_stay_clean(
    new_registry: Registry, text: str
) -> None:
    assert "extortion" not in slugs_of(new_registry, text)
