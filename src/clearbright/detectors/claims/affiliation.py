"""Which enterprise an author speaks for, when the item does not declare it.

A rival's staff rarely post under a declared affiliation. Their display names give them away:
the brand itself, a store of it ("<brand><district>店"), a department ("<brand>品牌部",
"<brand>市场部") or a house account ("<brand>餐饮观察", "<brand>小助手"). And a smear often
ends by steering readers to the author's own brand ("还是去吃<brand>吧，至少干净").

Both readings are registry-driven: the name must be a registered name of an enterprise that
has declared rivals. A display name that names the brand as its object rather than its owner
(a customer's "<brand>受害者" or "爱吃<brand>的阿强", a "<brand>避雷" account, a fan club) ties
the author to nobody.

>>> bool(_OPPOSED_RE.search("火石烤肉避雷小分队")), bool(_OPPOSED_RE.search("火石烤肉望京店"))
(True, False)
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass

import ahocorasick

from clearbright.detectors.base import NormalizedItem
from clearbright.detectors.claims.textutil import CLAUSE_BREAKS, scope_end, scope_start
from clearbright.registry import Mention, NameEntry, Registry
from clearbright.text.normalize import fold

# Display-name words that make the brand the author's object, not the author's employer:
# complaints, warnings, fans and customers.
_OPPOSED_RE = re.compile(
    "维权|受害|避雷|避坑|踩雷|踩坑|吐槽|打假|曝光|揭秘|黑幕|投诉|退费|讨薪|粉丝|粉|爱好者|"
    "食客|顾客|会员|用户|车主|家长|消费者|反对|抵制|黑料|"
    # a customer's own nickname ("爱吃<X>的阿强", "<X>铁粉")
    "爱吃|爱喝|爱用|喜欢|常去|吃货|铁粉|迷弟|迷妹"
)
# Staff roles built on a customer word: the brand's own user-growth or fan-club staff ("<X>用户
# 运营", "<X>粉丝运营", "<X>会员专员") work for it, whatever the customer word says.
_STAFF_ROLE_RE = re.compile(
    "(?:用户|会员|粉丝|粉|顾客|客户|社群|私域|消费者)"
    "(?:运营|增长|经理|专员|主管|服务|顾问|管家|维护|体验官|成功|中心|部|组)"
)
# Words before a brand that steer readers to it ("还是去吃X吧", "认准X", "不如选X").
_STEER_BEFORE_RE = re.compile(
    "(?:还是|不如|建议|推荐|认准|请认准|改去|改吃|换成|只认|只吃|只买|只选)"
    "(?:大家|你们|您)?(?:去|来)?(?:吃|喝|买|选|用|找|上|住|报)?(?:我们|咱们|咱)?$"
)
# Words after a brand that praise it as the safe choice ("X靠谱", "X至少干净").
_STEER_AFTER_RE = re.compile(
    "^(?:吧|呀|啊|的|家|,|，|至少|起码|最起码|毕竟|人家)*[^,.!?;:，。！？]{0,6}?"
    "(?:靠谱|干净|放心|安心|良心|卫生|正规|实在|踏实|才是正道|强多了|好多了)"
)
# Outlet names shorter than this are too generic to tie anybody ("商城").
MIN_OUTLET_NAME = 3
STEER_BEFORE_REACH = 10
STEER_AFTER_REACH = 14


@dataclass(frozen=True)
class Affiliation:
    """The enterprise an author speaks for, and how the item shows it."""

    enterprise: str
    # "declared", "official_account", "registered_person", "display_name" or "promotes"
    how: str
    evidence: str  # the words that show it (the display name, the steering phrase)


def author_affiliation(item: NormalizedItem, registry: Registry) -> Affiliation | None:
    """The enterprise the author declares, owns as an official account, or names as the
    owner of the display name; None when the item shows none."""
    author = item.item.author
    if author is None:
        return None
    if author.affiliation and author.affiliation in registry.enterprises:
        return Affiliation(author.affiliation, "declared", author.affiliation)
    owner = registry.official_owner(item.item.platform, author.id)
    if owner in registry.enterprises:
        return Affiliation(owner, "official_account", author.id)
    # a registered person's own account (a founder, a contracted host) speaks for their employer
    employer = registry.enterprise_of(owner) if owner else None
    if owner and employer in registry.enterprises and registry.rivals_of(employer):
        return Affiliation(employer, "registered_person", registry.entity_name(owner))
    return _display_affiliation(item, registry)


def _display_affiliation(item: NormalizedItem, registry: Registry) -> Affiliation | None:
    name = item.get("author.name")
    mentions = [*item.mentions.get("author.name", ())]
    if name is not None and not mentions:
        # the name of one of the rival's own accounts, apps or mini apps ("小鹿茶官方直播间"
        # in "小鹿茶官方直播间助理"), which need not hold a registered brand name
        mentions = _outlet_mentions(name.text, registry)
    if name is None or not mentions:
        return None
    owners = {e for e in (_enterprise(registry, m) for m in mentions) if e}
    # the words around the brand, with the brand blanked ("炎山米粉" holds no 粉丝)
    rest = list(name.text)
    for mention in mentions:
        rest[mention.start : mention.end] = " " * (mention.end - mention.start)
    words = _STAFF_ROLE_RE.sub(lambda m: " " * len(m.group()), "".join(rest))
    if len(owners) != 1 or _OPPOSED_RE.search(words):
        return None
    owner = next(iter(owners))
    if not registry.rivals_of(owner):
        return None  # only a declared rivalry makes the tie matter
    people = [e for m in mentions for e in m.entries if e.entity_type == "person"]
    if people and all(_enterprise(registry, m) == owner for m in mentions):
        # the name of a registered person of the rival (a contracted host, a founder)
        return Affiliation(owner, "registered_person", _person_label(registry, people[0]))
    return Affiliation(owner, "display_name", name.original)


def _outlet_mentions(text: str, registry: Registry) -> list[Mention]:
    """Names of registered official accounts, apps and mini apps of enterprises with declared
    rivals, found in a (folded) display name; the longest wins where they overlap."""
    automaton = _outlet_automaton(registry)
    if automaton.kind != ahocorasick.AHOCORASICK:
        return []
    hits = sorted(
        ((last - len(outlet) + 1, last + 1, outlet, owner))
        for last, (outlet, owner) in automaton.iter(text)
    )
    found: list[Mention] = []
    for start, end, outlet, owner in sorted(hits, key=lambda h: h[0] - h[1]):
        if not any(m.start < end and start < m.end for m in found):
            entry = NameEntry(owner, "enterprise", "alias", outlet, outlet, "")
            found.append(Mention(start, end, (entry,)))
    return found


_OUTLETS: dict[int, tuple[weakref.ref[Registry], ahocorasick.Automaton]] = {}


def _outlet_automaton(registry: Registry) -> ahocorasick.Automaton:
    """The registry's outlet names in one automaton, built once per loaded registry (display
    names of every author are read against it)."""
    cached = _OUTLETS.get(id(registry))
    if cached is not None and cached[0]() is registry:
        return cached[1]
    automaton = ahocorasick.Automaton()
    for outlet, owner in _outlet_names(registry).items():
        automaton.add_word(outlet, (outlet, owner))
    if len(automaton):
        automaton.make_automaton()
    _OUTLETS[id(registry)] = (weakref.ref(registry), automaton)
    weakref.finalize(registry, _OUTLETS.pop, id(registry), None)
    return automaton


def _outlet_names(registry: Registry) -> dict[str, str]:
    """Folded outlet name → the enterprise running it (names two enterprises share dropped)."""
    owners: dict[str, set[str]] = {}
    for enterprise in registry.enterprises.values():
        if not registry.rivals_of(enterprise.id):
            continue
        names = [a.name for listed in enterprise.official_accounts.values() for a in listed]
        names += [a.name for a in enterprise.official_apps]
        names += [m.name for m in enterprise.official_mini_apps]
        for name in names:
            folded = fold(name or "")
            if len(folded) >= MIN_OUTLET_NAME:
                owners.setdefault(folded, set()).add(enterprise.id)
    return {name: next(iter(ids)) for name, ids in owners.items() if len(ids) == 1}


def _person_label(registry: Registry, entry: NameEntry) -> str:
    """A registered person by name and, when known, role: "林小满 (签约主播)"."""
    person = registry.people.get(entry.entity_id)
    role = person.role if person is not None else None
    return f"{entry.text} ({role})" if role else entry.text


def promoted(
    text: str, mentions: Sequence[Mention], registry: Registry
) -> list[tuple[str, int, int]]:
    """Enterprises with declared rivals the text steers readers to, with the steering
    phrase's range: "还是去吃<X>吧，至少干净", "认准<X>", "<X>靠谱"."""
    out: list[tuple[str, int, int]] = []
    for mention in mentions:
        enterprise = _enterprise(registry, mention)
        if enterprise is None or not registry.rivals_of(enterprise):
            continue
        clause = scope_start(text, mention.start, CLAUSE_BREAKS)
        head = text[max(clause, mention.start - STEER_BEFORE_REACH) : mention.start]
        before = _STEER_BEFORE_RE.search(head)
        if before is not None:
            out.append((enterprise, mention.start - len(head) + before.start(), mention.end))
            continue
        # the praise may sit in the next clause ("还是X吧，至少干净")
        stop = scope_end(text, mention.end, CLAUSE_BREAKS)
        stop = scope_end(text, stop + 1, CLAUSE_BREAKS) if stop < len(text) else stop
        tail = text[mention.end : min(stop, mention.end + STEER_AFTER_REACH)]
        after = _STEER_AFTER_RE.search(tail)
        if after is not None and _own_choice(text, mention.start):
            out.append((enterprise, mention.start, mention.end + len(tail)))
    return out


def _own_choice(text: str, at: int) -> bool:
    """Praise steers only when it presents the brand as the choice to make instead ("还是X
    …干净"), not in a review of the brand itself opening the sentence."""
    clause = scope_start(text, at, CLAUSE_BREAKS)
    return bool(re.search("还是|不如|换|改|去|认准|推荐|建议|选|吃|买", text[clause:at]))


def _enterprise(registry: Registry, mention: Mention) -> str | None:
    for entity in sorted(mention.entity_ids):
        enterprise = registry.enterprise_of(entity)
        if enterprise:
            return enterprise
    return None
