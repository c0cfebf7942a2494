"""Every personal identifier in a text, on original offsets: the layer under the detectors.

The detectors decide whether a match is a *leak* (whom it is about, whose it is); this layer
only answers "what identifiers are here", which is what redaction and the entity-level
benchmark need. Numbers labelled as orders, tracking, invoices and the like are dropped here.

>>> [(e.entity, e.masked) for e in recognize("身份证号 330108198506122312，订单号 13905712468")]
[('CN_ID', '3301**********2312')]
"""

from __future__ import annotations

from typing import NamedTuple

from clearbright.detectors.privacy.address import find_addresses
from clearbright.detectors.privacy.bank_card import CARD_LABELS
from clearbright.detectors.privacy.context import NOT_PERSONAL_LABELS, inside_link, label_before
from clearbright.detectors.privacy.identifiers import find_identifiers
from clearbright.detectors.privacy.matches import PiiMatch, keep_longest
from clearbright.detectors.privacy.numbers import number_matches
from clearbright.detectors.privacy.phone import PHONE_LABELS
from clearbright.detectors.privacy.resident_id import ID_LABELS
from clearbright.text.normalize import NormalizedText, normalize

_LABELS = frozenset((*ID_LABELS, *NOT_PERSONAL_LABELS, *PHONE_LABELS, *CARD_LABELS))
_NOT_PERSONAL = frozenset(NOT_PERSONAL_LABELS)
_ID_LABEL_SET = frozenset(ID_LABELS)
# Where two recognizers claim the same digits, the more specific validation wins.
_PRIORITY = {"CN_ID": 0, "BANK_CARD": 1, "CN_ID_15": 2, "CN_PHONE": 3}
# The recognizer each numeric entity comes from (resident IDs are 18- or 15-digit).
_KIND = {"CN_ID": "CN_ID", "CN_ID_15": "CN_ID", "BANK_CARD": "BANK_CARD", "CN_PHONE": "CN_PHONE"}


class RecognizedEntity(NamedTuple):
    """An identifier at [start, end) of the original text, with its masked value."""

    entity: str
    start: int
    end: int
    masked: str
    score: float
    partial: bool


def recognize(text: str, *, partial: bool = True, addresses: bool = True) -> list[RecognizedEntity]:
    """Identifiers in `text` (original offsets); `partial=False` leaves out masked numbers."""
    return recognize_folded(normalize(text), partial=partial, addresses=addresses)


def recognize_folded(
    folded: NormalizedText, *, partial: bool = True, addresses: bool = True
) -> list[RecognizedEntity]:
    """`recognize` on text the scan pipeline has already normalized."""
    text = folded.text
    found = [
        _numbers(text) if partial else [m for m in _numbers(text) if not m.partial],
        find_identifiers(text),
        find_addresses(text) if addresses else [],
    ]
    # Each list is free of overlaps already, and usually all but one are empty.
    chosen = (
        keep_longest([m for f in found for m in f])
        if sum(map(bool, found)) > 1
        else (sorted(found[0] or found[1] or found[2], key=_start))
    )
    origin = folded.origin
    return [
        RecognizedEntity(
            m.entity, origin[m.start], origin[m.end - 1] + 1, m.masked, m.score, m.partial
        )
        for m in chosen
    ]


def _start(match: PiiMatch) -> int:
    return match.start


def _numbers(text: str) -> list[PiiMatch]:
    matches = number_matches(text)
    if not matches:
        return []
    if len(matches) == 1:  # the common case: one reading of one number
        match = matches[0]
        return [] if _dropped(text, match, label_before(text, match.start, _LABELS)) else [match]
    # What `find_resident_ids`, `find_bank_cards` and `find_phone_numbers` return, in one pass.
    by_kind: dict[str, list[PiiMatch]] = {}
    for match in matches:
        by_kind.setdefault(_KIND[match.entity], []).append(match)
    labels: dict[int, str | None] = {}  # several readings of one number share its label
    kept: list[PiiMatch] = []
    for group in by_kind.values():
        for match in keep_longest(group) if len(group) > 1 else group:
            if match.start not in labels:
                labels[match.start] = label_before(text, match.start, _LABELS)
            if not _dropped(text, match, labels[match.start]):
                kept.append(match)
    kept.sort(key=lambda m: (_PRIORITY.get(m.entity, 9), m.start))
    chosen: list[PiiMatch] = []
    for match in kept:
        if not any(match.overlaps(c) for c in chosen):
            chosen.append(match)
    return chosen


def _dropped(text: str, match: PiiMatch, label: str | None) -> bool:
    """Labelled as an order/tracking/... number, as an ID that failed the ID checks, or a
    15-digit legacy ID number without an ID label (15 digits are mostly other numbers)."""
    if label in _NOT_PERSONAL or inside_link(text, match.start):
        return True
    if label in _ID_LABEL_SET:
        return not match.entity.startswith("CN_ID")
    return match.entity == "CN_ID_15" and label_before(text, match.start, _ID_LABEL_SET) is None


def redact(text: str) -> str:
    """`text` with every recognized identifier replaced by its masked form.

    >>> redact("电话 139 0571 2468")
    '电话 139****2468'
    """
    out: list[str] = []
    at = 0
    for entity in recognize(text):
        out.append(text[at : entity.start])
        out.append(entity.masked)
        at = entity.end
    out.append(text[at:])
    return "".join(out)
