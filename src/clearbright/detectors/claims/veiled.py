"""Veiled names: how a rival names a competitor while avoiding its name.

A rival who smears a competitor often avoids its name while making sure readers know it:

- the first character, in quotes, "字开头的" ("某“岚”字开头的奶粉", "某岚姓品牌");
- the brand's pinyin initials ("TY家的奶盖", "ty的珍珠");
- a person of the competitor by given name and a kinship or rank word ("清禾姐家的",
  "明川哥", "许总");
- "the shop across the street" with the competitor's product word ("对面那家奶茶",
  "隔壁那家烤肉"), or the trade word for a rival, "对家".

Each phrase is resolved to the one enterprise among `candidates` (the author's declared
rivals) it fits; with no or several such enterprises it names nobody. Pictographs standing
for a character of the name ("🍑夭") are read by `glyphs`, spaced characters ("桃 夭") by
normalization.

>>> [m.group("head") for m in VEILED_RE.finditer("不点名说一句，某“岚”字开头的奶粉")]
['岚']
>>> given_name("欧阳子晴"), given_name("许清禾"), given_name("温砚")
('子晴', '清禾', '砚')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from clearbright.registry import Mention, Registry
from clearbright.registry.registry import NameEntry
from clearbright.text.normalize import fold, is_han, pinyin_syllables

_OPEN = "“\"「『‘'"
_CLOSE = "”\"」』’'"
VEILED_RE = re.compile(
    rf"某\s*[{_OPEN}]?(?P<head>[\u4e00-\u9fff]{{1,2}}?)[{_CLOSE}]?\s*"
    r"(?:字开头|字打头|字头|开头|打头|姓)的?"
)
# A run of letters standing alone (no letter or digit on either side), or single letters
# spaced out ("t y"): initials are typed so.
_LETTER_RUN = re.compile(r"(?<![a-z0-9])(?:[a-z]{2,4}|[a-z](?: [a-z]){1,3})(?![a-z0-9])")
# Two- to four-letter words of everyday Chinese posts that are not anybody's initials.
_COMMON_LETTERS = frozenset(
    {"ok", "vs", "pk", "tv", "ai", "ip", "id", "dj", "cp", "pr", "hr", "ps", "pc", "qq", "ad"}
    | {"app", "diy", "vip", "ceo", "cfo", "cto", "mvp", "kol", "wifi", "logo", "bug", "gps"}
    | {"yyds", "xswl", "nb", "hh", "hhh", "haha", "lol", "omg", "wtf", "etc", "plus", "pro"}
)
# Surnames of two characters: what is left after them is the given name.
_COMPOUND_SURNAMES = frozenset(
    [
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "令狐",
        "慕容",
        "尉迟",
        "公孙",
        "夏侯",
        "端木",
        "独孤",
        "南宫",
        "西门",
        "长孙",
        "宇文",
        "司徒",
        "申屠",
        "太史",
        "轩辕",
        "呼延",
        "闻人",
        "澹台",
        "百里",
        "钟离",
    ]
)
# Words after a given name that address the person familiarly ("清禾姐", "明川哥").
_FAMILIAR = ("姐姐", "哥哥", "姐", "哥", "总", "老师")
# Words after a surname that address the head of a business ("许总", "许董").
_RANK = ("总", "董")
# "The one across the street": a place word, then the shop ("对面那家", "隔壁家的").
_ACROSS_RE = re.compile(
    "(?:斜对面|马路对面|街对面|正对面|对面|隔壁|对门|楼下|旁边)(?:的)?(?:那|这)?家(?:的)?"
)
# The trade word for one's rival, and the shop across the street with no product word ("隔壁
# 那家的", "对面那家店"): with a single candidate they can only mean that one.
_RIVAL_WORD_RE = re.compile(
    "(?<![一大国人万])对家(?!人|长)"
    "|(?:斜对面|马路对面|街对面|正对面|对面|隔壁|对门)(?:的)?那家(?:店)?(?=的|那|家)"
)
# After a brand's stem (its name without the product word: "岩石" of 岩石烤肉), the word that
# makes it a shop: "岩石家的".
_SHOP_AFTER_STEM = "家"
MAX_INITIALS = 4
MAX_INITIALS_NAME = 6
MIN_PRODUCT_WORD = 2
MAX_PRODUCT_WORD = 4


def veiled_mentions(text: str, registry: Registry, candidates: Iterable[str]) -> list[Mention]:
    """Mentions of the enterprises among `candidates` that `text` (folded) names veiledly."""
    pool = sorted(set(candidates))
    out = [
        *_first_character(text, registry, pool),
        *_initials(text, registry, pool),
        *_familiar(text, registry, pool),
        *_across(text, registry, pool),
        *_stems(text, registry, pool),
    ]
    return sorted(out, key=lambda m: m.start)


def given_name(name: str) -> str:
    """A Chinese personal name without its surname (two characters for compound surnames)."""
    return name[2:] if name[:2] in _COMPOUND_SURNAMES else name[1:]


def _mention(enterprise_id: str, start: int, end: int, words: str) -> Mention:
    entry = NameEntry(
        entity_id=enterprise_id,
        entity_type="enterprise",
        kind="alias",
        text=words,
        folded=words,
        pinyin="",
    )
    return Mention(start, end, (entry,))


def _first_character(text: str, registry: Registry, pool: list[str]) -> Iterator[Mention]:
    """A first character given ("某“岚”字开头的"): the one candidate whose name starts so."""
    for found in VEILED_RE.finditer(text):
        head = found.group("head")
        matching = [eid for eid in pool if _starts_with(registry, eid, head)]
        if len(matching) == 1:  # nobody, or ambiguous: a veiled name must point at one rival
            yield _mention(matching[0], found.start(), found.end(), found.group())


def _initials(text: str, registry: Registry, pool: list[str]) -> Iterator[Mention]:
    """Pinyin initials ("TY家", "ys烤肉"): the one candidate with a Han name whose first
    characters the letters spell as initials, the rest of the name (if any) written after."""
    for found in _LETTER_RUN.finditer(text):
        letters = found.group().replace(" ", "")
        if letters in _COMMON_LETTERS:
            continue
        ends = {
            eid: found.end() + len(rest)
            for eid in pool
            for key, rest in _name_initials(registry, eid)
            if key == letters and text.startswith(rest, found.end())
        }
        if len(ends) == 1:
            [(eid, end)] = ends.items()
            yield _mention(eid, found.start(), end, text[found.start() : end])


def _familiar(text: str, registry: Registry, pool: list[str]) -> Iterator[Mention]:
    """A person of one candidate by given name and a familiar word ("清禾姐"), or by surname
    and rank ("许总")."""
    forms: dict[str, set[str]] = {}
    for eid in pool:
        for name in _people_names(registry, eid):
            given = given_name(name)
            if len(given) >= 2:  # one character alone ("砚姐") points at too many people
                for word in _FAMILIAR:
                    forms.setdefault(given + word, set()).add(eid)
            for word in _RANK:
                forms.setdefault(name[: len(name) - len(given)] + word, set()).add(eid)
    for form in sorted(forms, key=len, reverse=True):
        owners = forms[form]
        if len(owners) != 1:
            continue
        at = text.find(form)
        while at >= 0:
            yield _mention(next(iter(owners)), at, at + len(form), form)
            at = text.find(form, at + len(form))


def _across(text: str, registry: Registry, pool: list[str]) -> Iterator[Mention]:
    """The shop across the street ("对面那家奶茶"): the one candidate whose product word
    follows; the trade word "对家" when there is one candidate."""
    for found in _ACROSS_RE.finditer(text):
        rest = text[found.end() : found.end() + MAX_PRODUCT_WORD]
        fitting = [
            (eid, word)
            for eid in pool
            for word in _product_words(registry, eid)
            if rest.startswith(word)
        ]
        if len({eid for eid, _ in fitting}) == 1:
            eid, word = max(fitting, key=lambda f: len(f[1]))
            end = found.end() + len(word)
            yield _mention(eid, found.start(), end, text[found.start() : end])
    if len(pool) == 1:
        for found in _RIVAL_WORD_RE.finditer(text):
            yield _mention(pool[0], found.start(), found.end(), found.group())


def _stems(text: str, registry: Registry, pool: list[str]) -> Iterator[Mention]:
    """A brand's stem followed by 家 ("岩石家的" for 岩石烤肉): the one candidate with that
    stem. The stem alone is often an ordinary word (岩石, rock), so 家 must follow."""
    owners: dict[str, set[str]] = {}
    for eid in pool:
        words = _product_words(registry, eid)
        for name in _enterprise_names(registry, eid):
            folded = fold(name)
            for word in words:
                stem = folded[: len(folded) - len(word)]
                if folded.endswith(word) and len(stem) >= MIN_PRODUCT_WORD:
                    owners.setdefault(stem + _SHOP_AFTER_STEM, set()).add(eid)
    for form, found in owners.items():
        if len(found) != 1:
            continue
        at = text.find(form)
        while at >= 0:
            yield _mention(next(iter(found)), at, at + len(form), form)
            at = text.find(form, at + len(form))


def _starts_with(registry: Registry, enterprise_id: str, head: str) -> bool:
    return any(fold(name).startswith(head) for name in _enterprise_names(registry, enterprise_id))


def _enterprise_names(registry: Registry, enterprise_id: str) -> tuple[str, ...]:
    enterprise = registry.enterprises.get(enterprise_id)
    if enterprise is None:
        return ()
    return (
        enterprise.name,
        *enterprise.short_names,
        *enterprise.aliases,
        *enterprise.trademarks,
    )


def _name_initials(registry: Registry, enterprise_id: str) -> set[tuple[str, str]]:
    """(initials, rest) of the candidate's short Han names (2-6 characters), the first two to
    four characters read as pinyin initials: ("ty", "") for 桃夭, ("ys", "烤肉") for 岩石烤肉."""
    out: set[tuple[str, str]] = set()
    for name in _enterprise_names(registry, enterprise_id):
        folded = fold(name)
        if 2 <= len(folded) <= MAX_INITIALS_NAME and all(is_han(c) for c in folded):
            initials = _initials_of(folded)
            for k in range(2, min(len(folded), MAX_INITIALS) + 1):
                out.add((initials[:k], folded[k:]))
    return out


@functools.lru_cache(maxsize=4096)
def _initials_of(name: str) -> str:
    return "".join(s[:1] for s in pinyin_syllables(name))


def _people_names(registry: Registry, enterprise_id: str) -> list[str]:
    """Names of the people of an enterprise: its people records and its executives."""
    enterprise = registry.enterprises.get(enterprise_id)
    names = [fold(p.name) for p in registry.people.values() if p.enterprise == enterprise_id]
    if enterprise is not None:
        names += [fold(e.name) for e in enterprise.executives]
    return [n for n in dict.fromkeys(names) if len(n) >= 2 and all(is_han(c) for c in n)]


def _product_words(registry: Registry, enterprise_id: str) -> set[str]:
    """What the enterprise sells, in the words its names and industry use: "奶茶" of 桃夭奶茶
    (a name minus a shorter registered name it starts with), "茶饮" of its industry."""
    names = [fold(n) for n in _enterprise_names(registry, enterprise_id)]
    words: set[str] = set()
    for name in names:
        for stem in names:
            if stem != name and name.startswith(stem):
                words.add(name[len(stem) :])
    enterprise = registry.enterprises.get(enterprise_id)
    if enterprise is not None and enterprise.industry:
        words.add(fold(enterprise.industry))
    return {
        w
        for w in words
        if MIN_PRODUCT_WORD <= len(w) <= MAX_PRODUCT_WORD
        and all(is_han(c) for c in w)
        and not any(legal in w for legal in _LEGAL_FORMS)
    }


# Words of a company's legal name, not of what it sells ("有限公司" of 桃夭茶饮有限公司).
_LEGAL_FORMS = ("公司", "集团", "股份", "有限", "控股")
