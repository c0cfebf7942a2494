"""Fixtures of the claims-detector tests: a small fictional registry of their own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clearbright.detectors.base import Detector, prepare
from clearbright.detectors.claims import DETECTORS
from clearbright.model import Finding, Item
from clearbright.registry import Registry

REGISTRY = Path(__file__).parent / "registry"
# Items are posted in 2026 unless a test says otherwise: "去年" is then FY2025.
POSTED = "2026-03-15T10:00:00+08:00"


@pytest.fixture(scope="session")
def claims_registry() -> Registry:
    """Fictional tea, education, car and video enterprises with claims, transcripts and
    filings (tests/detectors/claims/registry)."""
    return Registry.load(REGISTRY)


def run_claims(registry: Registry, **data: Any) -> dict[str, list[Finding]]:
    """Findings of every claims detector that reads the item's kind, by detector name."""
    data.setdefault("created_at", POSTED)
    item = Item.model_validate({"id": "t", "platform": "weibo", "kind": "post", **data})
    prepared = prepare(item, registry)
    out: dict[str, list[Finding]] = {}
    for cls in DETECTORS:
        detector = cls(registry)
        if isinstance(detector, Detector) and item.kind in detector.kinds:
            found = list(detector.detect(prepared))
            if found:
                out[detector.name] = found
    return out


def slugs(registry: Registry, **data: Any) -> set[str]:
    """The slugs the claims detectors give an item."""
    return {f.slug for found in run_claims(registry, **data).values() for f in found}
