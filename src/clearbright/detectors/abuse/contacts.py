"""Contact handles in obfuscated forms, so one actor is linked across items and platforms.

Black-PR recruiters and extortionists hide their WeChat, QQ, phone and Telegram behind
stand-ins ("薇❤", "V:", "扣扣", "加q", "飞机"). The extracted value is lower-cased, with
separators removed, so the same handle written two ways links the same two items.

>>> from clearbright.text.normalize import normalize
>>> [(c.kind, c.value) for c in find_contacts(normalize("加V:Shuijun_8899 扣扣 12345678"))]
[('wechat', 'shuijun_8899'), ('qq', '12345678')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from clearbright.text.normalize import NormalizedText

ContactKind = Literal["wechat", "qq", "phone", "telegram"]


@dataclass(frozen=True)
class Contact:
    """A contact handle at [start, end) of the folded text, with its comparable value."""

    kind: ContactKind
    value: str
    start: int
    end: int


_SEP = r"[\s:=~\-]*(?:号|号码|id)?[\s:=~\-]*"
# Markers are matched on folded text: 微信 written 薇信/威信/薇❤ (❤ read as 心), V/VX/wx.
# A Latin marker must start a word (the "wx" inside "foowxbar" is no marker).
PATTERNS: tuple[tuple[ContactKind, re.Pattern[str]], ...] = (
    (
        "wechat",
        re.compile(
            r"(?:微信|威信|薇信|徽信|v信|薇心|微心|威心|加v|薇|(?<![a-z])(?:vx|wx|weixin|wechat|v(?=[\s:=~\-])))"
            + _SEP
            + r"(?P<value>[a-z][-_a-z0-9]{5,19})(?![-_a-z0-9])"
        ),
    ),
    (
        "qq",
        re.compile(
            r"(?:扣扣|抠抠|企鹅|q号|加q|(?<![a-z])(?:qq|q))"
            + _SEP
            + r"(?P<value>[1-9]\d{4,10})(?!\d)"
        ),
    ),
    (
        "telegram",
        re.compile(
            r"(?:纸飞机|飞机|电报|(?<![a-z])(?:telegram|tg))"
            + _SEP
            + r"@?(?P<value>[a-z][a-z0-9_]{4,31})(?![a-z0-9_])"
        ),
    ),
    ("phone", re.compile(r"(?<!\d)(?P<value>1[3-9]\d(?:[\s\-]?\d){8})(?!\d)")),
)


def find_contacts(text: NormalizedText) -> list[Contact]:
    """Every contact handle in folded text (a phone inside a QQ number is not counted twice)."""
    found: list[Contact] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text.text):
            start, end = match.span("value")
            if any(start < c.end and c.start < end for c in found):
                continue
            value = match.group("value")
            if kind == "phone":
                value = re.sub(r"[\s\-]", "", value)
            found.append(Contact(kind, value, start, end))
    return sorted(found, key=lambda c: c.start)
