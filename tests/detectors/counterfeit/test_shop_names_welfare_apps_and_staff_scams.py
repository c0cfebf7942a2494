"""Shop-name accounts, member-welfare mini-apps and staff scams, with the speech around them.

Counterfeit:
- an account that is not official and calls itself the brand's main store or official blog
  (`X美妆总店`, `X串串官博`, `X太阳能旗舰店`), often with a category word, an emoji, or its bio
  glued to the name, and that sells the brand's goods (its trademarks, drop-shipping,
  coupons sold cheap);
- a mini-app named after the brand (often in traditional characters) that gives away or
  sells the brand's goods (`X會員福利社：0元領取正裝`), whatever else it asks.

Impersonation (a non-official author speaks as the enterprise or its people and asks for
money or personal data through a private channel):
- SMS-style notices headed `【X】` or posted by an author named like the brand's office
  (`X补贴中心`) that ask for an ID and a bank card number by reply;
- a first-person pitch by a registered founder offering store shares and fixed dividends;
- an "admissions teacher" asking a seat deposit on a private QR code, off the company account;
- an executive's "assistant" taking franchise deposits on their own account.

Guards: fan pages, resellers and reviewers, a franchise store the registry lists, news of the
scams, customers quoting the scam to warn others, staff speaking from the official account,
and employees saying where they work without asking anything.

Brands: the fictional registry of this folder (汀芷 skincare with trademarks 云萃精华 and
雪绒霜, founder 阮青梧; 蜀焰 hot pot, founder 覃野舟, with its 春熙路 store's account listed;
渝炉 hot pot; 启芽 kindergartens; 晴穹 rooftop solar, general manager 聂怀川; 冰驿 cold chain).
"""

from __future__ import annotations

from typing import Any

import pytest

from clearbright.detectors.counterfeit.solicitation import find_solicitations
from clearbright.text.normalize import normalize
from tests.detectors.counterfeit.conftest import Detect


def _account(text: str, handle: str, platform: str = "weibo", **extra: Any) -> dict[str, Any]:
    """An account by its handle in the URL; the text is its name and bio."""
    base = {"weibo": "https://weibo.com/", "douyin": "https://www.douyin.com/user/"}[platform]
    return {"kind": "account", "platform": platform, "url": base + handle, "text": text, **extra}


def _mini_app(text: str, appid: str, **extra: Any) -> dict[str, Any]:
    return {"kind": "mini_app", "platform": "web", "url": appid, "text": text, **extra}


def _post(text: str, author: str, author_id: str, kind: str = "post") -> dict[str, Any]:
    return {"kind": kind, "text": text, "author": {"id": author_id, "name": author}}


# 1. Accounts presenting themselves as the brand's main store or official account.
SHOP_ACCOUNTS = [
    # a category word between the brand and the shop word, with the bio glued on
    _account("汀芷美妆总店💄 云萃精华 雪绒霜 一件代发 招代理", "tz_mz_zd"),
    _account("汀芷面膜官博 | 雪绒霜正品，全国一件代发", "tzmm_gb", title="汀芷面膜官博"),
    _account("汀芷✨官博 | 云萃精华正品低价", "tz_gb_2026", title="汀芷✨官博"),
    # a category word longer than a product word: the bio's sale backs the claim
    _account("晴穹太阳能总店｜光伏板批发 一件代发", "qq_tyn", title="晴穹太阳能总店"),
    _account("蜀焰川味火锅旗舰 蜀焰牛油锅底 全国代发", "sy_cw", platform="douyin"),
    # cheap group-buy coupons under the hot-pot brands
    _account("渝炉老火锅总店 | 双人餐团购券低价出", "yl_lhg", platform="douyin"),
    _account("渝炉串串官博 | 代金券团购券超低价出，私信", "yl_cc", platform="douyin"),
    _account("蜀焰火锅春熙路总店🔥 团购券低价出 蜀焰牛油锅底", "sy_cxl", platform="douyin"),
    # brackets around the category word; official store and weibo words
    _account("汀芷（美妆）总店｜云萃精华 一件代发", "tz_mzk", title="汀芷（美妆）总店"),
    _account("汀芷官方店铺｜云萃精华 现货", "tz_gfdp", title="汀芷官方店铺"),
    _account("汀芷官方微博｜新品上市 云萃精华", "tz_gfwb", title="汀芷官方微博"),
    # the Latin brand glued to the Chinese one, and coupons of any kind
    _account("TINGZHI汀芷美妆总店 云萃精华批发", "tzl"),
    _account("蜀焰串串香总店 | 火锅券特价出", "sy_hgq2", platform="douyin"),
    # the display name as the author name
    _account(
        "云萃精华 雪绒霜 全国包邮",
        "tz_qjd",
        author={"id": "tz_qjd", "name": "汀芷美妆旗舰店✨"},
    ),
]


@pytest.mark.parametrize("data", SHOP_ACCOUNTS)
def test_shop_name_accounts_are_counterfeit(detect: Detect, data: dict[str, Any]) -> None:
    assert set(detect(data)) == {"counterfeit"}


def test_shop_name_evidence_names_the_brand_and_shop_word(detect: Detect) -> None:
    finding = detect(SHOP_ACCOUNTS[0])["counterfeit"]
    assert finding.target == "ent-tingzhi"
    name = finding.evidence[0]
    assert name.span is not None and name.span.text == "汀芷"
    assert name.details["copy_words"] == ["总店"]


SHOP_GUARDS = [
    # fans, resellers who say so, reviewers, food bloggers
    _account("汀芷护肤粉丝团 | 分享云萃精华使用心得", "tz_fans"),
    _account("汀芷粉丝官博｜云萃精华 分享", "tz_fans_gb"),
    _account("小鹿代购 | 汀芷云萃精华代购，非官方，专柜小票可查", "xl_dg"),
    _account("汀芷专柜代购｜云萃精华 现货 一件代发", "tz_zgdg"),
    _account("汀芷代购旗舰｜云萃精华 专柜代购 一件代发", "tz_dgqj"),
    _account("汀芷二手总店｜闲置转让 特价", "tz_es"),
    _account("护肤测评阿七 | 测评汀芷、云萃精华等护肤品，不接广告", "aqi_review"),
    _account("蜀焰火锅吃货总部｜每周探店 团购券分享", "sy_eat", platform="douyin"),
    _account("火锅探店大胃王 | 蜀焰火锅、渝炉火锅吃遍成都", "hotpot_eat", platform="douyin"),
    # the franchise store's own account, listed in the registry
    _account("蜀焰火锅春熙路店🔥 团购券上新 蜀焰牛油锅底", "shuyan_chunxi", platform="douyin"),
    # a shop name with no sale of the brand's goods, a critic, a sentence, a news account
    _account("晴穹太阳能总店｜分享屋顶光伏知识", "qq_share"),
    _account("蜀焰火锅避雷总店｜吃出头发怎么办", "sy_bl"),
    _account("蜀焰火锅总店倒闭了吗？有人知道吗", "sy_q"),
    _account("蜀焰火锅总店 避雷！吃出虫子还不退钱", "sy_bl2"),
    _account("火锅资讯｜蜀焰火锅总店开业，团购券低价出", "hp_news"),
    _account("成都美食总店｜蜀焰、渝炉火锅团购券低价出", "cd_food"),
]


@pytest.mark.parametrize("data", SHOP_GUARDS)
def test_shop_name_guards_stay_clean(detect: Detect, data: dict[str, Any]) -> None:
    assert detect(data) == {}


# 2. Mini-apps named after the brand that give away or sell its goods.
WELFARE_MINI_APPS = [
    _mini_app(
        "汀芷會員福利社｜0元領取雲萃精華正裝，只需支付郵費，填寫身份證號完成實名認證",
        "wx9a1b2c3d4e5f6071",
        title="汀芷會員福利社",
    ),
    _mini_app(
        "汀芷會員福利俱樂部 - 正裝雪絨霜0元領，僅付運費，需填身份證號碼實名", "wx9a1b2c3d4e5f6072"
    ),
    _mini_app(
        "蜀焰火鍋會員俱樂部：0元領取蜀焰牛油鍋底禮盒，支付運費12元即可，填寫身份證號實名登記",
        "wx9a1b2c3d4e5f6074",
        title="蜀焰火鍋會員俱樂部",
    ),
    _mini_app(
        "汀芷正裝免費領｜雲萃精華0元領取，付郵到家，填寫身份證號實名",
        "wx1a1b2c3d4e5f6081",
        title="汀芷正裝免費領",
    ),
    _mini_app(
        "汀芷寵粉福利站：雪絨霜正裝0元送，只需支付郵費10元，填寫身份證號碼",
        "wx1a1b2c3d4e5f6082",
        title="汀芷寵粉福利站",
    ),
    _mini_app(
        "【汀芷】會員福利社：正裝0元領，付郵即可，需填寫身份證號碼完成實名",
        "wx5a1b2c3d4e5f6092",
        title="【汀芷】會員福利社",
    ),
    # the official mini-app's name with an edition word, and the Latin brand
    _mini_app(
        "汀芷會員中心福利版：正裝免費領，付郵費即可，需填寫身份證號碼實名", "wx5a1b2c3d4e5f6093"
    ),
    _mini_app("TINGZHI會員福利社：正裝0元領，付郵即可，填寫身份證號", "wx5a1b2c3d4e5f6094"),
    # a generic name, the brand's programme named in the text
    _mini_app(
        "會員福利俱樂部｜汀芷會員專享：0元領取雲萃精華正裝，僅需支付郵費，填寫身份證號實名認證",
        "wx5a1b2c3d4e5f6091",
        title="會員福利俱樂部",
    ),
]


def test_welfare_mini_app_named_in_its_text_points_at_the_brand(detect: Detect) -> None:
    found = detect(WELFARE_MINI_APPS[-1])
    for slug in ("counterfeit", "impersonation"):
        claim = found[slug].evidence[0]
        assert found[slug].target == "ent-tingzhi"
        assert claim.span is not None and (claim.span.start, claim.span.text) == (8, "汀芷")


@pytest.mark.parametrize("data", WELFARE_MINI_APPS)
def test_welfare_mini_apps_are_counterfeit_and_impersonation(
    detect: Detect, data: dict[str, Any]
) -> None:
    assert set(detect(data)) == {"counterfeit", "impersonation"}


@pytest.mark.parametrize(
    "data",
    [
        _mini_app("汀芷會員福利社｜雲萃精華正裝特價9.9元 限時搶購", "wx9a1b2c3d4e5f6075"),
        _mini_app("汀芷小样派送｜云萃精华小样免费领 包邮", "wx1a1b2c3d4e5f6085"),
    ],
)
def test_brand_mini_apps_selling_goods_are_counterfeit(
    detect: Detect, data: dict[str, Any]
) -> None:
    assert set(detect(data)) == {"counterfeit"}


@pytest.mark.parametrize(
    "data",
    [
        # the official mini-app
        _mini_app("汀芷会员中心｜积分兑换 正装试用 填写收货地址", "wx4b8d2f6a0c1e3957"),
        # apps about the brand: second-hand, comparison, reviews
        _mini_app("汀芷二手闲置｜云萃精华9成新 特价转让", "wx1a1b2c3d4e5f6086"),
        _mini_app("护肤比价助手｜汀芷、云萃精华全网比价", "wx1a1b2c3d4e5f6087"),
        _mini_app("汀芷测评社｜云萃精华真实测评，不卖货", "wx1a1b2c3d4e5f6088"),
        # news and marketplaces naming the brand in their text
        _mini_app("美妆资讯｜汀芷官方：云萃精华8折", "wx5a1b2c3d4e5f6095"),
        _mini_app("美妆资讯｜汀芷会员日特惠活动解读，云萃精华8折", "wx5a1b2c3d4e5f6096"),
        _mini_app("护肤比价助手｜汀芷商城特价9.9元", "wx5a1b2c3d4e5f6097"),
        {
            "kind": "app",
            "platform": "web",
            "url": "com.gouwu.helper",
            "text": "购物助手｜汀芷、渝炉、蜀焰特价 一件代发",
        },
    ],
)
def test_mini_apps_about_the_brand_stay_clean(detect: Detect, data: dict[str, Any]) -> None:
    assert detect(data) == {}


# 3a. SMS-style notices asking for an ID and a bank card number by reply.
SMS_NOTICES = [
    _post(
        "【冰驿冷链】尊敬的客户，您有一笔运费补贴待领取，请于24小时内回复身份证号+银行卡号"
        "完成核验，逾期作废。",
        "冰驿补贴中心",
        "by_bt01",
    ),
    _post(
        "【晴穹光伏】恭喜您获得2026年屋顶发电补贴3800元，请在3天内回复身份证号和银行卡号"
        "以便核实发放。",
        "晴穹光伏补贴办",
        "qq_bt03",
        kind="comment",
    ),
    _post("【冰驿冷链】您有一笔退款待领取，回复身份证号+银行卡号验证，限今日。", "小王", "by_4"),
    # no heading: the author's name is the brand's office
    _post(
        "尊敬的客户，您有一笔冷链运费补贴待领取，请在48小时内回复身份证号+银行卡号核验。",
        "冰驿补贴中心",
        "by_x1",
    ),
    _post(
        "您购买的精华因质量问题可获双倍退款，请今日内私信发送身份证号码和银行卡号完成核验。",
        "汀芷退款中心",
        "tz_x2",
        kind="comment",
    ),
    _post(
        "恭喜您抽中蜀焰年度霸王餐补贴，请将身份证号和银行卡号回复至本号，限时3天。",
        "蜀焰火锅会员中心",
        "sy_x4",
    ),
    _post(
        "您的货损赔付已审核通过，回复身份证号＋银行卡号即可打款，24小时内有效。",
        "冰驿理赔专员",
        "by_x6",
    ),
]

# 3b. A registered founder's first-person share offer.
FOUNDER_SHARES = [
    _post(
        "我是覃野舟，感谢大家一直支持蜀焰！现开放门店股权给粉丝，每月固定分红，保本保息，"
        "名额有限，点我主页链接报名。",
        "野舟说火锅",
        "qyz_fans88",
    ),
    _post(
        "大家好，我是覃野舟。蜀焰新店众筹，入股5万每月分红3000，保本保息，仅限20位，点击主页链接。",
        "覃总",
        "qyz_2",
    ),
    _post(
        "我是蜀焰创始人覃野舟，门店股份开放认购，月月固定分红，稳赚不赔，名额有限，"
        "速点我主页链接。",
        "火锅人生",
        "qyz_3",
        kind="comment",
    ),
    _post(
        "我是阮青梧，汀芷新工厂开放股份给老粉，每月固定分红，保本保息，名额不多，戳我主页链接。",
        "青梧姐姐",
        "rqw_x",
    ),
    _post(
        "本人覃野舟，蜀焰新开十家店，开放股份给铁粉，入股3万每月固定分红2000，主页链接报名。",
        "蜀焰覃总",
        "u_i2",
    ),
]

# 3c. An admissions teacher taking a seat deposit privately.
ADMISSIONS = [
    _post(
        "我是启芽幼儿园招生办的林老师，秋季学位紧张，需先交2000元占位费，扫我的私人收款码"
        "就行，别走公户，走公户要排队。",
        "林老师",
        "qy_zs1",
        kind="comment",
    ),
    _post(
        "家长您好，我是启芽招生办周老师，学位仅剩3个，占位定金1500元直接扫我个人收款码，"
        "不用走公户。",
        "启芽招生-周老师",
        "qy_zs2",
    ),
    _post(
        "我是启芽幼教招生老师，想报名的家长先交3000元学位押金，微信扫我的二维码转我就行，"
        "别转公司账户。",
        "陈老师",
        "qy_zs3",
        kind="comment",
    ),
    _post(
        "您好，我是启芽幼儿园招生老师王老师，名额只剩2个，占位费1000元直接转给我就可以，"
        "不用走公户那么麻烦。",
        "王老师",
        "u_i3",
        kind="comment",
    ),
    _post(
        "我是晴穹光伏的客户经理，补贴名额有限，先交2000元定金锁定，扫我私人收款码。",
        "周顾问",
        "u_i4",
        kind="comment",
    ),
]

# 3d. An executive's assistant taking franchise deposits.
ASSISTANTS = [
    _post(
        "我是聂总的助理，晴穹光伏现在招募城市合伙人，名额有限，保证金2万直接转给我就行，"
        "加我微信qq_tang2026。",
        "小唐",
        "nz_zl1",
        kind="comment",
    ),
    _post(
        "我是聂总助理，晴穹光伏区域代理开放，定金转我这边，我帮你锁名额，微信：tangzl88",
        "唐助理",
        "nz_zl2",
    ),
    _post(
        "我是晴穹聂总的助理，城市合伙人招募中，首付5万加盟金打给我，我私人微信 amy_solar。",
        "Amy",
        "nz_zl3",
        kind="comment",
    ),
    _post(
        "晴穹光伏城市合伙人最后3个名额，保证金3万直接转我，微信tang_qq2026详聊。",
        "聂总助理小唐",
        "u_i1",
        kind="comment",
    ),
]


# Other ways of saying who one is: the name then 本人在此, 我这边是, 我们是, a notice heading.
OTHER_INTRODUCTIONS = [
    _post(
        "大家好，覃野舟本人在此，蜀焰门店股权开放给铁粉，每月固定分红，保本保息，点我主页链接报名。",
        "蜀焰老覃",
        "y1",
    ),
    _post(
        "我这边是启芽幼儿园招生办的，学位只剩最后2个，占位费800元发红包给我就行，不走公户。",
        "启芽周老师",
        "y2",
        kind="comment",
    ),
    _post(
        "我们是启芽幼教招生处，报名需先交1500元学位金，请直接转到我卡上，不用走对公。",
        "招生顾问",
        "y3",
        kind="comment",
    ),
    _post(
        "我是覃野舟的助理，蜀焰城市合伙人计划启动，加盟金5万打到我个人账户，名额有限。",
        "小秘书",
        "y4",
    ),
    _post(
        "晴穹光伏屋顶补贴发放通知：请于3日内回复户主身份证号和银行卡号，逾期视为放弃。",
        "晴穹光伏服务中心",
        "y5",
    ),
]


@pytest.mark.parametrize(
    "data", [*SMS_NOTICES, *FOUNDER_SHARES, *ADMISSIONS, *ASSISTANTS, *OTHER_INTRODUCTIONS]
)
def test_speaking_as_the_enterprise_for_money_or_data_is_impersonation(
    detect: Detect, data: dict[str, Any]
) -> None:
    assert set(detect(data)) == {"impersonation"}


def test_admissions_scam_names_the_school_and_the_private_payment(detect: Detect) -> None:
    finding = detect(ADMISSIONS[0])["impersonation"]
    assert finding.target == "ent-qiya"
    claims = [e.description for e in finding.evidence if e.kind == "identity_claim"]
    assert any("招生办" in c for c in claims)
    asks = {e.span.text for e in finding.evidence if e.kind == "solicitation" and e.span}
    assert {"扫我的私人收款码", "别走公户"} <= asks


def test_assistant_scam_names_the_executive(detect: Detect) -> None:
    finding = detect(ASSISTANTS[2])["impersonation"]
    claims = [e for e in finding.evidence if e.kind == "identity_claim"]
    assert any("assistant" in e.description and e.matched == "聂怀川" for e in claims)


IMPERSONATION_GUARDS = [
    # customers quoting the scam to warn others, or asking whether it is real
    _post(
        "警惕！收到这种短信：【冰驿冷链】您有一笔运费补贴待领取，请回复身份证号+银行卡号核验。"
        "这是诈骗，冰驿不会这样要信息。",
        "小王",
        "u_fw1",
    ),
    _post(
        "收到这种短信：【冰驿冷链】您有一笔运费补贴待领取，请回复身份证号+银行卡号核验。",
        "阿花",
        "u_h1",
    ),
    _post(
        "刚收到一条：【汀芷护肤】您的退款待确认，回复身份证号和银行卡号验证，限今日。大家小心",
        "阿花",
        "u_h2",
    ),
    _post(
        "家人们看看这条是不是真的？【汀芷护肤】您的退款待确认，回复身份证号和银行卡号验证。",
        "阿草",
        "u_g2",
    ),
    _post(
        "启芽招生办的老师说学位要先交2000元占位费，还让扫私人收款码，说别走公户，这正常吗？",
        "宝妈",
        "u_g4",
    ),
    _post(
        "警惕！有人自称启芽招生办老师，让交占位费扫私人收款码，说别走公户，大家千万别上当。",
        "宝妈日记",
        "u_12",
    ),
    _post(
        "有人冒充覃野舟说'我是覃野舟，开放门店股权每月分红保本保息'，大家别信，是骗局！",
        "火锅爱好者",
        "u_88",
    ),
    _post(
        "有人说是聂总的助理，让我把加盟定金转给他，还给了个私人微信，大家警惕，晴穹官方说"
        "没有这回事。",
        "光伏老韩",
        "u_14",
    ),
    _post(
        "我之前交了5万加盟金给晴穹聂总的助理，现在人联系不上了，有一样遭遇的吗",
        "光伏小白",
        "u_g9",
        kind="comment",
    ),
    _post("覃野舟本人从未说过开放股权保本保息，点主页链接的都是假号，大家小心。", "路人", "y6"),
    _post("启芽招生办通知：学费统一走对公账户，不收任何私人转账，请家长知悉。", "家长群", "y7"),
    _post("我们是启芽幼儿园的家长，想问问学位占位费到底要不要交？", "家长", "y8"),
    # news reports of the scams
    _post(
        "记者调查发现，有人冒充冰驿冷链发送补贴短信，要求回复身份证号和银行卡号，警方提醒"
        "谨防诈骗。",
        "晚报",
        "news_1",
    ),
    _post(
        "警方通报：一男子冒用晴穹光伏名义，以城市合伙人为幌子，让受害人把保证金转给他个人"
        "微信，已被刑拘。",
        "城市晚报",
        "u_g3",
    ),
    _post(
        "蜀焰创始人覃野舟回应：从未通过个人账号向粉丝出售门店股权，保本保息的都是诈骗。",
        "财经小编",
        "u_89",
    ),
    # staff and founders on the registry's official accounts
    _post(
        "【冰驿冷链】运费补贴活动已开启，请登录冰驿冷链官网查看，我们不会索要银行卡号。",
        "冰驿冷链",
        "bingyi_coldchain",
    ),
    _post(
        "我是启芽招生办周老师，秋季学位预定需缴纳1000元定金，请通过园所公户转账，备注孩子姓名。",
        "启芽幼儿园",
        "qiya_kids",
    ),
    _post("我是覃野舟，蜀焰今年计划开放加盟，详情请看官网。", "覃野舟", "qinyezhou"),
    # employees saying where they work, asking for nothing
    _post("我是启芽幼儿园的林老师，今天带孩子们种了向日葵，好开心。", "林老师", "u_13"),
    _post(
        "我是启芽幼儿园的老师，我们园从来不收占位费，所有费用只走公户，大家别被骗。",
        "小张",
        "u_g6",
        kind="comment",
    ),
    _post("我是晴穹光伏的销售，屋顶光伏安装可以到官网预约免费勘测。", "晴穹光伏员工", "u_g7"),
    _post("我在晴穹光伏上班三年了，聂总人很好，今年公司业务不错。", "小唐", "u_15"),
    # a victims' group and a happy customer
    _post("被冰驿冷链坑了的朋友，大家一起投诉，集体维权。", "冰驿退款维权群", "u_x9"),
    _post("【冰驿冷链】这家的补贴政策真不错，司机每月能多拿500元，好评。", "冷链老司机", "u_x10"),
]


@pytest.mark.parametrize("data", IMPERSONATION_GUARDS)
def test_warnings_news_and_staff_stay_clean(detect: Detect, data: dict[str, Any]) -> None:
    assert detect(data) == {}


def _kinds(text: str) -> set[str]:
    return {s.kind for s in find_solicitations(normalize(text))}


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("请于24小时内回复身份证号+银行卡号完成核验", {"data"}),
        ("需填身份证号码实名", {"data"}),
        ("需先交2000元占位费", {"money"}),
        ("扫我的私人收款码就行", {"money"}),
        ("报名费直接交给我，别走公户", {"money"}),
        ("保证金2万直接转给我就行", {"money"}),
        ("定金转我这边，我帮你锁名额", {"money"}),
        ("正装0元领，付邮到家", {"money"}),
        ("占位费800元发红包给我就行", {"money"}),
        ("直接扫码就行，不走公户", {"money"}),
        ("开放门店股权给粉丝，每月固定分红，点我主页链接", {"lure", "contact"}),
    ],
)
def test_private_payment_and_reply_cues(text: str, kinds: set[str]) -> None:
    assert _kinds(text) == kinds


@pytest.mark.parametrize(
    "text",
    [
        "有事打给我",  # a phone call, no sum
        "学费只收对公账户，请勿私下转账",
        "回复：身份证办理请到政务大厅",  # a reply, no request for the number
        "股权结构调整后公司更稳健",  # shares named, nothing offered
        "主页有更多探店视频",
        "填充物是棉花",
        "我们公司从不走公户以外的渠道收款",
    ],
)
def test_private_payment_near_misses(text: str) -> None:
    assert find_solicitations(normalize(text)) == []
