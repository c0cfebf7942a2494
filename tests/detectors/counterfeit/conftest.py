"""A second fictional registry (education, tea, hotels, locks, capital, kitchen appliances,
dental clinics, pet food, a scenic area, skincare, two hot-pot chains, kindergartens, rooftop
solar, cold chain) for the counterfeit family: rules must work from any registry, not only
from the example one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from clearbright.detectors.base import prepare
from clearbright.detectors.counterfeit import CounterfeitDetector, ImpersonationDetector
from clearbright.model import Finding, Item
from clearbright.registry import Registry

REGISTRY = Path(__file__).parent / "registry"

Detect = Callable[[dict[str, Any]], dict[str, Finding]]


@pytest.fixture(scope="session")
def tea_registry() -> Registry:
    """栖蓝教育 (QILAN, founder 韩叙白, COO 乔嘉禾) and 雾月茶饮 (WUYUE, founder 苏砚秋)."""
    return Registry.load(REGISTRY)


@pytest.fixture(scope="session")
def detect(tea_registry: Registry) -> Detect:
    """Both detectors of the family on one item (defaults: a weibo post): findings by slug."""
    detectors = (CounterfeitDetector(tea_registry), ImpersonationDetector(tea_registry))

    def run(data: dict[str, Any]) -> dict[str, Finding]:
        item = Item.model_validate({"id": "t-1", "platform": "weibo", "kind": "post", **data})
        prepared = prepare(item, tea_registry)
        found: dict[str, Finding] = {}
        for detector in detectors:
            if item.kind in detector.kinds:
                for finding in detector.detect(prepared):
                    found[finding.slug] = finding
        return found

    return run
