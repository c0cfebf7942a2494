"""Category 8: pay-to-delete offers, and the negative dossier that the same actor then sells.

Runs over a corpus. Every item with an explicit offer (see `offers.py`) is a finding with
`extortion_offer` evidence. Items by the same actor — the same author id, or a contact
handle (WeChat, QQ, phone, Telegram) shared across accounts — that compile negative
material about the offer's target within the window before the offer are the dossier;
each is a finding whose evidence links it to the offer, and the offer's evidence lists
them. The same two texts from unrelated actors link nothing.

A dossier is marked as negative material or as a series, in its text or its title: 曝光, 投诉,
第一弹, 上集/下集, 第1集, 后面5集已剪好, ①②③, 1/3, P1, 第一话, 下回分解, 连更. The post an offer
replies to needs no marker: the offer says it is what is for sale.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import ClassVar

from clearbright.categories import Category
from clearbright.detectors.abuse.black_pr import contact_evidence
from clearbright.detectors.abuse.contacts import Contact, find_contacts
from clearbright.detectors.abuse.context import clause_at
from clearbright.detectors.abuse.offers import CIRCLED, Offer, OfferFinder
from clearbright.detectors.abuse.targets import TargetResolver
from clearbright.detectors.abuse.terms import lexicon_view, span_of
from clearbright.detectors.base import CorpusDetector, Example, NormalizedItem
from clearbright.model import Evidence, Finding, TextField
from clearbright.registry import Registry
from clearbright.text.normalize import NormalizedText


@dataclass
class _Seen:
    """What the detector needs to know about one item."""

    index: int
    item: NormalizedItem
    field: TextField
    view: NormalizedText
    offer: Offer | None
    targets: frozenset[str] | None  # enterprise ids; None until resolved
    contacts: tuple[Contact, ...]
    dossier_cue: tuple[int, int] | None  # [start, end) in `view`
    fields: tuple[TextField, ...]


class ExtortionDetector(CorpusDetector):
    """Offers to delete or withhold content for money or business, and the dossiers behind them."""

    name = "extortion"
    categories = (Category.EXTORTION,)
    FIELDS: ClassVar[tuple[TextField, ...]] = ("text", "title")
    WINDOW = timedelta(days=30)
    DOSSIER = re.compile(
        r"曝光|翻车|黑料|十宗罪|暗面|投诉|血泪|合集|实录|材料|录音|聊天记录|"
        r"内部邮件|下期|第\s?\d+\s?期|上篇|中篇|下篇|内幕|丑闻|起底|扒一扒|"
        r"推诿|装死|维权|爆料|"
        # A series announced on the target (整理了…材料, 明天起连载, 系列第一篇, 排期已定).
        r"连载|系列|整理了|(明天|今晚|下周|本周|即日)起|排期|前员工|负面|黑历史|真相|"
        r"第[一二三四五六七八九十\d]+(篇|集|弹|部分)|未完待续|敬请关注|陆续发布|"
        # Series markers (造假实录（上）, 下期更猛, 敬请期待).
        r"[(（](上|一|1)[)）]|敬请期待|更猛|更劲爆|造假|暗访|"
        # A series opened with more to come (第1期, 汇总（一）, 后面还有, 二三期在路上).
        r"第\s?[\d一二三四五六七八九十]+\s?(期|弹)|后面还有|还有[两三四五几\d]+(期|篇|集|弹)|"
        r"在路上|(持续|陆续)更新|(已|已经)写好|写好了|存稿|汇总|盘点|part\s?\d|"
        r"(问题|槽点|黑料|避雷|踩雷)(合集|清单|大全)|"
        # Episodes and instalments (上集, 下集揭晓, 下一弹, 后面5集已剪好).
        r"[(（【\[]?(上|下|中)集|下一(集|弹|期)|后面[\d一二三四五六七八九十几]+\s?(集|期|篇|弹)|"
        r"(已|已经|都)(剪|拍|录)(好|完)|(剪|拍)(好|完)了|避坑|素材还有|"
        # Parts numbered as fractions, P1/EP1, chapters, and serial-story endings (1/3, 下回分解,
        # 欲知后事如何, 待续, 连更三天, N宗罪, 深扒).
        r"(?<![\d/])[1-9]\s?/\s?[2-9](?![\d/])|(?<![a-z])(p|ep|vol)\.?\s?\d(?!\d)|"
        r"第[\d一二三四五六七八九十]+(话|回|章|季)|下回|后事如何|待续|连更|日更|"
        r"[n\d一二三四五六七八九十几]宗罪|深扒|扒皮|踩坑"
    )

    EXAMPLES = (
        Example(
            {"text": "澄屿市场部的朋友，删 帖 可 以，价 格 ５ｋ，不 删 就 继 续 更，懂？"},
            "extortion",
        ),
        Example(
            {"text": "想让我 shan 掉这篇澄屿的曝光？拿 wu qian 来，zhuan zhang 后秒删。"},
            "extortion",
        ),
        Example(
            {
                "text": "澄屿手表翻车实录：发热、掉帧，我整理了200条用户反馈，下期继续。",
                "author": {"id": "wb_example_01"},
                "created_at": "2024-01-20T19:00:00+08:00",
                "_context": [
                    {
                        "text": "澄屿的朋友，视频下架可以谈，一口价8000，私信我。",
                        "author": {"id": "wb_example_01"},
                        "kind": "comment",
                        "created_at": "2024-01-21T10:00:00+08:00",
                    }
                ],
            },
            "extortion",
        ),
        Example(
            {
                "text": "您好，我们平台本季度有开屏和信息流广告位，如贵司有推广需求，欢迎联系，"
                "所有合作内容都会标注“广告”。"
            },
            None,
        ),
        Example({"text": "澄屿的公关私信找我删帖，说给我五百块，我拒绝了。差评是真实体验。"}, None),
        Example(
            {
                "text": "澄屿手表翻车实录：发热、掉帧，我整理了200条用户反馈，下期继续。",
                "author": {"id": "wb_example_02"},
                "_context": [
                    {
                        "text": "澄屿的朋友，视频下架可以谈，一口价8000，私信我。",
                        "author": {"id": "wb_example_03"},
                        "kind": "comment",
                    }
                ],
            },
            None,
        ),
    )

    def __init__(self, registry: Registry) -> None:
        super().__init__(registry)
        self.targets = TargetResolver(registry)
        self.offers = OfferFinder()

    def detect_corpus(self, items: Sequence[NormalizedItem]) -> Iterable[Finding]:
        seen = [self._see(index, item) for index, item in enumerate(items)]
        actors = _actors(seen)
        by_actor: dict[int, list[_Seen]] = {}
        for s in seen:
            by_actor.setdefault(actors[s.index], []).append(s)
        findings: list[Finding] = []
        for offer_item in (s for s in seen if s.offer is not None):
            group = by_actor[actors[offer_item.index]]
            dossiers = [d for d in group if self._is_dossier(d, offer_item)]
            findings.append(self._offer_finding(offer_item, dossiers))
            findings.extend(self._dossier_finding(d, offer_item) for d in dossiers)
        return _first_per_item(findings)

    def _see(self, index: int, item: NormalizedItem) -> _Seen:
        field: TextField = "text"
        views: dict[TextField, NormalizedText] = {}
        for name in self.FIELDS:
            normalized = item.get(name)
            if normalized is not None:
                views[name] = lexicon_view(normalized.original, normalized)
        offer = None
        for name, view in views.items():
            offer = self._offer(item, name, view)
            if offer is not None:
                field = name
                break
        view = views[field]
        cue = _dossier_cue(self.DOSSIER, view)
        if offer is None and cue is None:
            # A series may be marked in its title only (【避坑·第一弹】 above a plain text).
            for name, other in views.items():
                cue = _dossier_cue(self.DOSSIER, other)
                if cue is not None:
                    field, view = name, other
                    break
        # Resolving targets is the costly part: an offer's now, a dossier's only when its
        # actor made an offer (see `_targets`).
        targets = self._resolve(item, tuple(views)) if offer is not None else None
        contacts = tuple(c for v in views.values() for c in find_contacts(v))
        return _Seen(index, item, field, view, offer, targets, contacts, cue, tuple(views))

    def _resolve(self, item: NormalizedItem, fields: tuple[TextField, ...]) -> frozenset[str]:
        """Enterprise ids the item's fields name (a person stands for its enterprise)."""
        return frozenset(
            e
            for name in fields
            for hit in self.targets.find(item, name)
            if (e := self.registry.enterprise_of(hit.entity_id)) is not None
        )

    def _targets(self, seen: _Seen) -> frozenset[str]:
        if seen.targets is None:
            seen.targets = self._resolve(seen.item, seen.fields)
        return seen.targets

    def _offer(self, item: NormalizedItem, field: TextField, view: NormalizedText) -> Offer | None:
        """The field's offer; one addressed only by its opening must name the target there."""
        offer = self.offers.find(view, salutation=lambda: clause_at(view.text, 0))
        if offer is not None and offer.implied:
            # Nothing in an implied offer says whom it is for but the name (致澜汀公关部), in
            # the field or in the title above it (致澜汀的一封公开信).
            named = any(self.targets.find(item, name) for name in self.FIELDS)
            return offer if named else None
        if offer is None or not offer.by_salutation:
            return offer
        _, end = view.to_original(*offer.addressee)
        named = any(hit.start < end for hit in self.targets.find(item, field))
        return offer if named else None

    def _is_dossier(self, candidate: _Seen, offer: _Seen) -> bool:
        if candidate.index == offer.index or candidate.offer is not None:
            return False
        if offer.item.item.reply_to == candidate.item.item.id:
            # The actor's offer answers this very post: it is what the offer sells, whatever
            # words it uses (a plain bad review has no series or exposé marker).
            return _before_within(candidate, offer, self.WINDOW)
        if candidate.dossier_cue is None:
            return False
        targets, offer_targets = self._targets(candidate), self._targets(offer)
        if not targets or (offer_targets and not (targets & offer_targets)):
            return False
        return _before_within(candidate, offer, self.WINDOW)

    def _offer_finding(self, seen: _Seen, dossiers: list[_Seen]) -> Finding:
        assert seen.offer is not None
        offer, view = seen.offer, seen.view
        raw = seen.item.item.field_text(seen.field) or ""
        start = min(offer.removal[0], offer.payment[0])
        end = max(offer.removal[1], offer.payment[1])
        target = _target(seen, dossiers)
        evidence = [
            Evidence(
                kind="extortion_offer",
                description="Offers to delete or withhold content for payment or business.",
                span=span_of(view, raw, seen.field, start, end),
                registry_ref=target,
                details={
                    "removal": view.text[slice(*offer.removal)],
                    "payment": view.text[slice(*offer.payment)],
                    "condition": view.text[slice(*offer.condition)],
                },
            )
        ]
        # Contacts in the offer's own field, with spans in it (they link accounts).
        evidence += [contact_evidence(seen.field, view, raw, c) for c in find_contacts(view)[:3]]
        if dossiers:
            evidence.append(
                Evidence(
                    kind="extortion_dossier",
                    description=f"The same actor posted {len(dossiers)} negative item(s)"
                    " on the target before this offer.",
                    registry_ref=target,
                    details={"dossier_items": [d.item.item.id for d in dossiers]},
                )
            )
        score = 0.93 if target else 0.85
        return self.finding(seen.item.item, score, evidence, target=target)

    def _dossier_finding(self, dossier: _Seen, offer: _Seen) -> Finding:
        target = _target(offer, [dossier])
        link = _link(dossier, offer)
        raw = dossier.item.item.field_text(dossier.field) or ""
        # A post the offer answers may have no marker: its opening clause stands for it.
        cue = dossier.dossier_cue or _opening(dossier.view.text)
        return self.finding(
            dossier.item.item,
            0.8,
            [
                Evidence(
                    kind="extortion_dossier",
                    description=f"Negative material on the target by the actor ({link}) who"
                    f" later offered to remove it for payment in {offer.item.item.id}.",
                    span=span_of(dossier.view, raw, dossier.field, *cue),
                    registry_ref=target,
                    details={"offer_item": offer.item.item.id, "linked_by": link},
                )
            ],
            target=target,
        )


def _dossier_cue(pattern: re.Pattern[str], view: NormalizedText) -> tuple[int, int] | None:
    """Where the view reads as negative material or a series; numbered parts (①②③) count.

    Circled numbers fold to plain digits, so they are looked for in the original text and
    mapped to the folded character they became.
    """
    cue = pattern.search(view.text)
    if cue is not None:
        return cue.span()
    circled = CIRCLED.search(view.original)
    if circled is None:
        return None
    at = bisect_left(view.origin, circled.start())
    return (at, at + 1) if at < len(view.text) else None


def _opening(text: str) -> tuple[int, int]:
    """[start, end) of the opening clause, without its closing punctuation."""
    start, end = clause_at(text, 0)
    end = start + len(text[start:end].rstrip(",。.!?;:~ "))
    # A text that opens with punctuation has an empty first clause: the whole text stands.
    return (start, end) if end > start else (0, len(text))


def _actors(seen: list[_Seen]) -> list[int]:
    """Actor group of each item: items share a group through an author id or a contact."""
    parent = list(range(len(seen)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for s in seen:
        author = s.item.item.author
        keys = [f"author:{author.id}"] if author else []
        keys += [f"{c.kind}:{c.value}" for c in s.contacts]
        for key in keys:
            if key in first:
                parent[find(s.index)] = find(first[key])
            else:
                first[key] = s.index
    return [find(i) for i in range(len(seen))]


def _before_within(dossier: _Seen, offer: _Seen, window: timedelta) -> bool:
    a, b = dossier.item.item.created_at, offer.item.item.created_at
    if a is None or b is None or (a.tzinfo is None) != (b.tzinfo is None):
        return dossier.index < offer.index
    return a <= b <= a + window


def _link(dossier: _Seen, offer: _Seen) -> str:
    a, b = dossier.item.item.author, offer.item.item.author
    same_author = bool(a and b and a.id == b.id)
    if same_author and offer.item.item.reply_to == dossier.item.item.id:
        return "same author id, offer replies to it"
    if same_author:
        return "same author id"
    shared = {(c.kind, c.value) for c in dossier.contacts} & {
        (c.kind, c.value) for c in offer.contacts
    }
    return (
        "shared contact " + ", ".join(f"{k} {v}" for k, v in sorted(shared))
        if shared
        else "linked accounts"
    )


def _target(offer: _Seen, dossiers: list[_Seen]) -> str | None:
    # Both are resolved by now (an offer in `_see`, a dossier in `_is_dossier`).
    candidates = sorted(offer.targets or ()) or sorted(
        {t for d in dossiers for t in d.targets or ()}
    )
    return candidates[0] if candidates else None


def _first_per_item(findings: list[Finding]) -> list[Finding]:
    """One finding per item: an offer's own finding wins over its role as someone's dossier."""
    chosen: dict[str, Finding] = {}
    for finding in findings:
        best = chosen.get(finding.item_id)
        if best is None or finding.score > best.score:
            chosen[finding.item_id] = finding
    return list(chosen.values())
