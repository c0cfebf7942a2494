"""Which registered enterprises and people a field names: as written, in pinyin, or a lookalike.

Exact and folded names (traditional, full-width, split characters) come from the mentions
the scanner found once for all detectors. The counterfeit family's lookalike index adds
names spelled in pinyin ("lan mu", "Ji Chuan"), visually similar characters (翊 for 翎),
Latin typos and homophone spellings that keep two of the name's characters or look like it
(顾南生, 澄峪). Other homophones are left out: in running text a registered name sounds
like too many ordinary words (于说 for 昱朔), and a false target would turn any insult in
the sentence into "targeted" abuse.

A person is also named by surname at a named enterprise: "澜汀那个姓卞的", "栖溪的邵总"
stand for the registered person of that enterprise whose name starts with the surname, when
exactly one does (two people of one surname there name nobody in particular).

Two more ways the web names a registered person are derived from the registry: the given
name with an address of familiarity (明岚姐, 以宁哥, for 邵明岚 and 钟以宁), and the surname
(spelled or not) followed by the pinyin initials of the given name (邵ml, 卞YC, shao ml),
or the surname's initial before the given name (s明岚), which hide the name from keyword
filters. All need a given name of two characters or more: one character with 姐 (岚姐) or
one initial (邵m) names too many people.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from pypinyin import Style, lazy_pinyin

from clearbright.detectors.abuse.terms import HOMOPHONE_SHAPE_MIN, words
from clearbright.detectors.base import NormalizedItem
from clearbright.detectors.counterfeit.names import NameIndex
from clearbright.model import TextField
from clearbright.registry import Registry
from clearbright.text.normalize import NormalizedText
from clearbright.text.similar_chars import shape_similarity

# Naming a target more often adds nothing; the caps bound work on pathological input.
MAX_HITS = 50
LOOKALIKE_CHARS = 2000
LOOKALIKE_METHODS = frozenset({"pinyin", "shape", "latin"})
# "姓卞的", "姓邵那个", "姓欧阳的老板"; "邵总:", "卞总您好", "邵总就是…", "卞老板", "邵校长":
# a surname and the usual address for a manager (总 only before punctuation or a verb, as
# 总部, 总监 and 总裁 are no address). The surname must still be that of a registered person
# at an enterprise the text names.
SURNAME = re.compile(
    r"姓(?P<a>[\u4e00-\u9fff]{1,2}?)(?=的|那|老板|女士|先生|[,。!?;:])|"
    r"(?P<b>[\u4e00-\u9fff])(总(?=[,。!?;:您你的就也又还说真太在是和跟这那])|"
    r"老板|董(?!事会)|经理|校长|院长|主任)"
)
# Addresses of familiarity after a given name (明岚姐); longest first.
FAMILIAR = ("姐姐", "哥哥", "姐", "哥")
# Compound surnames: the given name starts after them.
COMPOUND_SURNAMES = frozenset(
    words("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 轩辕 端木")
)
MIN_GIVEN = 2


@dataclass(frozen=True)
class TargetHit:
    """A registered entity named at [start, end) of the *original* field text."""

    entity_id: str
    name: str
    start: int
    end: int
    how: str


class TargetResolver:
    """Finds registered targets in an item's fields."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._lookalikes = NameIndex(registry)

    def find(self, item: NormalizedItem, field: TextField) -> list[TargetHit]:
        """Registered names in one field, with original offsets, in text order."""
        normalized = item.get(field)
        if normalized is None:
            return []
        hits: list[TargetHit] = []
        for mention in item.mentions.get(field, ())[:MAX_HITS]:
            start, end = normalized.to_original(mention.start, mention.end)
            name = normalized.text[mention.start : mention.end]
            hits.extend(TargetHit(e, name, start, end, "exact") for e in sorted(mention.entity_ids))
        if len(normalized.text) <= LOOKALIKE_CHARS:
            hits.extend(self._lookalike_hits(item, field, hits))
        hits.extend(self._surname_hits(normalized, {h.entity_id for h in hits}))
        hits.extend(self._derived_hits(normalized, hits))
        return sorted(hits, key=lambda h: h.start)

    @cached_property
    def _derived(self) -> tuple[re.Pattern[str], dict[str, tuple[str, str, str]]] | None:
        """One regex for every derived form of a registered person's name, and form → person.

        The value is (person id, registered name, how: "nickname" or "initials").
        """
        forms: dict[str, tuple[str, str, str]] = {}
        for person in self.registry.people.values():
            for name in (person.name, *person.aliases):
                for form, how in derived_forms(name):
                    forms.setdefault(form, (person.id, person.name, how))
        if not forms:
            return None
        alternatives = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
        # Initials stand as a word of their own: no Latin letter or digit around them.
        return re.compile(f"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])"), forms

    def _derived_hits(
        self, normalized: NormalizedText, named: list[TargetHit]
    ) -> Iterable[TargetHit]:
        """People named by a familiar address (明岚姐) or surname plus initials (邵ml)."""
        if self._derived is None:
            return []
        pattern, forms = self._derived
        found: list[TargetHit] = []
        for match in pattern.finditer(normalized.text):
            pid, name, how = forms[match.group()]
            start, end = normalized.to_original(match.start(), match.end())
            if not any(h.start < end and start < h.end for h in named):
                found.append(TargetHit(pid, name, start, end, how))
        return found[:MAX_HITS]

    @cached_property
    def _staff(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """Enterprise id → (person id, name) of its registered people and executives."""
        staff: dict[str, dict[str, str]] = {}
        for person in self.registry.people.values():
            if person.enterprise:
                staff.setdefault(person.enterprise, {})[person.id] = person.name
        for enterprise in self.registry.enterprises.values():
            for exe in enterprise.executives:
                if exe.person in self.registry.people:
                    staff.setdefault(enterprise.id, {})[exe.person] = exe.name
        return {e: tuple(people.items()) for e, people in staff.items()}

    def _surname_hits(self, normalized: NormalizedText, named: set[str]) -> Iterable[TargetHit]:
        """People named by surname at an enterprise the field names (姓卞的, 邵总)."""
        enterprises = {e for e in named if e in self.registry.enterprises}
        if not enterprises:
            return []
        found: list[TargetHit] = []
        for match in SURNAME.finditer(normalized.text):
            group = "a" if match.group("a") else "b"
            surname = match.group(group)
            people = {
                pid: name
                for e in enterprises
                for pid, name in self._staff.get(e, ())
                if len(name) > len(surname) and name.startswith(surname)
            }
            if len(people) == 1:
                ((pid, name),) = people.items()
                start, end = normalized.to_original(match.start(), match.end())
                found.append(TargetHit(pid, name, start, end, "surname"))
        return found

    def _lookalike_hits(
        self, item: NormalizedItem, field: TextField, exact: list[TargetHit]
    ) -> list[TargetHit]:
        normalized = item.fields[field]
        found: list[TargetHit] = []
        for match in self._lookalikes.find(normalized)[:MAX_HITS]:
            written = normalized.text[match.start : match.end]
            if match.method not in LOOKALIKE_METHODS and not (
                match.method == "homophone" and _believable(written, match.target.folded)
            ):
                continue
            start, end = normalized.to_original(match.start, match.end)
            if not any(h.start < end and start < h.end for h in exact):
                found.append(
                    TargetHit(match.target.entity_id, match.target.text, start, end, match.method)
                )
        return found

    def label(self, entity_id: str) -> str:
        return self.registry.entity_name(entity_id)


def derived_forms(name: str) -> list[tuple[str, str]]:
    """Folded forms the web writes for a person's Chinese name, and how each is derived.

    >>> derived_forms("邵明岚")[2:]
    [('明岚姐', 'nickname'), ('明岚哥', 'nickname'), ('邵ml', 'initials'), \
('shao ml', 'initials'), ('shaoml', 'initials'), ('s明岚', 'initials')]
    >>> derived_forms("欧阳知秋")[-4:]
    [('欧阳zq', 'initials'), ('ouyang zq', 'initials'), ('ouyangzq', 'initials'), \
('oy知秋', 'initials')]
    >>> derived_forms("贺远")
    []
    """
    if not all("\u4e00" <= c <= "\u9fff" for c in name) or not 3 <= len(name) <= 5:
        return []
    cut = 2 if name[:2] in COMPOUND_SURNAMES else 1
    surname, given = name[:cut], name[cut:]
    if len(given) < MIN_GIVEN:
        return []
    initials = "".join(lazy_pinyin(given, style=Style.FIRST_LETTER)).lower()
    forms = [(given + suffix, "nickname") for suffix in FAMILIAR]
    if len(initials) == len(given) and initials.isascii() and initials.isalpha():
        forms.append((surname + initials, "initials"))
        # The surname spelled out before the initials (shao ml, shaoml).
        spelled = "".join(lazy_pinyin(surname)).lower()
        if spelled.isascii() and spelled.isalpha():
            forms += [(f"{spelled} {initials}", "initials"), (spelled + initials, "initials")]
    # The surname's initial before the given name (s明岚); a compound surname has two.
    head = "".join(lazy_pinyin(surname, style=Style.FIRST_LETTER)).lower()
    if len(head) == len(surname) and head.isascii() and head.isalpha():
        forms.append((head + given, "initials"))
    return forms


def _believable(written: str, name: str) -> bool:
    """A homophone spelling keeps two characters of the name, or looks like it (澄峪, 顾南生)."""
    if len(written) != len(name):
        return False
    literal = sum(a == b for a, b in zip(written, name, strict=True))
    if literal >= 2:
        return True
    return literal >= 1 and all(
        shape_similarity(a, b) >= HOMOPHONE_SHAPE_MIN
        for a, b in zip(written, name, strict=True)
        if a != b
    )
