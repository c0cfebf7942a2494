"""Organised pile-ons, accounts set up to hound a target, and people named by nickname.

An organised pile-on sends a crowd to a venue of a registered person or company (直播间,
官方号) at a set time, until it is silenced (骂到她下播, 举报到封号), with proof of taking
part (截图发群里). An account or post named and written to hound a target (讨伐…, 专治…)
with a schedule or a way to join is one too. A person is also named by her given name and a
familiar address (明岚姐) or by her surname and the pinyin initials of her given name
(邵ml), derived from the registry. Fans' support, complaints to regulators, boycotts, news
and condemnation of such calls stay clean.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clearbright.detectors.abuse.targets import derived_forms
from clearbright.registry import Registry
from tests.detectors.abuse.conftest import make_item, scan_family, slugs_of

ORGANISED = [
    ("今晚9点大家一起去邵明岚直播间刷屏，骂到她下播为止，截图发群里", "per-shaominglan"),
    ("今晚九点准时，所有人去卞逸尘的直播间，刷到他关播，截图群里打卡", "per-bianyichen"),
    ("明晚8点集合，去澜汀家居官方号底下骂，一直骂到他们关评论，截图发群", "ent-lanting"),
    ("今晚九点，我们一起去钟以宁的直播间举报，举报到封号为止，完成的截图发群", "per-zhongyining"),
    ("兄弟们今晚10点去栖溪教育的直播间刷“骗子”，刷到直播间关闭，战果截图发群里", "ent-qixi"),
    ("今晚8点统一行动，冲邵明岚直播间，骂到下线，群里报数", "per-shaominglan"),
    ("周六晚8点，家人们一起冲蓉沁串串的抖音号，骂到他们停播为止", "ent-rongqin"),
    ("大家定好闹钟，9点准时进邵明岚直播间，一起刷屏，直到她下播", "per-shaominglan"),
    ("举报钟以宁的账号，姐妹们今晚一起上，争取让她封号，截图发群", "per-zhongyining"),
    ("今晚十点兄弟们一起炸了卞逸尘的直播间，群里报数", "per-bianyichen"),
    ("晚9点集合，一起去卞逸尘直播间刷屏，骂到他关播", "per-bianyichen"),
    ("大家21:00进钟以宁直播间，一起刷屏，截图发群里", "per-zhongyining"),
    # A crowd sent to a person's home asks no refund, whatever it says it wants.
    ("钟以宁就住在蓉沁总店楼上，明早八点大家一起去她家楼下讨说法，人越多越好", "per-zhongyining"),
]
CRUSADES = [
    ("讨伐卞逸尘 每天晚上8点集合刷他微博，加入请私信", "per-bianyichen"),
    ("专治邵明岚 | 每晚轮班刷她直播间，私信进群", "per-shaominglan"),
    ("倒蓉沁联盟：每晚九点准时去蓉沁官号刷屏，想上车的私信", "ent-rongqin"),
    ("卞逸尘黑粉大本营 | 每晚8点集合刷他微博，私信进群", "per-bianyichen"),
    ("每日一骂邵明岚 第37天，今天也去她评论区报到，想一起的私信", "per-shaominglan"),
    ("卞逸尘滚出家居圈 | 每晚8点准时开骂，私信进群", "per-bianyichen"),
    ("澜汀家居滚出中国！每晚8点准时去官号刷屏", "ent-lanting"),
]
NICKNAMES = [
    ("明岚姐就是个贱人，今晚大家去她直播间刷屏", "per-shaominglan"),
    ("以宁哥这个人渣，兄弟们一起冲他直播间", "per-zhongyining"),
    ("明岚姐这个婊子，姐妹们今晚去她直播间刷屏", "per-shaominglan"),
    ("逸尘哥就是走狗，大家冲他直播间", "per-bianyichen"),
]
CLEAN = [
    # Fans and customers.
    "大家今晚九点去邵明岚直播间支持她，刷礼物冲榜",
    "今晚8点邵明岚直播，大家准时来直播间抢福利，截图发群里领奖",
    "明岚姐今晚8点直播，姐妹们准时来刷礼物，截图发群里抽奖",
    "逸尘哥加油，大家今晚一起去直播间给他点赞",
    # Complaints to a regulator, boycotts, an impostor reported.
    "大家一起去12315投诉澜汀家居，集体维权",
    "抵制栖溪教育，大家别再报他们的课了",
    "讨伐澜汀家居的虚假宣传！大家一起去12315投诉，想加入维权群的私信",
    "大家一起举报这个冒充钟以宁的账号，举报到封号为止，截图发群里",
    "今晚8点大家一起去澜汀家居官方直播间问问售后什么时候处理，截图发群里",
    "今晚9点大家一起去澜汀家居官方直播间，骂到他们给退款为止，截图发群里",
    "卞逸尘的直播间今晚9点开播，大家一起去刷好评，截图发群里抽奖",
    "邵明岚今晚21:00直播，大家一起来看，截图发群里抽奖",
    "澜汀家居滚出中国，大家别买了",
    "邵明岚滚出教育圈，今晚8点我在直播间等你解释",
    "卞逸尘转发了一条新闻：在外华人每晚遭攻击，被骂“滚回中国”，报警7次无果",
    # News and condemnation of such calls.
    "网络暴力何时休？有人组织今晚九点去卞逸尘直播间刷屏，这种行为必须制止",
    "据报道，有网友建了“讨伐邵明岚”群，每晚九点去她直播间刷屏，警方已介入",
    "大家注意，有人在群里组织今晚去邵明岚直播间刷屏，截图报数，这是网暴，已报警",
    # Harsh criticism, labelled satire.
    "栖溪教育垃圾课程，再也不买了，大家避雷",
    "【讽刺】邵明岚：我们的课程让孩子学会了如何交学费",
]

# FICTIONAL people, invented for these tests, to show the derived names come from the registry.
ENTITIES = """
enterprises:
- id: ent-muchuan
  name: 霂川茶饮有限公司
  short_names: [霂川, 霂川茶饮]
  executives:
  - {name: 温若棠, title: 创始人, person: per-wenruotang}
people:
- id: per-wenruotang
  name: 温若棠
  enterprise: ent-muchuan
- id: per-ouyangzhiqiu
  name: 欧阳知秋
"""


@pytest.fixture(scope="module")
def tea_registry(tmp_path_factory: pytest.TempPathFactory) -> Registry:
    folder: Path = tmp_path_factory.mktemp("tea_registry")
    (folder / "entities.yaml").write_text(ENTITIES, encoding="utf-8")
    return Registry.load(folder)


def _abuse_target(registry: Registry, text: str) -> str | None:
    found = scan_family(registry, [make_item(1, text)]).get("i-1", [])
    abuse = [f for f in found if f.slug == "targeted_abuse"]
    return abuse[0].target if abuse else None


@pytest.mark.parametrize(("text", "target"), ORGANISED)
def test_organised_pile_ons_are_targeted_abuse(
    new_registry: Registry, text: str, target: str
) -> None:
    assert _abuse_target(new_registry, text) == target


@pytest.mark.parametrize(("text", "target"), CRUSADES)
def test_posts_set_up_to_hound_a_target_are_targeted_abuse(
    new_registry: Registry, text: str, target: str
) -> None:
    assert _abuse_target(new_registry, text) == target


def test_an_account_dedicated_to_hounding_is_targeted_abuse(new_registry: Registry) -> None:
    name = "讨伐卞逸尘大队"
    item = make_item(
        1,
        f"{name} | 每晚九点集合刷卞逸尘微博，骂到他关评论为止，想加入的私信",
        kind="account",
        title=name,
        author="taofa_b",
    )
    found = scan_family(new_registry, [item])["i-1"]
    abuse = [f for f in found if f.slug == "targeted_abuse"]
    assert abuse and abuse[0].target == "per-bianyichen"
    assert any(e.kind == "pile_on_incitement" for e in abuse[0].evidence)


@pytest.mark.parametrize(("text", "target"), NICKNAMES)
def test_a_person_named_by_nickname_is_a_target(
    new_registry: Registry, text: str, target: str
) -> None:
    assert _abuse_target(new_registry, text) == target


@pytest.mark.parametrize("text", CLEAN)
def test_support_complaints_and_reports_stay_clean(new_registry: Registry, text: str) -> None:
    assert slugs_of(new_registry, text) == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("若棠姐就是个贱人，姐妹们今晚去她直播间刷屏", "per-wenruotang"),
        ("温rt nmsl", "per-wenruotang"),
        ("欧阳ZQ这个狗东西", "per-ouyangzhiqiu"),
        ("知秋哥全家都该遭报应", "per-ouyangzhiqiu"),
    ],
)
def test_derived_names_come_from_the_registry(
    tea_registry: Registry, text: str, target: str
) -> None:
    assert _abuse_target(tea_registry, text) == target


@pytest.mark.parametrize(
    "text",
    [
        "若棠姐今天的新品真好喝",  # a nickname with no attack
        "温rt2 nmsl",  # initials inside a longer handle
        "阳zq这个狗东西",  # not the registered surname
        "明岚姐就是个贱人",  # a nickname of nobody in this registry
    ],
)
def test_derived_names_need_the_exact_form(tea_registry: Registry, text: str) -> None:
    assert slugs_of(tea_registry, text) == []


def test_derived_forms() -> None:
    assert ("若棠姐", "nickname") in derived_forms("温若棠")
    assert ("温rt", "initials") in derived_forms("温若棠")
    assert ("欧阳zq", "initials") in derived_forms("欧阳知秋")
    assert ("ouyang zq", "initials") in derived_forms("欧阳知秋")
    assert ("wen rt", "initials") in derived_forms("温若棠")
    assert ("w若棠", "initials") in derived_forms("温若棠")
    assert ("知秋哥", "nickname") in derived_forms("欧阳知秋")
    assert derived_forms("贺远") == []  # a one-character given name names too many people
    assert derived_forms("Anna Li") == []
