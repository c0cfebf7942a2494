"""The data contract of DESIGN.md: items in, findings out.

Items are validated on the way in; findings are frozen values that carry their own
evidence, so a statement of reasons can always be built from them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator

from clearbright.categories import Category

Kind = Literal[
    "post", "comment", "account", "app", "mini_app", "domain", "search_suggestion", "trending_topic"
]
KINDS: tuple[str, ...] = get_args(Kind)
Action = Literal["remove", "label", "review", "escalate", "none"]
ACTIONS: tuple[str, ...] = get_args(Action)
# The fields of an item whose text detectors read; evidence spans name one of them.
TextField = Literal["text", "title", "url", "author.name", "author.id"]


def valid_unicode(value: Any) -> Any:
    """Refuse a lone surrogate (a JSON `\\ud800` escape): UTF-8 and the store cannot hold it."""
    texts = value if isinstance(value, tuple) else (value,)
    for text in texts:
        if isinstance(text, str) and not text.isascii():
            try:
                text.encode("utf-8")
            except UnicodeEncodeError as exc:
                code = ord(text[exc.start])
                message = f"holds a lone surrogate U+{code:04X}, which is not Unicode text"
                raise ValueError(message) from None
    return value


class Author(BaseModel):
    """Who posted an item; `affiliation` is the registry id of the author's employer."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str = Field(min_length=1)
    name: str | None = None
    affiliation: str | None = None

    @field_validator("*")
    @classmethod
    def _unicode(cls, value: Any) -> Any:
        return valid_unicode(value)


class Item(BaseModel):
    """One piece of content: post, comment, account, app, mini-app, domain, suggestion, topic."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str = Field(min_length=1, max_length=512)
    platform: str = Field(min_length=1, max_length=128)
    kind: Kind
    text: str
    title: str | None = None
    url: str | None = None
    author: Author | None = None
    created_at: datetime | None = None
    reply_to: str | None = None
    region: str | None = None
    image_hashes: tuple[str, ...] = ()

    @field_validator("*")
    @classmethod
    def _unicode(cls, value: Any) -> Any:
        return valid_unicode(value)

    @field_validator("id", "platform")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value

    def field_text(self, field: TextField) -> str | None:
        """The raw text of one of the fields detectors read."""
        if field == "author.name":
            return self.author.name if self.author else None
        if field == "author.id":
            return self.author.id if self.author else None
        value: str | None = getattr(self, field)
        return value


class Span(BaseModel):
    """A half-open character range [start, end) in one field of the *original* item."""

    model_config = ConfigDict(frozen=True)

    field: TextField = "text"
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Evidence(BaseModel):
    """Why a finding is a harm: what matched, where, against which registry record, how closely."""

    model_config = ConfigDict(frozen=True)

    kind: str = Field(min_length=1, description="e.g. lookalike_name, validated_id_number")
    description: str = Field(min_length=1, description="one sentence a reviewer can read")
    span: Span | None = None
    registry_ref: str | None = Field(default=None, description="id of the registry record")
    matched: str | None = Field(default=None, description="the registry text that was matched")
    similarity: float | None = None
    details: dict[str, Any] = Field(default_factory=dict)


class Finding(BaseModel):
    """A detector's claim that an item is a harm, with evidence; the policy adds the action."""

    model_config = ConfigDict(frozen=True)

    item_id: str
    platform: str
    category: int = Field(ge=1, le=10)
    slug: str
    detector: str
    score: float = Field(ge=0.0, le=1.0)
    evidence: tuple[Evidence, ...] = Field(min_length=1)
    target: str | None = Field(default=None, description="registry id of the targeted entity")
    action: Action = "review"
    reasons: str = ""
    automated: bool = False

    @classmethod
    def of(
        cls,
        item: Item,
        category: Category,
        detector: str,
        score: float,
        evidence: list[Evidence] | tuple[Evidence, ...],
        target: str | None = None,
    ) -> Finding:
        """Build a finding for an item; action and reasons are the policy's to set."""
        return cls(
            item_id=item.id,
            platform=item.platform,
            category=category.number,
            slug=category.slug,
            detector=detector,
            score=round(min(max(score, 0.0), 1.0), 4),
            evidence=tuple(evidence),
            target=target,
        )

    @property
    def category_enum(self) -> Category:
        return Category.from_slug(self.slug)

    def to_json_dict(self) -> dict[str, Any]:
        """The DESIGN.md Finding record (plus platform, target, automated)."""
        return self.model_dump(mode="json", exclude_none=False)
