"""Category 4: using an enterprise's or entrepreneur's identity to solicit money or data."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from clearbright.categories import Category
from clearbright.detectors.base import Detector, Example, NormalizedItem
from clearbright.detectors.counterfeit.domains import host_of, split_host
from clearbright.detectors.counterfeit.identity import (
    disclaims,
    indexes_for,
    is_official_item,
    speaks_for,
)
from clearbright.detectors.counterfeit.lexicon import (
    AUTHOR_ROLES,
    COPY_WORDS,
    CRITIC_WORDS,
    JOIN_ROLES,
    NEWS_TAGS,
    NOT_A_CLAIM,
    NOT_A_CLAIM_MASKS,
    NOT_HONORIFIC,
    ROLE_WORDS,
    SELF_AFTER_NAME,
    SELF_INTRODUCTIONS,
    STAFF_WORDS,
    TITLE_EQUIVALENTS,
    TITLES,
)
from clearbright.detectors.counterfeit.solicitation import Solicitation, find_solicitations
from clearbright.model import Evidence, Finding, Span, TextField
from clearbright.registry import Registry
from clearbright.text.normalize import fold, is_han

# How close (in characters) a role word must follow a name, or a self-introduction precede it.
ROLE_REACH = 10
# A message whose first line is bracketed like this is a notice (`【X客服中心】...`,
# `「X直播回放」...`): opening bracket → closing bracket.
HEAD_BRACKETS = {"【": "】", "「": "」", "〖": "〗", "『": "』"}
# A message that opens with the name and a short phrase closed by a colon is a notice too
# (`X会员积分兑现通知：请…`); the phrase has no clause mark.
NOTICE_HEAD = re.compile(r"[^，,。!?;！？；\n]{0,16}?(?:通知|公告|告知书|提醒)?[:：]")
# The speaker vouching for its own account as the only real one (认准本号, 本号为唯一指定渠道,
# 唯一官方就是本号), with the anti-fake slogan that follows it (谨防假冒, 其他都是骗子): only a
# seller claiming to be the brand says this of itself. Quoted by someone else (`还说认准本号`),
# it is reported speech.
SELF_VOUCH = re.compile(
    r"(?<![说称着])(?:认准本(?:号|账号|人|直播间|店)|本(?:号|账号|直播间)(?:为|是|才是)?唯一"
    r"[^，,。!?;！？；\n]{0,6}|唯一[^。!?;！？；，,\n]{0,6}(?:就是|是)本(?:号|账号|人))"
    r"(?:[，,\s]*(?:(?:谨防|小心|当心|警惕)(?:假冒|冒充|仿冒|上当|受骗|被骗)"
    r"|其他(?:的)?[^，,。!?;！？；\n]{0,4}(?:都是|均为|全是|一律)(?:骗子|假的|假冒|冒充|诈骗)))*"
)
# A short bracketed tag opening a text (`【直播回放】`, `【视频】`) before a heading's name.
LEAD_TAG = re.compile(r"[【\[]([^】\]\n]{1,8})[】\]]\s*")
# A headline about the enterprise (`X宣布：`, `X回应：`, `X被指：`) reports; it does not speak.
REPORT_HEAD = re.compile(
    r"宣布|回应|表示|声明|通报|澄清|否认|承认|回复|致歉|道歉|发文|称|被|遭|涉|陷|疑|曝|起诉|调查"
)
# A sale that bypasses the enterprise's channel even when the message names that channel.
OFF_CHANNEL = re.compile(r"代充|代开|找我|私聊|私信|私下|便宜|加我|加微信|加vx")
# A host written in a message (`www.x-y.cn`, `x-y.com/path`): letters, digits, hyphens and
# dots ending in a Latin top-level label.
HOST_IN_TEXT = re.compile(
    r"(?:https?://)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,12}(?![a-z0-9-])",
    re.IGNORECASE,
)
# A brand token or official label this long inside a link's label points at a brand the
# message names (a shorter one, `jd`, turns up inside unrelated labels).
MIN_LINK_TOKEN = 5
# How close after a name a joining drive (加盟, 招商, 城市合伙人) must follow.
JOIN_REACH = 12
# How far before a person's name a self-introduction (我是, 本人) may stand in its clause.
SELF_REACH = 12
# How far after an enterprise's name a staff role (招生办, 销售顾问) may stand in its clause.
STAFF_REACH = 10
# A person's assistant or secretary right after the person's name (`X的助理`, `X总秘书`).
ASSISTANT = re.compile(r"的?(?:私人|生活|行政|特别|首席)?(?:助理|秘书|特助|助手)")
# A surname (one or two characters) with 总 addresses an executive (`程总`, `欧阳总`).
HONORIFIC = re.compile(r"[\u4e00-\u9fff]{1,2}(?=总)")
# Only the start of long texts is read: solicitations and claims sit near the top.
MAX_TEXT = 4000
# A display name that says it is the person's own private line (`本人私人号`, `本尊小号`) and
# speaks from inside a company (`公司内部员工价`, `我们集团`) claims more than a shared name: it
# claims to be the registered person, whose enterprise the reader is meant to supply.
PRIVATE_LINE = re.compile(r"本人(?:的)?(?:私人|私)号|本人小号|本尊(?:小号|私人号)?|私人号")
INSIDER = re.compile(r"(?:公司|集团|品牌)(?:的)?内部|内部(?:员工|价|福利)|员工价|我们(?:公司|集团)")
BASE_SCORE = 0.75
# Added when the solicitation asks for both money and data, or the identity is a lookalike
# account or author name rather than a name in running text.
BONUS = 0.08


@dataclass(frozen=True)
class IdentityEvidence:
    entity_id: str
    evidence: Evidence
    strong: bool  # an account, app, domain or author name that claims the identity


class ImpersonationDetector(Detector):
    """Messages and accounts that speak as a registered enterprise or entrepreneur and ask
    for money, investment or personal data, from an account that is not official.

    Evidence: `identity_claim` (the name and how it is claimed: a lookalike account or author
    name, a role word, a bracketed or colon heading, a self-introduction of a registered
    person, as a registered person's assistant (`我是X总的助理`) or as the enterprise's staff
    (`我是X招生办的林老师`), an executive addressed by surname and 总 where the item names the
    enterprise, a
    signature, a link to a lookalike of the brand's domain, or an image within the
    Hamming threshold of a registered logo or portrait; a person's name that opens a
    reposted "live replay" or video, `【X直播回放】`, `【视频】X：`, `X亲口通知：`) and
    `solicitation` (the transfer,
    fee, deposit, off-channel top-up, investment lure or data request). Scam warnings,
    reports of scams, questions whether an offer is real, parody, official accounts, and data
    requests that send the reader to the enterprise's own domain are left alone. An account
    that only bears a registered person's name (`X｜宝妈一枚`) is a namesake unless the item
    names the person's enterprise or a title the registry records for them.
    """

    name = "impersonation_solicitation"
    categories = (Category.IMPERSONATION,)
    kinds = frozenset({"post", "comment", "account", "app", "mini_app", "domain"})
    EXAMPLES: ClassVar[tuple[Example, ...]] = (
        Example(
            {
                "kind": "comment",
                "text": "您好，我是澄屿科技客服专员，您的订单异常，需要缴纳500元保证金才能退款。",
                "author": {"id": "kf_001", "name": "客服小周"},
            },
            "impersonation",
        ),
        Example(
            {
                "kind": "account",
                "text": "顾南笙 | 澄屿创始人，私信领取内部认购名额，稳赚不赔。",
                "title": "顾南笙",
                "url": "https://weibo.com/gunansheng_vip",
                "author": {"id": "gunansheng_vip", "name": "顾南笙"},
            },
            "impersonation",
        ),
        Example(
            {
                "kind": "post",
                "text": "【禾淼食品周年庆】填写姓名、手机号和身份证号，即可免费领取整箱果汁！",
            },
            "impersonation",
        ),
        Example(
            {
                "kind": "post",
                "text": "【防骗提醒】澄屿科技从不会要求您转账，也不会索要验证码，"
                "遇到自称客服的陌生人请挂断。",
            },
            None,
        ),
        Example(
            {"kind": "post", "text": "澄屿科技的手表续航太差了，客服还让我自己付运费寄修。"}, None
        ),
        Example(
            {
                "kind": "account",
                "text": "假装是顾南笙（讽刺号）| 纯属虚构，不收钱。",
                "title": "假装是顾南笙（讽刺号）",
            },
            None,
        ),
    )

    def __init__(self, registry: Registry) -> None:
        super().__init__(registry)
        indexes = indexes_for(registry)
        self.identities = indexes.identities
        self.domains = indexes.domains
        self.images = indexes.images

    def detect(self, item: NormalizedItem) -> Iterable[Finding]:
        raw = item.item
        if is_official_item(raw, self.registry) or disclaims(raw) or _not_a_claim(item):
            return []
        asks = self._solicitations(item)
        if not asks:
            return []
        identities = _unique(
            [
                *self._account_identities(item),
                *self._message_identities(item),
                *self._link_identities(item),
                *self._image_identities(item),
            ]
        )
        identities = [i for i in identities if not speaks_for(raw, self.registry, i.entity_id)]
        if not identities or self._official_form(item, asks, identities):
            return []
        # One finding per item: the strongest claim names the target, the others back it.
        identities.sort(key=lambda i: not i.strong)
        kinds = {ask.kind for _, ask in asks}
        score = BASE_SCORE + BONUS * identities[0].strong + BONUS * ({"money", "data"} <= kinds)
        evidence = [i.evidence for i in identities[:3]] + _varied(asks, 4)
        return [self.finding(raw, score, evidence, target=identities[0].entity_id)]

    def _solicitations(self, item: NormalizedItem) -> list[tuple[Evidence, Solicitation]]:
        found: list[tuple[Evidence, Solicitation]] = []
        for field in ("title", "text"):
            normalized = item.get(field)
            if normalized is None:
                continue
            for ask in find_solicitations(normalized, MAX_TEXT):
                span = item.span(field, ask.start, ask.end)
                found.append(
                    (
                        Evidence(
                            kind="solicitation",
                            span=span,
                            description=f"asks for {_ASKS[ask.kind]}: {span.text!r}",
                            details={"asks": ask.kind},
                        ),
                        ask,
                    )
                )
        return found

    def _account_identities(self, item: NormalizedItem) -> list[IdentityEvidence]:
        """Display names (of accounts, apps, pages, and of a post's author) that claim a name."""
        found: list[IdentityEvidence] = []
        is_listing = item.item.kind in ("account", "app", "mini_app", "domain")
        # An app or mini-app may add an edition or the service its brand sells (`X预约中心`).
        editions = item.item.kind in ("app", "mini_app")
        for segment in self.identities.display_segments(item):
            if not is_listing and segment.field != "author.name":
                continue
            for claim in self.identities.claims(
                segment, editions=editions, listing=is_listing and item.item.kind != "domain"
            ):
                target = claim.target
                if target.is_person and not (
                    claim.presents_person or self._ties_person(item, target.entity_id, target.text)
                ):
                    continue  # a namesake: the name alone, with neither enterprise nor title
                span = segment.span(claim.match.start, claim.match.end)
                found.append(
                    _identity(
                        claim.target.entity_id,
                        claim.target.text,
                        span,
                        f"{segment.field} presents itself as "
                        f"{claim.target.text!r} ({claim.match.transformation})",
                        strong=True,
                    )
                )
            if segment.field == "author.name":
                found.extend(self._author_role(item, segment.text.text))
        for claim in self.identities.piece_claims(item):
            found.append(
                _identity(
                    claim.target.entity_id,
                    claim.target.text,
                    claim.segment.span(claim.match.start, claim.match.end),
                    f"the app's text presents it as {claim.target.text!r}",
                    strong=False,
                )
            )
        if item.item.kind == "domain" and item.item.url:
            match = self.domains.match(item.item.url[:500])
            if match:
                url = item.item.url
                found.append(
                    _identity(
                        match.entity_id,
                        match.matched,
                        Span(field="url", start=0, end=len(url), text=url),
                        f"{match.host} imitates {match.matched} ({match.transformation})",
                        strong=True,
                    )
                )
        return found

    def _ties_person(self, item: NormalizedItem, entity_id: str, name: str) -> bool:
        """Whether the item ties a registered person's name to that person: it names the
        person's enterprise, or gives a title the registry records for the person
        (`X｜某某集团董事长`), or says it is the person's private line speaking from inside a
        company (`X｜本人私人号，公司内部员工价`). A display name that only is the name
        (`X｜宝妈一枚`) may be anyone's: people share names. `entity_id`: a person's id, or an
        enterprise's id for an executive without a people record."""
        owner = self.registry.enterprise_of(entity_id)
        for mentions in item.mentions.values():
            for mention in mentions:
                for entry in mention.entries:
                    is_person = entry.entity_type == "person" or entry.kind == "executive"
                    if not is_person and owner and entry.entity_id == owner:
                        return True
        recorded = self.identities.roles.get((entity_id, fold(name)), "")
        texts = (item.get(f) for f in ("title", "text", "author.name"))
        said = " ".join(t.text[:MAX_TEXT] for t in texts if t is not None)
        if PRIVATE_LINE.search(said) and INSIDER.search(said):
            return True
        return bool(recorded) and any(
            TITLE_EQUIVALENTS.get(title, title) in recorded and title in said for title in TITLES
        )

    def _image_identities(self, item: NormalizedItem) -> list[IdentityEvidence]:
        """Images that are a registered logo or portrait (a face or mark used as a credential)."""
        found: list[IdentityEvidence] = []
        for image in self.images.match(item.item.image_hashes):
            registered = image.registered
            evidence = Evidence(
                kind="identity_claim",
                description=f"image {image.item_hash} matches the registered {registered.kind} "
                f"of {self.registry.entity_name(registered.entity_id)!r} "
                f"({image.distance} bits, threshold {image.threshold})",
                registry_ref=registered.entity_id,
                matched=registered.text,
                similarity=image.similarity,
            )
            found.append(IdentityEvidence(registered.entity_id, evidence, strong=True))
        return found

    def _author_role(self, item: NormalizedItem, author: str) -> list[IdentityEvidence]:
        """An author name with a registered name and a role (`X客服中心-小林`)."""
        found: list[IdentityEvidence] = []
        for mention in item.mentions.get("author.name", ()):
            rest = author[: mention.start] + author[mention.end :]
            roles = (*ROLE_WORDS, *COPY_WORDS[:20], *JOIN_ROLES, *AUTHOR_ROLES)
            # a victims' or critics' account (`X退款维权群`) speaks about the brand, not as it
            if not any(word in rest for word in roles) or any(w in rest for w in CRITIC_WORDS):
                continue
            span = item.span("author.name", mention.start, mention.end)
            for entry in mention.entries:
                found.append(
                    _identity(
                        entry.entity_id,
                        entry.text,
                        span,
                        f"author name {author!r} speaks as {entry.text!r}",
                        strong=True,
                    )
                )
        return found

    def _official_form(
        self,
        item: NormalizedItem,
        asks: list[tuple[Evidence, Solicitation]],
        identities: list[IdentityEvidence],
    ) -> bool:
        """A request that sends the reader to the enterprise's own channel (its domain, app or
        mini-app), with no lookalike name or link, no private channel and no off-channel
        sale: the enterprise's own offer or form (a repost or report of it), not a scam."""
        if any(i.strong for i in identities) or any(
            a.kind == "contact" or OFF_CHANNEL.search(a.text) for _, a in asks
        ):
            return False
        text = item.item.text[:MAX_TEXT]
        hosts = [host_of(m.group()) for m in HOST_IN_TEXT.finditer(text)]
        if hosts:
            return all(self.domains.is_official(h) for h in hosts)
        folded = fold(text)
        return any(
            re.search(rf"{re.escape(name)}\s*(?:app|小程序|客户端)", folded)
            for name in self._official_app_names({i.entity_id for i in identities})
        )

    def _official_app_names(self, entities: set[str]) -> list[str]:
        """Folded names of the official apps and mini-apps of the enterprises of `entities`."""
        names: list[str] = []
        for entity in entities:
            ent = self.registry.enterprises.get(self.registry.enterprise_of(entity) or entity)
            if ent is not None:
                names += [fold(a.name) for a in ent.official_apps]
                names += [fold(m.name) for m in ent.official_mini_apps]
        return [n for n in names if n]

    def _link_identities(self, item: NormalizedItem) -> list[IdentityEvidence]:
        """Hosts in the text that imitate a registered domain or spell a brand the message
        names (`<brand pinyin>-butie.cn` under a `【<brand>】` heading): a phishing link."""
        text = item.item.text[:MAX_TEXT]
        named = {e.entity_id for m in item.mentions.get("text", ()) for e in m.entries}
        named |= {self.registry.enterprise_of(entity) or entity for entity in named}
        found: list[IdentityEvidence] = []
        for link in HOST_IN_TEXT.finditer(text):
            host = host_of(link.group())
            if "." not in host or self.domains.is_official(host):
                continue
            match = self.domains.match(host)
            entity, matched, how = (
                (match.entity_id, match.matched, match.transformation)
                if match
                else self._brand_in_host(host, named)
            )
            if entity is None:
                continue
            span = Span(field="text", start=link.start(), end=link.end(), text=link.group())
            found.append(
                _identity(
                    entity, matched, span, f"link {host} imitates {matched!r} ({how})", strong=True
                )
            )
        return found

    def _brand_in_host(self, host: str, named: set[str]) -> tuple[str | None, str, str]:
        """A brand token of an enterprise the message names, inside a host's registrable label
        (shorter tokens than `DomainIndex` accepts alone: the message names the brand too)."""
        _, label, _ = split_host(host)
        flat = label.replace("-", "").lower()
        for target in self.domains.targets:
            if (
                target.entity_id in named
                and len(target.label) >= MIN_LINK_TOKEN
                and target.label in flat
            ):
                return target.entity_id, target.text, f"contains {target.label}"
        return None, "", ""

    def _message_identities(self, item: NormalizedItem) -> list[IdentityEvidence]:
        """Names in the text or title that the message speaks as (see `_claim_signal`), and
        executives addressed by surname and 总 (see `_honorifics`)."""
        found: list[IdentityEvidence] = []
        for field in ("title", "text"):
            normalized = item.get(field)
            if normalized is None:
                continue
            body = normalized.text[:MAX_TEXT]
            named: list[tuple[int, int, list[tuple[str, str]], bool]] = [
                (
                    m.start,
                    m.end,
                    [(e.entity_id, e.text) for e in m.entries],
                    any(e.entity_type == "person" or e.kind == "executive" for e in m.entries),
                )
                for m in item.mentions.get(field, ())
            ]
            named += [(s, e, people, True) for s, e, people in self._honorifics(item, body)]
            listing = item.item.kind in ("account", "app", "mini_app", "domain")
            for start, end, entries, person in named:
                signal = _claim_signal(body, start, end, field, person)
                if signal is None:
                    continue
                span = item.span(field, start, end)
                for entity_id, text in entries:
                    if person and listing and not self._ties_person(item, entity_id, text):
                        continue  # an account's own name may be a namesake's
                    found.append(
                        _identity(
                            entity_id,
                            text,
                            span,
                            f"the message speaks as {text!r} ({signal})",
                            strong=False,
                        )
                    )
        return found

    def _honorifics(
        self, item: NormalizedItem, body: str
    ) -> list[tuple[int, int, list[tuple[str, str]]]]:
        """`程总` (surname and 总, span [start, end) of 程总) where the item names an enterprise
        (in any field, the author name too) one of whose registered people has that surname:
        the executive a group or an offer is said to come from. A surname alone names nobody,
        so without the enterprise there is no match."""
        surnames = self._surnames(
            {
                self.registry.enterprise_of(e) or e
                for mentions in item.mentions.values()
                for m in mentions
                for e in m.entity_ids
            }
        )
        if not surnames:
            return []
        mentioned = [(m.start, m.end) for m in item.mentions.get("text", ())]
        found: list[tuple[int, int, list[tuple[str, str]]]] = []
        for match in HONORIFIC.finditer(body):
            end = match.end() + 1
            if body[end:].startswith(NOT_HONORIFIC):
                continue
            for size in (2, 1):  # a compound surname first (欧阳总)
                start = match.end() - size
                people = surnames.get(body[start : match.end()])
                if start < match.start() or not people:
                    continue
                if all(end <= s or start >= e for s, e in mentioned):
                    found.append((start, end, people))
                break
        return found

    def _surnames(self, enterprises: set[str]) -> dict[str, list[tuple[str, str]]]:
        """Surname → (entity id, full name) of the registered people of `enterprises`."""
        found: dict[str, list[tuple[str, str]]] = {}
        for ent_id in enterprises:
            ent = self.registry.enterprises.get(ent_id)
            if ent is None:
                continue
            people = [
                (e.person if e.person in self.registry.people else ent.id, e.name)
                for e in ent.executives
            ]
            people += [
                (p.id, p.name) for p in self.registry.people.values() if p.enterprise == ent_id
            ]
            for entity, name in dict.fromkeys(people):
                surname = _surname(fold(name))
                if surname:
                    found.setdefault(surname, []).append((entity, name))
        return found


_ASKS = {
    "money": "money",
    "data": "personal data",
    "lure": "investment or rebate",
    "contact": "a private channel",
    "remote": "a shared screen or remote control while banking",
}


def _identity(
    entity_id: str, matched: str, span: Span, description: str, strong: bool
) -> IdentityEvidence:
    evidence = Evidence(
        kind="identity_claim",
        description=description,
        span=span,
        registry_ref=entity_id,
        matched=matched,
    )
    return IdentityEvidence(entity_id, evidence, strong)


def _varied(asks: list[tuple[Evidence, Solicitation]], limit: int) -> list[Evidence]:
    """Up to `limit` cues, one of each kind first: a lure without its private channel (or a
    fee without the prize) explains half of the solicitation."""
    first: dict[str, Evidence] = {}
    for evidence, ask in asks:
        first.setdefault(ask.kind, evidence)
    chosen = list(first.values())[:limit]
    rest = [e for e, _ in asks if all(e is not c for c in chosen)]
    picked = {id(e) for e in [*chosen, *rest[: limit - len(chosen)]]}
    return [e for e, _ in asks if id(e) in picked]  # in text order


def _unique(found: list[IdentityEvidence]) -> list[IdentityEvidence]:
    """One piece of evidence per (entity, quoted text): titles often repeat the display name."""
    seen: dict[tuple[str, str], IdentityEvidence] = {}
    for identity in found:
        span = identity.evidence.span
        key = (identity.entity_id, span.text if span else identity.evidence.description)
        if key not in seen or (identity.strong and not seen[key].strong):
            seen[key] = identity
    return list(seen.values())


def _claim_signal(
    body: str, start: int, end: int, field: TextField, person: bool = False
) -> str | None:
    """Why a name in running text is the speaker, not the subject; None when it is not.

    The speaker: the name followed by a role (`X客服专员`, `X董事长致股东`, `X周年庆`), inside a
    bracketed heading (`【X客服中心】`), or signing the message (`——X`).
    """
    role = next((w for w in ROLE_WORDS if w in body[end : end + ROLE_REACH]), None)
    if role:
        return f"role: {role}"
    near = re.split(r"[的，,。!?;！？；\n]", body[end : end + JOIN_REACH], maxsplit=1)[0]
    # a franchise or agency is the enterprise's: after a person's name (`X｜宝妈 副业代理`)
    # it says what the speaker sells, not whom she speaks as
    join = None if person else next((w for w in JOIN_ROLES if w in near), None)
    if join:
        return f"role: {join}"
    closer = HEAD_BRACKETS.get(body[:1])
    if field == "text" and closer and closer not in body[:start] and body.find(closer) >= end:
        return "bracketed heading"
    if field == "text" and _opens_notice(body, start):
        return "heading of a notice"
    if person and _introduced(body, start, end):
        return "self-introduction"
    if person and _self_clause(body, start) and ASSISTANT.match(body, end):
        return "self-introduction as the person's assistant"
    if not person and _self_clause(body, start):
        staff = _staff_role(body, end)
        if staff:
            return f"self-introduction as its staff: {staff}"
    tail = body[end:].strip(" 。!.")
    if not tail and body[max(0, start - 2) : start].endswith(("—", "-")):
        return "signature"
    return None


def _surname(name: str) -> str | None:
    """The surname of a Chinese personal name of two to four characters (two of four are a
    compound surname: 欧阳子晴); None for other names.

    >>> _surname("程望舒"), _surname("欧阳子晴"), _surname("Leo Chen")
    ('程', '欧阳', None)
    """
    if not 2 <= len(name) <= 4 or not all(is_han(c) for c in name):
        return None
    return name[:2] if len(name) == 4 else name[:1]


def _opens_notice(body: str, start: int) -> bool:
    """The name opens the text and a colon closes its first phrase (`X会员积分兑现通知：`,
    `创始人X：`); only a title, or a short tag that is not a news outlet's (`【直播回放】X：`,
    not `【快讯】X：`), may come before the name.

    >>> _opens_notice("【直播回放】覃野舟：送锅底", 6), _opens_notice("【快讯】覃野舟：送锅底", 4)
    (True, False)
    """
    prefix = body[:start]
    tag = LEAD_TAG.match(prefix)
    if tag is not None:
        if any(word in tag.group(1) for word in NEWS_TAGS):
            return False
        prefix = prefix[tag.end() :]
    prefix = prefix.strip(" \"'“‘「")
    for title in TITLES:
        prefix = prefix.replace(title, "")
    if prefix:
        return False
    head = NOTICE_HEAD.match(body, start)
    return head is not None and not REPORT_HEAD.search(head.group())


def _self_clause(body: str, start: int) -> bool:
    """A self-introduction (我是, 本人) stands shortly before `start` in its clause."""
    before = body[max(0, start - SELF_REACH) : start]
    clause = re.split(r"[，,。!?;！？；:：\n]", before)[-1]
    return any(word in clause for word in SELF_INTRODUCTIONS)


def _staff_role(body: str, end: int) -> str | None:
    """A staff role right after an enterprise's name in the same clause (`X招生办的林老师`,
    `X的销售顾问`): the speaker presents themselves as the enterprise's staff.

    >>> _staff_role("启芽招生办的林老师，", 2), _staff_role("启芽的家长，", 2)
    ('招生办', None)
    """
    after = re.split(r"[，,。!?;！？；:：\n]", body[end : end + STAFF_REACH], maxsplit=1)[0]
    return next((w for w in STAFF_WORDS if w in after), None)


def _introduced(body: str, start: int, end: int) -> bool:
    """`我是X`, `本人X`, `我是某某科技X`, `X本人在此`: the speaker introduces themselves as the
    person (but `我是X的学生` introduces someone else).

    >>> _introduced("大家好，覃野舟本人在此，", 4, 7), _introduced("我是覃野舟的学生", 2, 5)
    (True, False)
    """
    before = body[max(0, start - SELF_REACH) : start]
    clause = re.split(r"[，,。!?;！？；:：\n]", before)[-1]
    if not any(word in clause for word in SELF_INTRODUCTIONS):
        # the name opening its clause, then `本人` or `在此`
        return not any(is_han(c) for c in clause) and body[end:].startswith(SELF_AFTER_NAME)
    return body[end : end + 1] != "的"


def _not_a_claim(item: NormalizedItem) -> bool:
    """Warnings about scams, reports of them, and deletion-for-money offers.

    A sentence in which the speaker vouches for itself (`认准本号，谨防假冒`, `本号为唯一指定渠道，
    其他都是骗子`) is the impostor's own sales talk, not a warning: it is left out of the check.
    """
    texts = [item.get(f) for f in ("title", "text")]
    joined = " ".join(t.text[:MAX_TEXT] for t in texts if t is not None)
    joined = SELF_VOUCH.sub(" ", joined)
    for mask in NOT_A_CLAIM_MASKS:
        joined = joined.replace(mask, " ")
    return any(fold(word) in joined for word in NOT_A_CLAIM)
