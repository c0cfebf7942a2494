"""Other personal identifiers: e-mail addresses, licence plates, passports and travel permits.

These are common in ordinary posts (a shop's e-mail, a car review), so they count only when
tied to a registered person nearby or published with doxxing words.
"""

from __future__ import annotations

import re

from clearbright.detectors.base import Example, NormalizedItem
from clearbright.detectors.privacy.context import (
    DOXXING_WORDS,
    OWN_CONTACT_WORDS,
    posted_by_official,
    subject_of,
    words_near,
)
from clearbright.detectors.privacy.identifier_detector import Judgement, PrivacyDetector
from clearbright.detectors.privacy.matches import PiiMatch, keep_longest
from clearbright.model import TextField

_EMAIL = re.compile(
    r"(?<![a-z0-9._%+-])([a-z0-9._%+-]{1,64})@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})"
)
_PLATE = re.compile(
    r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
    r"[a-hj-np-z][·\s.-]?[a-hj-np-z0-9]{5,6}(?![a-z0-9])"
)
# (entity, pattern, words that must precede it)
_DOCUMENTS: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    (
        "PASSPORT",
        re.compile(r"(?<![a-z0-9])(?:e[a-hj-np-z0-9]?[0-9]{7,8}|[gdsp][0-9]{8})(?![0-9])"),
        ("护照",),
    ),
    (
        "HK_MO_PERMIT",
        re.compile(r"(?<![a-z0-9])c[a-z0-9][0-9]{7}(?![0-9])"),
        ("港澳通行证", "往来港澳"),
    ),
    (
        "HOME_RETURN_PERMIT",
        re.compile(r"(?<![a-z0-9])[hm][0-9]{8,10}(?![0-9])"),
        ("回乡证", "回乡卡", "来往内地通行证"),
    ),
    (
        "TW_PERMIT",
        re.compile(r"(?<![a-z0-9])(?:l[0-9]{8}|[0-9]{8})(?![0-9])"),
        ("台湾通行证", "台胞证", "往来台湾"),
    ),
)
_DOCUMENT_LABEL = re.compile("|".join(label for _, _, labels in _DOCUMENTS for label in labels))
PLATE_LABELS: tuple[str, ...] = ("车牌", "牌照", "开的车", "座驾")
SERVICE_MAILBOXES = frozenset(
    {
        "service",
        "support",
        "hr",
        "info",
        "contact",
        "pr",
        "media",
        "kefu",
        "help",
        "ir",
        "jobs",
        "admin",
        "business",
        "bd",
    }
)


def find_identifiers(text: str) -> list[PiiMatch]:
    """E-mail addresses, licence plates and labelled passport/permit numbers in folded text."""
    found = (
        [
            PiiMatch("EMAIL", m.start(), m.end(), m.group(), 0.5, True, False, ("email",))
            for m in _EMAIL.finditer(text)
        ]
        if "@" in text
        else []
    )
    found += [
        PiiMatch(
            "LICENSE_PLATE",
            m.start(),
            m.end(),
            m.group().upper(),
            0.4,
            True,
            False,
            ("plate_format",),
        )
        for m in _PLATE.finditer(text)
    ]
    if not _DOCUMENT_LABEL.search(text):
        return keep_longest(found)
    for entity, pattern, labels in _DOCUMENTS:
        if not any(label in text for label in labels):
            continue  # the documents are only recognized after their label
        for m in pattern.finditer(text):
            if any(label in text[max(0, m.start() - 12) : m.start()] for label in labels):
                found.append(
                    PiiMatch(
                        entity,
                        m.start(),
                        m.end(),
                        m.group().upper(),
                        0.6,
                        False,
                        False,
                        ("document_label",),
                    )
                )
    return keep_longest(found)


class PersonalIdentifierDetector(PrivacyDetector):
    """E-mail, licence plate, passport or permit numbers tied to a person or posted to dox."""

    name = "personal_identifiers"
    EXAMPLES = (
        Example(
            {"text": "顾南笙的车牌浙A·5D7K2，私人邮箱 gunansheng1985@example.com，大家去堵他。"},
            "privacy_leak",
        ),
        Example({"text": "试驾了澄屿合作款新车，浙A·5D7K2这种靓号真难摇。"}, None),
        Example({"text": "合作请发邮件至 service@chengyu-tech.com，我们会尽快回复。"}, None),
    )

    def recognize(self, text: str) -> list[PiiMatch]:
        return find_identifiers(text)

    def judge(self, item: NormalizedItem, field: TextField, match: PiiMatch) -> Judgement | None:
        text = item.fields[field].text
        if match.entity == "EMAIL" and (
            self._is_public_mailbox(match.value) or posted_by_official(item, self.registry)
        ):
            return None
        if words_near(text, match.start, match.end, OWN_CONTACT_WORDS, before=15, after=8):
            return None  # the poster's own contact ("发我邮箱…谢谢")
        subject = subject_of(item, field, match.start, match.end, window=25)
        nearby = subject is not None and subject.how == "nearby"
        doxxing = bool(words_near(text, match.start, match.end, DOXXING_WORDS, 40, 30))
        if not (nearby or doxxing):
            return None
        score = 0.4 + 0.15 * nearby + 0.15 * doxxing + 0.05 * (match.entity != "LICENSE_PLATE")
        target = subject.entity_id if subject else None
        about = f"，涉及{subject.name}" if subject else ""
        return Judgement(
            min(score, 0.8),
            match.entity.lower(),
            f"个人标识（{match.entity}）{match.masked}{about}",
            target,
            {"subject": target, "doxxing": doxxing},
        )

    def _is_public_mailbox(self, email: str) -> bool:
        local, _, domain = email.partition("@")
        official = any(
            domain == d or domain.endswith("." + d) for d in self.registry.official_domains
        )
        return official or local in SERVICE_MAILBOXES
