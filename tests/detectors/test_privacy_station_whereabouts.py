"""Live whereabouts of a registered person in a station or terminal: where they are now, down
to the gate or waiting hall, what they wear and when the train or flight leaves — also when
the post names the person one sentence earlier (`…人已经到机场了。登机口B12，还有半小时起飞`).

Guards: a public appearance, news of a past trip, fans' sightings with no position or
schedule, a question about where someone is, a shop with a busy morning. People: examples/
registry (顾南笙, 柏知远, 林晏舟); stations are generic or invented.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry

from .privacy_findings import privacy_findings

DETECTOR = "live_whereabouts"

LEAKS = [
    ("顾南笙现在在萧山机场，值机柜台K岛，穿黑色西装，航班半小时后起飞。", "per-gunansheng"),
    ("林晏舟刚下飞机，在宝安机场到达口等司机，戴着黑色口罩。", "per-linyanzhou"),
    ("顾南笙来深圳了。现在就在北站候车室A12，穿黑色风衣。", "per-gunansheng"),
    ("柏知远现在坐G1234次8号车厢，12F靠窗。", "per-baizhiyuan"),
    ("顾南笙现在就在杭州东站候车大厅B7检票口，穿灰色大衣，车半小时后开。", "per-gunansheng"),
    ("林晏舟此刻在深圳北站二楼候车室A12口，黑色羽绒服，还有二十分钟发车。", "per-linyanzhou"),
    ("柏知远刚进成都东站，在14号检票口排队，戴着白帽子，高铁马上就走了。", "per-baizhiyuan"),
    ("有人看到顾南笙在虹桥机场T2了，登机口C33，蓝色卫衣，还有四十分钟登机。", "per-gunansheng"),
    ("林晏舟今天不在公司，人在深圳北站，3号候车室，穿黑色风衣，一会儿就上车了。", "per-linyanzhou"),
    # the gate and the departure in the sentence after the one naming the person
    ("柏知远那边消息：人已经到双流机场了。登机口B12，还有半小时起飞，戴着墨镜。", "per-baizhiyuan"),
    ("顾南笙来杭州了！这会儿在东站，候车室A3，还有十分钟检票，白色羽绒服。", "per-gunansheng"),
]


@pytest.mark.parametrize(("text", "who"), LEAKS)
def test_a_registered_persons_live_position_in_a_station_is_a_leak(
    example_registry: Registry, text: str, who: str
) -> None:
    found = [f for f in privacy_findings(example_registry, text, "post") if f.detector == DETECTOR]
    assert found, text
    assert found[0].target == who
    details = found[0].evidence[0].details
    assert details["position"] or details["imminent"] or details["exposure"]
    assert 0.5 <= found[0].score < 0.9


GUARDS = [
    "顾南笙今天在萧山机场值机柜台排队时接受了采访。",
    "林晏舟下周去深圳北站调研高铁物流。",
    # public appearances and past trips
    "顾南笙昨天出席了在杭州举行的数字经济大会并发表演讲。",
    "顾南笙今天飞北京参加数字经济峰会，明天上午发言。",
    "顾南笙去年在杭州东站候车时接受了采访，谈到了新品。",
    # fans' sightings with no position or schedule
    "昨天在机场看到林晏舟了，本人好高！",
    "粉丝说昨天在深圳北站偶遇柏知远，还合了影。",
    "今天在机场偶遇林晏舟，本人比电视上瘦。",
    "林晏舟今天在深圳北站被粉丝认出来了，还给大家签了名。",
    # a question, and a timetable that is nobody's whereabouts
    "顾南笙现在在机场吗？有人知道她什么时候到吗？",
    "杭州东站今天B7检票口的车次还有二十分钟发车，顾南笙的新品广告就挂在候车室。",
    # a departure with no one's position
    "顾南笙说，澄屿新品马上就要发车了，大家等着。",
]


@pytest.mark.parametrize("text", GUARDS)
def test_appearances_sightings_and_questions_stay_clean(
    example_registry: Registry, text: str
) -> None:
    found = [f for f in privacy_findings(example_registry, text, "post") if f.detector == DETECTOR]
    assert found == [], text
