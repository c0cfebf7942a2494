"""Reading UTF-8 text and YAML configuration files with errors that name file, line and field."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from clearbright.errors import ClearbrightError

ModelT = TypeVar("ModelT", bound=BaseModel)


def read_text(path: Path, error: type[ClearbrightError]) -> str:
    """A whole UTF-8 file (a byte-order mark is allowed)."""
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(
            f"not UTF-8 (bad byte at offset {exc.start}); save the file as UTF-8", path=str(path)
        ) from None
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror}", path=str(path)) from None


def yaml_model(path: Path, model: type[ModelT], error: type[ClearbrightError]) -> ModelT:
    """Parse and validate one YAML file; an absent or empty file is the model's defaults."""
    if not path.exists():
        return model()
    text = read_text(path, error)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise error(f"not valid YAML: {problem}", path=str(path), line=line) from None
    except RecursionError:
        raise error("not valid YAML: nested too deeply", path=str(path)) from None
    except ValueError as exc:  # e.g. an integer of more than 4300 digits
        raise error(f"not valid YAML: {exc}", path=str(path)) from None
    if data is None:
        return model()
    if not isinstance(data, dict):
        raise error("expected a mapping at the top level", path=str(path), line=1)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(first["loc"])
        raise error(
            error_message(first), path=str(path), line=yaml_line(text, loc), field=dotted(loc)
        ) from None


def dotted(loc: Sequence[Any]) -> str:
    """`("enterprises", 0, "name")` → `enterprises.0.name`."""
    return ".".join(str(part) for part in loc if part != "[key]") or "(top level)"


def error_message(error: Mapping[str, Any]) -> str:
    """A pydantic error's message without pydantic's own prefixes."""
    return str(error["msg"]).removeprefix("Value error, ")


def yaml_line(text: str, loc: Sequence[Any]) -> int | None:
    """Line (1-based) of the YAML node at a validation error's location, or its nearest parent."""
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        child = _child(node, part)
        if child is None:
            break
        node = child
        line = node.start_mark.line + 1
    return line


def _child(node: yaml.Node | None, key: Any) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == str(key):
                found: yaml.Node = value_node
                return found
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
        child: yaml.Node = node.value[key]
        return child
    return None
