"""One pass over a text's digit runs for every numeric identifier: resident IDs (18- and 15-digit),
bank cards, phone numbers, and partly masked IDs and mobiles.

The three recognizers want overlapping lengths of the same digit chains (10-13 for phones,
15/18 for IDs, 16-19 for cards). Reading the chains once, validating each length where it
arises and building a match only for what passes is what makes the privacy layer cheap enough
to run on every item: most texts have no digit at all and leave at the first regex.

>>> [(m.entity, m.value) for m in number_matches("身份证号 330108198506122312")]
[('CN_ID', '330108198506122312')]
"""

from __future__ import annotations

import datetime
import re
from functools import cache, lru_cache

from phonenumbers.phonemetadata import PhoneMetadata, PhoneNumberDesc
from stdnum.cn import ric

from clearbright.detectors.privacy.digits import (
    CHINESE_DIGITS,
    MIN_CHINESE_GROUP,
    SHORTEST_NUMBER,
    SPACED_NUMERALS,
    Group,
    chains,
    masked_candidates,
)
from clearbright.detectors.privacy.matches import PiiMatch

# GB/T 2260 province-level prefixes (71 Taiwan, 81 Hong Kong, 82 Macao as on mainland cards).
PROVINCES = frozenset(
    {
        "11",
        "12",
        "13",
        "14",
        "15",
        "21",
        "22",
        "23",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "37",
        "41",
        "42",
        "43",
        "44",
        "45",
        "46",
        "50",
        "51",
        "52",
        "53",
        "54",
        "61",
        "62",
        "63",
        "64",
        "65",
        "71",
        "81",
        "82",
    }
)
OLDEST_BIRTH_YEAR = 1900
# UnionPay (62), Visa (4), Mastercard (51-55, 22-27), JCB (35), Discover/RuPay ranges (60, 65).
SCHEME_PREFIXES: tuple[str, ...] = (
    "62",
    "4",
    "51",
    "52",
    "53",
    "54",
    "55",
    "22",
    "23",
    "24",
    "25",
    "26",
    "27",
    "35",
    "60",
    "65",
)
MOBILE = re.compile(r"1[3-9][0-9]{9}")
_LANDLINE = re.compile(r"0[1-9][0-9]{8,10}")
# The number types in the order phonenumbers tries them (`number_type`): a number that fits an
# earlier type (premium rate, toll free, shared cost...) is of that type, even if it also fits a
# fixed-line pattern. Only fixed lines and mobiles are a person's.
_TYPES_IN_ORDER = (
    ("premium_rate", False),
    ("toll_free", False),
    ("shared_cost", False),
    ("voip", False),
    ("personal_number", False),
    ("pager", False),
    ("uan", False),
    ("voicemail", False),
    ("fixed_line", True),
    ("mobile", True),
)
# A digit group has an ASCII digit or is a run of Chinese numerals (see `digits._group`);
# text with neither holds no number, whatever else it says. (Two searches that each start with
# a character set are faster than one alternation.)
_ASCII_DIGIT = re.compile("[0-9]")
_NUMERAL_RUN = re.compile("[" + "".join(CHINESE_DIGITS) + "]{" + str(MIN_CHINESE_GROUP) + "}")
# Dates before this year are in the past whatever today is (`date.today()` is slow).
_PAST_YEARS_BEFORE = datetime.date.today().year
_DOUBLED = {str(d): (2 * d if d < 5 else 2 * d - 9) for d in range(10)}
_ID_LENGTHS = (15, 18)
_ID_SHORT_OF_CHECK = (14, 17)  # digits before an `x` check character
# First digits of anything `phone_type` accepts (mobile 1, trunk prefix 0, country code 86): a
# test that spares most order and tracking numbers a call.
_PHONE_HEADS = "018"


def birth_date(digits: str) -> datetime.date | None:
    """The birth date of an 18-digit (YYYYMMDD) or 15-digit (YYMMDD, 19xx) number, if real."""
    text = digits[6:14] if len(digits) == 18 else "19" + digits[6:12]
    try:
        date = datetime.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None
    if date.year < OLDEST_BIRTH_YEAR:
        return None
    if date.year >= _PAST_YEARS_BEFORE and date > datetime.date.today():
        return None
    return date


def luhn_valid(digits: str) -> bool:
    """The Luhn check of a digit string (as `stdnum.luhn.is_valid`, which a test compares).

    Written out because the scan runs it on every 16-19 digit run (resident IDs of provinces
    4x, 5x and 62 share card prefixes) and stdnum's general version takes ~8 us a number.
    """
    total = sum(map(int, digits[-1::-2])) + sum(map(_DOUBLED.__getitem__, digits[-2::-2]))
    return total % 10 == 0


@lru_cache(maxsize=4096)
def phone_type(digits: str) -> str | None:
    """`mobile` or `landline` when `digits` is a valid mainland number of a person's kind."""
    if digits.startswith("86") and len(digits) in (12, 13):
        digits = digits[2:]
    if not (MOBILE.fullmatch(digits) or _LANDLINE.fullmatch(digits)):
        return None  # 400/800 service numbers and anything else are no person's phone
    # A landline's trunk prefix 0 is not part of the national number. The number is not parsed:
    # `phonenumbers.parse` reads a 179xx00/1xxxx00 head as an international dialling prefix.
    if not _personal_number(digits.removeprefix("0")):
        return None
    return "mobile" if digits.startswith("1") else "landline"


def _personal_number(national: str) -> bool:
    """Whether phonenumbers' CN metadata types `national` as a fixed line or a mobile.

    The same walk as `phonenumbers.number_type` (a test compares the two on random numbers),
    over patterns compiled once: the library looks each pattern up in its regex cache on every
    call, which made the phone check most of the cost of a text with a number in it.
    """
    general, types = _cn_patterns()
    if not _fits(national, general):
        return False
    for desc, personal in types:
        if _fits(national, desc):
            return personal
    return False


_Desc = tuple[frozenset[int], "re.Pattern[str]"]


def _fits(national: str, desc: _Desc) -> bool:
    lengths, pattern = desc
    return (not lengths or len(national) in lengths) and pattern.fullmatch(national) is not None


@cache
def _cn_patterns() -> tuple[_Desc, tuple[tuple[_Desc, bool], ...]]:
    """The general pattern and the typed patterns of phonenumbers' CN metadata, compiled."""
    metadata = PhoneMetadata.metadata_for_region("CN")
    assert metadata is not None and metadata.general_desc is not None

    def compiled(desc: PhoneNumberDesc) -> _Desc:
        return frozenset(desc.possible_length or ()), re.compile(desc.national_number_pattern or "")

    types = tuple(
        (compiled(desc), personal)
        for name, personal in _TYPES_IN_ORDER
        if (desc := getattr(metadata, name)) is not None and desc.national_number_pattern
    )
    return compiled(metadata.general_desc), types


@lru_cache(maxsize=32)
def number_matches(text: str) -> tuple[PiiMatch, ...]:
    """Every validated number and masked ID/mobile in folded text, overlaps included.

    Cached per text: the ID, card and phone detectors and `recognize` all read the same field.
    """
    if not (_ASCII_DIGIT.search(text) or _NUMERAL_RUN.search(text) or SPACED_NUMERALS.search(text)):
        return ()
    found: list[PiiMatch] = []
    for chain in chains(text):
        if len(chain) > 1 or len(chain[0].digits) >= SHORTEST_NUMBER:  # not a price or a year
            _read_chain(text, chain, found)
    if "*" in text or "×" in text or "xxx" in text:  # what `masked_candidates` needs
        _read_masked(text, found)
    return tuple(found)


def _read_chain(text: str, chain: tuple[Group, ...], found: list[PiiMatch]) -> None:
    """Validate every run of consecutive groups of an identifier's length."""
    for i in range(len(chain)):
        digits = ""
        for j in range(i, len(chain)):
            digits += chain[j].digits
            length = len(digits)
            if length > 19:
                break
            if length < SHORTEST_NUMBER:
                continue
            end = chain[j].end
            if length <= 13 and digits[0] in _PHONE_HEADS:
                kind = phone_type(digits)
                if kind is not None:
                    signals = (kind, "numbering_plan", *_obfuscation(chain, i, j))
                    found.append(
                        PiiMatch("CN_PHONE", chain[i].start, end, digits, 0.5, True, False, signals)
                    )
            if length in _ID_SHORT_OF_CHECK and text[end : end + 1] == "x":
                _read_id(digits + "X", chain, i, j, end + 1, found)
            elif length in _ID_LENGTHS:
                _read_id(digits, chain, i, j, end, found)
            if length >= 16 and digits.startswith(SCHEME_PREFIXES) and luhn_valid(digits):
                signals = ("luhn", "scheme_prefix", *_obfuscation(chain, i, j))
                found.append(
                    PiiMatch("BANK_CARD", chain[i].start, end, digits, 0.5, True, False, signals)
                )


def _read_id(
    value: str, chain: tuple[Group, ...], i: int, j: int, end: int, found: list[PiiMatch]
) -> None:
    """The check digit, a real birth date and a province prefix gate an 18-digit ID; a 15-digit
    legacy number has no check digit and is only a candidate (it needs a label later)."""
    if value[:2] not in PROVINCES or birth_date(value) is None:
        return
    start = chain[i].start
    if len(value) == 15:
        signals = ("province", "birth_date", *_obfuscation(chain, i, j))
        found.append(PiiMatch("CN_ID_15", start, end, value, 0.5, False, False, signals))
    elif ric.calc_check_digit(value) == value[-1]:
        # A failed checksum is an order or tracking number, never an ID.
        signals = ("check_digit", "birth_date", "province", *_obfuscation(chain, i, j))
        found.append(PiiMatch("CN_ID", start, end, value, 0.9, True, False, signals))


def _obfuscation(chain: tuple[Group, ...], i: int, j: int) -> tuple[str, ...]:
    if i == j and not chain[i].obfuscation:
        return ()
    kinds: set[str] = set()
    for group in chain[i : j + 1]:
        kinds |= group.obfuscation
    if j > i:
        kinds.add("separated")
    return tuple(f"obfuscated:{o}" for o in sorted(kinds))


def _read_masked(text: str, found: list[PiiMatch]) -> None:
    for masked in masked_candidates(text):
        if masked.length == 18 and masked.head[:2] in PROVINCES:
            found.append(
                PiiMatch(
                    "CN_ID", masked.start, masked.end, masked.value, 0.3, False, True, ("masked",)
                )
            )
        elif masked.length == 11 and MOBILE.match(masked.head + "0" * 9):
            found.append(
                PiiMatch(
                    "CN_PHONE",
                    masked.start,
                    masked.end,
                    masked.value,
                    0.3,
                    False,
                    True,
                    ("masked",),
                )
            )
