"""Category 1: accounts, apps, mini-apps and domains that imitate a registered enterprise."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar

from clearbright.categories import Category
from clearbright.detectors.base import Detector, Example, NormalizedItem
from clearbright.detectors.counterfeit.avatar import ImageMatch
from clearbright.detectors.counterfeit.domains import DomainMatch
from clearbright.detectors.counterfeit.identity import (
    Claim,
    Segment,
    disclaims,
    indexes_for,
    is_official_item,
    speaks_for,
)
from clearbright.detectors.counterfeit.lexicon import EDITIONS, OFFICIAL_CLAIMS
from clearbright.detectors.counterfeit.packages import PackageMatch
from clearbright.detectors.counterfeit.solicitation import find_solicitations
from clearbright.model import Evidence, Finding, Item, Span
from clearbright.registry import Registry
from clearbright.text.normalize import fold

# Scores: the exact registered name as the whole display name is evidence-complete.
EXACT_WHOLE_NAME = 0.97
EXACT_WITH_COPY_WORDS = 0.9
# A lookalike name scores this plus a share of its similarity.
LOOKALIKE_BASE = 0.7
LOOKALIKE_WEIGHT = 0.2
# An app package that extends or misspells an official one.
PACKAGE_LOOKALIKE = 0.85
# A registered logo on an account, app or page that is not official.
LOGO_ONLY = 0.8
# A web page that only claims the name in its title is weaker evidence than its host.
TITLE_ONLY = 0.75
# An app whose text, not its name, presents it as the brand's programme (`…｜X會員專享：`).
PIECE_ONLY = 0.8
# A post or comment counts only as a store's sale: an author named as the brand's store
# (`X官方旗舰店`, `X宠粮工厂直营店`) offering goods (`私信下单`, `包邮`, `工厂价直发`).
SALE = re.compile(
    r"下单|包邮|一件代发|(?:工厂|厂家|源头|产地)(?:价)?直发|现货|清仓|出货|拿货|拍下(?!来)|秒发|"
    r"(?:私信|私聊)(?:购买|订购|下单)|(?:出厂|工厂|内部|员工|批发|到手|优惠)价|"
    r"[0-9]+元[/一每]?(?:袋|包|箱|件|盒|瓶|台|支)"
)
MAX_SALE_TEXT = 2000
# What an account or mini-app that sells the brand's goods says beside the sale words above:
# wholesale and drop-shipping, coupons sold cheap, genuine goods at a price, agents wanted.
BRAND_SALE = re.compile(
    r"批发|代发|分销|招代理|(?:团购|代金|优惠|套餐|餐)券|低价出|低价转|特价|秒杀|正品|领取|0元领|"
    r"免费领|特惠|[0-9一二三四五六七八九]\.?[0-9]?折|[0-9]+(?:\.[0-9]+)?元"
)
# The copy words that name a store or sales channel; a store post's author needs one.
STORE_WORDS = ("店", "商城", "官方", "旗舰", "专卖", "直营", "工厂", "厂家", "直销", "渠道", "源头")


class CounterfeitDetector(Detector):
    """Accounts, apps, mini-apps and domains whose name or domain imitates a registered
    enterprise or trademark and that are not on the official list; also accounts whose
    display name presents itself as a registered person (the name with a title or the
    person's enterprise), and apps and mini-apps named after an official app plus an edition
    word, or after the brand plus the service its own channel would offer (`X订房特惠`) or a
    store claim with a product word (`X锁 原厂配件`, `X宠粮工厂直营店`). An account whose name is a
    shop name with a category word (`X太阳能总店`, `X美妆官博`), and an app or mini-app named
    after the brand (`X會員福利社`, `X正装免费领`), count where the item sells or gives away the
    brand's goods (its trademarks, drop-shipping, coupons, prices). A post or comment counts
    only as the sale of such a store: its author named as the brand's store or sales channel,
    its text offering goods, and no money or data asked (impersonation judges that).

    Evidence: `registry_exact_match` (the display name is a registered name exactly),
    `lookalike_name` (a variant, with the transformation: homophone, similar shape,
    pinyin spelling, homoglyph, typo), `lookalike_domain` (typo, homoglyph, TLD swap,
    hyphenation, added keyword, subdomain abuse) and `lookalike_logo` (a perceptual hash
    within the Hamming threshold of a registered logo) and `lookalike_package` (an app package
    that extends or misspells an official one).
    Fan pages and parodies that say so are not counterfeit.
    """

    name = "counterfeit_lookalike"
    categories = (Category.COUNTERFEIT,)
    kinds = frozenset({"account", "app", "mini_app", "domain", "post", "comment"})
    EXAMPLES: ClassVar[tuple[Example, ...]] = (
        Example(
            {
                "kind": "account",
                "text": "澄屿科技官方 | 正品手表清仓",
                "title": "澄屿科技官方",
                "url": "https://weibo.com/chengyu_0fficial",
                "author": {"id": "chengyu_0fficial", "name": "澄屿科技官方"},
            },
            "counterfeit",
        ),
        Example(
            {"kind": "domain", "text": "澄屿官方商城", "url": "chengyu-tech.cn"}, "counterfeit"
        ),
        Example(
            {"kind": "domain", "text": "澄屿健康手表", "url": "chengvu-tech.com"}, "counterfeit"
        ),
        Example(
            {
                "kind": "app",
                "text": "澄嶼健康 | 手表数据同步",
                "title": "澄嶼健康",
                "url": "com.cy.health",
            },
            "counterfeit",
        ),
        Example(
            {
                "kind": "account",
                "text": "岫屏手表爱好者（非官方）| 粉丝交流",
                "title": "岫屏手表爱好者（非官方）",
            },
            None,
        ),
        Example(
            {
                "kind": "account",
                "text": "澄屿科技 | 官方账号",
                "title": "澄屿科技",
                "platform": "weibo",
                "url": "https://weibo.com/chengyu_official",
                "author": {"id": "chengyu_official", "name": "澄屿科技"},
            },
            None,
        ),
        Example({"kind": "domain", "text": "澄屿科技官网", "url": "chengyu-tech.com"}, None),
        Example({"kind": "account", "text": "抵制澄屿", "title": "抵制澄屿"}, None),
    )

    def __init__(self, registry: Registry) -> None:
        super().__init__(registry)
        indexes = indexes_for(registry)
        self.identities = indexes.identities
        self.domains = indexes.domains
        self.images = indexes.images
        self.packages = indexes.packages

    def detect(self, item: NormalizedItem) -> Iterable[Finding]:
        raw = item.item
        if is_official_item(raw, self.registry) or disclaims(raw):
            return []
        evidence: dict[str, list[tuple[float, Evidence]]] = {}
        if raw.kind == "domain":
            host = self._domain(item)
            if host:
                evidence.setdefault(host[0], []).append(host[1])
        if raw.kind == "app" and raw.url:
            package = self.packages.match(raw.url)
            if package:
                evidence.setdefault(package.entity_id, []).append(
                    _package_evidence(package, raw.url)
                )
        editions = raw.kind in ("app", "mini_app")
        segments = self.identities.display_segments(item)
        storefront = raw.kind in ("post", "comment")
        if storefront:
            # A post or comment is judged only as the sale of a store named after the brand;
            # one that asks for a deposit, a transfer or data is impersonation's to judge.
            if not SALE.search(raw.text[:MAX_SALE_TEXT]) or _asks_money_or_data(item):
                return []
            segments = [s for s in segments if s.field == "author.name"]
        listing = raw.kind in ("account", "app", "mini_app")
        for segment in segments:
            for claim in self.identities.claims(segment, editions=editions, listing=listing):
                if claim.target.is_person and not _presents_person(raw, claim, segments):
                    continue  # a person merely named is judged as impersonation, if at all
                if claim.category and not self._sells_brand(item, claim):
                    continue  # `X太阳能总店` alone may be a shop that only mentions the brand
                if storefront and not _store_claim(claim):
                    continue
                scored = self._name_evidence(claim, raw.kind, claim.target.entity_id in evidence)
                if scored:
                    evidence.setdefault(claim.target.entity_id, []).append(scored)
        if editions and not evidence:
            # an app named in its text as the brand's programme, giving its goods away
            for claim in self.identities.piece_claims(item):
                scored = self._name_evidence(claim, raw.kind, False)
                if scored and self._sells_brand(item, claim):
                    evidence.setdefault(claim.target.entity_id, []).append(
                        (min(scored[0], PIECE_ONLY), scored[1])
                    )
        for image in self.images.match(raw.image_hashes):
            if image.registered.kind == "logo":
                evidence.setdefault(image.registered.entity_id, []).append(_logo_evidence(image))
        return [
            self._finding(item, entity, found)
            for entity, found in evidence.items()
            if not speaks_for(raw, self.registry, entity)
        ]

    def _sells_brand(self, item: NormalizedItem, claim: Claim) -> bool:
        """The item sells the brand's goods: it offers goods (wholesale, drop-shipping,
        coupons, a price) or names another of the brand's registered trademarks."""
        text = item.get("text")
        if text is None:
            return False
        body = text.text[:MAX_SALE_TEXT]
        if SALE.search(body) or BRAND_SALE.search(body):
            return True
        owner = claim.target.enterprise_id or claim.target.entity_id
        enterprise = self.registry.enterprises.get(owner)
        marks = [fold(m) for m in enterprise.trademarks] if enterprise else []
        return any(m and m not in claim.target.folded and m in body for m in marks)

    def _domain(self, item: NormalizedItem) -> tuple[str, tuple[float, Evidence]] | None:
        url = item.item.url or item.item.text
        match = self.domains.match(url[:500])
        if match is None:
            return None
        span = Span(field="url", start=0, end=len(url), text=url) if item.item.url else None
        return match.entity_id, (match.similarity, _domain_evidence(match, span))

    def _name_evidence(
        self, claim: Claim, kind: str, host_matched: bool
    ) -> tuple[float, Evidence] | None:
        match = claim.match
        official_words = [w for w in claim.copy_words if any(o in w for o in OFFICIAL_CLAIMS)]
        if kind == "domain" and not (official_words or host_matched):
            return None  # a page about the brand is not a page claiming to be the brand
        span = claim.segment.span(match.start, match.end)
        if claim.whole_name:
            score, ev_kind = EXACT_WHOLE_NAME, "registry_exact_match"
        elif match.exact:
            score, ev_kind = EXACT_WITH_COPY_WORDS, "lookalike_name"
        else:
            score = LOOKALIKE_BASE + LOOKALIKE_WEIGHT * match.similarity
            ev_kind = "lookalike_name"
        if kind == "domain" and not host_matched:
            score = min(score, TITLE_ONLY)
        description = (
            f"{claim.segment.field} {span.text!r} imitates the registered "
            f"{match.target.kind.replace('_', ' ')} {match.target.text!r} "
            f"({match.transformation})"
        )
        if official_words:
            description += f", with copy words {', '.join(official_words)}"
        editions = [w for w in claim.copy_words if w in EDITIONS]
        if editions:
            description += f", with edition word {', '.join(editions)}"
        if claim.presents_person:
            given = [*claim.titles, *([claim.affiliation] if claim.affiliation else [])]
            description += f", presented as the person with {', '.join(given)}"
        return score, Evidence(
            kind=ev_kind,
            description=description,
            span=span,
            registry_ref=match.target.entity_id,
            matched=match.target.text,
            similarity=match.similarity,
            details={
                "transformation": match.transformation,
                "method": match.method,
                "name_kind": match.target.kind,
                "copy_words": list(claim.copy_words),
                "titles": list(claim.titles),
                "affiliation": claim.affiliation,
            },
        )

    def _finding(
        self, item: NormalizedItem, entity: str, found: list[tuple[float, Evidence]]
    ) -> Finding:
        found.sort(key=lambda pair: -pair[0])
        score = min(1.0, found[0][0] + 0.02 * (len(found) - 1))
        return self.finding(item.item, score, [e for _, e in found], target=entity)


def _asks_money_or_data(item: NormalizedItem) -> bool:
    text = item.get("text")
    return text is not None and any(
        ask.kind in ("money", "data") for ask in find_solicitations(text, MAX_SALE_TEXT)
    )


def _store_claim(claim: Claim) -> bool:
    """A display name that presents itself as the brand's store or sales channel (not only
    its customer service or a plain name): a post of it selling goods sells as the brand."""
    # the copied name may itself be an official store's (`X官方旗舰店` copied whole)
    names = (*claim.copy_words, claim.target.folded)
    return not claim.target.is_person and any(word in n for n in names for word in STORE_WORDS)


def _presents_person(item: Item, claim: Claim, segments: list[Segment]) -> bool:
    """An account whose display name is a registered person's name with their title or
    enterprise (`X 某某银行行长`): a lookalike of the person's own account.

    The display name is the title or author name; the head of the bio counts only when the
    account has neither, or when its display name claims the same person as well, so that a
    bio that opens by quoting someone (`X董事长：…`) on another account is not read as a claim.
    A person's name alone may be a namesake's, so it stays a matter for impersonation.
    """
    if item.kind != "account" or not claim.presents_person:
        return False
    if claim.segment.field != "text":
        return True
    window = claim.segment.text.text[claim.match.start : claim.match.end]
    names = [s for s in segments if s.field != "text"]
    return not names or any(window in s.text.text for s in names)


def _logo_evidence(image: ImageMatch) -> tuple[float, Evidence]:
    registered = image.registered
    return LOGO_ONLY, Evidence(
        kind="lookalike_logo",
        description=f"image {image.item_hash} is within {image.distance} bits of the registered "
        f"logo {registered.text} (threshold {image.threshold})",
        registry_ref=registered.entity_id,
        matched=registered.text,
        similarity=image.similarity,
        details={"distance": image.distance, "threshold": image.threshold},
    )


def _package_evidence(match: PackageMatch, url: str) -> tuple[float, Evidence]:
    return PACKAGE_LOOKALIKE, Evidence(
        kind="lookalike_package",
        description=f"app package {match.package} {match.transformation}",
        span=Span(field="url", start=0, end=len(url), text=url),
        registry_ref=match.entity_id,
        matched=match.official,
        details={"transformation": match.transformation},
    )


def _domain_evidence(match: DomainMatch, span: Span | None) -> Evidence:
    return Evidence(
        kind="lookalike_domain",
        description=f"{match.host} imitates the registered domain or name {match.matched!r} "
        f"({match.transformation})",
        span=span,
        registry_ref=match.entity_id,
        matched=match.matched,
        similarity=match.similarity,
        details={"transformation": match.transformation},
    )
