"""Seeded query generation for the claim-matching benchmark (bench/claims_eval.py).

True queries are derived from a registered claim and must retrieve it:
- ``simplified``: the claim in simplified characters (the registry holds traditional ones);
- ``truncated``: its first or last clauses only (about two thirds of it); reported apart as
  ``truncated_subject_cut`` when the cut removed the claim's subject (a claim that no longer
  names its subject is, by design, not attributed to it);
- ``embedded``: the claim inside longer commentary;
- ``reordered``: its clauses in another order;
- ``synonyms``: words replaced from the small table SYNONYM_TABLE below.

Hard negatives are derived from a claim and must NOT match it:
- ``negated``: the claim with its main verb negated (是→不是, 有→没有, 在→不在, 会→不会...);
- ``other_subject``: the same claim about another registered subject;
- ``other_number``: the same words with one number or date changed.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from opencc import OpenCC

# Common Chinese paraphrases (general vocabulary, documented here and in the report).
SYNONYM_TABLE: dict[str, str] = {
    "位于": "坐落于",
    "获得": "荣获",
    "因为": "由于",
    "成立": "创立",
    "著名": "知名",
    "包括": "包含",
    "曾经": "曾",
    "担任": "出任",
    "出生": "生于",
    "主要": "大多",
    "发表": "发布",
    "举办": "举行",
    "开始": "起始",
    "之后": "以后",
    "以前": "之前",
    "目前": "现在",
    "已经": "早已",
    "属于": "归属于",
    "称为": "叫做",
    "最大": "规模最大",
    "作品": "创作",
    "创立": "创办",
    "电影": "影片",
    "歌曲": "曲目",
    "国家": "国度",
}
COMMENTARY = (
    ("听说", "，是真的吗？"),
    ("朋友圈都在传：", "。"),
    ("今天才知道，", "，长知识了。"),
    ("有人跟我说", "，我有点不信。"),
    ("转发一下：", "，大家怎么看？"),
    ("据说", "。"),
    ("刚看到一个说法：", "，记录一下。"),
    ("家里长辈说", "，涨知识。"),
)
NEGATIONS = (
    ("是", "不是"),
    ("有", "没有"),
    ("在", "不在"),
    ("会", "不会"),
    ("能", "不能"),
    ("曾", "不曾"),
    ("获得", "未获得"),
    ("属于", "不属于"),
)
CLAUSE = re.compile(r"[，,；;]")
NUMBER = re.compile(r"\d+")


@dataclass(frozen=True)
class Query:
    """A query text, the claim it was derived from, and how."""

    text: str
    source: str
    how: str
    positive: bool


class QueryMaker:
    """Derives true queries and hard negatives from registered claims (seeded)."""

    def __init__(self, seed: int, subjects: dict[str, str]) -> None:
        self.rng = random.Random(seed)
        self.t2s = OpenCC("t2s")
        self.subjects = subjects  # claim id → the subject name written in the claim
        self.names = sorted(set(subjects.values()))

    def positives(self, cid: str, claim: str) -> list[Query]:
        simple = self.t2s.convert(claim).rstrip("。")
        out = [Query(simple, cid, "simplified", True)]
        truncated = self._truncate(simple)
        subject = self.subjects.get(cid)
        kept = subject is None or _find_name(truncated, subject) is not None
        how = "truncated" if kept else "truncated_subject_cut"
        out.append(Query(truncated, cid, how, True))
        head, tail = self.rng.choice(COMMENTARY)
        out.append(Query(head + simple + tail, cid, "embedded", True))
        clauses = CLAUSE.split(simple)
        if len(clauses) >= 2:
            self.rng.shuffle(clauses)
            if "，".join(clauses) != simple:
                out.append(Query("，".join(clauses), cid, "reordered", True))
        replaced = simple
        for word, other in SYNONYM_TABLE.items():
            replaced = replaced.replace(word, other)
        if replaced != simple:
            out.append(Query(replaced, cid, "synonyms", True))
        return out

    def negatives(self, cid: str, claim: str) -> list[Query]:
        simple = self.t2s.convert(claim).rstrip("。")
        out: list[Query] = []
        for word, negated in NEGATIONS:
            at = simple.find(word)
            if at > 0 and simple[at - 1] not in "不没未非":
                out.append(
                    Query(simple[:at] + negated + simple[at + len(word) :], cid, "negated", False)
                )
                break
        subject = self.subjects.get(cid)
        written = _find_name(simple, subject) if subject else None
        if written and len(self.names) > 1:
            other = self.rng.choice([n for n in self.names if n != subject and n not in simple])
            out.append(Query(simple.replace(written, other), cid, "other_subject", False))
        numbers = list(NUMBER.finditer(simple))
        if numbers:
            m = self.rng.choice(numbers)
            value = int(m.group())
            changed = value + self.rng.randint(1, 5) if value > 1000 else value * 2 + 1
            out.append(
                Query(
                    simple[: m.start()] + str(changed) + simple[m.end() :],
                    cid,
                    "other_number",
                    False,
                )
            )
        return out

    def _truncate(self, simple: str) -> str:
        clauses = CLAUSE.split(simple)
        if len(clauses) >= 3:
            keep = max(2, round(len(clauses) * 2 / 3))
            return "，".join(clauses[:keep] if self.rng.random() < 0.5 else clauses[-keep:])
        cut = max(4, round(len(simple) * 2 / 3))
        return simple[:cut] if self.rng.random() < 0.5 else simple[-cut:]


def _find_name(text: str, name: str) -> str | None:
    """The name as written in the text, allowing separators between its characters (爱伦 · 坡)."""
    pattern = r"[\s·・．.]*".join(map(re.escape, name))
    match = re.search(pattern, text)
    return match.group() if match else None
