"""Mainland resident ID numbers (GB 11643): 18-digit with check digit, 15-digit legacy, masked.

The gate is the check digit, a real birth date and a province prefix. python-stdnum's county
lookup also rejects county codes that were renamed after the holder's birth, which real
numbers carry, so it is only a score signal here.
"""

from __future__ import annotations

from functools import lru_cache

from stdnum.cn import ric, uscc

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
from clearbright.model import TextField

ID_LABELS: tuple[str, ...] = ("身份证", "身份号", "证件号", "公民身份", "id", "身份证号码")
# Every label that may stand before an ID number, as label_before wants them (a frozenset).
_ANY_LABEL = frozenset((*ID_LABELS, *NOT_PERSONAL_LABELS))
FIRST_PERSON = ("我的", "本人", "我自己")
SAMPLE_WORDS = ("示例", "样例", "例如", "比如", "格式", "模板", "测试号", "虚构", "假设")
_ID_ENTITIES = frozenset({"CN_ID", "CN_ID_15"})


def county_known(digits: str) -> bool:
    """Whether stdnum knows the county code as existing in the birth year (a score signal)."""
    return _county_known(digits[:6], digits[6:10])


@lru_cache(maxsize=4096)
def _county_known(county: str, year: str) -> bool:
    try:
        ric.get_birth_place(county + year + "0101" + "0000")
    except Exception:  # stdnum raises InvalidComponent (or a lookup error) for unknown counties
        return False
    return True


def find_resident_ids(text: str) -> list[PiiMatch]:
    """Validated 18-digit, plausible 15-digit and masked resident ID numbers in folded text."""
    return keep_longest([m for m in number_matches(text) if m.entity in _ID_ENTITIES])


class ResidentIdDetector(PrivacyDetector):
    """Resident ID numbers of people, validated by check digit, birth date and province."""

    name = "resident_id_number"
    EXAMPLES = (
        Example({"text": "扒一扒顾南笙：身份证号 330108198506122312，杭州人。"}, "privacy_leak"),
        Example(
            {"text": "柏知远的身份证 一一〇一〇八一九九二〇二二九〇〇三八 拿去不谢"}, "privacy_leak"
        ),
        Example({"text": "澄屿商城订单号 330108202403158717，三周还没发货。"}, None),
        Example({"text": "顾南笙的身份证号 330108198506122313 是编的，校验位都不对。"}, None),
        Example({"text": "退款还没到，我的身份证后四位都核对过了，3301**********2312。"}, None),
    )

    def recognize(self, text: str) -> list[PiiMatch]:
        return find_resident_ids(text)

    def judge(self, item: NormalizedItem, field: TextField, match: PiiMatch) -> Judgement | None:
        text = item.fields[field].text
        label = label_before(text, match.start, _ANY_LABEL)
        if label in NOT_PERSONAL_LABELS or inside_link(text, match.start):
            return None
        if label is None and uscc.is_valid(match.value):
            return None  # an all-digit unified social credit code: an enterprise's public id
        subject = subject_of(item, field, match.start, match.end)
        nearby = subject is not None and subject.how == "nearby"
        target = subject.entity_id if subject else None
        about = f"，涉及{subject.name}" if subject else ""
        details: dict[str, object] = {
            "label": label,
            "subject": subject.entity_id if subject else None,
        }
        if match.partial:
            if words_near(text, match.start, match.end, FIRST_PERSON, before=30):
                return None  # the poster checking their own number
            score = 0.55 if nearby else 0.3
            return Judgement(
                score,
                "partial_id_number",
                f"部分遮挡的身份证号 {match.masked}{about}",
                target,
                details,
            )
        if not match.validated:  # 15-digit legacy numbers have no checksum: need a label
            if label is None:
                return None
            score = 0.6 + 0.15 * nearby
            return Judgement(
                score, "id_number", f"15位旧版身份证号 {match.masked}{about}", target, details
            )
        doxxing = bool(words_near(text, match.start, match.end, DOXXING_WORDS, 30, 20))
        # The county lookup rejects renamed counties real numbers carry: a signal, not a gate.
        county = county_known(match.value)
        details["county_known"] = county
        # Automatic removal (score >= 0.9) needs the number to be *presented* as an ID: labelled,
        # tied to a registered person, or posted to dox. A bare 18-digit number may be an
        # unlabelled order number that passed the checksum by chance (about 1 in 100).
        presented = label is not None or nearby or doxxing
        score = (
            match.score
            - 0.1 * (not presented)
            + 0.05 * county
            + 0.03 * (label is not None)
            + 0.02 * nearby
        )
        if words_near(text, match.start, match.end, SAMPLE_WORDS, before=15, after=0):
            score = min(score, 0.6)  # a format sample in instructions, for a person to check
            details["sample"] = True
        return Judgement(
            score,
            "validated_id_number",
            f"校验位、出生日期和省份代码均有效的身份证号 {match.masked}{about}",
            target,
            details,
        )
