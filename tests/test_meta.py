"""Meta tests: every command is documented, every category has a policy rule."""

from __future__ import annotations

import re
from typing import Any

import typer

from clearbright.categories import Category
from clearbright.cli.main import app
from clearbright.policy import Policy
from clearbright.policy.policy import AutoRule, CategoryRule
from tests.conftest import ROOT


def _command_paths(group: Any, prefix: str = "") -> list[str]:
    paths: list[str] = []
    for name, command in group.commands.items():
        path = f"{prefix}{name}"
        if hasattr(command, "commands"):
            paths.extend(_command_paths(command, f"{path} "))
        else:
            paths.append(path)
    return paths


def test_every_cli_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    root = typer.main.get_command(app)
    missing = [p for p in _command_paths(root) if f"clearbright {p}" not in readme]
    assert not missing, f"commands not documented in README.md: {missing}"


def test_every_category_has_a_documented_default_rule() -> None:
    policy = Policy.load()
    assert set(policy.categories) == {c.slug for c in Category}
    default_yaml = (ROOT / "src" / "clearbright" / "policy" / "default.yaml").read_text("utf-8")
    comments = "\n".join(line for line in default_yaml.splitlines() if line.startswith("#"))
    for field in {*CategoryRule.model_fields, *AutoRule.model_fields}:
        assert re.search(rf"\b{field}\b", comments), f"policy field {field} is not documented"
