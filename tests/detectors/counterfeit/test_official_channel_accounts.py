"""Accounts that put `官方` and a channel word (福利号, 粉丝团, 小助手) after a brand name claim
the brand; fan pages that say they are unofficial do not."""

from __future__ import annotations

from typing import Any

import pytest

from clearbright.detectors.counterfeit.identity import disclaims
from clearbright.model import Item
from tests.detectors.counterfeit.conftest import Detect


def _account(name: str, bio: str, handle: str, platform: str = "xiaohongshu") -> dict[str, Any]:
    return {
        "kind": "account",
        "platform": platform,
        "title": name,
        "text": bio,
        "url": f"https://example.social/{handle}",
        "author": {"id": handle, "name": name},
    }


@pytest.mark.parametrize(
    "data",
    [
        _account("雾月茶_官方福利号", "雾月官方福利社，每日抽免单，关注+私信领新人券", "wy_fl"),
        _account("栖蓝-官方-粉丝团", "栖蓝官方粉丝团，每周送课", "ql_fst", "douyin"),
        _account("雾月·官方小助手", "雾月·官方小助手｜新人福利", "wy_zs", "douyin"),
        _account("WUYUE雾月官方福利官", "每日抽免单", "wy_fg", "douyin"),
        _account("雾月奶茶官方客服号", "雾月奶茶官方客服号 | 售后退款", "wy_kf", "weibo"),
        # the official name on another platform is still a copy there
        _account("栖蓝学堂官方", "栖蓝学堂官方 | 课程福利", "ql_copy", "weibo"),
        # any short channel name after 官方, also after an official account's own name
        _account("雾月官方宠粉群", "每天发券", "wy_cf", "douyin"),
        _account("雾月茶饮官方优惠号", "优惠", "wy_yh", "douyin"),
        _account("栖蓝教育官方招生办", "招生咨询", "ql_zs", "douyin"),
    ],
)
def test_official_channel_names_are_counterfeit(detect: Detect, data: dict[str, Any]) -> None:
    found = detect(data)
    assert "counterfeit" in found
    assert found["counterfeit"].target in ("ent-wuyue", "ent-qilan")


@pytest.mark.parametrize(
    "data",
    [
        # the registry's own accounts
        _account("雾月茶饮官方", "雾月茶饮官方 | 每日抽免单", "wuyue_official"),
        _account("栖蓝学堂官方", "栖蓝学堂官方 | 课程福利", "qilan_official", "douyin"),
        # fan pages that say so, and pages that only share deals
        _account("雾月茶_粉丝自发福利", "非官方，粉丝自发分享雾月新品", "wyfans"),
        _account("雾月茶饮粉丝团（非官方）", "雾月茶饮粉丝团（非官方）｜交流", "wyfst"),
        _account("雾月茶_粉丝福利", "粉丝自发整理雾月福利，和官方无关", "wyflx"),
        _account("雾月茶爱好者", "雾月茶爱好者｜分享每日新品，私信领券链接", "wyah"),
        # a channel word without 官方 claims nothing
        _account("雾月茶饮福利分享", "雾月茶饮福利分享｜每天整理优惠券", "wyfx"),
        _account("雾月宠粉群", "每天发券", "wy_q"),
        _account("雾月非官方宠粉群", "每天发券", "wy_fq"),
        # more than a channel name after 官方: a page about the brand's official statements
        _account("雾月茶官方回应合集观察员", "整理各品牌回应", "wy_gc"),
    ],
)
def test_official_and_fan_accounts_stay_clean(detect: Detect, data: dict[str, Any]) -> None:
    assert detect(data) == {}


@pytest.mark.parametrize(
    ("kind", "title", "text", "disclaimed"),
    [
        ("account", "雾月茶爱好者", "分享新品", True),  # a fan word in a display name
        ("account", "雾月官方粉丝团", "每周抽奖", False),  # 官方 with it: a claim
        ("account", "雾月粉丝团（非官方）", "交流", True),  # 非官方 is no official claim
        ("post", None, "我个人拿出100万回馈粉丝", False),  # a post thanking its fans
        ("post", None, "本号粉丝自发运营，与官方无关", True),
        ("account", "雾月茶饮", "雾月茶饮 | 不是官方，粉丝交流群", True),
        ("account", "雾月茶饮官方", "雾月茶饮官方 | 粉丝福利每天送", False),
    ],
)
def test_fan_words_disclaim_only_in_display_names(
    kind: str, title: str | None, text: str, disclaimed: bool
) -> None:
    item = Item(id="i", platform="weibo", kind=kind, title=title, text=text)
    assert disclaims(item) is disclaimed
