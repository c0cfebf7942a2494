"""Impersonation in new wordings: executives soliciting investment, founder giveaways with a
fee, phishing notices with lookalike links, franchise deposits and off-channel top-ups; and the
legitimate speech around them (news, questions, complaints, official posts) left alone."""

from __future__ import annotations

from typing import Any

import pytest

from tests.detectors.counterfeit.conftest import Detect


def _post(
    text: str, author: str = "路人", author_id: str = "u_1001", **extra: Any
) -> dict[str, Any]:
    return {"text": text, "author": {"id": author_id, "name": author}, **extra}


# 1. A registered executive, by name, soliciting investment from a non-official account.
EXECUTIVE_INVESTMENT = [
    _post(
        "我是栖蓝教育乔嘉禾。公司内部推出收益计划，起投5万，月息3%，仅对老客户开放，"
        "名额有限，加我助理微信 qjh_zl666 办理。",
        author="乔嘉禾",
        kind="comment",
    ),
    _post(
        "各位好，我是雾月茶饮总经理程望舒，公司开放一批内部理财份额，起投三万，年化12%保本，"
        "联系我助理VX：cws_help 预约。",
        author="程望舒",
    ),
    _post(
        "本人是栖蓝教育首席运营官乔嘉禾，现开放内部认购，保底月收益5%，需要的私我。",
        author="Q总",
        kind="comment",
    ),
    _post("公司项目年化15%，起投1万，感兴趣加我vx：qjh001", author="乔嘉禾-栖蓝教育"),
    _post(
        "栖蓝内部项目，回报率每月4%，到期还本，联系我助理办理。",
        author="乔嘉禾(栖蓝教育)",
        kind="comment",
    ),
]
# 2. A founder's "giveaway" that costs a fee.
FOUNDER_GIVEAWAY = [
    _post(
        "栖蓝教育创始人韩叙白：感谢大家的支持！我个人拿出100万回馈粉丝，转发本条并支付9.9元"
        "邮费即可领取全年免费课程卡，限量3000张",
        author="韩叙白",
    ),
    _post(
        "雾月创始人苏砚秋：为感谢一路陪伴，抽取500位粉丝送免单年卡，中奖者只需付6.6元手续费"
        "激活即可。",
        author="雾月福利官",
    ),
    _post(
        "感谢各位！我是韩叙白，栖蓝十周年我送出1000份终身会员，评论+转发，中奖者补缴15元"
        "工本费即可激活",
        author="栖蓝十周年",
    ),
    _post(
        "雾月茶饮创始人苏砚秋：感谢支持！转发本条并支付9.9元即可领取全年免单卡，限量5000张",
        author="福利君",
    ),
    _post(
        "创始人韩叙白：感谢大家支持栖蓝！转发本条并付8.8元手续费即可领取全年课程卡。",
        author="学习君",
    ),
]
# 3. A phishing notice in the enterprise's name (a heading, a request for card or ID data).
PHISHING_NOTICE = [
    _post(
        "【栖蓝教育】学员2026年度补贴发放通知：请于本周内登录 qilan-butie.cn 填写银行卡号、"
        "身份证号及学员编号领取补贴，逾期作废。",
        author="学员服务",
    ),
    _post(
        "【雾月】尊敬的会员，年度返现已到账，前往 www.wuyuefanxian.top 登记身份证号领取。",
        author="小月",
        kind="comment",
    ),
    _post(
        "栖蓝教育通知：您的学员退费已审批，请登录 qilan-tuifei.com 输入银行卡号及短信验证码"
        "完成退款。",
        author="退费专员",
    ),
]
# 4. A franchise or agency scheme in the enterprise's name that asks for a deposit.
FRANCHISE_DEPOSIT = [
    _post(
        "雾月茶饮2026城市合伙人招募！加盟网点，先缴3.8万保证金锁定区域，总部派单保底月入两万。"
        "转账请备注'雾月加盟'，名额满即止。",
        author="招商经理",
    ),
    _post(
        "栖蓝学堂区域代理火热招募中，加盟费2.98万，打款后3天开通校区，详情加v：qilan_zs88",
        author="老王",
    ),
    _post("招募｜雾月茶饮乡镇代理，代理费1.98万一次付清，微信转账即可开通区域。", author="阿强"),
    _post("雾月茶饮招商部：首批加盟商免加盟费，仅需缴纳2万元品牌保证金，名额有限。", "招商部"),
    _post("雾月茶饮2026城市合伙人招募！加盟网点，先缴3.8万保证金锁定区域。", "小蔡"),
]


@pytest.mark.parametrize(
    "data",
    [*EXECUTIVE_INVESTMENT, *FOUNDER_GIVEAWAY, *PHISHING_NOTICE, *FRANCHISE_DEPOSIT],
)
def test_impersonating_solicitations_are_flagged(detect: Detect, data: dict[str, Any]) -> None:
    found = detect(data)
    assert set(found) == {"impersonation"}
    kinds = {e.kind for e in found["impersonation"].evidence}
    assert kinds == {"identity_claim", "solicitation"}


def test_executive_is_the_target_enterprise(detect: Detect) -> None:
    finding = detect(EXECUTIVE_INVESTMENT[0])["impersonation"]
    assert finding.target == "ent-qilan"
    asks = [e.details["asks"] for e in finding.evidence if e.kind == "solicitation"]
    assert "lure" in asks and "contact" in asks


def test_self_introduction_names_the_person(detect: Detect) -> None:
    # The author name is no person's; the claim is the self-introduction in the text.
    finding = detect(EXECUTIVE_INVESTMENT[2])["impersonation"]
    claims = [e.description for e in finding.evidence if e.kind == "identity_claim"]
    assert any("self-introduction" in c for c in claims)


def test_giveaway_fee_is_the_money_cue(detect: Detect) -> None:
    finding = detect(FOUNDER_GIVEAWAY[0])["impersonation"]
    cues = [e.span.text for e in finding.evidence if e.kind == "solicitation" and e.span]
    assert any("邮费" in cue for cue in cues)


@pytest.mark.parametrize(("index", "host"), [(0, "qilan-butie.cn"), (1, "www.wuyuefanxian.top")])
def test_phishing_link_is_identity_evidence(detect: Detect, index: int, host: str) -> None:
    finding = detect(PHISHING_NOTICE[index])["impersonation"]
    links = [e for e in finding.evidence if e.kind == "identity_claim" and e.span]
    assert any(host in (e.span.text if e.span else "") for e in links)
    assert finding.score > 0.8  # a lookalike link is a strong claim


# 5. A lookalike account that also sells top-ups off the official channel.
@pytest.mark.parametrize(
    "data",
    [
        {
            "kind": "account",
            "title": "QILAN栖蓝学堂官方",
            "text": "QILAN栖蓝学堂官方｜会员充值找我，比APP内便宜一半，私聊转账秒到账",
            "url": "https://weibo.com/qilan_vip",
            "author": {"id": "qilan_vip", "name": "QILAN栖蓝学堂官方"},
        },
        {
            "kind": "account",
            "platform": "douyin",
            "title": "栖蓝教育客服",
            "text": "栖蓝教育客服｜代充课时卡8折，微信转账后秒到账",
            "url": "https://douyin.com/qlkf",
        },
        {
            "kind": "account",
            "title": "栖蓝学堂官方VIP",
            "text": "栖蓝学堂官方VIP｜课程会员半价代开通，加微信付款后直接到账",
            "url": "https://weibo.com/qlvip",
        },
    ],
)
def test_lookalike_account_selling_top_ups_is_both(detect: Detect, data: dict[str, Any]) -> None:
    assert set(detect(data)) == {"counterfeit", "impersonation"}


GUARDS = [
    # the official account's own promotion
    _post(
        "【雾月茶饮】十周年福利：到店出示会员码即可领取免单券，限量5000张。",
        author="雾月茶饮",
        author_id="wuyue_tea",
    ),
    _post(
        "雾月茶饮2026城市合伙人招募，加盟费以官网公示为准，先缴纳2万保证金锁定区域。",
        author="雾月茶饮",
        author_id="wuyue_tea",
    ),
    # news and warnings about the scams
    _post("警方提醒：有人冒充雾月创始人苏砚秋以回馈粉丝为名收取邮费，请勿转账。", "平安某地"),
    _post(
        "近期出现以栖蓝教育名义发布“年度补贴”的钓鱼网站，要求填写银行卡号，官方表示从未发布。",
        "科技日报",
    ),
    _post(
        "记者调查：雾月茶饮城市合伙人项目要求加盟商先缴纳8万元保证金，区域保护承诺难兑现。",
        "财经周刊",
    ),
    _post("如何识别冒充企业高管的投资骗局？起投门槛低、月息高、要求加助理微信的都要警惕。"),
    _post("雾月茶饮回应：公司从未以创始人名义收取任何邮费，相关账号已举报。", "小编"),
    # users asking whether a promotion is real
    _post("这个说雾月创始人送免单卡、付9.9邮费就能领的是真的吗？", kind="comment"),
    _post("有人知道栖蓝内部收益计划起投5万是真的吗？总觉得不靠谱", kind="comment"),
    _post("雾月茶饮城市合伙人招募要先缴3.8万保证金，有人了解吗？"),
    _post("中奖了但要付20元运费才发货，这个雾月福利是不是真的？"),
    # ordinary franchise talk, complaints, reports of a payment made
    _post("想加盟雾月茶饮，听说加盟费要二十多万，有开过店的朋友说说回本周期吗？"),
    _post("雾月城市合伙人模式解读：加盟费3.8万、保证金2万，回本周期约18个月。", "餐饮研究"),
    _post("我是雾月茶饮的加盟商，去年交了5万保证金，现在总部说不退，大家评评理。", "小店主"),
    _post("雾月茶饮加盟要交5万保证金，太坑了，我已经联系律师。"),
    _post("雾月茶饮的代理律师表示，请消费者保留好付款凭证以便维权。", "法治频道"),
    _post("雾月福利活动中奖了还要交邮费才能领取，什么鬼"),
    _post("雾月的会员充值比门店还贵，客服说官方渠道就这个价，吐槽一下。"),
    _post("栖蓝学堂会员充值比官方便宜的都是骗子，别信私聊转账的。", kind="comment"),
    _post("雾月奶茶抽到免单卡了！居然不用付邮费，开心。"),
    # executives and founders named or quoted, without a solicitation or as the subject
    _post("乔嘉禾在栖蓝教育发布会上说公司今年营收增长30%，收益主要来自成人教育。", "财经记者"),
    _post("我是韩叙白的老学员，栖蓝的课程确实不错，年化学习时长超过500小时。", "学员"),
    _post("雾月创始人苏砚秋：感谢大家十年陪伴，今年全国门店每周三会员第二杯半价。", "奶茶资讯"),
    # headlines that report the enterprise's own offer, and reposts that send the reader to
    # its own app, mini-app or domain
    _post("雾月茶饮宣布十周年活动：会员支付1元即可领取定制杯。", "餐饮新闻"),
    _post("雾月茶饮创始人苏砚秋：十周年回馈，会员在雾月点单小程序支付1元即可领取定制杯。", "资讯"),
    _post("【栖蓝教育】暑期特惠：在栖蓝学堂APP内支付9.9元即可领取体验课。", "学姐"),
    _post("【栖蓝教育】奖学金申请：请登录官网 qilan-edu.com 填写学籍信息和手机号。", "学姐"),
]


def test_naming_the_official_app_does_not_excuse_an_off_channel_sale(detect: Detect) -> None:
    data = _post("【栖蓝教育】暑期特惠：栖蓝学堂APP内太贵，找我代充，支付9.9元即可领取体验课。")
    assert set(detect(data)) == {"impersonation"}


@pytest.mark.parametrize("data", GUARDS)
def test_legitimate_speech_stays_clean(detect: Detect, data: dict[str, Any]) -> None:
    assert detect(data) == {}
