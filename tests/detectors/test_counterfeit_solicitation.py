"""Solicitation cues: money out, data requests, lure with a private channel, negation."""

from __future__ import annotations

import pytest

from clearbright.detectors.counterfeit.solicitation import find_solicitations
from clearbright.text.normalize import normalize


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("请于今晚将余额转入安全账户完成核验", {"money"}),
        ("需要缴纳2000元解冻保证金，到账后原路退还", {"money"}),
        ("免费领取整箱，仅需支付运费9.9元", {"money"}),
        ("请将身份证正反面照片、银行卡号发送至HR微信", {"data"}),
        ("绑定银行卡并输入短信验证码即可提现", {"data"}),
        ("填写姓名、手机号即可领取", {"data"}),
        ("保本年化18%，扫码进群", {"lure", "contact"}),
        ("内部认购名额有限，加微信登记", {"lure", "contact"}),
        ("转账报名即返2000元", {"money"}),
    ],
)
def test_solicitations(text: str, kinds: set[str]) -> None:
    assert {s.kind for s in find_solicitations(normalize(text))} == kinds


@pytest.mark.parametrize(
    "text",
    [
        "我们不会通过私人微信收取任何费用，也不会索要银行卡信息。",
        "从不会要求您转账到安全账户，也不会索要验证码",
        "法院判决星翎应向车主支付违约金1.8万元",  # paying a penalty is no solicitation
        "手机号138****5521、身份证后四位都核对过了，客服只会让我等",
        "公司宣布每10股派发现金分红3元",  # a lure word alone
        "有问题私信我",  # a private channel alone
        "民间投资增速放缓，企业家信心不足",
        "澄屿钱包转账到账太慢了，客服也联系不上",  # a complaint names a transfer
        "法院判决公司须在十日内支付违约金",
        "从不会通过电话、短信或私信要求您转账到安全账户",  # negation across 、
        "今年分红方案出炉，有兴趣的私信交流",  # lure and a bare private message
        "年化收益率是多少？" + "这段话很长" * 10 + "扫码关注公众号",  # lure far from channel
        "看完您的文章后才想到找支付宝信息披露",  # Alipay is not a payment request
        "毕竟你没支付我语文老师报酬",
        "",
    ],
)
def test_no_solicitation(text: str) -> None:
    assert find_solicitations(normalize(text)) == []


def test_spans_point_into_the_text() -> None:
    text = normalize("请 将 身份证号 发送 给我")
    for cue in find_solicitations(text):
        assert text.text[cue.start : cue.end] == cue.text
