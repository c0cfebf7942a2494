"""The retention file: how many days stored content is kept, per item kind and per category.

```yaml
version: 1
hold_open_cases: true      # never purge what an open (not closed) case relies on
items:                     # item text, title, URL, author, image hashes; by item kind
  default: 365
  post: 180
evidence:                  # finding evidence spans and descriptions; by category slug
  default: 365
  privacy_leak: 30
notices:                   # notice explanation and evidence files; by category slug
  default: 730
```

A kind or category left out gets its section's `default`; `null` keeps that content forever.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from clearbright.categories import Category
from clearbright.errors import ClearbrightError
from clearbright.files import yaml_model
from clearbright.model import KINDS

Days = int | None
# Ten years: beyond this a number of days is a typo (or an overflow), not a retention period.
MAX_DAYS = 3650


class RetentionError(ClearbrightError):
    """A retention file that does not validate."""


class Periods(BaseModel):
    """Days to keep, by key (an item kind or a category slug), with a default for the rest."""

    model_config = ConfigDict(extra="allow", frozen=True)

    default: Days = Field(default=365, ge=0, le=MAX_DAYS)

    def days(self, key: str) -> Days:
        extra = self.model_extra or {}
        if key in extra:
            value: Days = extra[key]
            return value
        return self.default


def _check_keys(periods: Periods, allowed: tuple[str, ...], what: str) -> Periods:
    for key, value in (periods.model_extra or {}).items():
        if key not in allowed:
            raise ValueError(f"unknown {what} {key!r} (known: {', '.join(allowed)})")
        if value is not None and (
            not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_DAYS
        ):
            raise ValueError(f"{key}: days must be a whole number from 0 to {MAX_DAYS} or null")
    return periods


SLUGS: tuple[str, ...] = tuple(c.slug for c in Category)


class RetentionPolicy(BaseModel):
    """How long each kind of stored content is kept before `clearbright purge` drops it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: Literal[1] = 1
    hold_open_cases: bool = True
    items: Periods = Periods()
    evidence: Periods = Periods()
    notices: Periods = Periods(default=730)

    @field_validator("items")
    @classmethod
    def _kinds(cls, value: Periods) -> Periods:
        return _check_keys(value, KINDS, "item kind")

    @field_validator("evidence", "notices")
    @classmethod
    def _categories(cls, value: Periods) -> Periods:
        return _check_keys(value, SLUGS, "category")

    @classmethod
    def load(cls, path: str | Path | None = None) -> RetentionPolicy:
        """The retention file at `path`, or the defaults (a year; notices two)."""
        if path is None:
            return cls()
        if not Path(path).is_file():
            raise RetentionError("retention file does not exist", path=str(path))
        return yaml_model(Path(path), cls, RetentionError)
