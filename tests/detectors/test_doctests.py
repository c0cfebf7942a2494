"""The examples in the detectors' docstrings run as tests.

Every module under `clearbright.detectors` whose source holds an example (`>>> `) is found
here, so a new module's examples run without being listed anywhere.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path
from types import ModuleType

import pytest

import clearbright.detectors


def _modules_with_examples() -> list[ModuleType]:
    found: list[ModuleType] = []
    prefix = clearbright.detectors.__name__ + "."
    for info in pkgutil.walk_packages(clearbright.detectors.__path__, prefix):
        module = importlib.import_module(info.name)
        if module.__file__ and ">>> " in Path(module.__file__).read_text(encoding="utf-8"):
            found.append(module)
    return found


MODULES = _modules_with_examples()


def test_the_families_have_examples() -> None:
    families = {module.__name__.split(".")[2] for module in MODULES}
    assert {"abuse", "claims", "coordination", "counterfeit", "privacy"} <= families


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.__name__)
def test_doctests(module: ModuleType) -> None:
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
