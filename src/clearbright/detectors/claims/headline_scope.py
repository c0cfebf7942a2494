"""Headlines that widen one site's sanction to the whole enterprise ("X所有门店被责令关停"
over a body saying one named store was suspended for a month and the others run normally).

The headline says every site (所有/全部/全线 + a site noun) was shut; the body says the
other sites (其余门店, 其他院区...) operate as usual. No registry record is needed: the item
contradicts itself. A body that itself says every site was shut bears the headline out.

>>> universal_closure("赤焰火锅所有门店被责令关停")
(4, 13)
>>> universal_closure("赤焰火锅望京店被责令停业") is None
True
>>> others_normal("望京店被责令停业一个月，其余门店均正常营业。")
(12, 21)
>>> others_normal("其余门店也被查封。") is None
True
"""

from __future__ import annotations

import re

from clearbright.detectors.claims.textutil import (
    SENTENCE_BREAKS,
    has_any,
    negation_count,
    scope_end,
)

# "Not affected": a negation that says the sites run normally.
UNAFFECTED = ("不受影响", "未受影响", "没有受到影响", "没受影响")
# Nouns for the places an enterprise operates from.
SITE_NOUNS = (
    "门店|分店|店铺|店面|餐厅|网点|营业点|院区|园区|分院|校区|分校|幼儿园|养老院|"
    "机构|工厂|厂区|生产线|项目|景区|场馆|站点|仓库|店"
)
_ALL = "所有|全部|全体|全线|全面|全国|旗下全部|旗下所有|各地|各家|全市|全省"
_CLOSED = (
    "关停|关闭|关门|关店|闭店|停业|停运|停产|歇业|查封|被封|封停|暂停营业|暂停运营|停止营业|"
    "停止运营|停止经营|叫停|取缔|倒闭"
)
# "所有门店被责令关停", "全部门店停业", "全线关店".
_UNIVERSAL_RE = re.compile(
    rf"(?:(?:{_ALL})(?:的)?(?:{SITE_NOUNS})?|(?:{SITE_NOUNS})(?:全都|全部|全|都|均|一律))"
    rf"[^,.!?;:，。！？；：]{{0,8}}?(?:{_CLOSED})"
)
# "其余门店均正常营业", "其他院区运营正常", "别的店照常开门".
_NORMAL = "(?:正常|照常)(?:营业|运营|经营|开放|运转|运行)?|如常|" + "|".join(UNAFFECTED)
_OTHERS_RE = re.compile(
    rf"(?:其余|其他|其它|另外|别的|剩下的|剩余)(?:[^,.!?;:，。！？；：]{{0,4}}?)(?:{SITE_NOUNS})"
    rf"[^,.!?;:，。！？；：]{{0,8}}?(?:{_NORMAL})"
)
# "仅城南店被责令停业", "只有一家门店暂停营业": the sanction limited to one site.
_ONLY_ONE_RE = re.compile(
    rf"(?<![不非])(?:仅|只有|只是|仅有|仅限|只)[^,.!?;:，。！？；：]{{0,10}}?(?:{SITE_NOUNS})"
    rf"[^,.!?;:，。！？；：]{{0,14}}?(?:{_CLOSED}|暂停|整改|整顿)"
)
NEGATION_LOOKBACK = 3
# A body still unsure of the other sites ("其余门店是否正常营业尚不清楚") asserts nothing.
UNSURE = ("是否", "是不是", "能否", "吗", "尚不", "不清楚", "不确定", "待定", "有待", "未知")


def universal_closure(title: str) -> tuple[int, int] | None:
    """[start, end) of "every site shut" in a headline, unless negated ("并非所有门店关停")."""
    for found in _UNIVERSAL_RE.finditer(title):
        before = title[max(0, found.start() - NEGATION_LOOKBACK) : found.start()]
        if negation_count(before + found.group()) % 2 == 0:
            return found.start(), found.end()
    return None


def others_normal(body: str) -> tuple[int, int] | None:
    """[start, end) of the body's "the other sites run normally" or "only <one site> was
    suspended", unless negated ("其余门店也未能正常营业", "不只城南店停业") or unsure, or
    the body also says every site was shut."""
    if universal_closure(body) is not None:
        return None
    for found in (*_OTHERS_RE.finditer(body), *_ONLY_ONE_RE.finditer(body)):
        said = found.group()
        for word in UNAFFECTED:
            said = said.replace(word, "")
        clause = body[found.start() : scope_end(body, found.end(), SENTENCE_BREAKS)]
        if negation_count(said) % 2 == 0 and not has_any(clause, UNSURE):
            return found.start(), found.end()
    return None
