"""Home addresses: a building / unit / room structure, written as where a person lives.

Two layers: our structure rules find the part only a dwelling has (building, unit, room; a
residential compound after a home cue), and jionlp's location parser reads the place names
before it as administrative divisions (province, city, district) from the division dictionary
shipped in its wheel. A resolved division is a signal and a coarse, non-personal description
for the evidence; a division the text names but the dictionary does not know (a made-up
`火星市`, a district that is not in the named city) lowers the score. jionlp is imported only
when a text has a candidate address, and its answers are cached per place string.

A registered enterprise's office address (the registry's `office_address`) and shop or office
addresses are public; the poster's own address (`我家住…`) is theirs to share.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import re
import threading
from collections.abc import Callable
from functools import lru_cache
from typing import Any, NamedTuple

from rapidfuzz import fuzz

from clearbright.detectors.base import Example, NormalizedItem
from clearbright.detectors.privacy.context import (
    DOXXING_WORDS,
    Subject,
    posted_by_official,
    subject_of,
    words_near,
)
from clearbright.detectors.privacy.identifier_detector import Judgement, PrivacyDetector
from clearbright.detectors.privacy.matches import PiiMatch, keep_longest
from clearbright.model import TextField
from clearbright.text.normalize import fold, is_han

_N = r"(?:[0-9]+|[一二三四五六七八九十两]+)"
# The part of an address that only a dwelling has: building, then unit and/or room.
# The look-behind starts a match only at the first digit of a number: no quadratic rescans.
_DWELLING = re.compile(
    r"(?<![0-9一二三四五六七八九十两])(?:"
    rf"{_N}(?:栋|幢|号楼|座|#楼?)(?:{_N}单元)?(?:[0-9]{{3,4}}(?:室|号|房)?|{_N}(?:楼|层){_N}(?:室|号|房))"
    rf"|{_N}单元[0-9]{{3,4}}(?:室|号|房)?"
    r"|[0-9]{1,3}-[0-9]{1,2}-[0-9]{3,4}(?![0-9-])"
    rf"|{_N}弄{_N}号(?:[0-9]{{3,4}}室)?"
    r"|[0-9]{1,4}号院[0-9]{1,3}号楼?)"
)
# How far back the place names before the dwelling part may reach.
_PLACE_CHARS = re.compile(r"[\u4e00-\u9fff0-9a-z·]")
MAX_PREFIX = 24
HOME_CUES: tuple[str, ...] = (
    "住在",
    "家住",
    "住址",
    "家庭住址",
    "家在",
    "老家在",
    "他家",
    "她家",
    "现住",
    "租住",
    "住的是",
    "搬到",
    "户籍地址",
    "住",
)
FIRST_PERSON_CUES: tuple[str, ...] = ("我家", "我住", "本人住", "我们家", "我们小区")
BUSINESS_CUES: tuple[str, ...] = (
    "办公",
    "公司",
    "总部",
    "门店",
    "店铺",
    "营业",
    "注册地址",
    "办公地址",
    "工作室",
    "展厅",
    "仓库",
    "写字楼",
    "售后网点",
)


# A residential compound named right after a home cue (`家住翠湖花园`): coarser than a room.
_COMPOUND = re.compile(
    r"[\u4e00-\u9fff0-9a-z]{2,14}?(?:小区|花园|公寓|家园|新村|雅苑|别墅|山庄|公馆|嘉园|华庭|名邸|府邸"
    r"|(?:路|街|巷|弄|胡同)[0-9]{1,4}号)"
)
_STRONG_HOME_CUES = ("住在", "家住", "住址", "家庭住址", "家在", "现住", "租住")


# The first place name jionlp could not resolve, when it is named as a division (`火星市`,
# `朝阳区` after a city that has none). Words with those endings that are no divisions are not.
_NAMED_DIVISION = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:自治区|自治州|省|市|县|区)")
_NOT_DIVISIONS = re.compile(
    r"(?:小区|社区|园区|校区|厂区|景区|片区|营区|矿区|街区|城区|商区|住宅区|生活区|开发区|保税区"
    r"|超市|菜市|门市|夜市|集市|花市|城市|股市)$"
)


class Divisions(NamedTuple):
    """The administrative divisions jionlp read in a place string."""

    province: str | None
    city: str | None
    county: str | None
    unknown: str | None  # a division the text names that does not exist (there)

    @property
    def resolved(self) -> str:
        """`浙江省杭州市滨江区`; a municipality is named once (`北京市海淀区`)."""
        names = [n for n in (self.province, self.city, self.county) if n]
        return "".join(n for i, n in enumerate(names) if i == 0 or n != names[i - 1])


_PARSER_LOCK = threading.RLock()
_PARSER: list[Callable[[str], dict[str, Any]]] = []


def _parse_location() -> Callable[[str], dict[str, Any]]:
    """jionlp's `parse_location`, imported on first use (about a second, and 100 MB)."""
    with _PARSER_LOCK:
        if not _PARSER:
            # jionlp and its segmenter print banners on import: keep them out of our output.
            with contextlib.redirect_stdout(io.StringIO()):
                jionlp = importlib.import_module("jionlp")
            _PARSER.append(jionlp.parse_location)
    return _PARSER[0]


@lru_cache(maxsize=4096)
def admin_divisions(place: str) -> Divisions | None:
    """Province, city and district named in `place` (folded text), or None when it names none.

    >>> admin_divisions("杭州市滨江区云栖雅苑").resolved
    '浙江省杭州市滨江区'
    >>> admin_divisions("杭州市朝阳区").unknown
    '朝阳区'
    """
    if sum(map(is_han, place)) < 2:
        return None
    parse = _parse_location()
    with _PARSER_LOCK:  # the parser keeps per-call state in its shared tables: one at a time
        try:
            parsed = parse(place)
        except Exception:  # an enrichment only: a parser failure must not stop a scan
            return None
    province, city, county = parsed.get("province"), parsed.get("city"), parsed.get("county")
    named = _NAMED_DIVISION.match(str(parsed.get("detail") or ""))
    unknown = named.group() if named and not _NOT_DIVISIONS.search(named.group()) else None
    if not (province or city or county or unknown):
        return None
    return Divisions(province, city, county, unknown)


_PLACE = re.compile(r"[^0-9一二三四五六七八九十两]+")


def place_divisions(address: str) -> Divisions | None:
    """The divisions named by the place part of an address (what precedes its first number)."""
    place = _PLACE.match(address)
    return admin_divisions(place.group()) if place else None


def _with_divisions(match: PiiMatch) -> PiiMatch:
    """The match with an `admin_division` or `unknown_division` signal, when it names one."""
    divisions = place_divisions(match.value)
    if divisions is None:
        return match
    signal = "unknown_division" if divisions.unknown else "admin_division"
    return match._replace(signals=(*match.signals, signal))


def find_addresses(text: str) -> list[PiiMatch]:
    """Dwelling addresses (building + unit/room) in folded text, with their place-name prefix;
    residential compounds right after a home cue as lower-scored `compound` matches."""
    found: list[PiiMatch] = _compounds(text)
    for dwelling in _DWELLING.finditer(text):
        start = dwelling.start()
        while (
            start > 0
            and dwelling.start() - start < MAX_PREFIX
            and _PLACE_CHARS.match(text[start - 1])
        ):
            start -= 1
        start = _after_cue(text, start, dwelling.start())
        found.append(
            PiiMatch(
                "ADDRESS",
                start,
                dwelling.end(),
                text[start : dwelling.end()],
                0.5,
                True,
                False,
                ("building_unit_room",),
            )
        )
    return [_with_divisions(m) for m in keep_longest(found)]


def _compounds(text: str) -> list[PiiMatch]:
    found: list[PiiMatch] = []
    for cue in _STRONG_HOME_CUES:
        at = text.find(cue)
        while at >= 0:
            start = at + len(cue)
            compound = _COMPOUND.match(text, start, start + 24)
            if compound:
                found.append(
                    PiiMatch(
                        "ADDRESS",
                        start,
                        compound.end(),
                        compound.group(),
                        0.4,
                        False,
                        False,
                        ("compound",),
                    )
                )
            at = text.find(cue, at + 1)
    return found


def _after_cue(text: str, start: int, core: int) -> int:
    """Start the address after a cue word caught in its prefix (`家住杭州市…` → `杭州市…`)."""
    prefix = text[start:core]
    best = 0
    for cue in (*HOME_CUES, *FIRST_PERSON_CUES, "在", "是"):
        at = prefix.rfind(cue)
        if at >= 0:
            best = max(best, at + len(cue))
    return start + best


class HomeAddressDetector(PrivacyDetector):
    """A person's home address (down to building, unit or room) published as where they live."""

    name = "home_address"
    EXAMPLES = (
        Example(
            {"text": "顾南笙家住杭州市滨江区云栖雅苑5幢1单元1202，明早大家去讨说法。"},
            "privacy_leak",
        ),
        Example({"text": "澄屿质检主管住在杭州市拱墅区桂湾小区12号楼3单元501。"}, "privacy_leak"),
        Example({"text": "我家住滨江区云栖雅苑5幢1单元1202，物业三天没修电梯了。"}, None),
        Example(
            {"text": "澄屿科技办公地址：浙江省杭州市滨江区澄江路77号澄屿大厦A座1201室。"}, None
        ),
    )

    def recognize(self, text: str) -> list[PiiMatch]:
        return find_addresses(text)

    def judge(self, item: NormalizedItem, field: TextField, match: PiiMatch) -> Judgement | None:
        text = item.fields[field].text
        before = text[max(0, match.start - 12) : match.start]
        if (
            any(c in before for c in FIRST_PERSON_CUES)
            or self._is_office(match.value)
            or posted_by_official(item, self.registry)
            or words_near(text, match.start, match.end, BUSINESS_CUES, before=15, after=0)
        ):
            return None
        home = any(c in before for c in HOME_CUES)
        subject = subject_of(item, field, match.start, match.end)
        nearby = subject is not None and subject.how == "nearby"
        if not (home or nearby):
            return None
        doxxing = bool(words_near(text, match.start, match.end, DOXXING_WORDS, 40, 40))
        place, division = self._division(match)
        if not match.validated:  # compound only: a leak when tied to a person or posted to dox
            if not (nearby or doxxing):
                return None
            score = 0.4 + 0.1 * nearby + 0.15 * doxxing + place
            return Judgement(
                score,
                "home_address",
                f"住所小区 {match.masked}{self._about(subject)}",
                subject.entity_id if subject else None,
                {"home_cue": True, "precision": "compound", "doxxing": doxxing, **division},
            )
        score = 0.45 + 0.3 * home + 0.1 * nearby + 0.05 * doxxing + place
        target = subject.entity_id if subject else None
        about = f"，涉及{subject.name}" if subject else ""
        return Judgement(
            min(score, 0.9),
            "home_address",
            f"精确到楼栋/单元/门牌的住址 {match.masked}{about}",
            target,
            {"home_cue": home, "subject": target, "doxxing": doxxing, **division},
        )

    @staticmethod
    def _division(match: PiiMatch) -> tuple[float, dict[str, object]]:
        """Score change and details from the address's administrative divisions: a real
        province/city/district makes it a locatable address; one that does not exist (there)
        suggests a made-up or garbled place, left for review at most."""
        if "unknown_division" in match.signals:
            divisions = place_divisions(match.value)
            return -0.2, {"unknown_division": divisions.unknown if divisions else None}
        if "admin_division" in match.signals:
            divisions = place_divisions(match.value)
            return 0.05, {"division": divisions.resolved if divisions else None}
        return 0.0, {}

    @staticmethod
    def _about(subject: Subject | None) -> str:
        return f"，涉及{subject.name}" if subject else ""

    def _is_office(self, address: str) -> bool:
        """Whether the address is (part of) a registered enterprise's public office address."""
        for enterprise in self.registry.enterprises.values():
            office = enterprise.office_address
            if office and fuzz.partial_ratio(address, fold(office)) >= 85:
                return True
        return False
