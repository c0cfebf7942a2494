"""The Chinese examples in the counterfeit package's docstrings run as tests."""

from __future__ import annotations

import doctest
from types import ModuleType

import pytest

from clearbright.detectors.counterfeit import (
    avatar,
    domains,
    identity,
    impersonation,
    latin,
    names,
    packages,
    solicitation,
)


@pytest.mark.parametrize(
    "module", [avatar, domains, identity, impersonation, latin, names, packages, solicitation]
)
def test_doctests(module: ModuleType) -> None:
    result = doctest.testmod(module)
    assert result.failed == 0
