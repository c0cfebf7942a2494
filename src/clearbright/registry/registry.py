"""The loaded registry with the indexes every detector shares, built once per scan."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal, TypeVar

import ahocorasick

from clearbright.errors import RegistryError
from clearbright.registry import loader
from clearbright.registry.models import (
    Claim,
    Enterprise,
    FinancialFigure,
    Person,
    Platform,
    Statement,
)
from clearbright.text.normalize import NormalizedText, fold, pinyin_key

NameKind = Literal[
    "name", "short_name", "alias", "english_name", "trademark", "executive", "person"
]
RecordT = TypeVar("RecordT", Enterprise, Person, Platform)
# Folded names shorter than this are too ambiguous to find in running text (e.g. "JC").
MIN_MENTION_LENGTH = 2


@dataclass(frozen=True)
class NameEntry:
    """One name by which a registered entity can be referred to."""

    entity_id: str
    entity_type: Literal["enterprise", "person"]
    kind: NameKind
    text: str
    folded: str
    pinyin: str
    # For executives without a people record: the enterprise they work for.
    enterprise_id: str | None = None


@dataclass(frozen=True)
class Mention:
    """A registered name found in normalized text, at [start, end) of the folded text."""

    start: int
    end: int
    entries: tuple[NameEntry, ...]

    @property
    def entity_ids(self) -> frozenset[str]:
        return frozenset(e.entity_id for e in self.entries)


@dataclass
class Registry:
    """Registered enterprises, people, claims, statements, financials and platforms."""

    enterprises: dict[str, Enterprise] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    claims: tuple[Claim, ...] = ()
    statements: tuple[Statement, ...] = ()
    financials: tuple[FinancialFigure, ...] = ()
    platforms: dict[str, Platform] = field(default_factory=dict)
    source: str | None = None

    @classmethod
    def load(cls, folder: str | Path) -> Registry:
        """Load and cross-check a registry folder; raises RegistryError naming file and field."""
        path = Path(folder)
        entities, claims, statements, financials, platforms = loader.load_parts(path)
        registry = cls(
            enterprises=_unique(entities.enterprises, path / loader.ENTITIES, "enterprises"),
            people=_unique(entities.people, path / loader.ENTITIES, "people"),
            claims=claims,
            statements=statements,
            financials=financials,
            platforms=_unique(platforms.platforms, path / loader.PLATFORMS, "platforms"),
            source=str(path),
        )
        registry._check_references(path)
        return registry

    # --- derived indexes -------------------------------------------------------------------

    @cached_property
    def names(self) -> tuple[NameEntry, ...]:
        """Every name, short name, alias, English name, trademark and executive name."""
        entries: list[NameEntry] = []
        for ent in self.enterprises.values():
            groups: list[tuple[NameKind, tuple[str, ...]]] = [
                ("name", (ent.name,)),
                ("short_name", ent.short_names),
                ("alias", ent.aliases),
                ("english_name", ent.english_names),
                ("trademark", ent.trademarks),
            ]
            for kind, texts in groups:
                entries.extend(_entry(ent.id, "enterprise", kind, t) for t in texts)
            for exe in ent.executives:
                if exe.person is None or exe.person not in self.people:
                    entries.append(_entry(ent.id, "enterprise", "executive", exe.name, ent.id))
        for person in self.people.values():
            for text in (person.name, *person.aliases):
                entries.append(_entry(person.id, "person", "person", text, person.enterprise))
        return tuple(e for e in dict.fromkeys(entries) if e.folded)

    @cached_property
    def _mention_automaton(self) -> ahocorasick.Automaton:
        by_folded: dict[str, list[NameEntry]] = defaultdict(list)
        for entry in self.names:
            if len(entry.folded) >= MIN_MENTION_LENGTH:
                by_folded[entry.folded].append(entry)
        automaton = ahocorasick.Automaton()
        for folded, entries in by_folded.items():
            automaton.add_word(folded, (folded, tuple(entries)))
        if by_folded:
            automaton.make_automaton()
        return automaton

    def find_mentions(self, text: NormalizedText) -> list[Mention]:
        """Registered names in the text; where names overlap, the leftmost, then longest, wins.

        Latin names must stand alone (`lumo` is not found inside `columos`).
        """
        automaton = self._mention_automaton
        if automaton.kind != ahocorasick.AHOCORASICK:
            return []
        found: list[Mention] = []
        for end_index, (folded, entries) in automaton.iter(text.text):
            start, end = end_index - len(folded) + 1, end_index + 1
            if _latin_word_boundary(text.text, start, end):
                found.append(Mention(start, end, entries))
        # Leftmost-longest: at each place keep the longest name, skip names inside it.
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        chosen: list[Mention] = []
        for mention in found:
            if not chosen or mention.start >= chosen[-1].end:
                chosen.append(mention)
        return chosen

    @cached_property
    def official_domains(self) -> frozenset[str]:
        return frozenset(
            d.lower().strip(".") for e in self.enterprises.values() for d in e.official_domains
        )

    @cached_property
    def official_account_owners(self) -> dict[tuple[str, str], str]:
        """(platform id, handle key) → id of the enterprise or person running that account."""
        owners: dict[tuple[str, str], str] = {}
        records: list[Enterprise | Person] = [*self.enterprises.values(), *self.people.values()]
        for record in records:
            for platform, listed in record.official_accounts.items():
                for account in listed:
                    owners[(platform, handle_key(account.handle))] = record.id
        return owners

    @cached_property
    def official_handles(self) -> dict[str, frozenset[str]]:
        """Platform id → handle keys of official accounts (enterprises and people)."""
        handles: dict[str, set[str]] = defaultdict(set)
        for platform, handle in self.official_account_owners:
            handles[platform].add(handle)
        return {platform: frozenset(h) for platform, h in handles.items()}

    @cached_property
    def official_app_packages(self) -> frozenset[str]:
        return frozenset(
            a.package.lower() for e in self.enterprises.values() for a in e.official_apps
        )

    @cached_property
    def official_mini_app_ids(self) -> frozenset[str]:
        return frozenset(
            m.appid.lower()
            for e in self.enterprises.values()
            for m in e.official_mini_apps
            if m.appid
        )

    def official_owner(self, platform: str, handle: str) -> str | None:
        """Registry id of whoever runs this account officially, or None."""
        return self.official_account_owners.get((platform, handle_key(handle)))

    def is_official_account(self, platform: str, handle: str) -> bool:
        return self.official_owner(platform, handle) is not None

    def entity_name(self, entity_id: str) -> str:
        """Display name of an enterprise or person id (the id itself when unknown)."""
        if entity_id in self.enterprises:
            return self.enterprises[entity_id].name
        if entity_id in self.people:
            return self.people[entity_id].name
        return entity_id

    def enterprise_of(self, entity_id: str) -> str | None:
        """The enterprise an id stands for: itself, or a person's employer."""
        if entity_id in self.enterprises:
            return entity_id
        person = self.people.get(entity_id)
        return person.enterprise if person else None

    def rivals_of(self, enterprise_id: str) -> frozenset[str]:
        """Declared rivals, in both directions."""
        rivals = (
            set(self.enterprises[enterprise_id].rivals)
            if enterprise_id in self.enterprises
            else set()
        )
        rivals.update(e.id for e in self.enterprises.values() if enterprise_id in e.rivals)
        return frozenset(rivals)

    # --- validation ------------------------------------------------------------------------

    def _check_references(self, folder: Path) -> None:
        entities = str(folder / loader.ENTITIES)
        known = set(self.enterprises) | set(self.people)
        for ent in self.enterprises.values():
            for rival in ent.rivals:
                if rival not in self.enterprises:
                    raise RegistryError(
                        f"unknown enterprise id {rival!r}",
                        path=entities,
                        field=f"enterprises[{ent.id}].rivals",
                    )
            for exe in ent.executives:
                if exe.person and exe.person not in self.people:
                    raise RegistryError(
                        f"unknown person id {exe.person!r}",
                        path=entities,
                        field=f"enterprises[{ent.id}].executives",
                    )
        for person in self.people.values():
            if person.enterprise and person.enterprise not in self.enterprises:
                raise RegistryError(
                    f"unknown enterprise id {person.enterprise!r}",
                    path=entities,
                    field=f"people[{person.id}].enterprise",
                )
        _check_ids(self.claims, "subject", known, folder / loader.CLAIMS)
        _check_ids(self.statements, "speaker", known, folder / loader.STATEMENTS)
        _check_ids(self.financials, "enterprise", set(self.enterprises), folder / loader.FINANCIALS)


def handle_key(handle: str) -> str:
    """How handles are compared: case-insensitive, with or without a leading @."""
    return handle.lower().lstrip("@")


def _entry(
    entity_id: str,
    entity_type: Literal["enterprise", "person"],
    kind: NameKind,
    text: str,
    enterprise_id: str | None = None,
) -> NameEntry:
    folded = fold(text)
    return NameEntry(entity_id, entity_type, kind, text, folded, pinyin_key(text), enterprise_id)


def _unique(records: tuple[RecordT, ...], path: Path, section: str) -> dict[str, RecordT]:
    by_id: dict[str, RecordT] = {}
    for record in records:
        if record.id in by_id:
            raise RegistryError(f"duplicate id {record.id!r}", path=str(path), field=section)
        by_id[record.id] = record
    return by_id


def _check_ids(
    records: tuple[Claim, ...] | tuple[Statement, ...] | tuple[FinancialFigure, ...],
    attribute: str,
    known: set[str],
    path: Path,
) -> None:
    for number, record in enumerate(records, start=1):
        value = getattr(record, attribute)
        if value and value not in known:
            raise RegistryError(
                f"unknown registry id {value!r}", path=str(path), line=number, field=attribute
            )


def _latin_word_boundary(text: str, start: int, end: int) -> bool:
    def is_word(i: int) -> bool:
        return 0 <= i < len(text) and text[i].isascii() and text[i].isalnum()

    starts_latin = text[start].isascii() and text[start].isalnum()
    ends_latin = text[end - 1].isascii() and text[end - 1].isalnum()
    return not (starts_latin and is_word(start - 1)) and not (ends_latin and is_word(end))
