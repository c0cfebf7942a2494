"""Accounts whose display name is exactly a registered executive's name, on a handle that is not
one of the registry's official accounts, with a bio that claims the executive's title or
enterprise (`X｜Y集团董事长`) and solicits investment or franchise money with guaranteed returns
(`零门槛代理，月返15%，加V详聊`).

The claim is the display name with the item's tie to the person: the person's enterprise named
in the bio, or a title the registry records for the person. A name alone is no claim: people
share names, so an account that only bears the name (`X｜宝妈一枚`, `X｜瑜伽老师`), or gives it a
title the registry does not record with another company (`X｜某某文具董事长`), is a namesake's.

Guards: the person's and the enterprise's official accounts advertising their own franchise,
a fan club that shares news, namesakes, an account sharing only the given name, a news post
quoting the executive, and a warning about the fake account.
"""

from __future__ import annotations

from typing import Any

import pytest

from clearbright.detectors.counterfeit.solicitation import find_solicitations
from clearbright.text.normalize import normalize
from tests.detectors.counterfeit.conftest import Detect


def _account(name: str, bio: str, handle: str, platform: str = "weibo") -> dict[str, Any]:
    return {
        "kind": "account",
        "platform": platform,
        "title": name,
        "text": f"{name}｜{bio}",
        "url": f"https://{platform}.example/{handle}",
        "author": {"id": handle, "name": name},
    }


IMPOSTORS = [
    _account("贺知远", "澜川资本董事长 零门槛代理，月返15%，加V详聊", "hezhiyuan_88"),
    _account(
        "殷照野", "珑铠集团董事长 招募城市代理，保底月返12%，私信详聊", "yinzhaoye01", "douyin"
    ),
    _account("江暮云", "檀朵宠物董事长。零门槛加盟，月返10%，加微信详聊", "jmy_2026"),
    _account("甘砺寒", "冰驿冷链董事长 冷链项目零门槛入股，保底月返8%，私信咨询", "ganlihan_vip"),
    _account("聂怀川", "晴穹光伏总经理。屋顶光伏合伙人，保证年化18%，加微信详聊", "niehuaichuan"),
    # a registered person with an official account elsewhere: this handle is not it
    _account(
        "韩叙白",
        "栖蓝教育集团董事长 城市合伙人零门槛加入，投资5万月返15%，联系助理",
        "hanxubai_dy",
        "douyin",
    ),
    _account("覃野舟", "蜀焰餐饮创始人  加盟费全免，保底年化30%，私信咨询", "qinyezhou_01"),
    # the registered title without the enterprise
    _account("殷照野", "董事长 招商代理零门槛，月返12%，加V详聊", "yzy_666"),
    # other wordings of a promised return and a private channel
    _account("戴沐阳", "渝炉火锅董事长 项目合作请联系助理微信 dmy_zl88，投资回报每月15%", "dmy_zl"),
    _account("苏砚秋", "雾月茶饮创始人 加盟保底12%，零风险，加V详聊", "syq_jm", "douyin"),
    _account("宁微澜", "青霭山景区创始人 景区门票分销代理，月化8%，VX：nwl_2026", "nwl_fx"),
    # traditional characters
    _account("韓敘白", "棲藍教育董事長 零門檻代理，月返15%，加V詳聊", "hxb_tw"),
    # the person's "private line" selling from inside the company, enterprise left unsaid
    _account("贺知远", "本人私人号，公司内部员工价认购名额有限，先交定金锁位，加V详聊", "hzy_sir"),
    _account("苏砚秋", "本尊小号 集团内部福利价加盟，保底12%，私信详聊", "syq_xh", "douyin"),
]


@pytest.mark.parametrize("data", IMPOSTORS)
def test_executive_name_accounts_soliciting_are_impersonation(
    detect: Detect, data: dict[str, Any]
) -> None:
    found = detect(data)
    assert "impersonation" in found
    finding = found["impersonation"]
    asks = {e.details["asks"] for e in finding.evidence if e.kind == "solicitation"}
    assert "lure" in asks and "contact" in asks
    assert any(e.kind == "identity_claim" and e.span for e in finding.evidence)


def test_the_display_name_is_strong_identity_evidence(detect: Detect) -> None:
    finding = detect(IMPOSTORS[0])["impersonation"]
    claims = [e for e in finding.evidence if e.kind == "identity_claim"]
    assert claims[0].span is not None and claims[0].span.field in ("title", "author.name")
    assert claims[0].matched == "贺知远"
    assert finding.target == "ent-lanchuan"
    assert finding.score > 0.8


@pytest.mark.parametrize(
    ("text", "lure"),
    [
        ("投资回报每月15%", "每月15%"),
        ("月化8%", "月化8"),
        ("保底12%", "保底1"),
        ("固定回报", "固定回报"),
        ("零门槛代理", "零门槛代理"),
        ("零风险", "零风险"),
    ],
)
def test_promised_returns_are_lures_beside_a_private_channel(text: str, lure: str) -> None:
    cues = find_solicitations(normalize(f"{text}，加V详聊"))
    assert lure in [c.text for c in cues if c.kind == "lure"]
    assert find_solicitations(normalize(text)) == []  # alone, ordinary speech


def test_daily_chemicals_are_no_daily_rate() -> None:
    assert find_solicitations(normalize("日化市场很大，加V详聊")) == []


GUARDS = [
    # the person's and the enterprise's official accounts advertising their own franchise
    _account(
        "韩叙白",
        "栖蓝教育董事长 栖蓝学堂城市合伙人招募，零门槛加盟扶持，详情私信咨询",
        "hanxubai",
    ),
    _account(
        "澜川资本", "官方账号 招募区域合伙人，年化收益以合同为准，私信详聊", "lanchuan_capital"
    ),
    # a fan club that shares news
    _account("韩叙白粉丝俱乐部", "转发韩总采访和栖蓝新闻，不收费不带货", "hxb_fans"),
    _account("蜀焰火锅粉丝团", "分享覃野舟的访谈和新店资讯，粉丝自发", "shuyan_fans", "douyin"),
    # namesakes: the name alone, or with a title and a company that are not the person's
    _account("程望舒", "宝妈一枚 零门槛副业代理，月返15%，加V详聊", "cws_mama"),
    _account("江暮云", "瑜伽老师 零门槛加盟瑜伽馆，月返10%，私信详聊", "jmy_yoga"),
    _account("程望舒", "晨光文具董事长 零门槛代理，月返15%，加V详聊", "cws_wenju"),
    # a private line of someone else's (no company speaks), or a company with no private line
    _account("程望舒", "本人私人号，宝妈副业代理，零门槛，月返15%，加V详聊", "cws_sir"),
    _account("程望舒", "员工价代购，公司内部渠道，零门槛代理，月返15%，加V详聊", "cws_dg"),
    # the same given name only
    _account("望舒", "宝妈一枚 零门槛副业代理，月返15%，加V详聊", "wangshu_mama"),
    _account("林望舒", "零门槛代理，月返15%，加V详聊", "linwangshu"),
    # an account that names the executive but never claims to be him
    _account("财经观察", "转载澜川资本董事长贺知远的最新采访：私募行业零门槛时代结束", "cjgc"),
    # the name and title, soliciting nothing
    _account("贺知远", "澜川资本董事长", "hezhiyuan_fan"),
    # news and warnings
    {
        "kind": "post",
        "text": "贺知远今天接受采访时说：澜川资本的合伙人项目不存在零门槛，也不会承诺月返收益。",
        "author": {"id": "u_news", "name": "财经记者"},
    },
    {
        "kind": "post",
        "text": "据财经网报道，澜川资本董事长贺知远表示：公司从不承诺保底收益，"
        "也从未开放零门槛代理。",
        "author": {"id": "u_news2", "name": "财经早知道"},
    },
    {
        "kind": "post",
        "text": "提醒大家：有个叫“贺知远”的账号自称澜川资本董事长，说零门槛代理月返15%，加V详聊，"
        "是假的，别上当！",
        "author": {"id": "u_warn", "name": "老张"},
    },
    {
        "kind": "comment",
        "text": "澜川资本董事长贺知远：本公司从未开设个人账号招募代理，任何“零门槛代理、月返15%、"
        "加V详聊”的都是骗局。",
        "author": {"id": "lanchuan_capital", "name": "澜川资本"},
    },
]


@pytest.mark.parametrize("data", GUARDS)
def test_official_fan_namesake_and_news_accounts_stay_clean(
    detect: Detect, data: dict[str, Any]
) -> None:
    assert detect(data) == {}
