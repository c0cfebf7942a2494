"""Servant, scum and misogynist labels and curses aimed at a registered person or company.

Dehumanizing labels (奴才, 买办, 这条美国人的狗, 杂碎), scum labels in a hostile frame (败类,
毒瘤 with 滚出…), slurs for a woman (贱人, 婊子) and curses on a person and her family
(全家都该遭报应, 断子绝孙, nmsl) are targeted abuse even without a call to action. Product
criticism, insults between users with no registered target, reports that quote the abuse,
and fans cursing trolls in a person's defence stay clean.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import make_item, scan_family, slugs_of

LABELS = [
    ("卞逸尘就是个买办，替外资卖命", "per-bianyichen"),
    ("钟以宁这个奴才，跪舔外国主子，滚出去", "per-zhongyining"),
    ("邵明岚？狗奴才一个。", "per-shaominglan"),
    ("卞逸尘这条美国人的狗，滚出中国市场", "per-bianyichen"),
    ("钟以宁甘当日本人的走狗，吃中国饭砸中国锅", "per-zhongyining"),
    ("卞逸尘败类，滚出家居行业", "per-bianyichen"),
    ("邵明岚就是教育界的毒瘤，人渣", "per-shaominglan"),
    ("邵明岚这种杂碎也配当老师", "per-shaominglan"),
    ("卞逸尘就是条疯狗，见谁咬谁", "per-bianyichen"),
    ("卞逸尘这个假洋鬼子，滚回美国去", "per-bianyichen"),
    # A company: a traitor label heading a company noun, a scum label framed by expulsion.
    ("澜汀家居是中国的毒瘤，卖国贼企业滚出中国", "ent-lanting"),
    ("蓉沁串串，汉奸品牌，滚出成都", "ent-rongqin"),
    ("筠浦生物就是行业败类，滚出中国市场！", "ent-junpu"),
]
SLURS = [
    ("邵明岚贱人一个，早该滚蛋", "per-shaominglan"),
    ("邵明岚这个婊子，装什么清高", "per-shaominglan"),
    ("钟以宁这贱女人又出来带货了", "per-zhongyining"),
    ("邵明岚就是个骚货", "per-shaominglan"),
    ("看到邵明岚就恶心，绿茶婊", "per-shaominglan"),
]
CURSES = [
    ("卞逸尘全家都该遭报应", "per-bianyichen"),
    ("诅咒卞逸尘一家死绝", "per-bianyichen"),
    ("钟以宁断子绝孙", "per-zhongyining"),
    ("邵明岚早晚遭天谴", "per-shaominglan"),
    ("邵明岚的孩子出门被车撞", "per-shaominglan"),
    ("卞逸尘，你的儿子迟早出车祸", "per-bianyichen"),
    ("祝钟以宁早日去世", "per-zhongyining"),
    ("钟以宁生孩子没屁眼", "per-zhongyining"),
    ("祝卞逸尘全家早日升天", "per-bianyichen"),
    ("报应会落到卞逸尘孩子身上的", "per-bianyichen"),
    ("钟以宁你全家火葬场", "per-zhongyining"),
    ("卞逸尘这种人，他女儿将来也会遭报应", "per-bianyichen"),
    ("邵明岚死妈玩意", "per-shaominglan"),
    ("s明岚就是个贱人", "per-shaominglan"),
    # Street curses in initials beside the full name or one half hidden in initials.
    ("邵明岚nmsl", "per-shaominglan"),
    ("卞yc nmsl", "per-bianyichen"),
    ("邵ML cnm，骗了多少家长的钱", "per-shaominglan"),
    ("钟yn全家暴毙", "per-zhongyining"),
    ("卞yc就是个sb", "per-bianyichen"),
    ("shao ml 你个sb", "per-shaominglan"),
    ("bianyc就是个sb，nmsl", "per-bianyichen"),
]
CLEAN = [
    # Product and business criticism, however harsh.
    "栖溪教育就是黑心商家，垃圾课程，再也不买了",
    "澜汀家居垃圾产品，黑心商家，大家别买了，售后根本不理人",
    "蓉沁串串这种卫生条件迟早关门，再也不去了",
    "澜汀家居的虚假宣传就是行业毒瘤，希望监管部门查一查",
    "筠浦生物这种做法是行业败类的做法，必须整改",
    # Users insulting each other; no registered target.
    "你个sb，nmsl，懂不懂啊",
    "楼上cnm，滚",
    "这贱人说话真难听，别理她",
    # Reports that quote the abuse, or argue against it.
    "据报道，邵明岚近日遭遇网暴，有网友在她直播间刷屏辱骂“不得好死”，警方已立案",
    "卞逸尘昨天被网友诅咒全家，他在微博回应说会通过法律途径维权",
    "有人骂钟以宁是“美国人的狗”，这种扣帽子很无聊",
    "邵明岚不是婊子，也不是贱人，别再用这种词骂女性了",
    # Fans defending a person, cursing trolls.
    "明岚姐加油！黑子们不得好死，我们永远支持你",
    "以宁哥别理那些喷子，造谣的全家遭报应",
    # Dogs, gifts and ordinary words that contain the letters or characters.
    "卞逸尘在日本养的狗很可爱，昨天还发了照片",
    "邵明岚今天上课讲了买办阶级的历史",
    "钟以宁的孩子生病了，大家祝他早日康复",
    "邵明岚推荐的这款面霜50ml，cnm色号很好看",
    "邵明岚你早死了这条心吧，这课我不会报的",
    "邵明岚你个小机灵鬼，讲课真有意思",
    "邵明岚是s级讲师，明岚姐讲课真好",
    # A slur in a quarrel further on, after the name was mentioned in passing.
    "邵明岚今天开直播了。你要小心这种人，身边都是好人，和贱货，一眼就能看出来",
    "卞逸尘发了新品。楼下那个说话真难听，我说的是你，断子绝孙的玩意",
    "邵明岚今天讲了抗战史。小日本鬼子当年在这里犯下了罪行",
]


def _abuse_target(registry: Registry, text: str) -> str | None:
    found = scan_family(registry, [make_item(1, text)]).get("i-1", [])
    abuse = [f for f in found if f.slug == "targeted_abuse"]
    return abuse[0].target if abuse else None


@pytest.mark.parametrize(("text", "target"), LABELS)
def test_servant_and_scum_labels_are_targeted_abuse(
    new_registry: Registry, text: str, target: str
) -> None:
    assert _abuse_target(new_registry, text) == target


@pytest.mark.parametrize(("text", "target"), SLURS)
def test_slurs_for_a_woman_are_targeted_abuse(
    new_registry: Registry, text: str, target: str
) -> None:
    assert _abuse_target(new_registry, text) == target


@pytest.mark.parametrize(("text", "target"), CURSES)
def test_curses_on_a_person_and_her_family_are_targeted_abuse(
    new_registry: Registry, text: str, target: str
) -> None:
    assert _abuse_target(new_registry, text) == target


@pytest.mark.parametrize("text", CLEAN)
def test_criticism_reports_and_defence_stay_clean(new_registry: Registry, text: str) -> None:
    assert slugs_of(new_registry, text) == []


def test_a_slur_for_a_woman_beside_a_company_is_no_finding(new_registry: Registry) -> None:
    # Slurs and curses are aimed at people; a company is criticised, not cursed.
    assert slugs_of(new_registry, "澜汀家居就是个贱人公司") == []
    assert slugs_of(new_registry, "蓉沁串串断子绝孙") == []


def test_evidence_names_the_curse(new_registry: Registry) -> None:
    found = scan_family(new_registry, [make_item(1, "卞逸尘全家都该遭报应")])["i-1"]
    kinds = {e.kind: e for e in found[0].evidence}
    assert kinds["curse"].span is not None
    assert kinds["curse"].span.text.endswith("遭报应")
    assert kinds["target_mention"].registry_ref == "per-bianyichen"
