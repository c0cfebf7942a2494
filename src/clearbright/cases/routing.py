"""Routing rules as data: YAML validated before use, applied at triage, or tried in shadow mode.

    rules:
    - name: extortion-to-senior
      match: {categories: [extortion], min_priority: 0.8}
      queue: urgent/extortion
      assign_to: team:senior

The first matching rule wins. `shadow()` reports what a rule set would change on existing
cases without writing anything.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from clearbright.cases.errors import Invalid
from clearbright.categories import Category
from clearbright.store.cases_schema import Case


class Match(BaseModel):
    """Conditions a case must meet; an empty list means any."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    categories: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    severities: tuple[str, ...] = ()
    min_priority: float = Field(default=0.0, ge=0.0, le=1.0)

    @field_validator("categories")
    @classmethod
    def _known_categories(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for slug in value:
            Category.from_slug(slug)
        return value

    def matches(self, case: Case) -> bool:
        return (
            (not self.categories or _slug(case) in self.categories)
            and (not self.regions or (case.region or "central") in self.regions)
            and (not self.platforms or case.platform in self.platforms)
            and (not self.severities or case.severity in self.severities)
            and case.priority >= self.min_priority
        )


class Rule(BaseModel):
    """One rule: where matching cases go (a queue, an assignee, or both)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    match: Match = Match()
    queue: str | None = Field(default=None, min_length=1)
    assign_to: str | None = Field(default=None, min_length=1)

    @model_validator(mode="after")
    def _does_something(self) -> Rule:
        if self.queue is None and self.assign_to is None:
            raise ValueError(f"rule {self.name!r} sets neither queue nor assign_to")
        return self


class RuleSet(BaseModel):
    """An ordered list of routing rules with unique names."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rules: tuple[Rule, ...] = ()

    @field_validator("rules")
    @classmethod
    def _unique(cls, value: tuple[Rule, ...]) -> tuple[Rule, ...]:
        names = [r.name for r in value]
        if len(names) != len(set(names)):
            raise ValueError("rule names must be unique")
        return value

    @classmethod
    def parse(cls, data: Any) -> RuleSet:
        """Validate rules from parsed YAML/JSON; raise Invalid naming the bad field."""
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise Invalid(f"invalid routing rules: {where}: {first['msg']}") from None

    @classmethod
    def from_yaml(cls, text: str) -> RuleSet:
        try:
            return cls.parse(yaml.safe_load(text) or {})
        except (yaml.YAMLError, ValueError) as exc:  # ValueError: an integer over 4300 digits
            raise Invalid(f"routing rules are not valid YAML: {exc}") from None
        except RecursionError:
            raise Invalid("routing rules are not valid YAML: nested too deeply") from None

    def route(self, case: Case) -> Rule | None:
        return next((r for r in self.rules if r.match.matches(case)), None)


def apply(rules: RuleSet | None, case: Case) -> str | None:
    """Set the case's queue/assignee from the first matching rule; return the rule's name."""
    rule = rules.route(case) if rules else None
    if rule is None:
        return None
    case.queue = rule.queue or case.queue
    case.assignee = rule.assign_to or case.assignee
    return rule.name


def shadow(rules: RuleSet, cases: Iterable[Case]) -> list[dict[str, Any]]:
    """What the rules would change on each case, without changing anything."""
    changes = []
    for case in cases:
        rule = rules.route(case)
        if rule is None:
            continue
        queue, assignee = rule.queue or case.queue, rule.assign_to or case.assignee
        if (queue, assignee) != (case.queue, case.assignee):
            changes.append(
                {
                    "case_id": case.id,
                    "rule": rule.name,
                    "queue": {"now": case.queue, "would_be": queue},
                    "assignee": {"now": case.assignee, "would_be": assignee},
                }
            )
    return changes


def _slug(case: Case) -> str:
    return list(Category)[case.category - 1].slug
