"""A private person's full mobile number with their daily routine at a pick-up point near home
(`用户…，手机号1xx…，每晚六点在…小区东门等车回家`): a stranger learns where and when to wait
for them. A leak whatever the poster's motive — also in a post that criticises an app for
exposing it. Nobody here is registered: the people are invented.

Guards: a person's own number and routine (a carpool request), a shop's own address, hours
and number, a post about an app's privacy flaw showing masked numbers only, news of a leak,
and a routine with no number.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry

from .privacy_findings import privacy_findings

LEAKS = [
    "某约车软件的后台：姓名 邱念安 手机 13867120453 平时晚上七点在滨河路公交站等车回家。",
    "这个app啥都看得到，这位女士 18757193012 通常早上8点在锦绣家园北门坐班车。",
    "此人电话15158061274，每周五晚上九点在金桂苑楼下接送孩子。",
    "这个打车软件太离谱了，后台截图里：用户周晓棠，手机号13957124683，每晚六点在翠湖湾小区东门等车回家。",
    "网约车平台泄露隐私：乘客钱雨霏，电话 18867123459，每天早上七点半在云栖里3号楼楼下叫车去上班。",
    "外卖平台什么都能看到，骑手群里传：宋佳禾 15067891234，每天晚上9点下班回星河苑北门。",
    "某快递驿站流出的表格：收件人贺岚，手机 136-5712-0948，工作日傍晚六点半在梧桐家园南门取快递。",
    "投诉某叫车应用：它把乘客信息全给司机看，比如邵一帆，13758201946，天天早上八点在江畔花园西门打车。",
    "这款租房应用的后台居然能导出租客资料：林小满 15990127745，每天晚上十点在青枫公寓楼下遛狗。",
]


@pytest.mark.parametrize("text", LEAKS)
def test_a_private_persons_number_with_their_routine_is_a_leak(
    example_registry: Registry, text: str
) -> None:
    phones = [
        f for f in privacy_findings(example_registry, text, "post") if f.detector == "phone_number"
    ]
    assert phones, text
    evidence = phones[0].evidence[0]
    assert evidence.details["routine"]
    assert "日常出行" in evidence.description
    assert 0.5 <= phones[0].score < 0.9  # review, never automatic removal
    # the number is masked in what a reviewer or report shows
    assert not any(ch.isdigit() for ch in evidence.details["masked"][3:-4])


GUARDS = [
    # notices whose number is the poster's, and a warning about a scam number
    "寻人启事：她每天早上在翠湖湾小区东门散步，今天一直没回家，见到请联系13957124683。",
    "警方提醒：不要在网上晒出孩子每天上学的时间和小区门口，骗子电话13957124683已被标记。",
    "本人电话15158061274，每周五晚上九点在金桂苑楼下接送孩子，有需要拼车的联系。",
    "驾校通知：学员每天早上7点在锦绣家园北门坐班车，教练电话18757193012。",
    # the poster's own number and routine
    "我的手机号13957124683，每天晚上六点在翠湖湾小区东门等车，有顺路的拼车吗？",
    "我是翠湖湾小区的业主，每天晚上六点在东门等车，手机13957124683，求拼车。",
    "每天早上7点我在江畔花园西门上车去滨江，顺路的加我，13758201946。",
    # a shop or a service with its own address, hours and number
    "本店地址：滨江区江南大道88号，营业时间每天早上九点到晚上十点，电话0571-86651234。",
    "小区团购：每天早上7点在翠湖湾小区东门取快递，团长电话13957124683。",
    "拼车：每天早上7点从翠湖湾小区东门出发去滨江，电话13957124683。",
    # an app's privacy flaw shown with masked numbers, and news of a leak
    "这个打车软件泄露隐私，截图里用户手机号显示成138****5678，还能看到上车点，太可怕了。",
    "某打车平台被曝泄露用户隐私：截图显示用户手机号138****5678，每晚六点在小区东门等车也能看到。",
    "新闻：某网约车平台数据泄露，涉及数万用户的手机号和家庭住址，警方已立案。",
    # a routine with no number, and employees in general
    "澄屿的员工每天晚上六点在园区东门等班车回家，通勤太累了。",
]


@pytest.mark.parametrize("text", GUARDS)
def test_own_numbers_shops_and_masked_screenshots_stay_clean(
    example_registry: Registry, text: str
) -> None:
    assert privacy_findings(example_registry, text, "post") == [], text
