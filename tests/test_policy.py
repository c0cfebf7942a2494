"""The policy: thresholds, people decide speech, automatic action only with complete evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearbright.categories import Category
from clearbright.errors import PolicyError
from clearbright.model import Evidence, Finding, Item
from clearbright.policy import Policy

ITEM = Item(id="p-1", platform="weibo", kind="post", text="文本")


def finding(category: Category, score: float, *kinds: str) -> Finding:
    evidence = [Evidence(kind=k, description=f"evidence of kind {k}") for k in kinds or ("x",)]
    return Finding.of(ITEM, category, "test_detector", score, evidence)


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.load()


def test_default_policy_covers_every_category(policy: Policy) -> None:
    assert set(policy.categories) == {c.slug for c in Category}


@pytest.mark.parametrize("category", [c for c in Category if c.is_speech])
def test_speech_never_removed_even_with_perfect_evidence(
    policy: Policy, category: Category
) -> None:
    (decided,) = policy.apply(
        [finding(category, 1.0, "registry_exact_match", "validated_id_number", "extortion_offer")]
    )
    assert decided.action in {"review", "label"}
    assert not decided.automated
    assert "speech category" in decided.reasons


def test_automatic_removal_needs_score_and_evidence(policy: Policy) -> None:
    (complete,) = policy.apply([finding(Category.PRIVACY_LEAK, 0.95, "validated_id_number")])
    assert (complete.action, complete.automated) == ("remove", True)
    (weak,) = policy.apply([finding(Category.PRIVACY_LEAK, 0.95, "partial_phone_number")])
    assert (weak.action, weak.automated) == ("review", False)
    (low,) = policy.apply([finding(Category.PRIVACY_LEAK, 0.7, "validated_id_number")])
    assert (low.action, low.automated) == ("review", False)


def test_below_threshold_is_dropped(policy: Policy) -> None:
    assert list(policy.apply([finding(Category.BLACK_PR, 0.2)])) == []


def test_statement_of_reasons_says_what_rule_evidence_who_and_appeal(policy: Policy) -> None:
    (decided,) = policy.apply([finding(Category.EXTORTION, 0.97, "extortion_offer")])
    reasons = decided.reasons
    assert "extortion (category 8)" in reasons
    assert "evidence of kind extortion_offer" in reasons
    assert "automatic remove" in reasons and "extortion.auto" in reasons
    assert "appeal" in reasons.lower()


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(text, "utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("categories:\n  distortion:\n    action: remove\n", "distortion is a speech category"),
        (
            "categories:\n  competitor_smear:\n    auto: {action: label, min_score: 0.9, "
            "requires: [x]}\n",
            "competitor_smear is a speech category",
        ),
        (
            "categories:\n  counterfeit:\n    min_score: 2\n",
            r"policy.yaml:3: field 'categories.counterfeit.min_score'",
        ),
        ("categories:\n  counterfit:\n    action: review\n", "unknown category 'counterfit'"),
        (
            "categories:\n  black_pr:\n    action: delete\n",
            r"policy.yaml:3: field 'categories.black_pr.action'",
        ),
        (
            "categories:\n  black_pr:\n    treshold: 0.5\n",
            r"policy.yaml:3: field 'categories.black_pr.treshold': Extra inputs",
        ),
        ("version: 2\n", r"policy.yaml:1: field 'version'"),
        ("categories: [\n", r"policy.yaml:\d+: not valid YAML"),
    ],
)
def test_invalid_policies_are_rejected_with_place(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(PolicyError, match=message):
        Policy.load(write(tmp_path, text))


def test_missing_policy_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="does not exist"):
        Policy.load(tmp_path / "nope.yaml")
