"""Two patterns of the counterfeit family, with the legitimate speech around them:

- a comment by an account named as a registered founder (the name, often with its Latin
  spelling glued on) that introduces itself as the founder and sells joining places for money
  sent to a personal account, with an off-channel contact (`➕v`): impersonation;
- a ticketing mini-app of a scenic area (`X景區門票預約`, `X官方售票`) whose appid is not the
  official ticketing mini-app's (`X智慧票务`): counterfeit.

Guards: the founder's own account, fans quoting the founder, news of the scam, complaints;
the official mini-app, travel agencies' and review mini-apps naming the area in passing.
Brands: the fictional registry of this folder (青霭山 scenic area, founder 宁微澜 with the
official weibo account `ningweilan`, official mini-app 青霭山智慧票务; 雾月 tea, founder 苏砚秋).
"""

from __future__ import annotations

from typing import Any

import pytest

from clearbright.detectors.counterfeit.solicitation import find_solicitations
from clearbright.text.normalize import normalize
from tests.detectors.counterfeit.conftest import Detect

OFFICIAL_APPID = "wx3c9a7e5b1d2f6084"


def _comment(text: str, author: str, author_id: str = "u_5521") -> dict[str, Any]:
    return {"kind": "comment", "text": text, "author": {"id": author_id, "name": author}}


def _mini_app(text: str, appid: str) -> dict[str, Any]:
    head = text.split("|")[0].split("｜")[0].strip()
    return {"kind": "mini_app", "text": text, "title": head, "url": appid, "platform": "web"}


# 1. The founder's name (with a Latin spelling) pitching joining places for a private transfer.
FOUNDER_PITCHES = [
    _comment(
        "我是青霭山创始人宁微澜，看到大家都想加盟，现开放最后15个城市合伙人名额，加盟费9折，"
        "直接转我助理个人账户锁定名额，➕v：qa2288",
        author="宁微澜Ningweilan",
    ),
    _comment(
        "大家好，我是宁微澜，青霭山景区的创始人。最近很多朋友问代理，名额只剩10个，"
        "定金打到我私人卡上，加vx详聊",
        author="宁微澜Weilan",
    ),
    _comment(
        "本人雾月茶饮创始人苏砚秋，今年只放最后8个区域代理名额，代理费减半，"
        "款项转到我个人支付宝即可，+wx：wy6677",
        author="苏砚秋Suyanqiu",
    ),
    _comment(
        "我是苏砚秋，雾月的创始人，感谢大家支持！开放最后20个加盟名额，加盟费8折，"
        "➕微信 syq0909 私聊",
        author="苏砚秋Yanqiu",
    ),
    # no self-introduction: the author name (with the name's pinyin in two words) claims it
    _comment(
        "看到大家都想加盟青霭山，现开放最后12个城市合伙人名额，直接转我助理个人账户锁定名额",
        author="宁微澜 Weilan Ning",
    ),
]


@pytest.mark.parametrize("data", FOUNDER_PITCHES)
def test_founder_pitches_for_private_transfers_are_impersonation(
    detect: Detect, data: dict[str, Any]
) -> None:
    found = detect(data)
    assert "impersonation" in found
    assert found["impersonation"].target in {"per-ningweilan", "ent-qingai", "per-suyanqiu"}


FOUNDER_GUARDS = [
    # the founder's own registered account, pointing at the official channel
    _comment(
        "我是青霭山创始人宁微澜，城市合伙人招募请走官网qingaishan.com，不收任何个人转账",
        author="宁微澜",
        author_id="ningweilan",
    ),
    # a fan quoting the founder
    _comment("宁微澜说过：我是青霭山创始人，我们永远不会让你转个人账户。", author="青霭山粉丝小何"),
    # news of the scam
    _comment(
        "据报道，有人冒充青霭山创始人宁微澜，以加盟名义要求转账到个人账户并加微信，警方提醒谨慎。",
        author="贵阳晚报",
    ),
    # a complaint by someone who paid
    _comment(
        "自称苏砚秋的人让我把加盟费转到他个人账户，转了以后就拉黑了，雾月官方说根本不认识他",
        author="受骗的小陈",
    ),
    # a reader asking whether it is real
    _comment("评论区那个说自己是宁微澜的号，让转个人账户加盟，是真的吗？", author="路人丙"),
    # a fan account named after the founder, passing on the official recruitment
    _comment(
        "青霭山开放最后12个城市合伙人名额，官方说不收个人转账，报名走官网",
        author="宁微澜的粉丝",
    ),
    # a real franchise fair notice with no private money
    _comment("雾月茶饮加盟说明会本周六举行，最后20个名额，报名请走官网", author="奶茶探店王"),
]


@pytest.mark.parametrize("data", FOUNDER_GUARDS)
def test_official_accounts_fans_news_and_complaints_stay_clean(
    detect: Detect, data: dict[str, Any]
) -> None:
    assert detect(data) == {}


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("直接转我助理个人账户锁定名额", {"money"}),
        ("定金打到我私人卡上", {"money"}),
        ("开放最后15个城市合伙人名额，➕v：qa2288", {"lure", "contact"}),
        ("加盟费8折，+vx详聊", {"lure", "contact"}),
        ("我们从不让你转个人账户", set()),
        ("上个月转了个人账户两千块", set()),
        ("最后一天了，大家加油", set()),
    ],
)
def test_private_accounts_last_places_and_plus_contacts(text: str, kinds: set[str]) -> None:
    assert {s.kind for s in find_solicitations(normalize(text))} == kinds


# 3. A ticketing mini-app of the scenic area that is not the official one.
TICKETING = [
    _mini_app("青霭山景區門票預約 | 官方售票 免排隊 云上栈道联票", "wx1a2b3c4d5e6f7081"),
    _mini_app("青霭山门票预约 | 官方售票 免排队 索道联票", "wx9f8e7d6c5b4a3021"),
    _mini_app("青霭山售票 | 电子门票 扫码入园", "wx0b1c2d3e4f5a6b7c"),
    _mini_app("青靄山景区票务中心 | 官方购票 提前预约", "wx7d6c5b4a39281706"),
    _mini_app("青霭山购票 | 门票+索道 在线预约", "tt1029384756abcdef"),
]


@pytest.mark.parametrize("data", TICKETING)
def test_unofficial_ticketing_mini_apps_are_counterfeit(
    detect: Detect, data: dict[str, Any]
) -> None:
    found = detect(data)
    assert "counterfeit" in found
    assert found["counterfeit"].target == "ent-qingai"


TICKETING_GUARDS = [
    # the official ticketing mini-app
    _mini_app("青霭山智慧票务 | 官方售票 免排队 索道联票", OFFICIAL_APPID),
    # a travel agency's mini-app naming the area in its description
    _mini_app("山野旅行社 | 青霭山二日游 含门票 含导游", "wx5566778899aabbcc"),
    _mini_app("黔行周边游 | 青霭山门票+酒店套餐 官方售票渠道代订", "wx2233445566778899"),
    # a review and a guide mini-app
    _mini_app("景区点评 | 青霭山等30个景区门票价格对比与评分", "wx0102030405060708"),
    _mini_app("青霭山门票攻略 | 游客自制 怎么买票最划算", "wx1122334455667788"),
    # a critic's mini-app name
    _mini_app("青霭山门票太贵吐槽 | 游客心声", "wx9988776655443322"),
]


@pytest.mark.parametrize("data", TICKETING_GUARDS)
def test_official_agency_and_review_mini_apps_stay_clean(
    detect: Detect, data: dict[str, Any]
) -> None:
    assert detect(data) == {}
