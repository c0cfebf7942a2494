"""The ten harm categories of DESIGN.md, their numbers and which of them are speech."""

from __future__ import annotations

from enum import Enum


class Category(Enum):
    """A harm category; the value is the slug used in findings and policy files."""

    COUNTERFEIT = "counterfeit"
    TARGETED_ABUSE = "targeted_abuse"
    PRIVACY_LEAK = "privacy_leak"
    IMPERSONATION = "impersonation"
    DISTORTION = "distortion"
    FALSE_SEARCH_TRENDING = "false_search_trending"
    BLACK_PR = "black_pr"
    EXTORTION = "extortion"
    COORDINATED_ATTACK = "coordinated_attack"
    COMPETITOR_SMEAR = "competitor_smear"

    @property
    def number(self) -> int:
        """The category number of DESIGN.md (1-10)."""
        return _NUMBERS[self]

    @property
    def slug(self) -> str:
        return self.value

    @property
    def is_speech(self) -> bool:
        """Speech categories (2, 5, 6, 10) go to people, never to automatic removal."""
        return self.number in SPEECH_NUMBERS

    @classmethod
    def from_slug(cls, slug: str) -> Category:
        try:
            return cls(slug)
        except ValueError:
            known = ", ".join(c.value for c in cls)
            raise ValueError(f"unknown category {slug!r} (known: {known})") from None


_NUMBERS = {category: number for number, category in enumerate(Category, start=1)}
SPEECH_NUMBERS = frozenset({2, 5, 6, 10})
