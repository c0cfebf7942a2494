"""The screen-sharing refund scam: a fake after-sales desk asks the customer to share her
screen while she works in her online bank.

An account named like the brand's after-sales office (`X售后中心`), or a message whose speaker
introduces herself as it (`我是X售后`, `这边是X售后专员`), says an order must be refunded and
tells the reader to install a meeting or remote-control app (下载会议软件, 加入会议号), share
the screen (共享屏幕, 屏幕分享) and follow instructions in online banking (网银, 手机银行).

Guards: a user warning about the scam, a customer telling how she hung up on it, a police
report, a complaint about the real after-sales desk, the brand's official account saying its
service never asks this, and screen sharing at a meeting with no banking in sight.

Brands: the fictional registry of this folder (珑铠 smart locks, 云栈 hotels, 皓岚 dental
clinics, 雾月 tea).
"""

from __future__ import annotations

from typing import Any

import pytest

from clearbright.detectors.counterfeit.solicitation import find_solicitations
from clearbright.text.normalize import normalize
from tests.detectors.counterfeit.conftest import Detect


def _comment(text: str, author: str | None = None, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": "comment", "text": text, **extra}
    if author is not None:
        data["author"] = {"id": "u_refund_01", "name": author}
    return data


SCAMS = [
    (
        "珑铠售后中心",
        "您好，我是珑铠售后，您购买的智能锁批次抽检不合格需要办理退款，请下载“会议”App并共享"
        "屏幕，按我的指示在网银里操作就能收到退款。",
    ),
    (
        "珑铠智能锁客服",
        "亲，这边是珑铠官方客服，您的订单退款需要验证，麻烦下载一个视频会议软件开启屏幕共享，"
        "跟着我的步骤登录手机银行领取退款。",
    ),
    (
        "小林",
        "你好，这边是云栈酒店售后专员，您的预订需退款，请加入会议号后共享屏幕，按我说的打开银行"
        "APP操作。",
    ),
    (
        "皓岚口腔客服中心",
        "我是皓岚口腔客服，您的疗程款需要退还，请安装会议软件，开启屏幕分享，我指导您在网上银行"
        "完成退款。",
    ),
    (
        "珑铠售后",
        "亲您的订单退款失败，麻烦装个会议软件，开一下屏幕共享，我教您在手机银行里领取退款。",
    ),
    (
        None,
        "您好，我是珑铠售后，您的智能锁订单需退款，请下载会议软件共享屏幕，按我指示登录网银领取。",
    ),
    (
        "珑铠售后中心",
        "您好，这里是售后，您的订单因质检不合格需要退款，请在应用商店下载一个叫“云会议”的软件，"
        "进入后开启共享，我远程指导您在银行APP上领取退款。",
    ),
    (
        "雾月茶饮售后服务中心",
        "亲，您的会员卡扣费异常需退费，请下载会议app，输入我发的会议号，打开屏幕共享，再登录网银"
        "按提示操作。",
    ),
    (
        None,
        "【珑铠售后】尊敬的用户，您的智能锁订单退款待处理，请下载会议软件并共享屏幕，按专员指示在"
        "网银完成退款。",
    ),
]


@pytest.mark.parametrize(("author", "text"), SCAMS)
def test_a_fake_after_sales_desk_asking_to_share_the_screen(
    detect: Detect, author: str | None, text: str
) -> None:
    found = detect(_comment(text, author))
    assert set(found) == {"impersonation"}
    finding = found["impersonation"]
    assert finding.target is not None
    asks = [e for e in finding.evidence if e.kind == "solicitation"]
    assert any(e.details["asks"] == "remote" for e in asks)


NOT_SCAMS = [
    "提醒大家：有人冒充珑铠售后，说退款要下载会议软件共享屏幕，再让你登录网银操作，千万别信，"
    "珑铠官方从不会这样。",
    "今天接到自称云栈酒店售后的电话，让我下载会议app共享屏幕去手机银行退款，我直接挂了。",
    "警方通报：一男子冒充皓岚口腔客服，诱导受害人下载会议软件并开启屏幕共享，骗走网银存款8万元。",
    "珑铠的售后真的太慢了，退款拖了半个月，客服只会让我等。",
    "公司今天用会议软件共享屏幕开了季度会，讲了新门店的装修进度。",
    "云栈酒店的远程值机挺方便，用手机银行付房费也很快。",
    "我是珑铠售后的维修师傅，明天上午上门给您换锁芯，不收任何费用。",
]


@pytest.mark.parametrize("text", NOT_SCAMS)
def test_warnings_reports_complaints_and_meetings_stay_clean(detect: Detect, text: str) -> None:
    assert detect(_comment(text)) == {}


def test_the_brands_official_account_may_speak_of_it(detect: Detect) -> None:
    text = (
        "您好，珑铠售后提示：退款会原路退回，请留意银行到账通知；我们不会要求您下载会议软件"
        "或共享屏幕。"
    )
    item = _comment(text, platform="douyin")
    item["author"] = {"id": "longkai_official", "name": "珑铠智能锁官方"}
    assert detect(item) == {}


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("请下载会议软件并共享屏幕，然后登录手机银行。", {"remote"}),
        ("请不要共享屏幕，也不要在网银里按陌生人指示操作。", set()),
        ("下午三点加入会议号，共享屏幕讲方案。", set()),
    ],
)
def test_screen_sharing_asks_only_beside_banking(text: str, kinds: set[str]) -> None:
    assert {s.kind for s in find_solicitations(normalize(text))} == kinds
