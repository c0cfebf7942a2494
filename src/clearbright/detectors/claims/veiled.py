"""Veiled names: "某“岚”字开头的奶粉", "某岚姓品牌", "X字头的那家".

A rival who smears a competitor often avoids its name while making sure readers know it: the
first character, in quotes, "字开头的". Such a phrase is resolved to the one enterprise among
`candidates` (the author's declared rivals) whose registered name or short name starts with
the given characters; with no or several such enterprises it names nobody.

>>> [m.group("head") for m in VEILED_RE.finditer("不点名说一句，某“岚”字开头的奶粉")]
['岚']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from clearbright.registry import Mention, Registry
from clearbright.registry.registry import NameEntry
from clearbright.text.normalize import fold

_OPEN = "“\"「『‘'"
_CLOSE = "”\"」』’'"
VEILED_RE = re.compile(
    rf"某\s*[{_OPEN}]?(?P<head>[\u4e00-\u9fff]{{1,2}}?)[{_CLOSE}]?\s*"
    r"(?:字开头|字打头|字头|开头|打头|姓)的?"
)


def veiled_mentions(text: str, registry: Registry, candidates: Iterable[str]) -> list[Mention]:
    """Mentions of the enterprises among `candidates` that `text` (folded) names veiledly."""
    out: list[Mention] = []
    for found in VEILED_RE.finditer(text):
        head = found.group("head")
        matching = sorted(eid for eid in candidates if _starts_with(registry, eid, head))
        if len(matching) != 1:
            continue  # nobody, or ambiguous: a veiled name must point at one rival
        entry = NameEntry(
            entity_id=matching[0],
            entity_type="enterprise",
            kind="alias",
            text=found.group(),
            folded=found.group(),
            pinyin="",
        )
        out.append(Mention(found.start(), found.end(), (entry,)))
    return out


def _starts_with(registry: Registry, enterprise_id: str, head: str) -> bool:
    enterprise = registry.enterprises.get(enterprise_id)
    if enterprise is None:
        return False
    names = (enterprise.name, *enterprise.short_names, *enterprise.aliases)
    return any(fold(name).startswith(head) for name in names)
