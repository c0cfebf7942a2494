"""Account credentials: a password (with its account) published in a post."""

from __future__ import annotations

import re

from clearbright.detectors.base import Example, NormalizedItem
from clearbright.detectors.privacy.context import subject_of
from clearbright.detectors.privacy.identifier_detector import Judgement, PrivacyDetector
from clearbright.detectors.privacy.matches import PiiMatch
from clearbright.model import TextField

_PASSWORD = re.compile(
    r"(?:密码|口令|password|passwd|pwd)\s*(?:[:：=]|是|为)\s*([a-z0-9!@#$%^&*_.\-+]{4,32})"
)
_ACCOUNT = re.compile(
    r"(?:账号|帐号|用户名|登录名|登录账号|account|user(?:name)?|id)\s*(?:[:：=]|是|为)?\s*"
    r"([a-z0-9_@.\-]{3,40})"
)
ACCOUNT_REACH = 30


def find_credentials(text: str) -> list[PiiMatch]:
    """Passwords given with a value (and the account before them, when there is one)."""
    found: list[PiiMatch] = []
    for password in _PASSWORD.finditer(text):
        value = password.group(1)
        if not any(c.isdigit() for c in value) and len(value) < 6:
            continue  # `密码是what` is a question, not a password
        window = text[max(0, password.start() - ACCOUNT_REACH) : password.start()]
        accounts = list(_ACCOUNT.finditer(window))
        account = accounts[-1] if accounts else None
        start = password.start() - len(window) + account.start() if account else password.start()
        signals = ("password", "account") if account else ("password",)
        found.append(
            PiiMatch(
                "CREDENTIAL",
                start,
                password.end(),
                text[start : password.end()],
                0.7 if account else 0.4,
                True,
                False,
                signals,
            )
        )
    return found


class CredentialDetector(PrivacyDetector):
    """A published password, with the account it opens."""

    name = "account_credentials"
    EXAMPLES = (
        Example(
            {"text": "顾南笙的邮箱账号 gns_work@example.com 密码：Cy2024!abc，自己去看。"},
            "privacy_leak",
        ),
        Example({"text": "客服不会向您索要密码或验证码，请勿泄露。"}, None),
    )

    def recognize(self, text: str) -> list[PiiMatch]:
        return find_credentials(text)

    def judge(self, item: NormalizedItem, field: TextField, match: PiiMatch) -> Judgement | None:
        text = item.fields[field].text
        subject = subject_of(item, field, match.start, match.end)
        target = subject.entity_id if subject else None
        about = f"，涉及{subject.name}" if subject else ""
        score = match.score + 0.1 * (subject is not None and subject.how == "nearby")
        if "初始密码" in text[max(0, match.start - 10) : match.end]:
            return None  # a default password in instructions is no one's secret
        return Judgement(
            score,
            "account_credentials",
            f"公开的账号密码 {match.masked}{about}",
            target,
            {"subject": target},
        )
