"""Contract examples of the coordinated-attack detector (fictional entities of examples/registry).

A corpus detector's example carries its neighbours in `_context`: the positive is the last
of four near-identical posts by four accounts on three platforms within twenty minutes; the
negatives are independent complaints about the same event spread over days, and copies
posted by one single account.
"""

from __future__ import annotations

from typing import Any

from clearbright.detectors.base import Example

_SCRIPT = (
    "禾淼果汁喝完{who}上吐下泻，去医院说是细菌超标，禾淼客服还不认账！"
    "大家千万别买禾淼，转给身边的人！"
)


def _copy(account: str, platform: str, minute: int, who: str) -> dict[str, Any]:
    return {
        "platform": platform,
        "author": {"id": account},
        "created_at": f"2024-05-10T20:{minute:02d}:00+08:00",
        "text": _SCRIPT.format(who=who),
    }


def _post(account: str, day: int, text: str) -> dict[str, Any]:
    return {
        "author": {"id": account},
        "created_at": f"2024-05-{day:02d}T09:00:00+08:00",
        "text": text,
    }


_ORGANIC = [
    _post("wb_1001", 11, "禾淼这批果汁召回了，我家还有两瓶，按公告去超市退了，流程挺快。"),
    _post("wb_1002", 12, "看到禾淼召回的新闻，希望他们把质检流程讲清楚，别一句抱歉就完事。"),
    _post("wb_1003", 13, "禾淼果汁我喝了好几年，这次召回挺失望的，先换别的牌子观望一下。"),
]

EXAMPLES: tuple[Example, ...] = (
    Example(
        {
            **_copy("xhs_2004", "xiaohongshu", 20, "我闺蜜"),
            "_context": [
                _copy("wb_2001", "weibo", 2, "我儿子"),
                _copy("dy_2002", "douyin", 8, "我同事"),
                _copy("wb_2003", "weibo", 14, "我表姐"),
            ],
        },
        "coordinated_attack",
    ),
    Example(
        {
            **_post(
                "wb_1004",
                14,
                "禾淼召回的事我查了公告，批次写得很清楚，问题在一条灌装线，"
                "处理得不算差，但应该更早通知。",
            ),
            "_context": _ORGANIC,
        },
        None,
    ),
    Example(
        {
            **_copy("wb_3001", "weibo", 30, "我朋友"),
            "_context": [
                _copy("wb_3001", "weibo", 10, "我儿子"),
                _copy("wb_3001", "weibo", 20, "我同事"),
            ],
        },
        None,
    ),
)
