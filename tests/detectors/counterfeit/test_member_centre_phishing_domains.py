"""A lookalike domain (counterfeit) whose page poses as the enterprise's member centre and asks
the visitor to verify a bank card and an SMS code is also impersonation: a phishing site in the
enterprise's name. Both slugs apply.

The data request is general: a request verb (验证, 核验, 完善, 绑定, 输入, 填写) and a personal-data
noun (银行卡, 身份证号, 验证码) in one sentence; a verb already done (核对过了) asks nothing.

Guards: the enterprise's own member centre on its official domain, a news page and an
anti-fraud page describing such sites, and a lookalike page that asks for nothing (counterfeit
only).
"""

from __future__ import annotations

from typing import Any

import pytest

from clearbright.detectors.counterfeit.solicitation import find_solicitations
from clearbright.text.normalize import normalize
from tests.detectors.counterfeit.conftest import Detect


def _page(title: str, text: str, url: str) -> dict[str, Any]:
    return {"kind": "domain", "title": title, "text": f"{title}{text}", "url": url}


PHISHING = [
    _page("栖蓝教育会员中心", " - 请验证您的银行卡及短信验证码以完成会员升级", "qilan-edu-vip.com"),
    _page(
        "雾月会员中心",
        "｜为保障账户安全，请输入银行卡号与手机短信验证码完成验证",
        "wuyuetea-member.cn",
    ),
    _page("皓岚口腔会员中心", "：验证银行卡，获取短信验证码", "haolan-dental.vip"),
    _page("檀朵会员中心", "｜会员积分即将清零，请核验银行卡信息并填写短信验证码", "tanduo-pet.top"),
    _page("云栈酒店会员中心", " - 验证身份证和银行卡后领取积分奖励", "yunzhanhotels-vip.com"),
    _page("栖蓝学堂会员中心", "｜请完善身份证号和银行卡信息，完成学员认证", "qilan-edu.top"),
    _page(
        "珑铠会员服务中心",
        "：您的质保即将到期，请验证银行卡后输入手机验证码续保",
        "longkai-lock.net",
    ),
    _page(
        "汀芷会员中心", " 积分兑换：核验银行卡信息，填写短信验证码即可兑换正装", "tingzhi-skin.vip"
    ),
    # the page does not even name the brand: the lookalike host does
    _page(
        "会员中心", " - 请绑定银行卡并输入短信验证码以领取积分", "https://wuyuetea-vip.com/login"
    ),
]


@pytest.mark.parametrize("data", PHISHING)
def test_member_centre_phishing_is_counterfeit_and_impersonation(
    detect: Detect, data: dict[str, Any]
) -> None:
    found = detect(data)
    assert set(found) == {"counterfeit", "impersonation"}
    impersonation = found["impersonation"]
    assert impersonation.target == found["counterfeit"].target
    asks = {e.details["asks"] for e in impersonation.evidence if e.kind == "solicitation"}
    assert "data" in asks
    # the lookalike host is the strong identity claim
    assert any(
        e.kind == "identity_claim" and e.span and e.span.field == "url"
        for e in impersonation.evidence
    )


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("请验证您的银行卡", True),
        ("请完善身份证号和银行卡信息", True),
        ("银行卡验证：请输入卡号", True),
        ("手机号、身份证后四位都核对过了", False),
        ("银行卡信息已更新了", False),
        ("短信验证码五分钟内有效", False),
    ],
)
def test_verification_requests(text: str, asked: bool) -> None:
    found = {cue.kind for cue in find_solicitations(normalize(text))}
    assert ("data" in found) is asked


GUARDS = [
    # the enterprise's own member centre
    _page("雾月茶饮会员中心", " - 请输入手机号和短信验证码登录", "member.wuyuetea.com"),
    _page("栖蓝学堂会员中心", "｜请验证手机号后查看课程", "https://qilan-edu.com/member"),
    # pages about the phishing sites
    _page(
        "记者调查：假冒会员中心",
        "：假冒雾月会员中心的网站要求验证银行卡和短信验证码，多人被骗",
        "news-daily.cn",
    ),
    _page("反诈中心", "｜识别假冒会员中心：凡要求验证银行卡和验证码的都是诈骗", "fanzha-help.cn"),
    _page(
        "防骗指南：如何识别假冒会员中心",
        "：假冒页面会要求验证银行卡和短信验证码，请勿填写",
        "fangpian-guide.cn",
    ),
]


@pytest.mark.parametrize("data", GUARDS)
def test_official_and_anti_fraud_pages_stay_clean(detect: Detect, data: dict[str, Any]) -> None:
    assert detect(data) == {}


def test_a_lookalike_page_asking_nothing_is_counterfeit_only(detect: Detect) -> None:
    data = _page("雾月会员中心", " | 登录后查看积分与优惠券", "wuyuetea-member.cn")
    assert set(detect(data)) == {"counterfeit"}
