"""Unregistered serious allegations a rival's staff state as fact about the rival.

A registered false claim is the strong signal of a competitor smear; but a rival's employee
writing, with no source, that the rival "已被立案调查", "死了人", "检出病毒", that its
product's "鲜肉含量其实只有20%" or that "包装上的72%是编的" is what smears look like before
any fact-check exists. "内部人告诉你" is hearsay, not a source. Such a sentence
is surfaced for a person to check, at a review-only score, never as a proven falsehood. The
rule is narrow on purpose: the rival is named before a predicate from a small lexicon of
investigation, death, contamination, fraud and collapse, in one sentence that is not a
question, not negated, not hedged as opinion, and the text neither cites a source, refutes a
rumour nor compares products.

>>> [a.family for a in find_allegations("刚收到消息：电环已被立案调查", [(6, 8)])]
['investigation']
>>> find_allegations("电环真的被立案调查了吗？", [(0, 2)])
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from clearbright.detectors.claims.lexicon import NEGATIONS, REFUTATIONS, SATIRE
from clearbright.detectors.claims.textutil import has_any, negation_count, sentences

# What a content figure is a share of, and how the share is written (20%, 百分之二十, 两成).
_SHARE = "含量|含肉量|肉含量|添加量|占比|比例|纯度|浓度"
_FIGURE = (
    r"(?:\d+(?:\.\d+)?\s*[%％]|百分之[零一二两三四五六七八九十百点]+|[一二两三四五六七八九]成)"
)
# Serious factual predicates, by family. Words a reader takes as a reported fact about an
# enterprise, not an opinion of it ("难吃", "坑人" are opinions and are not here).
PREDICATES: dict[str, re.Pattern[str]] = {
    "investigation": re.compile("立案调查|被立案|被查处|被查封|被吊销|勒令停业"),
    # "死了三个人", "炸死了人"; not "笑死了" / "累死了" (slang for very funny, very tired).
    "death": re.compile("(?<![笑累气热困烦馋])死了|炸死|烧死|毒死|出了人命|致人死亡|身亡"),
    "contamination": re.compile("检出|超标|非洲猪瘟|病死猪|地沟油"),
    "fraud": re.compile("财务造假|数据造假|诈骗|骗局|洗钱|偷税"),
    "collapse": re.compile("资金链断裂|破产|倒闭|暴雷|爆雷"),
    # "含量只有8%", "含肉量其实才两成": a precise low share of what a product should contain,
    # stated as measured.
    "fabricated_figure": re.compile(
        rf"(?:{_SHARE})(?:其实|实际上|实际|真实|真正|也就|竟然|居然|顶多|最多|充其量)?"
        rf"(?:只有|仅有|只占|仅占|仅|才|不到|不足|只)\s*{_FIGURE}"
        rf"|(?:{_SHARE})(?:其实|实际上|实际|真实|真正)?连\s*{_FIGURE}\s*都不到"
    ),
    # "包装上的72%是编的", "配料表造假", "标注的含量是假的": the product's own label called a lie.
    "false_labelling": re.compile(
        r"(?:包装|标签|配料表|成分表|外包装|宣传|标注|标称|标的|写的)[^。!?；;]{0,16}?"
        r"(?:是编的|是瞎编的|编出来的|编造的|是假的|造假|虚标|虚假宣传|是骗人的|骗人的)"
    ),
}
# Marks of a cited source: an official notice, a report, a link. A sourced statement is
# reporting, which people check against the source, not a bare allegation.
SOURCE_CUES: tuple[str, ...] = (
    "通报",
    "公告",
    "官网",
    "官方",
    "报道",
    "发布",
    "披露",
    "公示",
    "判决",
    "裁定",
    "据悉",
    "链接",
    "http",
    "www.",
    "来源",
    "新闻",
    "媒体",
    # a test report the reader can look up
    "检测报告",
    "检验报告",
    "报告编号",
    "抽检结果",
    "附件",
)
# Comparison ads and opinion or speculation: not statements of fact about the rival.
NOT_FACT_CUES: tuple[str, ...] = (
    "对比",
    "比较",
    "相比",
    "不如",
    "欢迎",
    "我觉得",
    "我认为",
    "个人认为",
    "感觉",
    "怀疑",
    "可能",
    "也许",
    "是不是",
    "会不会",
    "有没有",
    "如果",
    "要是",
    # hearsay the writer does not vouch for ("听说…不知道真假")
    "听说",
    "据说",
    "真假",
    "不确定",
    # talk about a rumour, not the rumour: "电环回应被立案调查传闻"
    "传闻",
    "传言",
    "回应",
    "否认",
)
QUESTION_CUES: tuple[str, ...] = ("吗", "?", "？", "么", "呢")
# The predicate must follow the name closely: further away it is about something else.
MAX_GAP = 12
# A product's content or label is described before it is alleged ("爪呜那款主打高端的所谓鲜肉
# 冻干粮，鲜肉含量…"): those predicates may stand further from the name, in the same sentence.
PRODUCT_GAP = 24
GAPS: dict[str, int] = {"fabricated_figure": PRODUCT_GAP, "false_labelling": PRODUCT_GAP}


@dataclass(frozen=True)
class Allegation:
    """A serious factual predicate stated about a named enterprise: where, and which family."""

    family: str
    start: int
    end: int


def find_allegations(text: str, names: Sequence[tuple[int, int]]) -> list[Allegation]:
    """Allegations in a folded text about the enterprise named at the `names` ranges."""
    if (
        has_any(_without_labelling(text), REFUTATIONS)
        or has_any(text, SOURCE_CUES)
        or has_any(text, NOT_FACT_CUES)
        or has_any(text, SATIRE)
    ):
        return []
    out: list[Allegation] = []
    for s_start, s_end in sentences(text):
        sentence = text[s_start:s_end]
        if has_any(sentence, QUESTION_CUES) or (s_end < len(text) and text[s_end] in "?？"):
            continue
        for n_start, n_end in names:
            if not s_start <= n_start < s_end:
                continue
            found = _predicate(text, n_end, s_end)
            if found is None:
                continue
            family, start, end = found
            # "没有被立案调查", "未检出": a negation between the name and the predicate (not
            # in it: "含量不到8%" is the allegation).
            if negation_count(text[n_end:start]) % 2 or _negated_before(text, s_start, n_start):
                continue
            out.append(Allegation(family, start, end))
            break
    return out


def _predicate(text: str, start: int, stop: int) -> tuple[str, int, int] | None:
    """The first predicate within its family's gap (MAX_GAP, or PRODUCT_GAP for a product's
    content and label) after a name, in the same sentence."""
    window = text[start : min(stop, start + PRODUCT_GAP + 24)]
    best: tuple[str, int, int] | None = None
    for family, pattern in PREDICATES.items():
        found = pattern.search(window)
        near = found is not None and found.start() <= GAPS.get(family, MAX_GAP)
        if found and near and (best is None or start + found.start() < best[1]):
            best = (family, start + found.start(), start + found.end())
    return best


def _without_labelling(text: str) -> str:
    """The text with its false-labelling predicates blanked: "包装上的72%是假的" calls the
    product's label a lie; it does not refute a rumour."""
    return PREDICATES["false_labelling"].sub(lambda m: "　" * len(m.group()), text)


def _negated_before(text: str, s_start: int, n_start: int) -> bool:
    """A negation right before the name ("没听说电环被立案") covers what follows."""
    return has_any(text[max(s_start, n_start - 4) : n_start], NEGATIONS) is not None
