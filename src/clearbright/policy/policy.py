"""The policy layer: thresholds and actions per category, and the statement of reasons.

Principle 3 of DESIGN.md is enforced when the policy file is loaded: a speech category
can never be given `remove`, nor any automatic action.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from clearbright.categories import Category
from clearbright.errors import PolicyError
from clearbright.files import yaml_model
from clearbright.model import Finding

HumanAction = Literal["remove", "review", "label", "escalate", "none"]
SPEECH_ACTIONS = frozenset({"review", "label", "none"})


class AutoRule(BaseModel):
    """An automatic action for unambiguous, evidence-complete findings."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    action: Literal["remove", "label", "escalate"]
    min_score: float = Field(ge=0.0, le=1.0)
    requires: tuple[str, ...] = Field(min_length=1)


class CategoryRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    min_score: float = Field(default=0.5, ge=0.0, le=1.0)
    action: HumanAction = "review"
    auto: AutoRule | None = None


class Policy(BaseModel):
    """Per-category rules; categories left out get the defaults of `CategoryRule`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: Literal[1] = 1
    appeal: str = "The author may appeal this decision; a different reviewer decides the appeal."
    categories: dict[str, CategoryRule] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _speech_is_for_people(self) -> Policy:
        for slug, rule in self.categories.items():
            category = Category.from_slug(slug)
            if not category.is_speech:
                continue
            if rule.auto is not None:
                raise ValueError(
                    f"{slug} is a speech category: people decide it, so it may "
                    "not have an automatic action (remove `auto`)"
                )
            if rule.action not in SPEECH_ACTIONS:
                raise ValueError(
                    f"{slug} is a speech category: its action must be review, "
                    f"label or none, not {rule.action}"
                )
        return self

    @classmethod
    def load(cls, path: str | Path | None = None) -> Policy:
        """The policy in `path`, or the packaged default policy."""
        if path is None:
            with resources.as_file(resources.files(__package__).joinpath("default.yaml")) as p:
                return yaml_model(Path(p), cls, PolicyError)
        if not Path(path).is_file():
            raise PolicyError("policy file does not exist", path=str(path))
        return yaml_model(Path(path), cls, PolicyError)

    def rule(self, category: Category) -> CategoryRule:
        return self.categories.get(category.slug, CategoryRule())

    def apply(self, findings: Iterable[Finding]) -> Iterator[Finding]:
        """Drop findings under threshold; set action, automation and reasons on the rest."""
        for finding in findings:
            category = finding.category_enum
            rule = self.rule(category)
            if finding.score < rule.min_score:
                continue
            action, automated = rule.action, False
            if (
                rule.auto
                and finding.score >= rule.auto.min_score
                and set(rule.auto.requires) <= {e.kind for e in finding.evidence}
            ):
                action, automated = rule.auto.action, True
            yield finding.model_copy(
                update={
                    "action": action,
                    "automated": automated,
                    "reasons": statement_of_reasons(
                        finding, category, action, automated, self.appeal
                    ),
                }
            )


def statement_of_reasons(
    finding: Finding, category: Category, action: str, automated: bool, appeal: str
) -> str:
    """What was found, under which rule, on which evidence, by whom decided, and how to appeal."""
    evidence = "; ".join(e.description for e in finding.evidence)
    decided = (
        f"automatic {action} (policy rule {category.slug}.auto: evidence complete)"
        if automated
        else f"{action} by a person (policy rule {category.slug}.action)"
    )
    speech = " This is a speech category: no automatic removal." if category.is_speech else ""
    return (
        f"{category.slug} (category {category.number}), detector {finding.detector}, "
        f"score {finding.score:.2f}. Evidence: {evidence}. Decision: {decided}.{speech} "
        f"Appeal: {appeal}"
    )
