"""Mainland mobile and landline numbers (validated with phonenumbers), full or partly masked.

A number is a leak when it is tied to a person (a registered name nearby, doxxing words, other
personal data in the same post); a hotline or the poster's own contact number is not.
A private person's full number with their daily routine near home (`用户某某，手机号…，每晚六点在
…小区东门等车回家`) is a leak whoever posts it and why, even in a complaint about an app.
"""

from __future__ import annotations

from clearbright.detectors.base import Example, NormalizedItem
from clearbright.detectors.privacy.context import (
    DOXXING_WORDS,
    NOT_PERSONAL_LABELS,
    POSSESSIVE_LABELS,
    calls_the_title,
    inside_link,
    label_before,
    own_contact_near,
    owner_before_label,
    posted_by_official,
    subject_of,
    third_party_routine,
    words_near,
)
from clearbright.detectors.privacy.identifier_detector import Judgement, PrivacyDetector
from clearbright.detectors.privacy.matches import PiiMatch, keep_longest
from clearbright.detectors.privacy.numbers import number_matches
from clearbright.detectors.privacy.resident_id import ID_LABELS
from clearbright.model import TextField

PHONE_LABELS: tuple[str, ...] = (
    "电话",
    "手机",
    "手机号",
    "号码",
    "联系方式",
    "tel",
    "致电",
    "打给",
)
# Every label that may stand before a phone number, as label_before wants them (a frozenset).
_ANY_LABEL = frozenset((*PHONE_LABELS, *NOT_PERSONAL_LABELS, *ID_LABELS))
# Words that may stand with a phone label between a person's name and the number
# (`X私人手机号`, `X的个人电话`).
OWNER_LABELS: tuple[str, ...] = ("私人", "个人", "本人", "自己的", "的")
# Other personal data named in the same post makes a bare number part of a dossier.
DOSSIER_WORDS: tuple[str, ...] = (
    "住在",
    "家住",
    "住址",
    "身份证",
    "车牌",
    "工资卡",
    "银行卡",
    "老婆",
    "老公",
    "孩子在",
    "单元",
)


def find_phone_numbers(text: str) -> list[PiiMatch]:
    """Valid mainland mobile/landline numbers and masked mobiles in folded text."""
    return keep_longest([m for m in number_matches(text) if m.entity == "CN_PHONE"])


class PhoneNumberDetector(PrivacyDetector):
    """Personal phone numbers tied to a person; hotlines and own contacts are left alone."""

    name = "phone_number"
    EXAMPLES = (
        Example({"text": "柏知远的手机 139 0571 2468，想骂他的打爆他电话。"}, "privacy_leak"),
        Example({"text": "顾南笙住在滨江，电话一三九零五七一二四六八。"}, "privacy_leak"),
        Example(
            {"text": "林晏舟手机 139-0571-2468，微信同号，有意见的直接找他本人"}, "privacy_leak"
        ),
        Example({"text": "澄屿售后客服电话 13905712468，工作日九点到六点。"}, None),
        Example({"text": "退款到现在还没到，我的手机号139****2468都核对过了。"}, None),
        Example({"text": "快递单号 13905712468 查不到物流。"}, None),
        Example(
            {"text": "后台截图：用户周晓棠，手机号13957124683，每晚六点在翠湖湾小区东门等车。"},
            "privacy_leak",
        ),
        Example({"text": "我的手机号13957124683，每晚六点在翠湖湾小区东门等车，拼车吗？"}, None),
    )

    def recognize(self, text: str) -> list[PiiMatch]:
        return find_phone_numbers(text)

    def judge(self, item: NormalizedItem, field: TextField, match: PiiMatch) -> Judgement | None:
        text = item.fields[field].text
        label = label_before(text, match.start, _ANY_LABEL)
        if label in NOT_PERSONAL_LABELS or label in ID_LABELS:
            return None  # an order number, or an ID number that failed the ID checks
        doxxing = bool(words_near(text, match.start, match.end, DOXXING_WORDS, 40, 30))
        possessive = label_before(text, match.start, POSSESSIVE_LABELS) is not None or (
            label is not None
            and owner_before_label(item, field, match.start, (*PHONE_LABELS, *OWNER_LABELS))
            is not None
        )
        if posted_by_official(item, self.registry) or inside_link(text, match.start):
            return None  # an official account's number, or digits of a link
        subject = subject_of(item, field, match.start, match.end)
        nearby = subject is not None and subject.how == "nearby"
        # "有问题直接打给老板娘" under a registered person's number sends callers to them.
        doxxing = doxxing or (nearby and calls_the_title(text, match.start, match.end))
        if own_contact_near(text, match.start, match.end) and not (possessive and doxxing):
            # A hotline or the poster's own contact; but "客服经理某某的手机…打给她" is a
            # person's number handed out against them, whatever their job.
            return None
        dossier = any(w in text for w in DOSSIER_WORDS)
        # Someone's full number with their daily trip near home (`每晚六点在…小区东门等车`)
        # tells a stranger where to wait for them, whoever posts it and why.
        routine = None if match.partial else third_party_routine(text, match.start, match.end)
        about = f"，涉及{subject.name}" if subject else ""
        target = subject.entity_id if subject else None
        details = {"label": label, "subject": target, "doxxing": doxxing, "dossier": dossier}
        if routine:
            details["routine"] = routine
        if match.partial:
            score = 0.55 if nearby else 0.3
            return Judgement(
                score,
                "partial_phone_number",
                f"部分遮挡的手机号 {match.masked}{about}",
                target,
                details,
            )
        if not (label or nearby or dossier or doxxing or routine):
            return None  # a bare number tied to no one: nothing says it is personal
        details["possessive"] = possessive
        score = (
            0.4
            + 0.05 * (label is not None)
            + 0.1 * possessive
            + 0.25 * nearby
            + 0.15 * dossier
            + 0.15 * doxxing
            + 0.2 * (routine is not None)
        )
        routine_note = "，附其日常出行的时间和地点" if routine else ""
        return Judgement(
            min(score, 0.9),
            "phone_number",
            f"个人电话号码 {match.masked}{about}{routine_note}",
            target,
            details,
        )
