"""The slice of an item that coordination signals look at: who, where, when, what text.

A `Post` is built once per item; every signal works on posts, never on raw items, so the
batch detector, the streaming window and the benchmark share one representation.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from clearbright.detectors.abuse.contacts import find_contacts
from clearbright.detectors.base import NormalizedItem
from clearbright.detectors.coordination.params import CoordinationParams
from clearbright.registry import Registry
from clearbright.registry.registry import handle_key
from clearbright.text.normalize import fold

# Kinds whose text an account writes to an audience; accounts, apps and domains are not posts.
POST_KINDS = frozenset({"post", "comment"})
_URL = re.compile(r"https?://[^\s，。！？、）)\]】\"'<>]+", re.IGNORECASE)
_MENTION = re.compile(r"@[^\s@，。！？,:：]{1,30}")
# Weibo-style #话题# first, then #tag ended by space or punctuation (Douyin, Xiaohongshu).
_HASHTAG = re.compile(r"#([^#\s]{1,40}?)#|#([^\s#，。！？,!?]{1,40})")


@dataclass(frozen=True, slots=True)
class Post:
    """One authored item as coordination signals see it.

    `account` is platform-qualified (`weibo:abc`), the node of the account graph; `actor` is
    the bare author id: one handle cross-posting its own text to several platforms is one actor,
    and coordination is only ever counted between different actors.
    `time` is seconds since the epoch; `shingles` are the character shingles of the canonical text.
    """

    index: int
    item_id: str
    platform: str
    account: str
    actor: str
    time: float
    canonical: str
    shingles: frozenset[str]
    urls: tuple[str, ...]
    hashtags: tuple[str, ...]
    reply_to: str | None
    entities: frozenset[str]
    affiliation: str | None = None
    # Contact handles (`wechat:abc`) found by the abuse family's extractor.
    contacts: tuple[str, ...] = ()
    # When the account was registered (seconds since the epoch), from its profile item in the
    # corpus (`creation_times`); None when the corpus holds no profile of the account.
    created: float | None = None


def canonical_text(normalized: str) -> str:
    """Text reduced to letters, digits and Chinese characters (no URLs, @mentions, emoji).

    >>> canonical_text("星翎刹车失灵!!我朋友差点出事😡 http://t.cn/x")
    '星翎刹车失灵我朋友差点出事'
    """
    text = _MENTION.sub(" ", _URL.sub(" ", normalized))
    return "".join(char for char in text if char.isalnum())


def shingles(text: str, size: int) -> frozenset[str]:
    """The set of `size`-character substrings of `text`.

    >>> sorted(shingles("岚牧纯享", 3))
    ['岚牧纯', '牧纯享']
    """
    return frozenset(text[i : i + size] for i in range(len(text) - size + 1))


def hashtags(original: str) -> tuple[str, ...]:
    """Hashtags in order of appearance, folded (traditional/full-width variants compare equal).

    >>> hashtags("别买了 #星翎刹车门# 转发 #避雷")
    ('星翎刹车门', '避雷')
    """
    found = (fold(a or b).strip() for a, b in _HASHTAG.findall(original))
    return tuple(tag for tag in found if tag)


def urls(original: str, item_url: str | None) -> tuple[str, ...]:
    """Links in the text and the item's own URL, lower-cased and without trailing slashes."""
    links = [m.group(0) for m in _URL.finditer(original)]
    if item_url and item_url.lower().startswith(("http://", "https://")):
        links.append(item_url)
    return tuple(dict.fromkeys(link.lower().rstrip("/") for link in links))


def epoch(value: datetime) -> float:
    """Seconds since the epoch; a naive timestamp is taken as UTC."""
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).timestamp()


def build_posts(
    items: Sequence[NormalizedItem], registry: Registry, params: CoordinationParams
) -> list[Post]:
    """Posts for the items that can take part in a campaign.

    An item takes part when it is a post or comment with an author and a time, and its author
    is not an official account (an enterprise repeating its own announcement is not an attack).
    """
    owners = registry.official_account_owners
    by_id = {n.item.id: n for n in items}
    created = creation_times(items)
    return [
        post
        for index, normalized in enumerate(items)
        for post in _post(index, normalized, by_id, owners, created, params)
    ]


def creation_times(items: Sequence[NormalizedItem]) -> dict[tuple[str, str], float]:
    """(platform, handle) → registration time, from the corpus's `account` items.

    The data contract has no registration date on `Author`; an `account` item is the profile
    itself, so its `created_at` is when the account was created. A profile seen twice keeps
    its earliest time.
    """
    found: dict[tuple[str, str], float] = {}
    for normalized in items:
        item = normalized.item
        if item.kind != "account" or item.author is None or item.created_at is None:
            continue
        key = (item.platform, handle_key(item.author.id))
        found[key] = min(found.get(key, math.inf), epoch(item.created_at))
    return found


def official_shingles(
    items: Sequence[NormalizedItem], registry: Registry, params: CoordinationParams
) -> list[frozenset[str]]:
    """Shingle sets of the texts that official accounts posted (to recognise their echoes)."""
    owners = registry.official_account_owners
    found = []
    for normalized in items:
        author = normalized.item.author
        if author and (normalized.item.platform, handle_key(author.id)) in owners:
            found.append(shingles(canonical_text(normalized.text.text), params.SHINGLE_SIZE))
    return [s for s in found if len(s) >= params.MIN_SHINGLES]


def _post(
    index: int,
    normalized: NormalizedItem,
    by_id: dict[str, NormalizedItem],
    owners: dict[tuple[str, str], str],
    created: dict[tuple[str, str], float],
    params: CoordinationParams,
) -> Iterator[Post]:
    item = normalized.item
    if item.kind not in POST_KINDS or item.author is None or item.created_at is None:
        return
    handle = (item.platform, handle_key(item.author.id))
    if handle in owners:
        return
    canonical = canonical_text(normalized.text.text)
    yield Post(
        index=index,
        item_id=item.id,
        platform=item.platform,
        account=f"{item.platform}:{item.author.id}",
        actor=item.author.id.lower().lstrip("@"),
        time=epoch(item.created_at),
        canonical=canonical,
        shingles=shingles(canonical, params.SHINGLE_SIZE),
        urls=urls(item.text, item.url),
        hashtags=hashtags(item.text),
        reply_to=item.reply_to,
        entities=normalized.mentioned_entities() | _replied_owner(item.reply_to, by_id, owners),
        affiliation=item.author.affiliation,
        contacts=tuple(f"{c.kind}:{c.value}" for c in find_contacts(normalized.text)),
        created=created.get(handle),
    )


def _replied_owner(
    reply_to: str | None, by_id: dict[str, NormalizedItem], owners: dict[tuple[str, str], str]
) -> frozenset[str]:
    """A comment under an official account's post targets that account's owner."""
    parent = by_id.get(reply_to) if reply_to else None
    if parent is None or parent.item.author is None:
        return frozenset()
    owner = owners.get((parent.item.platform, handle_key(parent.item.author.id)))
    return frozenset({owner}) if owner else frozenset()
