"""Statement-of-reasons templates per category, which the reviewer edits before deciding.

A template names the rule and leaves `[to fill: ...]` gaps for what only a person can judge;
a decision whose ground or facts still hold a gap is refused, so a template is never sent as is.
The facts start from the evidence descriptions (already masked by the detectors).
"""

from __future__ import annotations

from collections.abc import Iterable

from clearbright.cases.errors import Invalid
from clearbright.categories import Category

GAP = "[to fill:"

ACTION_GROUNDS: dict[Category, str] = {
    Category.COUNTERFEIT: (
        "Counterfeit (category 1): the account, app or domain imitates the registered "
        "{target} and is not one of its official channels; rule on counterfeit goods and "
        "trademark misuse. [to fill: which official name or mark it copies, and how]"
    ),
    Category.TARGETED_ABUSE: (
        "Targeted abuse (category 2): degrading insults or incitement aimed at {target}, "
        "beyond criticism of its products or conduct. [to fill: the words that cross the line "
        "and why this is not criticism or opinion]"
    ),
    Category.PRIVACY_LEAK: (
        "Privacy leak (category 3): personal data of an identifiable person or a trade secret "
        "of {target} published without consent. [to fill: the data exposed (masked) and the "
        "risk to the person]"
    ),
    Category.IMPERSONATION: (
        "Impersonation (category 4): presents itself as {target} or its staff to deceive. "
        "[to fill: what it claims to be and what it asks of users]"
    ),
    Category.DISTORTION: (
        "Distortion (category 5): attributes to {target} a quotation or figure that its "
        "public record contradicts. [to fill: the record relied on and the context note]"
    ),
    Category.FALSE_SEARCH_TRENDING: (
        "False search suggestion or trending topic (category 6) about {target}, contradicted "
        "by a documented correction. [to fill: the correction and its source]"
    ),
    Category.BLACK_PR: (
        "Black PR (category 7): offers or recruits paid negative posting, ranking "
        "manipulation or deletion services. [to fill: the service offered and its price cues]"
    ),
    Category.EXTORTION: (
        "Extortion (category 8): offers to delete or withhold content about {target} for "
        "payment or business. [to fill: the offer and the linked material]"
    ),
    Category.COORDINATED_ATTACK: (
        "Coordinated attack (category 9): near-identical posts by several accounts in a short "
        "window against {target}. [to fill: accounts, platforms and time window relied on]"
    ),
    Category.COMPETITOR_SMEAR: (
        "Competitor smear (category 10): a rival of {target} spreads a documented false "
        "claim about it. [to fill: the claim, the correction and the affiliation]"
    ),
}
NO_ACTION_GROUND = (
    "No action: the content is {kind} and stays up. [to fill: why it is criticism, opinion, "
    "satire, accurate reporting or not a harm under category {number}]"
)


def ground_template(category: Category, action: str, target: str | None) -> str:
    """The ground to start from for this category and action."""
    name = target or "the registered entity"
    if action == "no_action":
        kind = "protected speech" if category.is_speech else "not shown to be a harm"
        return NO_ACTION_GROUND.format(kind=kind, number=category.number)
    return ACTION_GROUNDS[category].format(target=name)


def facts_template(descriptions: Iterable[str]) -> str:
    """The facts to start from: the evidence, one line each, and a gap for the reviewer."""
    lines = [f"- {d}" for d in dict.fromkeys(descriptions) if d]
    return "\n".join([*lines, "[to fill: what you checked beyond the detector's evidence]"])


def action_order(category: Category) -> list[str]:
    """Actions in the order the form offers them: speech categories label or leave it first."""
    if category.is_speech:
        return ["label", "no_action", "demote", "restrict_visibility", "remove", "suspend_account"]
    return ["remove", "suspend_account", "restrict_visibility", "demote", "label", "no_action"]


def default_action(policy_action: str, category: Category) -> str:
    """The form's preselected action from the policy's default for the category."""
    mapping = {"remove": "remove", "label": "label", "none": "no_action"}
    if policy_action in mapping:
        return mapping[policy_action]
    # review or escalate: a person decides; speech leans to labelling, the rest to removal.
    return "label" if category.is_speech else "remove"


def require_filled(**texts: str) -> None:
    """Refuse a statement whose template gaps were not filled in."""
    for name, text in texts.items():
        if GAP in text:
            raise Invalid(
                f"replace every '{GAP} …]' gap of the template with your own words", field=name
            )
