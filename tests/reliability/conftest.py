"""Shared pieces of the reliability tests: the example registry's scanner, tokens per role."""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from clearbright.scan import Scanner


@pytest.fixture(scope="session")
def scanner(example_registry: Registry) -> Scanner:
    return Scanner(example_registry)
