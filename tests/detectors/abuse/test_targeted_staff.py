"""An employee of a named enterprise hung out for the crowd to harass (挂人).

The person is no registered one: a surname or a job title at a named enterprise's site picks
her out (滨江店那个姓孟的护士长, 春熙路店的王店长), and the crowd is told to insult her on
sight (见一次骂一次, 看到就骂) or drive her out of her town or trade (让她在杭州混不下去).
A complaint about her service, a report of such a call and a plea to stop spreading it are
not targeted abuse.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import make_item, scan_family, slugs_of

CALLS = [
    "挂人‼️沐禾宠物滨江店那个姓孟的护士长，就是长图里这个，大家记住她，见一次骂一次，转起来让她在"
    "杭州混不下去！",
    "挂个人：蓉沁串串春熙路店的王店长，照片在图里，姐妹们记住这张脸，看到就骂，扩散到她在成都待不"
    "下去为止",
    "避雷+挂人！澜汀家居城西门店的销售主管姓刘，图二就是她，大家见她一次骂一次，让她在这行干不下去",
    "栖溪教育朝阳校区的李姓教务主任，长图已发，大家帮忙转发，让她在北京混不下去，见到就啐她",
    "挂人！沐禾宠物城东分院的收银员（图中黄衣服那个），记住这张脸，看到就骂，让她以后在本地没法"
    "立足。",
    "蓉沁串串南门店姓周的领班，转起来，骂到她辞职为止！",
    "挂一下栖溪教育高新校区的前台，态度恶劣，扩散出去，每次路过都去骂她。",
    "澜汀家居售后部那个姓吴的主管，就是他，大家转发，让他在这个城市待不了。",
]
NOT_CALLS = [
    "沐禾宠物滨江店的护士长态度太差了，对着客人甩脸色，希望管理层好好查一查。",
    "有人在网上挂沐禾宠物一位护士长，号召大家见一次骂一次，这种网暴行为太过分了，已举报。",
    "蓉沁串串春熙路店的王店长服务很差，我已经向总部投诉，希望给个说法。",
    "新闻：某网友发帖挂人，号召网友辱骂澜汀家居一名销售主管，警方已介入调查。",
    "别再转发那个挂澜汀家居销售主管的帖子了，人家也是打工的，网暴要不得。",
    "澜汀家居城西门店的销售主管姓刘，人很好，大家买沙发可以找她，记住这张脸！",
    "栖溪教育的老师们都很负责，大家看到就知道了，孩子进步很明显。",
    "沐禾宠物城东分院的收银员态度很好，大家去的话可以找她办卡，记住这张脸。",
    "蓉沁串串南门店的领班被顾客骂到辞职，大家评评理，这种顾客太过分。",
    "转发：栖溪教育高新校区前台老师拾金不昧，值得点赞！",
    "澜汀家居售后部的主管处理投诉很拖拉，我已经向总部反映，希望尽快给个说法，大家转发让更多人"
    "看到。",
]


@pytest.mark.parametrize("text", CALLS)
def test_a_named_employee_hung_out_to_harass_is_targeted(new_registry: Registry, text: str) -> None:
    (finding,) = scan_family(new_registry, [make_item(1, text)])["i-1"]
    assert finding.slug == "targeted_abuse"
    assert finding.target is not None and finding.target.startswith("ent-")
    (incitement,) = [e for e in finding.evidence if e.kind == "pile_on_incitement"]
    assert incitement.span is not None
    assert text[incitement.span.start : incitement.span.end] == incitement.span.text


@pytest.mark.parametrize("text", NOT_CALLS)
def test_complaints_reports_and_pleas_stay_clean(new_registry: Registry, text: str) -> None:
    assert slugs_of(new_registry, text) == []


def test_no_enterprise_named_is_no_target(new_registry: Registry) -> None:
    text = "挂人！某宠物医院那个姓孟的护士长，大家记住她，见一次骂一次，让她在杭州混不下去！"
    assert slugs_of(new_registry, text) == []
