"""Reading obfuscated digits and masking values (the privacy family's shared helpers)."""

from __future__ import annotations

import pytest

from clearbright.detectors.privacy.digits import digit_candidates, masked_candidates
from clearbright.detectors.privacy.matches import PiiMatch, keep_longest, mask
from clearbright.text.normalize import normalize


@pytest.mark.parametrize(
    ("raw", "lengths", "digits", "obfuscation"),
    [
        ("13905712468", {11}, "13905712468", set()),
        ("139 0571 2468", {11}, "13905712468", {"separated"}),
        ("139-0571-2468", {11}, "13905712468", {"separated"}),
        ("１３９０５７１２４６８", {11}, "13905712468", set()),  # full width, folded by normalize
        ("139\n0571\n2468", {11}, "13905712468", {"separated"}),  # split over lines
        ("一三九零五七一二四六八", {11}, "13905712468", {"chinese_numerals"}),
        # Dictated in groups, as digits are written in groups: a group alone is too short.
        # (Between two Chinese numerals the separator is folded away; next to 〇, not a Han
        # character, it stays.)
        ("一三九 〇五七一 二四六八", {11}, "13905712468", {"chinese_numerals", "separated"}),
        ("一三九-〇五七一-二四六八", {11}, "13905712468", {"chinese_numerals", "separated"}),
        (
            "一一〇一〇八 一九九二〇二二九 〇〇三八",
            {18},
            "110108199202290038",
            {"chinese_numerals", "separated"},
        ),
        ("139O5712468", {11}, "13905712468", {"lookalike_letters"}),
        ("33010819850612231x", {18}, "33010819850612231X", set()),
    ],
)
def test_obfuscated_forms_are_read(
    raw: str, lengths: set[int], digits: str, obfuscation: set[str]
) -> None:
    text = normalize(raw).text
    found = list(digit_candidates(text, lengths, check_char=True))
    assert [c.digits for c in found] == [digits]
    assert set(found[0].obfuscation) == obfuscation


@pytest.mark.parametrize(
    "raw",
    [
        "2024-03-15 13:05:22",  # timestamp: `:` never joins groups
        "价格 1399.00 元",  # price: `.` never joins groups
        "一一对应，三五成群",  # short Chinese numeral words are words
        "一一对应 三五成群 四五六",  # short numeral words side by side are still words
        "三三两两 七七八八",  # two numeral words: too few digits together for a number
        "hello world oil",  # look-alike letters without digits
        "1" * 40,  # longer than any identifier
    ],
)
def test_non_numbers_give_no_candidate(raw: str) -> None:
    assert not list(digit_candidates(normalize(raw).text, {11, 15, 16, 17, 18, 19}))


def test_masked_numbers_keep_head_tail_and_length() -> None:
    (found,) = masked_candidates("手机号139****2468")
    assert (found.head, found.tail, found.length) == ("139", "2468", 11)
    assert found.value == "139****2468"


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("330108198506122312", "3301**********2312"),
        ("13905712468", "139****2468"),
        ("6217008899123456718", "6217***********6718"),
        ("12345", "*****"),
    ],
)
def test_mask_never_shows_the_middle(value: str, masked: str) -> None:
    assert mask(value) == masked


def test_keep_longest_drops_overlapping_shorter_matches() -> None:
    long = PiiMatch("BANK_CARD", 0, 19, "6217008899123456718", 0.5)
    short = PiiMatch("CN_PHONE", 5, 16, "13905712468", 0.5)
    other = PiiMatch("EMAIL", 20, 30, "a@b.cn", 0.5)
    assert keep_longest([short, other, long]) == [long, other]
