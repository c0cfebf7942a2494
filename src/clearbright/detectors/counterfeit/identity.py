"""Who an item presents itself as: display names, official status, and claims to be someone.

Shared by the counterfeit and impersonation detectors. A display name *claims* a
registered identity when, once the matched name is removed, what is left is only copy
words (官方, 旗舰店, 客服 ...) or words from the same enterprise's own registered names
(智能, 汽车, 乳业 ...). So `霁川智能官方` claims 霁川, while `打倒汉奸霁川` or
`霁川手机爱好者` only talk about it, and a two-character brand inside a longer word
(`严格力度` for 格力) leaves a residue that is not the brand's and is no claim.

Beside an explicit official claim (官方, not 非官方 or 不是官方) a display name may also add
the name of a channel (`X茶_官方福利号`, `X-官方-粉丝团`, `X官方招生办`): without 官方 such
words (`X福利分享`) leave a residue and claim nothing.

An app or mini-app may also add an edition word (`X极速版`, `X会员版`) or the service the
brand's own channel would offer (`X订房特惠`, `X门店预订`); presenting itself as the brand's
store (`X原厂配件`, `X锁 配件商城`) it may also add a short product word. A person's
display name may add a title and the person's own enterprise (`X 某某科技董事长`): that
presents the account *as* the person, which `Claim.presents_person` records.

An account, app or mini-app may also carry a shop name that ends its display name: the brand,
a short category word and a word claiming the brand's store or account (`X太阳能总店`,
`X美妆官博💄 bio…`); an app or mini-app may be named after the brand and anything else
(`X正装免费领`). Both record the words outside the registry in `Claim.category`, and the
caller accepts them only where the item sells or gives away the brand's goods. A third
party's trade (`X代购`, `X二手`, `X测评`), a critic's or a fan's word is never such a word.
An app with a generic name may name the brand's programme in its text instead
(`會員福利俱樂部｜X會員專享：…`): `Identities.piece_claims` reads those pieces.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from functools import cached_property

from clearbright.detectors.base import NormalizedItem
from clearbright.detectors.counterfeit.avatar import ImageIndex
from clearbright.detectors.counterfeit.domains import DomainIndex, host_of
from clearbright.detectors.counterfeit.lexicon import (
    COPY_WORDS,
    CRITIC_WORDS,
    DISCLAIMERS,
    EDITIONS,
    FAN_WORDS,
    OFFICIAL_SUFFIXES,
    PERSON_SUFFIXES,
    SERVICE_WORDS,
    SHOP_NAME_WORDS,
    STORE_CLAIMS,
    THIRD_PARTY_WORDS,
    TITLE_EQUIVALENTS,
    TITLES,
)
from clearbright.detectors.counterfeit.names import NameIndex, NameMatch, NameTarget
from clearbright.detectors.counterfeit.packages import PackageIndex
from clearbright.model import Item, Span, TextField
from clearbright.registry import Registry
from clearbright.text.normalize import NormalizedText, fold, is_han, normalize

# A display name ends at the first of these (page titles: `Name | slogan`, `Name - slogan`).
SEGMENT_BREAK = re.compile(r"\s*(?:[|｜—–:：\n]| - )\s*")
# Longer first segments are sentences, not names.
MAX_NAME_LENGTH = 40
# Latin nicknames a person's copycat account adds (`Leo`) are at most this long.
MAX_NICKNAME = 12
# Latin names shorter than this (Lumo, Pulse) may be ordinary words: alone they claim nothing.
MIN_LATIN_ALONE = 6
NAME_FIELDS: tuple[TextField, ...] = ("title", "author.name", "text")
# What a person's display name may add to the name, longest first so removal takes the longer.
_PERSON_WORDS = tuple(sorted(set(PERSON_SUFFIXES) | set(TITLES), key=lambda w: (-len(w), w)))
# An edition word not in the lexicon: a few characters ending the name with 版 (尝鲜版, 长辈版),
# and version numbers (v2, 2.0).
EDITION_TAIL = re.compile(r"[\u4e00-\u9fff]{1,3}版\s*$")
VERSION = re.compile(r"(?<![a-z])v?\d+(?:\.\d+)*")
# An explicit claim to be the official channel (not 非官方).
OFFICIAL_CLAIM = re.compile(r"(?<!非)官方|官网|官微|官博")
_CHANNEL = r"[\u4e00-\u9fff]{0,4}?(?:号|社|团|群|站|官|店|馆|部|办|中心|助手|秘书)(?=\s|$)"
# 官方 and a few characters naming a channel (号, 社, 团, 群, 站 ...): `官方优惠号`.
OFFICIAL_CHANNEL = re.compile(rf"(?<=(?<!非)官方){_CHANNEL}")
# The same right after a matched name that itself claims 官方 (blanked to spaces).
AFTER_OFFICIAL_NAME = re.compile(rf"(?<=\s){_CHANNEL}")
_ENTERPRISE_EDITION_WORDS = tuple(
    sorted(set(COPY_WORDS) | set(EDITIONS) | set(SERVICE_WORDS), key=lambda w: (-len(w), w))
)
# A shop name: the brand, a short category word and a shop word (`X太阳能总店`).
MAX_CATEGORY = 4
SHOP_NAME = re.compile(
    rf"[(\[【]?(?P<category>[\u4e00-\u9fff]{{0,{MAX_CATEGORY}}}?)[)\]】]?"
    rf"(?P<shop>{'|'.join(SHOP_NAME_WORDS)})"
)
# The pieces of an app's text: runs between name breaks and clause marks; at most this many
# after the name are read.
APP_PIECE = re.compile(r"[^|｜—–:：\n,，。!！?？;；]+")
MAX_PIECES = 4
# An app or mini-app that presents itself as the brand's store (原厂, 商城, 旗舰) may add a
# product word of at most this many characters that the registry does not record (`X锁`).
MAX_PRODUCT_WORD = 2


@dataclass(frozen=True)
class Segment:
    """The display-name part of one field: it starts at offset 0 of the original field."""

    field: TextField
    text: NormalizedText
    # Where the segment starts in the original field (a later piece of an app's text).
    offset: int = 0

    def span(self, start: int, end: int) -> Span:
        o_start, o_end = self.text.to_original(start, end)
        return Span(
            field=self.field,
            start=self.offset + o_start,
            end=self.offset + o_end,
            text=self.text.original[o_start:o_end],
        )


@dataclass(frozen=True)
class Claim:
    """A display name that claims a registered identity, and how."""

    segment: Segment
    match: NameMatch
    copy_words: tuple[str, ...]
    whole_name: bool  # the display name is exactly the registered name (after folding)
    # For a person: the person's own enterprise named beside the name in the display name.
    affiliation: str | None = None
    # For a person: a title given in the display name is one the registry records for them.
    registered_title: bool = False
    # For a shop name (`X太阳能总店`): the category word between the brand and the shop word
    # that the registry does not record. Such a claim stands only where the item sells the
    # brand's goods (its trademarks, wholesale, coupons): see `Identities.shop_claim`.
    category: str | None = None

    @property
    def titles(self) -> tuple[str, ...]:
        """Titles (董事长, 行长, CEO ...) the display name gives the person."""
        return tuple(w for w in self.copy_words if w in TITLES)

    @property
    def presents_person(self) -> bool:
        """A person's name with their enterprise, their registered title, or an official claim:
        the display name is the person's (`X 某某银行行长`, `X官方`), not a name an account
        merely talks about, or a namesake's (a title the registry does not record for the
        person, such as `X 总经理` for a chairman, may well be another person of that name)."""
        official = any("官方" in w for w in self.copy_words)
        return self.target.is_person and (
            self.affiliation is not None or self.registered_title or official
        )

    @property
    def target(self) -> NameTarget:
        return self.match.target


class Identities:
    """Registry-derived knowledge about names: the index and each entity's own vocabulary."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.names = NameIndex(registry)

    @cached_property
    def vocabulary(self) -> dict[str, frozenset[str]]:
        """Per enterprise: every Chinese character and Latin word of its own registered names."""
        words: dict[str, set[str]] = {}
        for target in self.names.targets:
            owner = target.enterprise_id or target.entity_id
            bucket = words.setdefault(owner, set())
            bucket.update(c for c in target.folded if is_han(c))
            bucket.update(re.findall(r"[a-z0-9]+", target.folded))
            if not target.is_latin and target.folded.isalpha():
                # the brand's pinyin spelled beside it (`Longkai珑铠`) is its own word too
                bucket.add("".join(target.syllables))
        for ent in self.registry.enterprises.values():
            words.setdefault(ent.id, set()).update(c for c in fold(ent.industry or "") if is_han(c))
        return {owner: frozenset(chars) for owner, chars in words.items()}

    def display_segments(self, item: NormalizedItem) -> list[Segment]:
        """The name part of the title, author name and text of an item (distinct ones only)."""
        segments: list[Segment] = []
        seen: set[str] = set()
        for field in NAME_FIELDS:
            raw = item.item.field_text(field)
            if not raw:
                continue
            head = SEGMENT_BREAK.split(raw[: MAX_NAME_LENGTH * 4], maxsplit=1)[0]
            if not head.strip() or len(head) > MAX_NAME_LENGTH:
                continue
            normalized = normalize(head)
            if normalized.text and normalized.text not in seen:
                seen.add(normalized.text)
                segments.append(Segment(field, normalized))
        return segments

    def piece_claims(self, item: NormalizedItem) -> list[Claim]:
        """Claims of the pieces of an app's or mini-app's text after its name that open with
        the brand and claim it outright (`會員福利俱樂部｜X會員專享：0元領取…`): the app presents
        itself as the brand's programme. None where the app's name is a third party's, a
        critic's or a fan's (`护肤比价助手｜X商城…`); the caller still needs a sale or a request."""
        names = " ".join(s.text.text for s in self.display_segments(item))
        if any(w in names for w in (*CRITIC_WORDS, *THIRD_PARTY_WORDS, *FAN_WORDS)):
            return []
        return [
            claim
            for piece in self._app_pieces(item)
            for claim in self.claims(piece, editions=True)
            if claim.category is None
            and not claim.target.is_person
            and not any(is_han(c) for c in piece.text.text[: claim.match.start])
        ]

    def _app_pieces(self, item: NormalizedItem) -> list[Segment]:
        """The pieces of an app's or mini-app's text after its name, split at name breaks and
        clause marks."""
        if item.item.kind not in ("app", "mini_app"):
            return []
        raw = item.item.text[: MAX_NAME_LENGTH * 4]
        pieces: list[Segment] = []
        for found in APP_PIECE.finditer(raw):
            piece = found.group().strip()
            if found.start() == 0 or not piece or len(piece) > MAX_NAME_LENGTH:
                continue
            offset = found.start() + found.group().index(piece)
            normalized = normalize(piece)
            if normalized.text:
                pieces.append(Segment("text", normalized, offset))
            if len(pieces) == MAX_PIECES:
                break
        return pieces

    def claims(
        self, segment: Segment, editions: bool = False, listing: bool = False
    ) -> list[Claim]:
        """Registered identities the display name claims (see the module docstring).

        `editions`: the segment names an app or mini-app, which may add an edition word.
        `listing`: the segment names an account, app or mini-app, whose name may also be a
        shop name that ends the name (see `shop_claim`).
        """
        found: list[Claim] = []
        matches = self.names.find(segment.text)
        for match in matches:
            residue, affiliation = self._residue(segment.text.text, match, matches)
            # A product word is leeway for one brand's store only: `X、Y商城` lists brands.
            alone = match.exact and all(_owner(m.target) == _owner(match.target) for m in matches)
            after = segment.text.text[match.end :] if alone else None
            copy = self._claim_residue(match.target, residue, editions, after)
            titled = bool(copy) and self._registered_title(match.target, copy or ())
            # A full homophone or pinyin spelling shares no character with the name and may be
            # an ordinary word (成语 sounds like a brand `chengyu`), and a short Latin mark may
            # be an ordinary English word (Pulse): either needs a copy word too (an edition
            # word alone is not enough: `Pulse 极速版` may be anyone's app).
            strong_copy = [w for w in copy or () if w not in EDITIONS]
            if copy is not None and (strong_copy or not _ambiguous(match, segment)):
                whole = match.start == 0 and match.end == len(segment.text.text)
                found.append(
                    Claim(segment, match, copy, whole and match.exact, affiliation, titled)
                )
            elif listing and alone and not match.target.is_person:
                shop = self.shop_claim(segment, match)
                if shop is None and editions:
                    shop = _app_claim(segment, match)
                if shop is not None:
                    found.append(shop)
        return found

    def shop_claim(self, segment: Segment, match: NameMatch) -> Claim | None:
        """A name that opens the display name and ends with a shop word (`X太阳能总店`,
        `X美妆官博 💄 bio…`): the brand, at most `MAX_CATEGORY` characters of a category word,
        and a word that claims the brand's own store or account (总店, 旗舰, 官博).

        The shop word ends the name: at the end of the segment, or where the original text
        puts a space, emoji or mark after it (a bio follows); `X火锅总店倒闭了` is a sentence.
        A third party's trade (`X代购旗舰`, `X二手总店`) or a critic's word is no category,
        and a critic's word after the name (`X火锅总店 避雷`) makes it a complaint. A
        category word outside the registry is recorded in `Claim.category`: the claim then
        stands only where the item sells the brand's goods.
        """
        text = segment.text.text
        if any(is_han(c) for c in text[: match.start]):
            return None
        shop = SHOP_NAME.match(text, match.end)
        if shop is None or not _name_ends(segment.text, shop.end()):
            return None
        category = shop.group("category")
        if any(w in category for w in (*CRITIC_WORDS, *THIRD_PARTY_WORDS, *FAN_WORDS)):
            return None
        if any(w in text[shop.end() :] for w in CRITIC_WORDS):
            return None  # `X火锅总店 避雷！…` is a complaint written as a heading
        own = self.vocabulary.get(_owner(match.target), frozenset())
        foreign = any(c not in own for c in category)
        return Claim(
            segment, match, (shop.group("shop"),), False, category=category if foreign else None
        )

    @cached_property
    def roles(self) -> dict[tuple[str, str], str]:
        """(entity id, folded name) of every person and executive → their registered titles."""
        roles: dict[tuple[str, str], list[str]] = {}
        for ent in self.registry.enterprises.values():
            for exe in ent.executives:
                key = (exe.person or ent.id, fold(exe.name))
                roles.setdefault(key, []).append(exe.title or "")
        for person in self.registry.people.values():
            for name in (person.name, *person.aliases):
                roles.setdefault((person.id, fold(name)), []).append(person.role or "")
        return {key: fold(" ".join(titles)) for key, titles in roles.items()}

    def _registered_title(self, target: NameTarget, copy: tuple[str, ...]) -> bool:
        """A title in the display name is one the registry records for this person."""
        recorded = self.roles.get((target.entity_id, target.folded), "")
        titles = [TITLE_EQUIVALENTS.get(w, w) for w in copy if w in TITLES]
        return bool(recorded) and any(title in recorded for title in titles)

    def _residue(
        self, text: str, match: NameMatch, matches: list[NameMatch]
    ) -> tuple[str, str | None]:
        """The display name without the match; for a person, also without the names of the
        person's own enterprise (returned as the affiliation)."""
        cuts = [match]
        if match.target.is_person:
            owner = _owner(match.target)
            cuts += [m for m in matches if not m.target.is_person and _owner(m.target) == owner]
        chars = list(text)
        for cut in cuts:
            chars[cut.start : cut.end] = " " * (cut.end - cut.start)
        affiliation = next((c.target.text for c in cuts[1:]), None)
        return "".join(chars), affiliation

    def _claim_residue(
        self,
        target: NameTarget,
        residue: str,
        editions: bool = False,
        after: str | None = None,
    ) -> tuple[str, ...] | None:
        """The copy words of a residue that is no obstacle to a claim, or None.

        `after`: for a display name naming this one brand only, the name after the brand; with
        a store claim (原厂, 商城, 工厂直营) the name may put a short product word outside the
        registry's vocabulary right after the brand (`X锁 配件商城`, `X宠粮工厂直营店`, not
        `抵制X商城`).
        """
        if target.is_person:
            words = _PERSON_WORDS
        else:
            words = _ENTERPRISE_EDITION_WORDS if editions else COPY_WORDS
        found: list[str] = []
        if editions and not target.is_person:
            residue = VERSION.sub(" ", residue)
            tail = EDITION_TAIL.search(residue)
            if tail:
                found.append(tail.group().strip())
                residue = residue[: tail.start()]
        # An official account's own name may hold the claim (`X官方` + 优惠号).
        official_name = OFFICIAL_CLAIM.search(target.folded) is not None
        if official_name or OFFICIAL_CLAIM.search(residue):
            # With 官方 beside it, a channel word (福利号, 粉丝团, 小助手) is part of the claim,
            # and so is any short name of a channel after 官方 (官方优惠号, 官方宠粉群).
            for word in OFFICIAL_SUFFIXES:
                if word in residue:
                    found.append(word)
                    residue = residue.replace(word, " ")
            channel = AFTER_OFFICIAL_NAME if official_name else OFFICIAL_CHANNEL
            for tail in channel.findall(residue):
                found.append(tail)
                residue = residue.replace(tail, " ")
        for word in words:
            if word in residue:
                found.append(word)
                residue = residue.replace(word, " ")
        leftover = [c for c in residue if is_han(c)]
        latin = re.findall(r"[a-z]+", residue)
        if target.is_person:
            # The name's own pinyin (`X Weilan Ning`) spells the name again, whatever its
            # length; any other Latin word is one short nickname at most (`X Vivian`).
            others = [w for w in latin if not _spells(w, target.syllables)]
            ok = not leftover and all(len(w) <= MAX_NICKNAME for w in others) and len(others) <= 1
        else:
            own = self.vocabulary.get(target.enterprise_id or target.entity_id, frozenset())
            foreign = "".join(c for c in leftover if c not in own)
            ok = not foreign or (
                after is not None
                and _product_word(after.lstrip(), foreign, "".join(leftover))
                and any(claim in word for word in found for claim in STORE_CLAIMS)
            )
            ok = ok and all(w in own for w in latin)
        return tuple(found) if ok else None


def _spells(word: str, syllables: tuple[str, ...]) -> bool:
    """Whether a Latin word is the pinyin of a run of a name's syllables (`weilan` of 宁微澜).

    >>> _spells("weilan", ("ning", "wei", "lan")), _spells("vivian", ("ning", "wei", "lan"))
    (True, False)
    """
    return any(
        word == "".join(syllables[i:j])
        for i in range(len(syllables))
        for j in range(i + 1, len(syllables) + 1)
    )


def _product_word(after: str, foreign: str, leftover: str) -> bool:
    """A short product word right after the brand: the characters outside the registry's
    vocabulary (`锁`), or all that is left when it mixes the brand's own characters with
    others (`宠粮` for a pet-food brand), at most one character longer.

    A critic's word (`X黑心工厂`) is no product.

    >>> _product_word("宠粮工厂直营店", "粮", "宠粮"), _product_word("黑心工厂", "黑心", "黑心")
    (True, False)
    """
    if len(foreign) > MAX_PRODUCT_WORD or any(
        word in leftover for word in (*CRITIC_WORDS, *THIRD_PARTY_WORDS, *FAN_WORDS)
    ):
        return False
    return after.startswith(foreign) or (
        len(leftover) <= MAX_PRODUCT_WORD + 1 and after.startswith(leftover)
    )


def _app_claim(segment: Segment, match: NameMatch) -> Claim | None:
    """An app or mini-app whose name opens with the brand (`X正装免费领`, `X宠粉福利站`): named
    after the brand, it is the brand's own channel if it sells or gives away the brand's goods,
    so the rest of the name is recorded as `Claim.category` for the caller to check that. A
    third party's trade, a critic's word or a fan's word in the name (`X二手闲置`, `X测评社`)
    makes it someone else's app about the brand.
    """
    text = segment.text.text
    if not match.exact or any(is_han(c) for c in text[: match.start]):
        return None
    rest = "".join(c for c in text[match.end :] if is_han(c))
    if not rest or any(w in rest for w in (*CRITIC_WORDS, *THIRD_PARTY_WORDS, *FAN_WORDS)):
        return None
    return Claim(segment, match, (), False, category=rest)


def _name_ends(text: NormalizedText, at: int) -> bool:
    """Whether a display name may end at `at`: the end of the text, a character that is not
    Chinese, or a space, emoji or mark the folding removed from between Chinese characters.

    >>> _name_ends(normalize("X总店 好吃"), 3), _name_ends(normalize("X总店好吃"), 3)
    (True, False)
    """
    if at >= len(text.text) or not is_han(text.text[at]):
        return True
    gap = text.original[text.origin[at - 1] + 1 : text.origin[at]]
    return bool(gap) and not any(is_han(c) for c in gap)


def _owner(target: NameTarget) -> str:
    return target.enterprise_id or target.entity_id


def _ambiguous(match: NameMatch, segment: Segment) -> bool:
    window = segment.text.text[match.start : match.end]
    if match.target.is_latin and len(match.target.folded) < MIN_LATIN_ALONE:
        return True
    return not match.exact and not set(window) & set(match.target.folded)


def disclaims(item: Item) -> bool:
    """The item says it is not the brand or person (fan page, parody, unofficial).

    A disclaimer (非官方, 粉丝自发, 讽刺 ...) counts anywhere. A fan word (粉丝, 爱好者) counts
    in a display name (the title or author name; all of an account's or page's own text)
    unless the name also claims to be official: `X官方粉丝团` is no disclaimer, nor is a
    post that thanks its fans.
    """
    author = item.author.name if item.author else None
    text = fold(" ".join(t for t in (item.title, item.text, author) if t)[:4000])
    if any(_has_word(text, word) for word in DISCLAIMERS):
        return True
    listing = item.kind in ("account", "app", "mini_app", "domain")
    names = [item.title, author, *([item.text] if listing else [])]
    display = fold(" ".join(n for n in names if n)[:4000])
    official = OFFICIAL_CLAIM.search(display) is not None
    return not official and any(_has_word(display, word) for word in FAN_WORDS)


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"\b{word}\b", text) is not None if word.isascii() else word in text


def handle_of(item: Item) -> str | None:
    """The account handle: the author id, else the last part of the account URL."""
    if item.author:
        return item.author.id
    if item.url:
        tail = item.url.rstrip("/").rsplit("/", 1)[-1]
        return tail.split(":", 1)[-1]
    return None


def is_official_item(item: Item, registry: Registry) -> bool:
    """An official account, app package, mini-app id or domain of any registered entity."""
    url = (item.url or "").strip().lower()
    if item.kind == "app":
        return url in registry.official_app_packages
    if item.kind == "mini_app":
        # The url may be the bare appid or a link that carries it (`...?appid=wx...`).
        ids = registry.official_mini_app_ids
        return url in ids or any(token in ids for token in re.findall(r"[a-z0-9_]+", url))
    if item.kind == "domain":
        host = host_of(item.url or item.text)
        return any(host == d or host.endswith("." + d) for d in registry.official_domains)
    handle = handle_of(item)
    if handle and registry.is_official_account(item.platform, handle):
        return True
    if item.url and item.kind == "account":
        tail = item.url.rstrip("/").rsplit("/", 1)[-1].split(":", 1)[-1]
        return registry.is_official_account(item.platform, tail)
    return False


def speaks_for(item: Item, registry: Registry, entity_id: str) -> bool:
    """The author is the entity, works for its enterprise, or runs one of its official accounts."""
    author = item.author
    if author is None:
        return False
    enterprise = registry.enterprise_of(entity_id)
    if author.affiliation and author.affiliation in (entity_id, enterprise):
        return True
    return registry.is_official_account(item.platform, author.id)


@dataclass(frozen=True)
class RegistryIndexes:
    """Every index the two detectors of this family need, built once per registry."""

    identities: Identities
    domains: DomainIndex
    images: ImageIndex
    packages: PackageIndex


_BUILT: dict[int, tuple[weakref.ref[Registry], RegistryIndexes]] = {}


def indexes_for(registry: Registry) -> RegistryIndexes:
    """The indexes of a registry, shared by the counterfeit and impersonation detectors."""
    cached = _BUILT.get(id(registry))
    if cached and cached[0]() is registry:
        return cached[1]
    built = RegistryIndexes(
        Identities(registry), DomainIndex(registry), ImageIndex(registry), PackageIndex(registry)
    )
    _BUILT[id(registry)] = (weakref.ref(registry, lambda _: _BUILT.pop(id(registry), None)), built)
    return built
