"""Evidence as each role needs it: reviewers see what matched, everyone else a masked copy.

Reviewers (staff) decide on the evidence and see its spans as found. Platforms, supervisors and
notifiers get every personal identifier masked (`1101**********4514`, `139****5678`): a span's
text becomes the detector's own masked value where it gave one, and every other string in the
evidence (free-form evidence a reviewer attached to a decision included) goes through the
privacy recognizer's redaction.
"""

from __future__ import annotations

from typing import Any

from clearbright.cases.access import STAFF, Actor
from clearbright.detectors.privacy.recognize import redact


def sees_clear_evidence(actor: Actor) -> bool:
    """Staff review the evidence itself; other roles only need it masked."""
    return actor.role in STAFF


def evidence_for(actor: Actor, evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The evidence list as this actor may see it."""
    if sees_clear_evidence(actor):
        return evidence
    return [mask_entry(entry) if isinstance(entry, dict) else _mask(entry) for entry in evidence]


def mask_entry(entry: dict[str, Any]) -> dict[str, Any]:
    """One evidence entry with its span text and every other string masked."""
    masked: dict[str, Any] = _mask(entry)
    span = entry.get("span")
    details = entry.get("details")
    if isinstance(span, dict) and isinstance(span.get("text"), str):
        given = details.get("masked") if isinstance(details, dict) else None
        masked["span"] = {
            **masked["span"],
            "text": given if isinstance(given, str) else _mask(span["text"]),
        }
    return masked


def statement_for(actor: Actor, statement: dict[str, Any]) -> dict[str, Any]:
    """A statement of reasons with its evidence and facts masked for non-staff roles."""
    if sees_clear_evidence(actor):
        return statement
    return {
        **statement,
        "evidence": evidence_for(actor, statement.get("evidence") or []),
        "decision_facts": _mask(statement.get("decision_facts", "")),
    }


def _mask(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {key: _mask(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_mask(item) for item in value]
    return value
