"""Solicitation cues added for investment schemes, fee-for-prize giveaways, joining deposits
and off-channel top-ups, with the near misses that must not count."""

from __future__ import annotations

import pytest

from clearbright.detectors.counterfeit.solicitation import find_solicitations
from clearbright.text.normalize import normalize


def _kinds(text: str) -> set[str]:
    return {s.kind for s in find_solicitations(normalize(text))}


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # investment: a minimum stake or monthly interest, beside a private channel
        ("项目起投3万，月息2.5%，加我助理微信详谈", {"lure", "contact"}),
        ("内部份额仅剩8个，日息千分之五，联系助理vx：ab12", {"lure", "contact"}),
        ("比官方便宜三成，私聊", {"lure", "contact"}),
        # a fee to receive a prize
        ("转发并支付12元邮费即可领取年卡", {"money"}),
        ("中奖者需先交29元激活费，三天内发货", {"money"}),
        ("免单卡领取前请付8.8元手续费", {"money"}),
        # joining deposits
        ("城市代理名额开放，先缴5万保证金锁定区域", {"money"}),
        ("加盟费3.6万，汇款后立即安排培训", {"money"}),
        ("诚邀城市合伙人，意向金5000元转账后保留区域", {"money"}),
        ("免费领取定制杯，邮费自理", {"money"}),
        ("转账时请备注门店编号", {"money"}),
        # off-channel top-ups
        ("会员代充，8折秒到", {"money"}),
        ("续费找我，私信转账更快", {"money"}),
    ],
)
def test_new_solicitation_cues(text: str, kinds: set[str]) -> None:
    assert _kinds(text) == kinds


@pytest.mark.parametrize(
    "text",
    [
        "去年交了5万加盟费，总部一直不给选址",  # a payment made, not asked
        "我付了10元邮费，奖品到现在也没收到",  # a payment made
        "加盟费以官网公示为准，回本周期约18个月",  # a fee named, no payment asked
        "城市合伙人模式的保证金制度值得商榷",
        "加盟要交5万保证金，太坑了，我已经联系律师",  # a joining fee described, not offered
        "加盟后每月要交3000管理费，开不下去了",
        "抽到免单卡，居然不用付邮费",  # negated
        "本次活动无需支付任何邮费即可领取",  # negated
        "起投金额越低的理财产品风险未必越低",  # a lure word alone
        "有事加我微信",  # a private channel alone
        "门店充值比官方小程序贵",  # a complaint about price, no channel
    ],
)
def test_near_misses_are_no_solicitation(text: str) -> None:
    assert find_solicitations(normalize(text)) == []
