"""Bank card numbers: 16–19 digits, Luhn check, a card-scheme prefix, and card words nearby."""

from __future__ import annotations

from clearbright.detectors.base import Example, NormalizedItem
from clearbright.detectors.privacy.context import (
    DOXXING_WORDS,
    NOT_PERSONAL_LABELS,
    inside_link,
    label_before,
    subject_of,
    words_near,
)
from clearbright.detectors.privacy.identifier_detector import Judgement, PrivacyDetector
from clearbright.detectors.privacy.matches import PiiMatch, keep_longest
from clearbright.detectors.privacy.numbers import number_matches
from clearbright.detectors.privacy.resident_id import ID_LABELS
from clearbright.model import TextField

CARD_LABELS: tuple[str, ...] = (
    "卡号",
    "银行卡",
    "工资卡",
    "储蓄卡",
    "信用卡",
    "借记卡",
    "卡",
    "银行账号",
    "账号",
    "card",
)
# Every label that may stand before a card number, as label_before wants them (a frozenset).
_ANY_LABEL = frozenset((*CARD_LABELS, *NOT_PERSONAL_LABELS, *ID_LABELS))
# Where a card number is given to be paid into, it is a payee account (fraud), not a leak.
PAYEE_WORDS: tuple[str, ...] = (
    "转账",
    "转入",
    "转至",
    "汇款",
    "汇入",
    "打款",
    "收款",
    "付款",
    "还款",
    "充值",
    "缴费",
)


def find_bank_cards(text: str) -> list[PiiMatch]:
    """Luhn-valid numbers of 16–19 digits with a card-scheme prefix in folded text."""
    return keep_longest([m for m in number_matches(text) if m.entity == "BANK_CARD"])


class BankCardDetector(PrivacyDetector):
    """A person's bank card number, published with card words or tied to a named person."""

    name = "bank_card_number"
    EXAMPLES = (
        Example({"text": "顾南笙工资卡：6217 0088 9912 3456 718，每月10号到账。"}, "privacy_leak"),
        Example({"text": "网上流出的表格：张某 卡号622202334455667782 余额……"}, "privacy_leak"),
        Example({"text": "交易流水号 6217008899123456718，请保留凭证。"}, None),
        Example({"text": "卡号 6217008899123456719 是随便写的。"}, None),
    )

    def recognize(self, text: str) -> list[PiiMatch]:
        return find_bank_cards(text)

    def judge(self, item: NormalizedItem, field: TextField, match: PiiMatch) -> Judgement | None:
        text = item.fields[field].text
        label = label_before(text, match.start, _ANY_LABEL)
        if label in NOT_PERSONAL_LABELS or label in ID_LABELS:
            return None  # an order number, or an ID number that failed the ID checks
        if inside_link(text, match.start):
            return None
        subject = subject_of(item, field, match.start, match.end)
        nearby = subject is not None and subject.how == "nearby"
        doxxing = bool(words_near(text, match.start, match.end, DOXXING_WORDS, 40, 30))
        payee = words_near(text, match.start, match.end, PAYEE_WORDS, before=15, after=0)
        if payee and not (nearby and doxxing):
            # An account given to be paid into; but a registered person's receiving card
            # exposed by someone else (`X的私人收款卡…懂的自取`) is still their card.
            return None
        target = subject.entity_id if subject else None
        about = f"，涉及{subject.name}" if subject else ""
        score = 0.4 + 0.3 * (label is not None) + 0.15 * nearby + 0.1 * doxxing
        return Judgement(
            min(score, 0.9),
            "bank_card_number",
            f"通过Luhn校验的银行卡号 {match.masked}{about}",
            target,
            {"label": label, "subject": target, "doxxing": doxxing},
        )
