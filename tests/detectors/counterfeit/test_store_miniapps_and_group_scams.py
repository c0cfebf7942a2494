"""Store mini-apps named after a brand, recruitment schemes that ask a deposit first, and
investment groups said to be led by a registered executive (`X总亲自带`); with the official
mini-apps, marketplaces, repair shops, news, fans and scam warnings around them left alone.

The brands (云栈 hotels with an official mini-app, 珑铠 locks with none, 澜川 capital, and the
tea and education companies) are the fictional registry of this folder."""

from __future__ import annotations

from typing import Any

import pytest

from clearbright.detectors.counterfeit.solicitation import find_solicitations
from clearbright.text.normalize import normalize
from tests.detectors.counterfeit.conftest import Detect


def _mini_app(text: str, url: str = "wx3a9f0c2e7b1d4e58", **extra: Any) -> dict[str, Any]:
    return {"kind": "mini_app", "platform": "web", "text": text, "url": url, **extra}


def _post(text: str, author: str, author_id: str = "u_2001", **extra: Any) -> dict[str, Any]:
    return {"text": text, "author": {"id": author_id, "name": author}, **extra}


# 1. Mini-apps presenting themselves as the brand's own store or booking service.
STORE_MINI_APPS = [
    # the brand in traditional characters plus a service word (the brand has an official
    # mini-app, 云栈酒店会员, under another appid)
    _mini_app("雲棧訂房特惠 — 全国云栈门店特价房预订，会员价低至59元/晚"),
    _mini_app("雲棧酒店門店預訂 - 连住三晚送早餐", url="tt8c1f5e0a9b3d2c71"),
    _mini_app("霧月點單特惠｜全场第二杯半价", title="霧月點單特惠"),
    # the Latin and the Chinese brand, a product word and a store claim (珑铠 has no
    # official mini-app on any platform)
    _mini_app("LONGKAI珑铠锁 配件商城 - 锁芯、电池、指纹模块 原厂配件 包邮"),
    _mini_app("珑铠原厂配件 - 指纹模块 电池 锁芯 一件包邮", url="tt61d0e9c8b7a65f43"),
    _mini_app("瓏鎧智能鎖旗艦店 | 新品首发"),
    _mini_app("栖蓝课程 官方商城 - 教材 文具 学习机"),
    # the brand's pinyin (no English name registered) beside it
    _mini_app("CENGU岑谷烟机 原厂配件 - 滤网 电机 包邮", url="tt0b4e7d2c9a815f36"),
    # Flash sales and factory outlets are store words too.
    _mini_app("雾月官方特卖｜正品雾月茶包 工厂直发 1元秒杀", url="wx7c2d9e0f1a3b5c68"),
    _mini_app("珑铠工厂店 - 智能锁清仓", url="tt5e4d3c2b1a09f876"),
]


@pytest.mark.parametrize("data", STORE_MINI_APPS)
def test_store_mini_apps_are_counterfeit(detect: Detect, data: dict[str, Any]) -> None:
    # a store that only sells goods is counterfeit, not impersonation
    assert set(detect(data)) == {"counterfeit"}


def test_store_mini_app_names_the_brand(detect: Detect) -> None:
    finding = detect(STORE_MINI_APPS[0])["counterfeit"]
    assert finding.target == "ent-yunzhan"
    names = [e for e in finding.evidence if e.span and e.span.field == "text"]
    assert names and names[0].span is not None and names[0].span.text == "雲棧"


STORE_GUARDS = [
    # the official mini-app, by bare appid and inside a link
    _mini_app("云栈酒店会员 - 订房、积分、早餐券", url="wx7e3b9c1d5a2f8046"),
    _mini_app(
        "云栈酒店会员 - 订房特惠",
        url="https://mp.weixin.qq.com/a/?appid=wx7e3b9c1d5a2f8046&path=index",
    ),
    # a marketplace that lists the brand among many
    _mini_app("酒店比价：云栈、雾月、栖蓝热门房型"),
    _mini_app("智能锁比价 - 珑铠、云栈、雾月热门型号"),
    _mini_app("珑铠、云栈商城 - 全网比价"),
    # repair shops: unofficial by their own word, or offering no store of the brand
    _mini_app("珑铠锁维修（非官方）- 上门开锁 换锁芯"),
    _mini_app("珑铠锁维修 - 同城上门 开锁换芯"),
    # words before the brand are no product word
    _mini_app("抵制珑铠商城 - 维权群"),
    _mini_app("岑谷烟机清洗 - 上门服务", url="wx9c8b7a6f5e4d3c21"),
]


@pytest.mark.parametrize("data", STORE_GUARDS)
def test_store_guards_stay_clean(detect: Detect, data: dict[str, Any]) -> None:
    assert detect(data) == {}


# 2. Recruitment in the brand's name that asks a deposit or fee first.
RECRUITMENT_FEES = [
    _post(
        "雾月新品体验官招募啦💕 无需粉丝量！先交299元押金，试用满21天写笔记后全额退还"
        "+额外返现100，名额有限，滴滴我～",
        author="雾月品牌招募官",
    ),
    _post(
        "栖蓝学堂课程试用官招募中✨ 不限粉丝！报名需先缴199元保证金，打卡30天后退还，"
        "另送会员年卡，dd我报名",
        author="栖蓝招募官-小林",
        kind="comment",
    ),
    _post(
        "云栈酒店试睡员兼职招募，每晚补贴200，入职先交365元服装费，私我",
        author="云栈酒店招聘官",
    ),
    _post(
        "珑铠新品测评官招募～需交500元押金领取样机，测评完押金全退，滴我～",
        author="珑铠品牌招募官",
    ),
    # the claim in the text only: the name with a recruitment drive or trial role after it
    _post("雾月体验官招募：先交199元押金，喝满一个月全额退，名额有限私我", author="小雨"),
    _post("雾月新品试用官🔥 需要先付199元的保证金，喝满一个月全退，返现50，dd我", author="小鹿"),
]


@pytest.mark.parametrize("data", RECRUITMENT_FEES)
def test_recruitment_deposits_are_impersonation(detect: Detect, data: dict[str, Any]) -> None:
    found = detect(data)
    assert set(found) == {"impersonation"}
    asks = {e.details["asks"] for e in found["impersonation"].evidence if e.kind == "solicitation"}
    assert "money" in asks


RECRUITMENT_GUARDS = [
    # the official account's own recruitment, which asks no fee
    {
        **_post(
            "雾月茶饮新品体验官招募！无需任何费用，入选后寄送新品，评论区留言即可报名",
            author="雾月茶饮官方",
            author_id="wuyue_official",
        ),
        "platform": "xiaohongshu",
    },
    # a user passing the real recruitment on
    _post("雾月体验官招募开始了，完全免费，入选还寄新品，去官方小程序报名", author="奶茶控"),
    # warnings and complaints
    _post("有人冒充雾月招体验官收押金，别信", author="茶友"),
    _post("提醒：冒充栖蓝的课程试用官招募要先交199元保证金，都是骗局", author="反诈志愿者"),
    _post("报了个雾月体验官，居然要先交299押金，退坑了", author="路人甲"),
    # a store's own job post that asks no deposit, and journalism about the scheme
    _post("雾月门店兼职招聘，时薪22元，无需先交押金，到店面试", author="雾月加盟店店长"),
    _post("记者调查：假“栖蓝试用官”先收199元保证金后失联", author="都市快报"),
]


@pytest.mark.parametrize("data", RECRUITMENT_GUARDS)
def test_recruitment_guards_stay_clean(detect: Detect, data: dict[str, Any]) -> None:
    assert detect(data) == {}


# 3. An investment group said to be led in person by a registered executive.
EXECUTIVE_GROUPS = [
    _post(
        "贺知远总亲自带的投资群，去年跟着贺总的人都赚了2个亿都不止😂 新一期只收30人，"
        "起投伍万，想上车的扣1我拉你",
        author="澜川资本-小助理",
    ),
    # surname and 总 only: the author name names the enterprise
    _post("贺总亲自带的内部群又开了，起投壹万，月收益8%，私我进群", author="澜川资本-小助理"),
    # a compound surname, the enterprise named in the text
    _post(
        "欧阳总亲自带单，澜川内部份额只剩20个，起投伍万，扣1拉你",
        author="理财小秘",
        kind="comment",
    ),
    _post("殷照野总亲自带的投资群 新一期起投叁万 想进的私我", author="珑铠-殷总助理"),
    # the enterprise before the surname, a threshold in capital numerals
    _post("澜川贺总带单的群又开了，门槛伍万，名额有限，私我进群", author="理财达人"),
]


@pytest.mark.parametrize("data", EXECUTIVE_GROUPS)
def test_executive_investment_groups_are_impersonation(
    detect: Detect, data: dict[str, Any]
) -> None:
    found = detect(data)
    assert set(found) == {"impersonation"}
    asks = {e.details["asks"] for e in found["impersonation"].evidence if e.kind == "solicitation"}
    assert {"lure", "contact"} <= asks


def test_surname_and_zong_is_the_executive(detect: Detect) -> None:
    finding = detect(EXECUTIVE_GROUPS[2])["impersonation"]
    claims = [e for e in finding.evidence if e.kind == "identity_claim"]
    assert any(e.span and e.span.text == "欧阳总" and e.matched == "欧阳青禾" for e in claims)


EXECUTIVE_GUARDS = [
    # news and fans
    _post("贺知远总在澜川资本业绩会上谈投资：明年看好硬科技", author="财经早班车"),
    _post("贺总持股澜川又增加了，跟着贺总的思路学投资，收获很大", author="价投小白"),
    # warnings and questions
    _post("有人冒充贺总拉投资群，起投伍万、扣1拉你，都是骗子，大家别信", author="澜川老股民"),
    _post("贺总亲自带的投资群是真的吗？说起投伍万，扣1拉人", author="新手"),
    # a surname alone names nobody: no enterprise in the item
    _post("贺总亲自带的投资群，起投伍万，扣1我拉你", author="财富小助手"),
    # 总 in a compound (总部) addresses nobody
    _post("澜川资本总部亲自组织投资者开放日，欢迎报名", author="投资者关系"),
]


@pytest.mark.parametrize("data", EXECUTIVE_GUARDS)
def test_executive_guards_stay_clean(detect: Detect, data: dict[str, Any]) -> None:
    assert detect(data) == {}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("先交299元押金，满21天退还", "money"),
        ("需要先付199元的保证金", "money"),
        ("门槛伍万，私我进群", "lure"),
        ("报名需先缴199元保证金", "money"),
        ("入职先交365元服装费", "money"),
        # a private channel counts beside a lure only
        ("起投伍万，想上车的扣1我拉你", "contact"),
        ("名额有限，滴滴我", "contact"),
        ("月收益8%，有兴趣dd我", "contact"),
    ],
)
def test_deposit_first_and_chat_slang_cues(text: str, kind: str) -> None:
    assert kind in {s.kind for s in find_solicitations(normalize(text))}


@pytest.mark.parametrize(
    "text",
    [
        "去年先交了299元押金，到现在没退",  # a payment made
        "本次招募无需先交任何押金",  # negated
        "起投伍万，扣10分都不亏",  # not 扣1
        "想上车的扣1我拉你",  # a private channel without a lure
    ],
)
def test_deposit_and_slang_near_misses(text: str) -> None:
    assert find_solicitations(normalize(text)) == []
