"""Hypothesis strategies for hostile input: odd Unicode, bad bytes, deep nesting, huge numbers."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

# Characters that have broken text pipelines before: bidi controls, zero-width joiners,
# combining marks, variation selectors, full-width forms, lone surrogates, NUL, a BOM, and
# CJK look-alikes of the names in the example registry.
NASTY = [
    "\u202e",
    "\u202d",
    "\u200f",
    "\u200e",
    "\u2066",
    "\u2069",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u0301",
    "\u0338",
    "\u20dd",
    "\ufe0f",
    "\U000e0100",
    "\ud800",
    "\udfff",
    "\x00",
    "\n",
    "\r",
    "\u2028",
    "\u3000",
    "Ａ",
    "１",
    "澄",
    "嶼",
    "屿",
    "科",
    "技",
    "官",
    "方",
    "客",
    "服",
    "华",
    "為",
    "号",
    "身",
    "份",
    "证",
    "元",
    "亿",
    "%",
    "“",
    "”",
    "「",
    "」",
    "·",
    "．",
]

nasty_text = st.text(
    alphabet=st.one_of(st.sampled_from(NASTY), st.characters(codec=None)), max_size=200
)
# A scalar JSON value, including numbers Python's json can only just read (or not at all).
huge_numbers = st.sampled_from(
    ["1e999999", "-1e999999", "9" * 5000, "-" + "9" * 4400, "1" + "0" * 400, "0.0000001e-99999"]
)

json_leaf = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), nasty_text
)
json_values = st.recursive(
    json_leaf,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(nasty_text, children, max_size=4)
    ),
    max_leaves=12,
)

ITEM_KEYS = [
    "id",
    "platform",
    "kind",
    "text",
    "title",
    "url",
    "author",
    "created_at",
    "reply_to",
    "region",
    "image_hashes",
]
KINDS = [
    "post",
    "comment",
    "account",
    "app",
    "mini_app",
    "domain",
    "search_suggestion",
    "trending_topic",
]


@st.composite
def item_dicts(draw: st.DrawFn) -> dict[str, Any]:
    """Mostly valid items with hostile text, sometimes with a wrong or missing field."""
    item: dict[str, Any] = {
        "id": draw(st.one_of(nasty_text, st.just("x1"))),
        "platform": draw(st.sampled_from(["weibo", "douyin", "appstore", " ", "平台"])),
        "kind": draw(st.sampled_from([*KINDS, "bogus"])),
        "text": draw(nasty_text),
    }
    if draw(st.booleans()):
        item["title"] = draw(nasty_text)
    if draw(st.booleans()):
        item["url"] = draw(st.one_of(nasty_text, st.just("https://chengyu-tech.com.xn--p1ai/")))
    if draw(st.booleans()):
        item["author"] = {"id": draw(nasty_text), "name": draw(nasty_text)}
    if draw(st.booleans()):
        item["created_at"] = draw(st.one_of(nasty_text, st.just("2025-07-01T09:00:00+08:00")))
    if draw(st.booleans()):
        item[draw(st.sampled_from(ITEM_KEYS))] = draw(json_values)
    return item


def item_line(data: dict[str, Any]) -> bytes:
    # ensure_ascii keeps lone surrogates as escapes (valid JSON, invalid once decoded to text).
    return json.dumps(data, ensure_ascii=bool(hash(str(data)) & 1)).encode("utf-8", "surrogatepass")


@st.composite
def item_file_lines(draw: st.DrawFn) -> list[bytes]:
    """Lines of an items file: items, raw bytes, broken JSON, nesting, huge numbers, blanks."""
    line = st.one_of(
        item_dicts().map(item_line),
        st.binary(max_size=120),
        nasty_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.integers(1, 5000).map(lambda n: b"[" * n + b"]" * n),
        st.integers(1, 5000).map(lambda n: b'{"a":' * n + b"1" + b"}" * n),
        huge_numbers.map(
            lambda n: (
                b'{"id": "a", "platform": "weibo", "kind": "post", "text": ' + n.encode() + b"}"
            )
        ),
        huge_numbers.map(lambda n: n.encode()),
        st.sampled_from([b"", b"\n", b"\xef\xbb\xbf{}", b"\xff\xfe", b"\xc3(", b"\xed\xa0\x80"]),
    )
    return draw(st.lists(line, min_size=0, max_size=6))
