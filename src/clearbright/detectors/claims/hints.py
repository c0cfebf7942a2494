"""Scare-quoted hints: a smear that names the accused thing only by a wink.

A rival's staff write "里面加了那个“料”，懂的都懂" or "加了点‘壳’，行内人都知道": the quoted
word stands for what a registered claim accuses the product of (罂粟壳), and the insider's
wink ("懂的都懂", "我不方便多说") tells readers to fill it in. A hint reading writes the
claim's accused thing in place of the quoted word, so the claim matcher can judge the sentence
as the readers will read it. It applies only with both signs, a quoted hint and a wink, and
only a quoted word that is a stand-in ("料", "东西") or a piece of the accused thing ("壳" of
罂粟壳) is filled in.

>>> [m.group("word") for m in HINT_RE.finditer("里面加了那个“料”，懂的都懂")]
['料']
>>> accused_thing_of("添加罂粟壳让人上瘾"), accused_thing_of("的奶盖用的是过期奶油")
('罂粟壳', '过期奶油')
>>> accused_thing_of("的珍珠是用废旧轮胎做的")
'废旧轮胎'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from clearbright.detectors.claims.claim_index import ClaimEntry
from clearbright.detectors.claims.claim_matcher import covered_positions
from clearbright.detectors.claims.lexicon import EFFECT_LINKS
from clearbright.detectors.claims.textutil import content, has_any
from clearbright.text.normalize import NormalizedText

# The insider's wink: what everyone in the trade supposedly knows and the writer won't say.
WINKS: tuple[str, ...] = (
    "懂的都懂",
    "懂得都懂",
    "懂的人都懂",
    "懂的人自然懂",
    "你懂的",
    "大家都懂",
    "行内人都知道",
    "行内都知道",
    "行内人都懂",
    "内行都知道",
    "内行人都清楚",
    "圈内人都知道",
    "圈里人都知道",
    "业内都知道",
    "业内人都知道",
    "同行都知道",
    "同行都懂",
    "我不方便多说",
    "不方便多说",
    "不便多说",
    "不能多说",
    "不敢多说",
    "不用我多说",
    "点到为止",
    "心照不宣",
    "自己品",
    "细品",
)
_OPEN = "“\"‘'「『"
_CLOSE = "”\"’'」』"
# A short quoted word after a demonstrative or a quantity ("那个“料”", "点‘壳’", "某种「东西」").
HINT_RE = re.compile(
    rf"(?:那个|那种|某种|一种|一点|这个|这种|那些|点|些)\s*[{_OPEN}]"
    rf"(?P<word>[\u4e00-\u9fff]{{1,3}})[{_CLOSE}]"
)
# Words that stand for any ingredient or substance: a wink fills them with the accused thing.
STAND_INS: frozenset[str] = frozenset(
    {"料", "东西", "玩意", "玩意儿", "成分", "配方", "添加剂", "好东西", "秘方", "宝贝", "药"}
)
# Verbs after which a claim names what it accuses the product of, longest first.
_OBJECT_VERBS_RE = re.compile(
    "用的是|是用|添加了|添加|加了|加入|掺了|掺|含有|含|使用|用了|放了|检出|是"
)
# How the thing was made into the product, after it ("废旧轮胎做的"): not part of the thing.
_MADE_RE = re.compile("(?:做成|制成|制作|加工|炸制|做)?的?$")
MIN_THING = 2
MIN_BESIDES = 2


@dataclass(frozen=True)
class HintReading:
    """A text with its quoted hints written as one claim's accused thing."""

    entry: ClaimEntry
    text: NormalizedText


def accused_thing_of(predicate: str) -> str:
    """What a claim's predicate accuses the product of: the words after its last object verb
    in the accusation (the part before an effect link: "罂粟壳" of "添加罂粟壳让人上瘾");
    empty when it names none."""
    cut = min((predicate.find(w) for w in EFFECT_LINKS if w in predicate), default=len(predicate))
    accusation = predicate[:cut]
    verbs = list(_OBJECT_VERBS_RE.finditer(accusation))
    if not verbs:
        return ""
    thing = _MADE_RE.sub("", accusation[verbs[-1].end() :])
    return thing if len(thing) >= MIN_THING else ""


def hint_readings(text: NormalizedText, entries: Iterable[ClaimEntry]) -> Iterator[HintReading]:
    """For each claim whose accused thing the text's quoted hints stand for, the text with
    those hints written as it; nothing without a wink and a hint."""
    folded = text.text
    if not has_any(folded, WINKS):
        return
    hints = list(HINT_RE.finditer(folded))
    if not hints:
        return
    core = content(folded)
    for entry in entries:
        thing = accused_thing_of(entry.predicate)
        fitting = [h for h in hints if _stands_for(h.group("word"), thing)]
        if thing and fitting and _said_besides(core, entry, thing):
            yield HintReading(entry, _filled(text, fitting, thing))


def _said_besides(core: str, entry: ClaimEntry, thing: str) -> bool:
    """Whether the text, hint unfilled, states some of the claim besides its accused thing
    ("上瘾", "加了" of 添加罂粟壳让人上瘾): a stand-in fits any claim's thing, and only the rest
    of the sentence tells which claim the wink is about."""
    at = entry.predicate.find(thing)
    own = set(range(at, at + len(thing))) if at >= 0 else set()
    return len(covered_positions(core, entry) - own) >= MIN_BESIDES


def _stands_for(word: str, thing: str) -> bool:
    return word in STAND_INS or (word in thing and word != thing)


def _filled(text: NormalizedText, hints: list[re.Match[str]], thing: str) -> NormalizedText:
    """The text with each hint's quoted word replaced by `thing`; every written character maps
    to the original of the word it replaces, so evidence spans point at the hint."""
    pieces: list[str] = []
    origin: list[int] = []
    at = 0
    for hint in hints:
        start, end = hint.span("word")
        pieces.append(text.text[at:start])
        origin.extend(text.origin[at:start])
        pieces.append(thing)
        origin.extend(text.origin[start + min(k, end - start - 1)] for k in range(len(thing)))
        at = end
    pieces.append(text.text[at:])
    origin.extend(text.origin[at:])
    return NormalizedText(text.original, "".join(pieces), tuple(origin))
