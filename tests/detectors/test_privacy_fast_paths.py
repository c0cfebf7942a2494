"""The fast paths the privacy layer runs on every item agree with the plain algorithms they
replace: normalization with its offsets, the Luhn check and the phone-number validator."""

from __future__ import annotations

import random
import re

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import luhn

from clearbright.detectors.privacy.matches import PiiMatch, keep_longest
from clearbright.detectors.privacy.numbers import luhn_valid, phone_type
from clearbright.text.normalize import (
    _KEPT_PUNCTUATION,
    _fold_char,
    _is_separator,
    _t2s,
    is_han,
    normalize,
)

Chars = list[tuple[str, int]]


def reference_normalize(original: str) -> tuple[str, tuple[int, ...]]:
    """Normalization character by character, as first written (the specification)."""
    chars: Chars = [(c, i) for i, char in enumerate(original) for c in _fold_char(char)]
    text = "".join(c for c, _ in chars)
    if not text.isascii():
        converted = _t2s(text)
        if len(converted) == len(text):
            chars = [(new, i) for new, (_, i) in zip(converted, chars, strict=True)]
        else:
            chars = [(c, i) for char, i in chars for c in _t2s(char)]
    out: Chars = []
    i = 0
    while i < len(chars):
        if not _is_separator(chars[i][0]):
            out.append(chars[i])
            i += 1
            continue
        j = i
        while j < len(chars) and _is_separator(chars[j][0]):
            j += 1
        before = out[-1][0] if out else ""
        after = chars[j][0] if j < len(chars) else ""
        if not _joins(before, after):
            run: Chars = []
            for char, origin in chars[i:j]:
                if char.isspace():
                    if run and run[-1][0] == " ":
                        continue
                    char = " "
                run.append((char, origin))
            out.extend(run)
        i = j
    return "".join(c for c, _ in out), tuple(i for _, i in out)


def _joins(before: str, after: str) -> bool:
    if not before or not after:
        return False
    return (is_han(before) and (is_han(after) or after in _KEPT_PUNCTUATION)) or (
        before in _KEPT_PUNCTUATION and is_han(after)
    )


# Characters the normalizer treats specially, mixed with plain Chinese, digits and letters.
TRICKY = (
    "澄屿華為臺灣 \t\n\r*·•・.-_|/\\~^+=#@&%$'`<>[]{}♡★,。!?;:、“”（）《》１２ＡａZz059…—～"
    "\u3000\u200b\u200d\ufeff\ufe0f😀ΗеáⅫﬁ㍿‼"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(TRICKY), max_size=30))
def test_normalize_matches_the_character_by_character_reference(text: str) -> None:
    folded = normalize(text)
    assert (folded.text, folded.origin) == reference_normalize(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20))
def test_normalize_matches_the_reference_on_any_unicode(text: str) -> None:
    folded = normalize(text)
    assert (folded.text, folded.origin) == reference_normalize(text)


@pytest.mark.parametrize(
    "text",
    [
        "网上流出的表格：陶佑子 身份证：四一二七八九一九五七一〇一五六七一一 ……",
        "联系人许轩涵，手机1875-7586-499。邮箱Liu882521@Example.com是蒋天的",
        "澄 - 屿 ! 科技\t\t官方  旗艦店‼️",
    ],
)
def test_normalize_matches_the_reference_on_posts(text: str) -> None:
    folded = normalize(text)
    assert (folded.text, folded.origin) == reference_normalize(text)


def test_characters_the_fold_skips_fold_to_themselves() -> None:
    """The fold step copies printable ASCII (but A-Z) and the basic CJK block untouched."""
    skipped = [chr(c) for c in range(0x20, 0x7F) if not "A" <= chr(c) <= "Z"]
    skipped += [chr(c) for c in range(0x4E00, 0xA000)]
    assert [c for c in skipped if _fold_char(c) != c] == []
    assert [c for c in skipped if c.isalnum() and _is_separator(c)] == []


def test_luhn_agrees_with_stdnum() -> None:
    rng = random.Random(7)
    for _ in range(5000):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(12, 19)))
        assert luhn_valid(digits) == luhn.is_valid(digits), digits


def test_phone_type_agrees_with_parsing_and_survives_dialling_prefixes() -> None:
    rng = random.Random(11)
    for _ in range(3000):
        if rng.random() < 0.5:
            digits = "1" + rng.choice("3456789") + "".join(rng.choices("0123456789", k=9))
        else:
            tail = "".join(rng.choices("0123456789", k=rng.randint(8, 10)))
            digits = "0" + rng.choice("123456789") + tail
        try:
            parsed = phonenumbers.parse(digits, "CN")
        except phonenumbers.NumberParseException:
            continue  # phone_type must answer these too: below
        personal = phonenumbers.number_type(parsed) in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        )
        assert (phone_type(digits) is not None) == personal, digits
    # phonenumbers.parse reads 179xx00… as an international prefix and raises.
    assert phone_type("17960002931") is None


def test_phone_type_walks_the_metadata_as_number_type_does() -> None:
    """The compiled walk over the CN metadata gives phonenumbers' own answer, number by number
    (valid mobiles, landlines of every area-code length, service and premium lines, junk)."""
    rng = random.Random(23)
    heads = ["1", "0", "400", "800", "95", "106", "16", "86"]
    for _ in range(30000):
        head = rng.choice(heads)
        digits = head + "".join(rng.choices("0123456789", k=rng.randint(7, 13) - len(head)))
        national = digits[2:] if digits.startswith("86") and len(digits) in (12, 13) else digits
        number = phonenumbers.PhoneNumber(country_code=86, national_number=int(national))
        personal = phonenumbers.number_type(number) in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        )
        shaped = re.fullmatch(r"1[3-9][0-9]{9}|0[1-9][0-9]{8,10}", national) is not None
        assert (phone_type(digits) is not None) == (personal and shaped), digits


def _naive_keep_longest(matches: list[PiiMatch]) -> list[PiiMatch]:
    ranked = sorted(matches, key=lambda m: (-(m.end - m.start), -m.score, m.start))
    chosen: list[PiiMatch] = []
    for match in ranked:
        if not any(match.overlaps(c) for c in chosen):
            chosen.append(match)
    return sorted(chosen, key=lambda m: m.start)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 60), st.integers(1, 20), st.floats(0, 1)), min_size=0, max_size=40
    )
)
def test_keep_longest_matches_the_plain_pairwise_rule(spans: list[tuple[int, int, float]]) -> None:
    matches = [
        PiiMatch("PHONE", start, start + length, "1" * length, score)
        for start, length, score in spans
    ]
    assert keep_longest(matches) == _naive_keep_longest(matches)
