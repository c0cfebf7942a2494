"""Device "partner" schemes and pre-listing share offers in a registered brand's and its
executive's name, booking mini-apps of a service business that take a deposit, and factory
outlet accounts selling a brand's goods; with reports, complaints, warnings, price
comparisons and the official channels around them left alone.

Brands: the fictional registry of this folder (栖蓝 education, 雾月 tea, 澜川 capital, 珑铠
locks, 云栈 hotels, 皓岚 dental clinics with the official mini-app 皓岚口腔预约, 檀朵 pet food).
"""

from __future__ import annotations

from typing import Any

import pytest

from clearbright.detectors.counterfeit.solicitation import find_solicitations
from clearbright.text.normalize import normalize
from tests.detectors.counterfeit.conftest import Detect


def _post(text: str, author: str, kind: str = "post", **extra: Any) -> dict[str, Any]:
    return {"kind": kind, "text": text, "author": {"id": "u_3101", "name": author}, **extra}


def _listing(kind: str, text: str, url: str | None = None, **extra: Any) -> dict[str, Any]:
    head = text.split("|")[0].split("｜")[0].split(" — ")[0].strip()
    data: dict[str, Any] = {"kind": kind, "text": text, "title": head, **extra}
    if url:
        data["url"] = url
    if kind == "mini_app":
        data["platform"] = "web"
    return data


# 1. A device "partner" scheme: a stake in machines, income for nothing, the executive's
# guarantee and a buy-back, by an account named after the brand's recruitment drive.
PARTNER_SCHEMES = [
    _post(
        "【韩叙白亲自邀请】栖蓝城市合伙人计划，认购1台学习机只要1980元，每天躺赚30+，"
        "韩总本人签字担保，满三个月原价回购！名额不多扫码进群",
        author="栖蓝合伙人招募中心",
    ),
    _post(
        "雾月茶饮城市合伙人火热招募：认购2台自助奶茶机，日赚200+，苏总亲自签字担保，"
        "一年内原价回购，加我微信详聊",
        author="雾月城市合伙人招募",
    ),
    _post(
        "珑铠共享智能锁项目开放认购，殷总本人担保，认购1份设备4980元，躺着收钱，"
        "到期保证回购，扣1我拉你进群",
        author="珑铠合伙人招募中心",
        kind="comment",
    ),
    _post(
        "贺知远董事长亲自邀请您加入澜川合伙人计划，每天躺赚500，签字担保原价回购，"
        "名额紧张，私信我拉你进群",
        author="澜川资本城市合伙人",
    ),
]
# 2. A pre-listing share offer "for staff", approved by the executive, with a deposit.
SHARE_OFFERS = [
    _post(
        "栖蓝C轮内部员工认购通道 韩总亲批，原始股1元/股，明年上市至少翻十倍，名额有限，"
        "先转5万意向金锁定，转账后发认购协议",
        author="栖蓝内部认购群管理员",
    ),
    _post(
        "雾月茶饮D轮员工认购通道开放，苏总亲批，原始股2元一股，上市后翻二十倍，名额有限，"
        "先交3万意向金锁定份额，转账后签认购协议",
        author="雾月股权认购群主",
    ),
    _post(
        "澜川资本上市前内部员工认购，贺总亲签额度，明年上市至少翻五倍，"
        "先转10万诚意金锁定名额，加我vx详聊",
        author="澜川资本-认购助理",
        kind="comment",
    ),
    _post(
        "雾月茶饮Pre-IPO员工持股名额开放，苏总亲批，先交2万诚意金锁定",
        author="雾月股权办",
    ),
    _post(
        "澜川资本上市前内部价认购，贺总亲自担保，无条件回购，扫码进群",
        author="澜川认购群主",
    ),
]


@pytest.mark.parametrize("data", PARTNER_SCHEMES + SHARE_OFFERS)
def test_partner_schemes_and_share_offers_are_impersonation(
    detect: Detect, data: dict[str, Any]
) -> None:
    assert set(detect(data)) == {"impersonation"}


def test_share_offer_names_the_brand_and_the_deposit(detect: Detect) -> None:
    finding = detect(SHARE_OFFERS[0])["impersonation"]
    assert finding.target == "ent-qilan"
    asks = {e.details.get("asks") for e in finding.evidence if e.kind == "solicitation"}
    assert "money" in asks


PARTNER_GUARDS = [
    # a report of the scheme
    _post(
        "据报道，有人冒充栖蓝创始人韩叙白推销城市合伙人计划，称认购设备每天躺赚、"
        "原价回购，警方提醒谨防诈骗。",
        author="城市晚报",
    ),
    # a victim's complaint: the payment was made, nobody is asked
    _post(
        "雾月那个城市合伙人计划我交了5万，说好苏总签字担保原价回购，现在人都找不到了，太坑了",
        author="奶茶爱好者小周",
    ),
    # people discussing the phenomenon
    _post(
        "最近很多打着澜川旗号的躺赚项目，说贺总签字担保、原价回购，扫码进群的都是骗局，别信。",
        author="理财避坑指南",
    ),
    # a question whether it is real
    _post(
        "栖蓝内部员工认购通道是真的吗？朋友说韩总亲批，原始股上市翻十倍，让我扫码进群",
        author="路人乙",
    ),
    # the company's own buy-back news, reported
    _post("雾月茶饮宣布启动股份回购计划，苏砚秋表示看好公司长期发展。", author="财经快讯"),
    # an ordinary review
    _post("栖蓝的学习机用了三个月，每天打卡，孩子成绩确实有提高。", author="宝妈日记"),
]


@pytest.mark.parametrize("data", PARTNER_GUARDS)
def test_reports_complaints_and_questions_stay_clean(detect: Detect, data: dict[str, Any]) -> None:
    assert detect(data) == {}


# 3. A lookalike booking mini-app of a service business, in traditional characters or with
# a booking word, on another appid, with cheap bait and a deposit first.
BOOKING_MINI_APPS = [
    _listing(
        "mini_app",
        "皓嵐口腔預約中心 — 種植牙9.9元體驗 先付定金200元鎖定名額",
        url="wx9c0d1e2f3a4b5c6d",
    ),
    _listing(
        "mini_app",
        "皓岚口腔在线预约 | 洗牙1元 到店前需先交300元押金锁定档期",
        url="wx0a1b2c3d4e5f6a7b",
    ),
    _listing(
        "mini_app",
        "皓嵐預約中心 | 矯正0元面診 先付訂金500元預留專家號",
        url="tt1f2e3d4c5b6a7980",
    ),
    _listing(
        "mini_app",
        "雲棧酒店預約中心 | 特價房29元 先付定金100元鎖房",
        url="wx5a6b7c8d9e0f1a2b",
    ),
    # a product word beside the brand, with the booking claim
    _listing("mini_app", "皓岚齿科预约中心 | 0元检查 先交99元押金", url="wx1234567890abcdef"),
]


@pytest.mark.parametrize("data", BOOKING_MINI_APPS)
def test_booking_mini_apps_with_deposits(detect: Detect, data: dict[str, Any]) -> None:
    assert set(detect(data)) == {"counterfeit", "impersonation"}


BOOKING_GUARDS = [
    # the official booking mini-app itself, deposit and all
    _listing(
        "mini_app", "皓岚口腔预约 | 种植牙预约 先付定金200元锁定名额", url="wx2f8e6a4c1d9b3075"
    ),
    # a review mini-app that rates many clinics
    _listing("mini_app", "口腔诊所点评 | 皓岚口腔等20家诊所评分对比", url="wx6b7c8d9e0f1a2b3c"),
    # a critic's mini-app name
    _listing("mini_app", "抵制皓岚预约中心", url="wx1234567890abcde0"),
    # a news page about fake booking mini-apps
    _post(
        "提醒：有仿冒皓岚口腔预约中心的小程序，先付定金锁定名额都是骗局，请认准官方小程序。",
        author="苏州发布",
    ),
]


@pytest.mark.parametrize("data", BOOKING_GUARDS)
def test_official_booking_and_reviews_stay_clean(detect: Detect, data: dict[str, Any]) -> None:
    assert detect(data) == {}


# 4. A seller account named after the brand plus a factory outlet or insider channel.
OUTLET_ACCOUNTS = [
    _listing("account", "檀朵宠粮工厂直营店 | 工厂价直发，比官方便宜一半，私信下单，包邮"),
    _listing("account", "檀朵猫粮厂家直销店｜源头好货 比旗舰店便宜40% 一件包邮"),
    _listing("account", "檀朵内部渠道店 | 员工价清仓 正品保证"),
    _listing("account", "雾月茶饮源头工厂店 | 奶茶粉 工厂价直发 比官方便宜"),
    _listing("account", "珑铠锁工厂直营店 | 指纹锁 出厂价 私信下单"),
    _listing("account", "珑铠锁工厂折扣店 | 指纹锁尾货 比官方便宜"),
    _listing("account", "雾月员工内购 | 奶茶粉 内部价"),
]


@pytest.mark.parametrize("data", OUTLET_ACCOUNTS)
def test_factory_outlet_accounts_are_counterfeit(detect: Detect, data: dict[str, Any]) -> None:
    # selling goods under the brand's name is counterfeit; nothing here asks for a deposit
    assert set(detect(data)) == {"counterfeit"}


def test_outlet_account_names_the_brand(detect: Detect) -> None:
    finding = detect(OUTLET_ACCOUNTS[0])["counterfeit"]
    assert finding.target == "ent-tanduo"
    copy = [w for e in finding.evidence for w in e.details.get("copy_words", [])]
    assert "工厂" in copy and "直营店" in copy


OUTLET_GUARDS = [
    # a consumer comparing prices
    _listing("account", "宠物用品测评君 | 檀朵和别家猫粮价格对比，官方旗舰店比工厂店贵吗？"),
    _post("檀朵猫粮官方旗舰店比超市贵了20块，有没有便宜点的正规渠道？", author="猫奴阿青"),
    # a warning about such shops
    _post(
        "提醒一下，网上那些檀朵宠粮工厂直营店都不是官方的，比官方便宜一半的多半是假货。",
        author="宠物医生老何",
    ),
    # an account that hunts fakes, and one about the factory's workers
    _listing("account", "打假檀朵工厂店 | 专门曝光冒牌店铺"),
    _listing("account", "檀朵代工厂工人维权 | 记录欠薪经过"),
    _listing("account", "檀朵黑心工厂 | 吃出问题的猫主人互助"),
    _listing("mini_app", "珑铠假货商城 | 收集假冒珑铠锁的购买链接", url="wx7d8e9f0a1b2c3d4e"),
    # a fan page that says it is not the brand
    _listing("account", "檀朵工厂探访（粉丝自发）| 非官方，不卖货"),
]


@pytest.mark.parametrize("data", OUTLET_GUARDS)
def test_price_comparisons_warnings_and_fans_stay_clean(
    detect: Detect, data: dict[str, Any]
) -> None:
    assert detect(data) == {}


def test_bu_in_a_quota_word_negates_nothing() -> None:
    # 名额不多 says the places are few; it does not negate the scan that follows
    kinds = {c.kind for c in find_solicitations(normalize("原价回购！名额不多扫码进群"))}
    assert kinds == {"lure", "contact"}
    assert not find_solicitations(normalize("原价回购的说法不可信，不要扫码进群"))


# The same outlet posting its offer: a post or comment counts as a store's sale only.
OUTLET_POSTS = [
    _post("檀朵猫粮工厂价直发，比官方便宜一半，私信下单，包邮", author="檀朵宠粮工厂直营店"),
    _post("需要的宝子私信，现货秒发，三袋包邮", author="檀朵官方旗舰店", kind="comment"),
    _post("雾月奶茶粉出厂价清仓，一件代发", author="雾月茶饮源头工厂店"),
]


@pytest.mark.parametrize("data", OUTLET_POSTS)
def test_outlet_posts_selling_are_counterfeit(detect: Detect, data: dict[str, Any]) -> None:
    assert set(detect(data)) == {"counterfeit"}


OUTLET_POST_GUARDS = [
    # the official store's own post (its registered handle)
    {
        "kind": "post",
        "platform": "weibo",
        "text": "双十一现货秒发，三袋包邮",
        "author": {"id": "tanduo_flagship", "name": "檀朵官方旗舰店"},
    },
    # the outlet's account posting no sale
    _post("今天猫咪吃得很开心", author="檀朵宠粮工厂直营店"),
    # a shop of another name selling the brand's goods, a fan, a customer service name
    _post("我们店今天清仓，檀朵猫粮5折", author="街角宠物店"),
    _post("檀朵猫粮包邮到了，猫很爱吃", author="檀朵猫粮爱好者"),
    _post("您的包裹已发货，请注意查收", author="云栈客服中心"),
]


@pytest.mark.parametrize("data", OUTLET_POST_GUARDS)
def test_other_posts_by_or_about_stores_stay_clean(detect: Detect, data: dict[str, Any]) -> None:
    assert detect(data) == {}


def test_an_outlet_post_asking_a_deposit_is_impersonation_only(detect: Detect) -> None:
    data = _post("檀朵猫粮工厂价直发，先付100元定金锁定名额，包邮", author="檀朵宠粮工厂直营店")
    assert set(detect(data)) == {"impersonation"}
