"""A registered executive's or host's "live replay", video or own words (`【X】直播回放：`,
`X亲口通知：`, `【视频】X：`) reposted by an account that is not official, promoting something in
the enterprise's name that the enterprise does not offer:

- a deposit scheme: download a finance app the message supplies and top up a large sum to get
  a device free (`存五千送一台设备，仅限前50名，转账后联系客服`);
- a giveaway that asks fans for a phone number and delivery address in the comments and a small
  shipping fee (`评论区留电话+地址，只需付邮费12元`).

The solicitation cues are general: a payment to be reported to a person afterwards (转账后联系
客服), a deposit into a finance app the reader is told to install, a large deposit that buys a
gift, a phone listed with an address, and a gift that costs a fee with its amount.

Guards: the official accounts' own giveaway, a repost that sends the reader to the official
app, news and interviews quoting the person, warnings about the fake videos, customers
discussing or complaining about a real promotion, and a news tag (`【快讯】X：`).

Brands and people: the fictional registry of this folder, plus one livestream host (陆清晏 of
汀芷护肤) added in a copy of it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from clearbright.detectors.base import prepare
from clearbright.detectors.counterfeit import CounterfeitDetector, ImpersonationDetector
from clearbright.detectors.counterfeit.solicitation import find_solicitations
from clearbright.model import Item
from clearbright.registry import Registry
from clearbright.text.normalize import normalize
from tests.detectors.counterfeit.conftest import REGISTRY, Detect


def _post(
    text: str, author: str = "好物分享", author_id: str = "u_replay_01", **extra: Any
) -> dict[str, Any]:
    return {"text": text, "author": {"id": author_id, "name": author}, **extra}


DEPOSIT_REPLAYS = [
    _post(
        "【韩叙白】直播回放：栖蓝教育回馈学员，下载栖蓝财富APP充值五千送一台学习平板，"
        "仅限前50名，转账后联系客服登记。"
    ),
    _post(
        "【宁微澜直播回放】青霭山景区回馈游客，下载青霭理财app，存五千送一张年卡，仅限前30名，"
        "转账后联系客服。",
        author="旅行日记",
    ),
    _post(
        "韩叙白亲口通知：栖蓝学员福利来了，下载栖蓝金融APP存入一万元即送学习机，名额仅限前20名。",
        author="教育资讯搬运",
    ),
    _post(
        "【覃野舟直播】蜀焰火锅股东福利：注册蜀焰财富平台，充值3000送火锅套餐一年，"
        "打款后截图发给客服。",
        author="吃喝玩乐",
    ),
    _post(
        "「殷照野直播回放」珑铠智能锁老用户专享：存两万送一把旗舰智能锁，名额有限，"
        "汇款成功后请联系专属客服登记。",
        author="数码好物",
        kind="comment",
    ),
    _post(
        "【视频】甘砺寒：冰驿冷链回馈合作伙伴，安装冰驿钱包客户端，入金1万即送冷柜一台，先到先得。",
        author="冷链那些事",
    ),
]

DEPOSIT_REPLAYS += [
    _post(
        "【韩叙白】直播回放：栖蓝教育老学员回馈，投资五万送一台学习机，零风险，VX：qlfl_2026",
        author="学习搬运工",
    ),
    _post(
        "【宁微澜直播回放】青霭山年卡福利：存2万送双人年卡，转完账后联系客服，转账截图发给客服登记。",
        author="出游达人",
    ),
]

FORM_GIVEAWAYS = [
    _post(
        "【苏砚秋亲口通知】雾月茶饮十周年，粉丝在评论区留下手机号和收货地址，免费送联名保温杯，"
        "只需付邮费12元。",
        author="奶茶日常",
    ),
    _post(
        "【覃野舟】视频：蜀焰火锅感恩回馈，在评论区留下电话和收货地址，送牛油锅底礼盒一箱，"
        "只需付邮费9.9元",
        author="吃货小分队",
    ),
    _post(
        "【直播回放】苏砚秋：雾月茶饮回馈老粉，评论区留电话+地址，送全年奶茶卡，仅需付邮费15元。",
        author="茶饮君",
    ),
    _post(
        "【视频】宁微澜亲口说：青霭山景区感恩季，留言联系方式和收件地址，免费送门票礼盒，"
        "邮费10元自理。",
        author="旅行君",
    ),
    _post(
        "【阮青梧】汀芷护肤十周年宠粉，评论区留下手机号码和详细地址，免费送雪绒霜一瓶，"
        "仅收邮费12元。",
        author="美妆好物",
    ),
    _post(
        "【苏砚秋】亲口通知：雾月茶饮周年庆，送联名保温杯一个，只需12元邮费，评论区留姓名电话地址。",
        author="奶茶快报员",
    ),
]


# The impostor vouching for its own account (认准本号，谨防假冒) is sales talk, not a warning.
SELF_VOUCHING = [
    _post(
        "【韩叙白】直播回放：栖蓝教育回馈学员，下载栖蓝财富APP存五千送一台学习平板，"
        "转账后联系客服登记。认准本号，谨防假冒！",
        author="栖蓝福利站",
    ),
    _post(
        "【苏砚秋亲口通知】雾月茶饮周年庆，评论区留下电话和收货地址，免费送保温杯，只需付邮费12元。"
        "本号为唯一指定渠道，其他都是骗子。",
        author="茶饮福利",
    ),
]


@pytest.mark.parametrize("data", [*DEPOSIT_REPLAYS, *FORM_GIVEAWAYS, *SELF_VOUCHING])
def test_replayed_person_promotions_are_impersonation(detect: Detect, data: dict[str, Any]) -> None:
    found = detect(data)
    assert set(found) == {"impersonation"}
    kinds = {e.kind for e in found["impersonation"].evidence}
    assert kinds == {"identity_claim", "solicitation"}


def test_the_replayed_person_is_the_identity(detect: Detect) -> None:
    finding = detect(DEPOSIT_REPLAYS[0])["impersonation"]
    claims = [e for e in finding.evidence if e.kind == "identity_claim"]
    assert any(e.matched == "韩叙白" for e in claims)
    assert finding.target in ("per-hanxubai", "ent-qilan")


def test_pay_then_report_is_the_money_cue(detect: Detect) -> None:
    finding = detect(DEPOSIT_REPLAYS[0])["impersonation"]
    cues = [e.span.text for e in finding.evidence if e.kind == "solicitation" and e.span]
    assert any("转账后联系客服" in cue for cue in cues)


def test_form_giveaway_asks_for_data_and_money(detect: Detect) -> None:
    finding = detect(FORM_GIVEAWAYS[1])["impersonation"]
    asks = {e.details["asks"] for e in finding.evidence if e.kind == "solicitation"}
    assert asks == {"money", "data"}


# The solicitation cues one by one, both ways.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("转账后联系客服登记", "money"),
        ("打款成功后截图发给我", "money"),
        ("汇款完成后请联系专员", "money"),
        ("下载某某财富APP，充值5000", "money"),
        ("注册某某理财平台后存入两万", "money"),
        ("评论区留下电话和收货地址", "data"),
        ("留言联系方式+地址", "data"),
        ("请核验银行卡信息", "data"),
        ("免费送保温杯，邮费12元自理", "money"),
        ("白送一箱，仅收9.9元运费", "money"),
        ("送保温杯一个，只需12元邮费", "money"),
        ("转完账后联系客服登记", "money"),
        ("转账截图发给客服", "money"),
        ("投资五万送一台冰箱，VX：abc_2026", "contact"),
        ("零风险项目，加V详聊", "lure"),
        ("请输入卡号和CVV", "data"),
    ],
)
def test_new_cues(text: str, kind: str) -> None:
    assert kind in {cue.kind for cue in find_solicitations(normalize(text))}


@pytest.mark.parametrize(
    "text",
    [
        "转账后千万别联系陌生客服",  # negated
        "我转账后联系了客服，退款已到账",  # a payment made, told afterwards
        "下载某某财富APP看看行情",  # no deposit
        "会员充100送20，到店办理",  # a small top-up bonus is an ordinary promotion
        "请填写门店地址",  # an address that is not a delivery form
        "短信验证码五分钟内有效",  # 验证码 is no request verb
        "中华人民共和国外国人永久居留身份证",  # 居留 is no request to leave data
        "免费送货上门",  # no fee
        "我把转账截图发给客服了",  # a report of one's own payment
        "转账后联系客服了，还是没到账",
        "不满99元只需6元运费",  # shipping on a purchase, no gift
    ],
)
def test_ordinary_wordings_ask_nothing(text: str) -> None:
    assert not [cue for cue in find_solicitations(normalize(text)) if cue.kind in ("money", "data")]


def test_large_deposit_gift_is_a_lure_only_with_a_private_channel() -> None:
    kinds = {cue.kind for cue in find_solicitations(normalize("存五千送一台设备，加微信详聊"))}
    assert kinds == {"lure", "contact"}
    assert find_solicitations(normalize("存五千送一台设备")) == []


GUARDS = [
    # the official accounts' own promotion and giveaway
    _post(
        "【韩叙白直播回放】栖蓝教育十周年回馈学员，在栖蓝学堂APP内充值五千送一台学习平板，"
        "仅限前50名，转账后联系客服。",
        author="栖蓝学堂官方",
        author_id="qilan_official",
        platform="douyin",
    ),
    _post(
        "雾月茶饮十周年：粉丝在评论区留下手机号和收货地址，抽100位送联名保温杯，包邮，"
        "只需付邮费0元。",
        author="雾月茶饮",
        author_id="wuyue_tea",
    ),
    _post(
        "【覃野舟】蜀焰火锅感恩回馈，在评论区留下电话和收货地址，送锅底礼盒一箱，只需付邮费9.9元",
        author="覃野舟",
        author_id="qinyezhou",
        platform="douyin",
    ),
    # a repost that sends the reader to the official app, with no private channel
    _post(
        "【韩叙白直播回放】栖蓝教育十周年回馈学员，在栖蓝学堂APP内充值五千送一台学习平板，"
        "仅限前50名。"
    ),
    # news and interviews quoting the person
    _post(
        "覃野舟在采访中说：蜀焰火锅今年会给老顾客送锅底礼盒，具体看门店通知。", author="美食记者"
    ),
    _post(
        "【快讯】苏砚秋：雾月茶饮明年将新开300家门店，城市合伙人名额仅限前50名，详情以官网为准。",
        author="餐饮快讯",
    ),
    _post(
        "央视财经报道：一些不法分子剪辑企业家直播画面，谎称“存五千送设备、转账后联系客服”，"
        "已有多人被骗。",
        author="新闻频道",
    ),
    # warnings about the fake videos
    _post(
        "这个号不是韩叙白本人！韩总从来不会让大家下载什么财富APP，更不会要求转账后联系客服。",
        author="栖蓝老学员",
    ),
    _post(
        "大家注意：评论区那些冒充覃野舟送锅底、让留电话地址再付邮费的，全是假的。",
        author="蜀焰老粉",
    ),
    _post(
        "【韩叙白】直播回放：栖蓝财富APP不是栖蓝的，存五千送平板是骗局，转账后联系客服的都是骗子",
        author="学员群",
    ),
    _post(
        "看到有人发【苏砚秋亲口通知】说留电话地址送保温杯、付12元邮费，雾月官方已辟谣。",
        author="奶茶党",
    ),
    # warnings that quote the impostor's self-vouching
    _post(
        "有人冒充韩叙白发直播回放，让下载栖蓝财富APP存五千送平板，转账后联系客服，"
        "还说认准本号谨防假冒，大家千万别信！",
        author="路人",
    ),
    _post(
        "【韩叙白】直播回放：下载栖蓝财富APP存五千送平板，转账后联系客服。"
        "骗子还说“认准本号，谨防假冒”，大家别信！",
        author="路人",
    ),
    _post("请认准雾月官方账号，其他让你留电话地址付邮费的都是骗子。", author="路人"),
    # customers discussing or complaining about a real promotion
    _post(
        "韩叙白在直播里说栖蓝学堂APP新学期充值五千送学习平板，我算了下其实不划算。",
        author="精打细算",
    ),
    _post("我在栖蓝学堂充值五千送的平板一直没发货，客服也不回，太坑了", author="家长"),
    _post("免费送的保温杯还要收邮费12元，雾月这个活动有点抠。", author="奶茶党"),
]


@pytest.mark.parametrize("data", GUARDS)
def test_legitimate_speech_around_replays_stays_clean(detect: Detect, data: dict[str, Any]) -> None:
    assert detect(data) == {}


# A livestream host registered as the enterprise's person: the rule is the registry's, not the
# executives'.
@pytest.fixture(scope="module")
def host_registry(tmp_path_factory: pytest.TempPathFactory) -> Registry:
    folder = tmp_path_factory.mktemp("host_registry")
    entities = yaml.safe_load((REGISTRY / "entities.yaml").read_text(encoding="utf-8"))
    entities["people"].append(
        {
            "id": "per-luqingyan",
            "name": "陆清晏",
            "role": "主播",
            "enterprise": "ent-tingzhi",
            "official_accounts": {"douyin": [{"name": "汀芷陆清晏", "handle": "tingzhi_lqy"}]},
        }
    )
    (folder / "entities.yaml").write_text(
        yaml.safe_dump(entities, allow_unicode=True), encoding="utf-8"
    )
    platforms = (REGISTRY / "platforms.yaml").read_text(encoding="utf-8")
    (folder / "platforms.yaml").write_text(platforms, encoding="utf-8")
    return Registry.load(Path(folder))


def _detect_with(registry: Registry, data: dict[str, Any]) -> set[str]:
    item = Item.model_validate({"id": "h-1", "platform": "douyin", "kind": "post", **data})
    prepared = prepare(item, registry)
    return {
        finding.slug
        for detector in (CounterfeitDetector(registry), ImpersonationDetector(registry))
        for finding in detector.detect(prepared)
    }


@pytest.mark.parametrize(
    "text",
    [
        "【陆清晏直播回放】汀芷护肤宠粉福利，评论区留下电话和收货地址，免费送云萃精华一瓶，"
        "只需付邮费12元。",
        "【陆清晏】汀芷护肤会员专享：下载汀芷财富APP，存五千送美容仪一台，转账后联系客服。",
    ],
)
def test_a_registered_host_is_impersonated_too(host_registry: Registry, text: str) -> None:
    assert _detect_with(host_registry, _post(text)) == {"impersonation"}


def test_the_hosts_own_account_is_official(host_registry: Registry) -> None:
    data = _post(
        "【陆清晏直播回放】汀芷护肤宠粉福利，评论区留下电话和收货地址，抽奖送云萃精华，邮费12元自理。",
        author="汀芷陆清晏",
        author_id="tingzhi_lqy",
    )
    assert _detect_with(host_registry, data) == set()
