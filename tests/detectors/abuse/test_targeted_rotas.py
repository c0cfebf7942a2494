"""Harassment rotas: a person's accounts shared out to be messaged in turns until he leaves.

No slur is needed: compiling a registered person's accounts, assigning one to each member
(每人认领一个, 分工一下) and messaging in turns (轮流私信骂他) until the owner quits (直到他销号)
is a coordinated harassment call. Condemning such a call, asking people to stop, team
rotas for customer messages and a call to write good reviews are not.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import make_item, scan_family

ROTAS = [
    "钟以宁的微博、抖音、小红书、B站账号我都整理好了，大家每人认领一个，轮流私信骂他，直到他销号为止。",
    "整理了钟以宁的所有平台账号：微博、抖音、快手、视频号。兄弟们一人认领一个，天天私信他，"
    "骂到他注销为止。",
    "邵明岚的账号清单在下面，姐妹们分工一下，每人负责一个平台，轮流去私信问候她，直到她退网。",
    "钟以宁各平台的号我列在评论区了，家人们一人盯一个，挨个私信他，骂到他关评为止。",
    "兄弟们，邵明岚的微博抖音小红书都在这，分工一下，24小时私信轰炸，直到她删号。",
    "钟以宁的微博抖音快手都列好了，每人领一个号，轮流私信辱骂，直到他把号注销。",
]
NOT_ROTAS = [
    "有人整理了钟以宁的各平台账号，号召大家轮流私信骂他直到销号，这种网暴行为必须制止。",
    "钟以宁的账号被人挂出来，大家轮流私信骂他直到销号，这属于网络暴力，请大家不要参与。",
    "别再私信骂钟以宁了，有意见走正规渠道投诉。",
    "有人组织大家每人认领一个钟以宁的账号轮流私信骂他直到销号，我已经截图报警了。",
    "钟以宁的微博、抖音账号都在这里，有问题可以私信他本人反映，他一般会回复。",
    "蓉沁串串的售后太差了，大家去官方账号下面留言维权吧。",
    "我们团队分工一下，每人负责一个平台的账号运营，轮流回复粉丝私信。",
    "大家分工，每人认领一个平台，去给钟以宁的新店写好评，直到他上热门！",
    "蓉沁串串周年庆，老顾客每人一个红包，大家天天来吃！",
]


@pytest.mark.parametrize("text", ROTAS)
def test_harassment_rota_is_targeted_abuse_at_the_person(new_registry: Registry, text: str) -> None:
    findings = scan_family(new_registry, [make_item(1, text)]).get("i-1", [])
    assert [f.slug for f in findings] == ["targeted_abuse"]
    assert findings[0].target in {"per-zhongyining", "per-shaominglan"}
    kinds = {e.kind for e in findings[0].evidence}
    assert "pile_on_incitement" in kinds


@pytest.mark.parametrize("text", NOT_ROTAS)
def test_condemnation_stop_calls_and_team_rotas_stay_clean(
    new_registry: Registry, text: str
) -> None:
    findings = scan_family(new_registry, [make_item(1, text)]).get("i-1", [])
    assert findings == []
