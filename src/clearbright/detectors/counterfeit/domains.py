"""Domain lookalikes of registered enterprises' official domains.

A host is split into subdomain, registrable label and public suffix with tldextract's
bundled public-suffix snapshot (offline), punycode is decoded and lookalike letters are
folded (`latin.py`). The registrable label is then compared with every official label
and brand token that shares an index key with it, never with the whole registry:

- the official domain embedded in another host (`jichuan-tech.com-shop.top`),
- the same label under another suffix (TLD swap),
- the same ASCII skeleton (homoglyphs: `lanrnu` for `lanmu`, `jlchuan` for `jichuan`),
- hyphens added or removed, dots inserted (`danheng.pay.com`),
- one or two typing edits (insertion, omission, repetition, transposition, replacement,
  bit flips) measured as optimal-string-alignment distance,
- a brand token (the pinyin of a registered Chinese name, `maotai` for 茅台) or an official
  label with words added (`huawei-service.com`),
- subdomain abuse: a subdomain label that spells an official label or a brand token in front
  of a registrable domain that is not official (`huawei.com.x-zs.cn`, `maotai.x.cn`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from urllib.parse import urlsplit

import ahocorasick
import tldextract
from rapidfuzz.distance import OSA, Levenshtein

from clearbright.detectors.counterfeit.latin import decode_host, fold_label, label_skeleton
from clearbright.registry import Registry
from clearbright.text.homoglyphs import SKELETON_RULES
from clearbright.text.normalize import is_han, pinyin_key

# Brand tokens shorter than this are too likely to occur in unrelated labels by chance.
MIN_BRAND_TOKEN = 5
# Brand tokens at least this long are recognisable even run into other words (`chengyuwatch`).
LONG_BRAND_TOKEN = 7
# Labels shorter than this get no typo matching (one edit turns `abc` into half the web).
MIN_TYPO_LENGTH = 5
# Names a domain spells as a brand token; legal names (…科技有限公司) and executives are not.
BRAND_KINDS = frozenset({"short_name", "alias", "english_name", "trademark"})
# Labels at least this long (letters, no hyphens) may differ by two typing edits, others by one.
LONG_LABEL = 9
# An official label this short (`jd`, `qq`) is too common as a subdomain word to mean the brand.
MIN_SUBDOMAIN_LABEL = 4


@dataclass(frozen=True)
class DomainTarget:
    """An official label or brand token of one enterprise."""

    entity_id: str
    text: str  # what the registry says: the official domain or the Chinese name
    label: str  # the registrable label (official) or the brand token
    suffix: str  # public suffix of the official domain ("" for brand tokens)
    official: bool


@dataclass(frozen=True)
class DomainMatch:
    """A host that imitates a registered domain, and the transformation that explains it."""

    entity_id: str
    matched: str
    host: str
    transformation: str
    similarity: float


@cache
def _extractor() -> tldextract.TLDExtract:
    # suffix_list_urls=() keeps tldextract on its bundled snapshot: no network at run time.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def host_of(raw: str) -> str:
    """The decoded host of a domain or URL (`https://Xn--...COM/path` → `...com`)."""
    text = raw.strip()
    if "://" in text:
        text = urlsplit(text).hostname or ""
    else:
        text = text.split("/", 1)[0].split(":", 1)[0]
    return decode_host(text)


def split_host(host: str) -> tuple[str, str, str]:
    """(subdomain, registrable label, public suffix) of a decoded host."""
    parts = _extractor()(host)
    return parts.subdomain, parts.domain, parts.suffix


class DomainIndex:
    """Official domains and brand tokens of a registry, indexed for lookalike search."""

    def __init__(self, registry: Registry) -> None:
        self.official = registry.official_domains
        self.targets = tuple(_targets(registry))
        self._official_targets = {t.text: t for t in self.targets if t.official}
        self._by_deletion: dict[str, list[DomainTarget]] = defaultdict(list)
        self._by_flat: dict[str, list[DomainTarget]] = defaultdict(list)
        contained: dict[str, list[DomainTarget]] = defaultdict(list)
        for target in self.targets:
            flat = _flat(target.label)
            for key in _deletions(flat, _edits(flat)):
                self._by_deletion[key].append(target)
            wanted = MIN_SUBDOMAIN_LABEL if target.official else MIN_BRAND_TOKEN
            if len(flat) >= wanted:
                self._by_flat[flat].append(target)
            if len(flat) >= MIN_BRAND_TOKEN:
                contained[flat].append(target)
        self._contained = ahocorasick.Automaton()
        for flat, targets in contained.items():
            self._contained.add_word(flat, tuple(targets))
        if contained:
            self._contained.make_automaton()

    def is_official(self, host: str) -> bool:
        """The host is an official domain or one of its subdomains."""
        labels = host.split(".")
        return any(".".join(labels[i:]) in self.official for i in range(len(labels)))

    def match(self, raw: str) -> DomainMatch | None:
        """The best lookalike explanation for a host, or None (official hosts never match)."""
        host = host_of(raw)
        if not host or "." not in host or self.is_official(host):
            return None
        subdomain, label, suffix = split_host(host)
        found = [self._embedded(host), self._subdomain_abuse(host, subdomain, label, suffix)]
        if label:
            found += [
                _compare(host, subdomain, label, suffix, target)
                for target in self._candidates(label, subdomain)
            ]
        matches = [m for m in found if m is not None]
        return max(matches, key=lambda m: m.similarity) if matches else None

    def _embedded(self, host: str) -> DomainMatch | None:
        """An official domain inside another host, between label or hyphen boundaries."""
        cuts = [0] + [i + 1 for i, c in enumerate(host) if c in ".-"]
        ends = [i for i, c in enumerate(host) if c in ".-"]
        for start in cuts:
            for end in ends:
                domain = host[start:end]
                if end > start and domain in self._official_targets:
                    target = self._official_targets[domain]
                    how = f"subdomain abuse: {domain} inside {host}"
                    return DomainMatch(target.entity_id, domain, host, how, 0.95)
        return None

    def _subdomain_abuse(
        self, host: str, subdomain: str, label: str, suffix: str
    ) -> DomainMatch | None:
        """A subdomain label (or a hyphen-separated word of one) that spells an official label
        or a brand token, in front of a registrable domain that is not official.

        `is_official` has already let the official domains and their subdomains through, so
        the registrable domain here belongs to someone else: the leading labels only borrow
        the brand (`chengyu-tech.com.x-zs.cn`, `chengyu.x.cn`).
        """
        if not subdomain:
            return None
        registrable = f"{label}.{suffix}" if suffix else label
        for part in subdomain.split("."):
            for word in dict.fromkeys([part, *part.split("-")]):
                for target in self._by_flat.get(_flat(word), ()):
                    kind = "official label" if target.official else "brand token"
                    how = (
                        f"subdomain abuse: {part} ({kind} of {target.text}) "
                        f"in front of {registrable}"
                    )
                    similarity = 0.93 if target.official else 0.88
                    return DomainMatch(target.entity_id, target.text, host, how, similarity)
        return self._subdomain_contains(host, subdomain, registrable)

    def _subdomain_contains(
        self, host: str, subdomain: str, registrable: str
    ) -> DomainMatch | None:
        """A subdomain label with words run into an official label or a long brand token
        (`chengyuwatch.x.cn`), under the same length rules as the registrable label's."""
        if self._contained.kind != ahocorasick.AHOCORASICK:
            return None
        for part in subdomain.split("."):
            for _, targets in self._contained.iter(_flat(part)):
                for target in targets:
                    if target.official or len(target.label) >= LONG_BRAND_TOKEN:
                        how = (
                            f"subdomain abuse: {part} contains {target.label} ({target.text}) "
                            f"in front of {registrable}"
                        )
                        similarity = 0.88 if target.official else 0.85
                        return DomainMatch(target.entity_id, target.text, host, how, similarity)
        return None

    def _candidates(self, label: str, subdomain: str) -> list[DomainTarget]:
        """Targets within the allowed typing edits of the label, or contained in it."""
        found: dict[int, DomainTarget] = {}
        for query in {_flat(label), _flat(subdomain + label)}:
            # A query two letters shorter than a long label may still be two edits from it.
            depth = 2 if len(query) >= LONG_LABEL - 2 else 1
            for key in _deletions(query, depth):
                for target in self._by_deletion.get(key, ()):
                    found[id(target)] = target
            if self._contained.kind == ahocorasick.AHOCORASICK:
                for _, targets in self._contained.iter(query):
                    found.update((id(t), t) for t in targets)
        return list(found.values())


def _targets(registry: Registry) -> list[DomainTarget]:
    targets: list[DomainTarget] = []
    for domain in sorted(registry.official_domains):
        _, label, suffix = split_host(domain)
        owner = next(
            e.id
            for e in registry.enterprises.values()
            if domain in (d.lower().strip(".") for d in e.official_domains)
        )
        targets.append(DomainTarget(owner, domain, label, suffix, official=True))
    for entry in registry.names:
        if entry.entity_type != "enterprise" or entry.kind not in BRAND_KINDS:
            continue
        token = brand_token(entry.text)
        if token and len(token) >= MIN_BRAND_TOKEN:
            targets.append(DomainTarget(entry.entity_id, entry.text, token, "", official=False))
    return list({(t.entity_id, t.label, t.suffix): t for t in targets}.values())


def brand_token(name: str) -> str | None:
    """The token a domain would spell a registered name with: pinyin for Chinese, else letters.

    Only names that are entirely Chinese (茅台 → `maotai`) or a single Latin word qualify;
    legal names (`... Co., Ltd.`) are not brand tokens.
    """
    stripped = name.strip()
    if stripped and all(is_han(c) for c in stripped):
        return pinyin_key(stripped)
    word = fold_label(stripped)
    if word.isascii() and word.isalnum() and word.isalpha():
        return word.lower()
    return None


@lru_cache(maxsize=65536)
def _flat(label: str) -> str:
    return label_skeleton(label).replace("-", "").replace(".", "")


def _edits(flat: str) -> int:
    """Typing edits allowed on a label: two when it is long enough to stay recognisable."""
    return 1 if len(flat) < LONG_LABEL else 2


def _deletions(word: str, depth: int) -> set[str]:
    """`word` with up to `depth` letters deleted (itself included)."""
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


def _compare(
    host: str, subdomain: str, label: str, suffix: str, target: DomainTarget
) -> DomainMatch | None:
    def found(how: str, similarity: float) -> DomainMatch:
        return DomainMatch(target.entity_id, target.text, host, how, round(similarity, 3))

    folded = fold_label(label)
    if target.official and (label, suffix) == (target.label, target.suffix):
        return None  # the official domain itself, reached through a subdomain label
    if target.official:
        if label == target.label:
            return found(f"TLD swap .{target.suffix}→.{suffix}", 0.97)
        if folded == target.label or label_skeleton(label) == label_skeleton(target.label):
            return found(f"homoglyph: {_diff(label, target.label)}", 0.96)
        if _flat(label) == _flat(target.label):
            return found(f"hyphenation: {label} for {target.label}", 0.95)
        if subdomain and _flat(subdomain + label) == _flat(target.label):
            return found(f"inserted dot: {subdomain}.{label} for {target.label}", 0.93)
        typo = _typo(_flat(label), _flat(target.label))
        if typo:
            return found(f"typo ({typo}): {label} for {target.label}", 0.9)
        if len(target.label) >= MIN_BRAND_TOKEN and _flat(target.label) in _flat(label):
            return found(f"added keyword: {label} contains {target.label}", 0.88)
        return None
    token = target.label
    flat = _flat(label)
    words = [w for w in label_skeleton(label).replace(".", "-").split("-") if w]
    if flat == _flat(token):
        return found(f"pinyin spelling: {label} for {target.text}", 0.9)
    if _flat(token) in words or (len(token) >= LONG_BRAND_TOKEN and _flat(token) in flat):
        return found(f"added keyword: {label} contains {token} ({target.text})", 0.85)
    return None


def _typo(candidate: str, target: str) -> str | None:
    """A short description of one or two typing edits, or None when the labels are further apart.

    Two edits are allowed only for labels long enough that two edits still leave most of it.
    """
    if len(target) < MIN_TYPO_LENGTH:
        return None
    allowed = _edits(target)
    distance = OSA.distance(candidate, target, score_cutoff=allowed)
    if distance > allowed:
        return None
    if distance < Levenshtein.distance(candidate, target):
        return "transposition"
    ops = Levenshtein.editops(candidate, target)
    names = {"insert": "omission", "delete": "insertion", "replace": "replacement"}
    return ", ".join(sorted({names[op.tag] for op in ops})) or "case"


def _diff(candidate: str, target: str) -> str:
    """`l for i`, `rn for m`, `ı for i`: the characters that stand in for the registered ones."""
    swaps = [f"{c} for {fold_label(c)}" for c in dict.fromkeys(candidate) if not c.isascii()]
    folded = fold_label(candidate)
    swaps += [
        f"{src} for {dst}"
        for src, dst in SKELETON_RULES
        if src in folded and src not in target and dst in target
    ]
    if swaps:
        return ", ".join(swaps)
    ops = Levenshtein.opcodes(candidate, target)
    parts = [
        f"{candidate[o.src_start : o.src_end]} for {target[o.dest_start : o.dest_end]}"
        for o in ops
        if o.tag != "equal"
    ]
    return ", ".join(parts) or f"{candidate} for {target}"
