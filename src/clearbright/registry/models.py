"""Typed records of the registry folder (DESIGN.md "Registry"); every file is optional."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from stdnum.cn import uscc as uscc_code
from stdnum.exceptions import ValidationError as CodeError

from clearbright.model import Kind


class _Record(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class OfficialAccount(_Record):
    """An account the enterprise or person runs on one platform."""

    handle: str = Field(min_length=1)
    name: str | None = None
    url: str | None = None


class OfficialApp(_Record):
    name: str = Field(min_length=1)
    package: str = Field(min_length=1)


class OfficialMiniApp(_Record):
    name: str = Field(min_length=1)
    platform: str | None = None
    appid: str | None = None


class Executive(_Record):
    name: str = Field(min_length=1)
    title: str | None = None
    person: str | None = Field(default=None, description="id of the matching people record")


class Enterprise(_Record):
    """A registered enterprise: its names, marks and everything it officially runs."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    short_names: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    english_names: tuple[str, ...] = ()
    uscc: str | None = None
    industry: str | None = None
    trademarks: tuple[str, ...] = ()
    official_domains: tuple[str, ...] = ()
    official_accounts: dict[str, tuple[OfficialAccount, ...]] = Field(default_factory=dict)
    official_apps: tuple[OfficialApp, ...] = ()
    official_mini_apps: tuple[OfficialMiniApp, ...] = ()
    executives: tuple[Executive, ...] = ()
    office_address: str | None = None
    rivals: tuple[str, ...] = ()
    logo_hashes: tuple[str, ...] = Field(
        default=(), description="perceptual hashes of the logos, `pdq:<hex>` or `phash:<hex>`"
    )

    @field_validator("uscc")
    @classmethod
    def _valid_uscc(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            validated: str = uscc_code.validate(value)
        except CodeError as exc:
            raise ValueError(f"not a valid unified social credit code: {exc}") from None
        return validated


class Person(_Record):
    """A registered entrepreneur or executive."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    role: str | None = None
    enterprise: str | None = None
    official_accounts: dict[str, tuple[OfficialAccount, ...]] = Field(default_factory=dict)
    portrait_hashes: tuple[str, ...] = Field(
        default=(), description="perceptual hashes of official portraits, `pdq:<hex>`"
    )


class EntitiesFile(_Record):
    enterprises: tuple[Enterprise, ...] = ()
    people: tuple[Person, ...] = ()


class Claim(_Record):
    """A verified claim; `false` and `misleading` ones are what detectors match against."""

    id: str = Field(min_length=1)
    text: str = Field(min_length=1)
    verdict: Literal["false", "misleading", "true"]
    correction: str | None = None
    source: str | None = None
    subject: str | None = Field(default=None, description="registry id the claim is about")


class Statement(_Record):
    """What a person actually said, with its source: the reference for quotations."""

    id: str = Field(min_length=1)
    speaker: str = Field(min_length=1)
    speaker_name: str | None = None
    date: str | None = None
    source: str | None = None
    transcript: str = Field(min_length=1)


class FinancialFigure(_Record):
    """A filed figure (`yoy` is a percentage change; a negative net_profit is a loss)."""

    enterprise: str = Field(min_length=1)
    period: str = Field(min_length=1)
    metric: str = Field(min_length=1)
    value: float
    unit: str | None = None
    yoy: float | None = None
    source: str | None = None


class Region(_Record):
    code: str = Field(min_length=1)
    name: str | None = None


class Platform(_Record):
    """A platform notices are sent to, its regions and its handling deadlines by severity."""

    id: str = Field(min_length=1)
    name: str | None = None
    kinds: tuple[Kind, ...] = ()
    regions: tuple[Region, ...] = ()
    deadlines_hours: dict[Literal["critical", "high", "medium", "low"], float] = Field(
        default_factory=dict
    )


class PlatformsFile(_Record):
    platforms: tuple[Platform, ...] = ()
