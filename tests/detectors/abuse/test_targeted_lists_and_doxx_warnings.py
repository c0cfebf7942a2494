"""Target lists hung out with a slur to post in turns; warnings against a doxx.

A list of a person's and a company's accounts published for others (名单我整理好了…全部挂
出来了) with a label to post one each (大家一人一条‘卖国贼…’) is a pile-on on the person.
A post that condemns a doxx (人肉别人是违法的) or asks people not to spread it and to report
it warns against the abuse; it is not a call to it, even when it hates the company.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import make_item, scan_family, slugs_of

LIST_AND_CHANT = [
    "评论区的别光看，名单我整理好了：澜汀官号@lanting_x、卞逸尘@bian_yy，全部挂出来了，"
    "大家一人一条‘卖国贼滚出浙江’，今晚让他们热搜见！",
    "兄弟们，邵明岚和栖溪的账号我都挂出来了，每人三条“汉奸滚出教育圈”，刷起来！",
    "卞逸尘的微博、抖音号全挂在下面了，大家一人一句‘走狗滚出去’，冲！",
    "姐妹们统一评论「卖国贼邵明岚」，她的号就在这，别手软。",
]
DOXX_WARNINGS = [
    "有人在评论区贴澜汀董事长卞逸尘的身份证号（3301**********4418这种），不管你多恨澜汀，"
    "人肉别人是违法的，大家别转发，直接举报。",
    "看到有人开盒栖溪的邵明岚，连家庭住址都贴出来了。批评归批评，开盒是犯法的，请勿扩散。",
    "再讨厌卞逸尘也别人肉他，家里人是无辜的，看到他家地址的帖子大家一起举报。",
]
CLEAN = [
    # Lists and quoted lines with nothing degrading; criticism of the company.
    "栖溪教育的获奖名单挂出来了，大家快去官网看看有没有自己。",
    "活动规则：大家一人一条‘祝澜汀十周年快乐’，抽三位送靠垫。",
    "澜汀这次的质检问题很严重，卞逸尘应该出来道歉，大家理性维权。",
]


@pytest.mark.parametrize("text", LIST_AND_CHANT)
def test_hung_out_lists_and_chanted_labels_are_targeted_abuse(
    new_registry: Registry, text: str
) -> None:
    found = scan_family(new_registry, [make_item(1, text)])["i-1"]
    assert [f.slug for f in found] == ["targeted_abuse"]
    assert found[0].target in {"per-bianyichen", "per-shaominglan"}
    assert any(e.kind == "pile_on_incitement" for e in found[0].evidence)


@pytest.mark.parametrize("text", DOXX_WARNINGS + CLEAN)
def test_doxx_warnings_and_harmless_lists_stay_clean(new_registry: Registry, text: str) -> None:
    assert slugs_of(new_registry, text) == []


def test_a_doxx_call_is_still_incitement(new_registry: Registry) -> None:
    text = "大家把卞逸尘人肉出来，家庭住址和电话都挂上，让他出门小心点。"
    assert slugs_of(new_registry, text) == ["targeted_abuse"]
