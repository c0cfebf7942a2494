"""Data for bench/lookalike_vs_dnstwist.py: invented brands, Chinese name variants, unrelated names.

Everything here is generated, deterministically (fixed seeds):
- invented brands: two common Chinese characters (GB2312 level 1) drawn at random, their
  tone-less pinyin, and official domains spelled from it (`{pinyin}-tech.com`, ...). They are
  fictional by construction; a draw that happens to spell a real brand is chance.
- Chinese name variants, from a documented substitution table (VARIANT_FAMILIES):
  homophone (one character replaced by another GB2312 level-1 character with the same
  tone-less pinyin), similar shape (one character replaced by the most similar level-1
  character by char-similar's shape score, when ≥ 0.7), traditional (OpenCC s2t),
  inserted separator (space, ·, *, zero-width space between characters) and Latin pinyin
  spelling (`Ji Chuan`).
- an independent substitution table, when ../shared is present: Confused_Chinese
  (same-sound, similar-sound and similar-shape characters per character, Apache-2.0);
- real listed-company short names (../shared/data/external/company-names), as ordinary
  names that must not be flagged;
- unrelated domains and account names: the Faker package's generators (domain_name,
  company, name, user_name) in the en_US, zh_CN, de_DE, fr_FR and es_ES locales; also
  hosts with a Faker word as subdomain (`{domain_word}.{domain_name}`), accounts of invented
  people with a title (`{zh_CN name} {zh_CN company}{title}`) and apps named with an
  edition word (`{zh_CN company}{edition}`), for the subdomain, person and edition rules.
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from char_similar import std_cal_sim  # type: ignore[import-untyped]
from faker import Faker
from pypinyin import Style, lazy_pinyin
from rapidfuzz.distance import Levenshtein

from clearbright.registry import Registry
from clearbright.registry.models import Enterprise, Executive, Person

DOMAIN_SHAPES = ("{p}.com", "{p}-tech.com", "{p}mall.cn", "{p}-group.com.cn", "{p}app.net")
SEPARATORS = (" ", "·", "*", "\u200b")
SHAPE_THRESHOLD = 0.7
VARIANT_FAMILIES = ("homophone", "similar_shape", "traditional", "separator", "pinyin_latin")
FAKER_LOCALES = ("en_US", "zh_CN", "de_DE", "fr_FR", "es_ES")
SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"


@cache
def common_chars() -> tuple[str, ...]:
    """The 3,755 GB2312 level-1 characters (the most common simplified characters)."""
    chars: list[str] = []
    for code in range(0x4E00, 0x9FA6):
        char = chr(code)
        try:
            encoded = char.encode("gb2312")
        except UnicodeEncodeError:
            continue
        if b"\xb0\xa1" <= encoded <= b"\xd7\xf9":
            chars.append(char)
    return tuple(chars)


def pinyin(text: str) -> list[str]:
    return lazy_pinyin(text, style=Style.NORMAL)


@dataclass(frozen=True)
class Brand:
    enterprise: Enterprise
    pinyin: str


def invented_brands(count: int, seed: int = 7, min_distance: int = 3) -> list[Brand]:
    """`count` fictional brands with pinyin-spelled official domains, pairwise far apart."""
    rng = random.Random(seed)
    pool = common_chars()
    brands: list[Brand] = []
    labels: list[str] = []
    while len(brands) < count:
        name = "".join(rng.sample(pool, 2))
        key = "".join(pinyin(name))
        if len(key) < 6 or any(Levenshtein.distance(key, k) < min_distance for k in labels):
            continue
        labels.append(key)
        number = len(brands)
        domain = DOMAIN_SHAPES[number % len(DOMAIN_SHAPES)].format(p=key)
        boss = rng.choice(SURNAMES) + "".join(rng.sample(pool, 2))
        enterprise = Enterprise(
            id=f"ent-bench-{number:04d}",
            name=f"{name}科技有限公司",
            short_names=(name, f"{name}科技"),
            english_names=(key.upper(),),
            trademarks=(name,),
            official_domains=(domain,),
            executives=(Executive(name=boss, title="董事长"),),
        )
        brands.append(Brand(enterprise, key))
    return brands


def registry_with(base: Registry | None, brands: list[Brand]) -> Registry:
    """A registry holding the base registry's entities plus the invented brands."""
    enterprises = dict(base.enterprises) if base else {}
    people: dict[str, Person] = dict(base.people) if base else {}
    enterprises.update({b.enterprise.id: b.enterprise for b in brands})
    return Registry(enterprises=enterprises, people=people)


@cache
def _homophones() -> dict[str, tuple[str, ...]]:
    by_sound: dict[str, list[str]] = {}
    for char in common_chars():
        by_sound.setdefault(pinyin(char)[0], []).append(char)
    return {sound: tuple(chars) for sound, chars in by_sound.items()}


def homophone_of(char: str) -> str | None:
    """Another common character with the same tone-less pinyin, or None."""
    sound = pinyin(char)[0]
    return next((c for c in _homophones().get(sound, ()) if c != char), None)


@cache
def similar_shape_of(char: str) -> str | None:
    """The common character most similar in shape (score ≥ SHAPE_THRESHOLD), or None."""
    best, best_score = None, SHAPE_THRESHOLD
    for other in common_chars():
        if other == char:
            continue
        score = float(std_cal_sim(char, other, kind="shape"))
        if score >= best_score:
            best, best_score = other, score
    return best


@cache
def _s2t() -> object:
    import opencc

    return opencc.OpenCC("s2t.json")


def variants(name: str) -> Iterator[tuple[str, str]]:
    """(family, variant) pairs for a Chinese name, per VARIANT_FAMILIES."""
    for index, char in enumerate(name):
        sound = homophone_of(char)
        if sound:
            yield "homophone", name[:index] + sound + name[index + 1 :]
        shape = similar_shape_of(char)
        if shape:
            yield "similar_shape", name[:index] + shape + name[index + 1 :]
    traditional: str = _s2t().convert(name)  # type: ignore[attr-defined]
    if traditional != name:
        yield "traditional", traditional
    for separator in SEPARATORS:
        yield "separator", separator.join(name)
    yield "pinyin_latin", " ".join(s.capitalize() for s in pinyin(name))


def listed_company_names(path: Path) -> list[str]:
    """Real A-share short names (ordinary names for false-flag tests), or [] when absent."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return [row["股票名称"].strip() for row in csv.DictReader(handle) if row.get("股票名称")]


def confused_chinese(path: Path) -> dict[str, dict[str, list[str]]]:
    """Confused_Chinese's independent table: per character, same-sound, similar-sound and
    similar-shape characters ({} when absent)."""
    if not path.is_file():
        return {}
    raw: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    table: dict[str, dict[str, list[str]]] = {}
    for char, entry in raw.items():
        table[char] = {
            "homophone": [c["char"] for c in entry.get("same_pronunciation_chars", [])],
            "near_homophone": [c["char"] for c in entry.get("similar_pronunciation_chars", [])],
            "similar_shape": [
                c["char"] if isinstance(c, dict) else c for c in entry.get("similar_font_chars", [])
            ],
        }
    return table


def table_variants(name: str, table: dict[str, dict[str, list[str]]]) -> Iterator[tuple[str, str]]:
    """(family, variant): the first listed substitute of each character, per family."""
    for index, char in enumerate(name):
        for family, substitutes in table.get(char, {}).items():
            substitute = next((c for c in substitutes if c != char and len(c) == 1), None)
            if substitute:
                yield family, name[:index] + substitute + name[index + 1 :]


def real_texts(external: Path) -> list[str]:
    """Real Weibo comments: COLD (`TEXT`) and SWSR (`comment_text`, `weibo_text`)."""
    texts: list[str] = []
    for path in sorted((external / "cold").glob("*.csv")) + sorted(
        (external / "swsr").glob("*.csv")
    ):
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                text = row.get("TEXT") or row.get("comment_text") or row.get("weibo_text") or ""
                if text.strip():
                    texts.append(text.strip())
    return texts


def unrelated(count: int, seed: int = 11) -> tuple[list[str], list[str]]:
    """`count` domains and `count` account names from Faker, spread over FAKER_LOCALES."""
    domains: list[str] = []
    names: list[str] = []
    fakers = []
    for offset, locale in enumerate(FAKER_LOCALES):
        faker = Faker(locale)
        faker.seed_instance(seed + offset)
        fakers.append(faker)
    round_robin = 0
    while len(domains) < count or len(names) < count:
        faker = fakers[round_robin % len(fakers)]
        round_robin += 1
        domains.append(faker.domain_name())
        names.extend((faker.company(), faker.name(), faker.user_name()))
    return domains[:count], names[:count]


PERSON_TITLES = ("董事长", "总经理", "行长", "创始人", "CEO")
APP_EDITIONS = ("极速版", "优惠版", "会员版", "Pro", "2.0", "尝鲜版")


def unrelated_shapes(
    count: int, registered_people: list[str], seed: int = 13
) -> dict[str, tuple[str, list[str]]]:
    """`count` each of subdomain hosts, titled person accounts, namesakes of registered people
    at another company, and edition-named apps, with the item kind each is scanned as (Faker,
    fixed seeds)."""
    fakers = []
    for offset, locale in enumerate(FAKER_LOCALES):
        faker = Faker(locale)
        faker.seed_instance(seed + offset)
        fakers.append(faker)
    chinese = Faker("zh_CN")
    chinese.seed_instance(seed)
    hosts = [
        f"{fakers[i % len(fakers)].domain_word()}.{fakers[i % len(fakers)].domain_name()}"
        for i in range(count)
    ]
    people = [
        f"{chinese.name()} {chinese.company()}{PERSON_TITLES[i % len(PERSON_TITLES)]}"
        for i in range(count)
    ]
    namesakes = [
        f"{registered_people[i % len(registered_people)]} {chinese.company()}"
        f"{PERSON_TITLES[i % len(PERSON_TITLES)]}"
        for i in range(count if registered_people else 0)
    ]
    apps = [
        f"{chinese.company_prefix()}{APP_EDITIONS[i % len(APP_EDITIONS)]}" for i in range(count)
    ]
    return {
        "subdomain hosts": ("domain", hosts),
        "titled person accounts": ("account", people),
        "registered people's namesakes at another company": ("account", namesakes),
        "edition-named apps": ("app", apps),
    }
