"""Targeted abuse: flooding a leaked personal number, and insult plus a call to ruin a person.

A person can be named by surname at a named enterprise (澜汀那个姓卞的, 栖溪的邵总).
Complaints to regulators, exposing a company's conduct and a line that was busy stay clean.
"""

from __future__ import annotations

import pytest

from clearbright.detectors.abuse.targets import TargetResolver
from clearbright.detectors.base import prepare
from clearbright.registry import Registry
from tests.detectors.abuse.conftest import make_item, scan_family, slugs_of

PHONE_FLOODING = [
    ("邵明岚私人手机 13987654321，想骂她的直接打，打爆为止！", "per-shaominglan"),
    ("卞逸尘的手机号13700002222，大家轮流打，打到他关机为止。", "per-bianyichen"),
    ("澜汀卞逸尘的电话 137 0000 2222 拿好了，看不惯他的直接短信轰炸。", "per-bianyichen"),
    ("栖溪那个姓邵的私人号码是13987654321，天天打，让她知道家长的厉害。", "per-shaominglan"),
    ("卞逸尘的手机号13700002222，兄弟们打过去问候他全家。", "per-bianyichen"),
    ("栖溪的邵校长私人电话13987654321，打电话骂她，别客气。", "per-shaominglan"),
    ("卞逸尘家里座机号码已经找到了，想骂他的直接打。", "per-bianyichen"),
]
INSULT_AND_RUIN = [
    (
        "栖溪那个姓邵的，家长的学费都拿去买包了吧？这种垃圾人开的机构，建议全网曝光她，让她社死。",
        "per-shaominglan",
    ),
    ("澜汀那个姓卞的就是个人渣，大家扒他的底，让他社死。", "per-bianyichen"),
    ("栖溪的邵总就是个骗子，建议全网曝光她！", "per-shaominglan"),
    ("卞逸尘这种社会垃圾，早该让他身败名裂。", "per-bianyichen"),
    ("澜汀的卞老板就是个人渣，手机13700002222，大家call爆他。", "per-bianyichen"),
]
CLEAN = [
    "栖溪的售后太差了，家长们一起去12315投诉他们！",
    "栖溪客服电话打了一下午都打不通，打爆了也没人接。",
    "邵明岚的手机号换了，有事直接打办公室电话。",
    "栖溪的投诉电话是400 820 1234，有问题的家长可以直接打过去反映。",
    "大家一起打爆栖溪的客服电话，让他们给个说法！",
    "栖溪的投诉热线400-820-1234，家长们轮流打，直到他们退费为止。",
    "建议全网曝光澜汀的虚假宣传，让更多消费者知道。",
    "澜汀那个姓卞的欠了装修工人三个月工钱，建议大家去劳动监察大队投诉他。",
    "澜汀那个姓卞的欠了我们三个月工资，建议全网曝光他！",
    "邵明岚这次直播翻车，算是彻底社死了。",
    "栖溪那个姓邵的老板，课程做得真不行，退费也拖。",
    "澜汀的卞总您好，上周反馈的地板开裂问题还没人处理，请尽快回复。",
    "澜汀的售后联系方式：13700002222，大家有问题都可以打。",
    "栖溪的邵校长今天在家长会上道歉了，承诺下周退费。",
]


@pytest.mark.parametrize(("text", "person"), PHONE_FLOODING + INSULT_AND_RUIN)
def test_incitement_against_a_person_is_targeted_abuse(
    new_registry: Registry, text: str, person: str
) -> None:
    found = scan_family(new_registry, [make_item(1, text)])["i-1"]
    abuse = [f for f in found if f.slug == "targeted_abuse"]
    assert abuse, found
    assert abuse[0].target == person
    assert any(e.kind in ("pile_on_incitement", "dehumanization") for e in abuse[0].evidence)


@pytest.mark.parametrize("text", CLEAN)
def test_complaints_and_criticism_stay_clean(new_registry: Registry, text: str) -> None:
    assert slugs_of(new_registry, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("澜汀那个姓卞的", ["ent-lanting", "per-bianyichen"]),
        ("栖溪的邵总:", ["ent-qixi", "per-shaominglan"]),
        ("栖溪总部在哪", ["ent-qixi"]),  # 总部 is no manager
        ("那个姓卞的", []),  # a surname without its enterprise names nobody
        ("栖溪那个姓卞的", ["ent-qixi"]),  # nobody of that surname there
        ("筠浦的骆总你好", ["ent-junpu"]),  # an executive without a people record
        ("澜汀的卞老板", ["ent-lanting", "per-bianyichen"]),
        ("澜汀的老板", ["ent-lanting"]),
    ],
)
def test_surname_at_a_named_enterprise_resolves_to_its_person(
    new_registry: Registry, text: str, expected: list[str]
) -> None:
    item = prepare(make_item(1, text), new_registry)
    hits = TargetResolver(new_registry).find(item, "text")
    assert sorted({h.entity_id for h in hits}) == expected
