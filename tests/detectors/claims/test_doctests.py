"""The examples in the claims package's docstrings run as tests."""

from __future__ import annotations

import doctest
from types import ModuleType

import pytest

from clearbright.detectors.claims import (
    affiliation,
    allegations,
    claim_index,
    glyphs,
    headline_admission,
    headline_scope,
    metrics,
    quote_check,
    quotes,
    textutil,
    veiled,
)

MODULES = (
    affiliation,
    allegations,
    claim_index,
    glyphs,
    headline_admission,
    headline_scope,
    metrics,
    quote_check,
    quotes,
    textutil,
    veiled,
)


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.__name__)
def test_doctests(module: ModuleType) -> None:
    result = doctest.testmod(module)
    assert result.failed == 0 and result.attempted > 0
