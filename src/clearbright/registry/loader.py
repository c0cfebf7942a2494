"""Read a registry folder, validate every file, and report errors by file, line and field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from clearbright.errors import RegistryError
from clearbright.files import dotted, error_message, read_text, yaml_model
from clearbright.registry.models import (
    Claim,
    EntitiesFile,
    FinancialFigure,
    PlatformsFile,
    Statement,
)

RecordT = TypeVar("RecordT", bound=BaseModel)

ENTITIES = "entities.yaml"
CLAIMS = "claims.jsonl"
STATEMENTS = "statements.jsonl"
FINANCIALS = "financials.jsonl"
PLATFORMS = "platforms.yaml"
KNOWN_FILES = (ENTITIES, CLAIMS, STATEMENTS, FINANCIALS, PLATFORMS)


def load_jsonl_file(path: Path, model: type[RecordT]) -> tuple[RecordT, ...]:
    """Parse and validate a JSON Lines file; blank lines are allowed, an absent file is empty."""
    if not path.exists():
        return ()
    records: list[RecordT] = []
    for number, line in enumerate(read_text(path, RegistryError).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RegistryError(
                f"not valid JSON: {exc.msg} (column {exc.colno})", path=str(path), line=number
            ) from None
        except RecursionError:
            raise RegistryError("JSON nested too deeply", path=str(path), line=number) from None
        except ValueError as exc:  # e.g. an integer of more than 4300 digits
            raise RegistryError(f"not valid JSON: {exc}", path=str(path), line=number) from None
        if not isinstance(data, dict):
            raise RegistryError("expected a JSON object", path=str(path), line=number)
        try:
            records.append(model.model_validate(data))
        except ValidationError as exc:
            error = exc.errors()[0]
            raise RegistryError(
                error_message(error), path=str(path), line=number, field=dotted(tuple(error["loc"]))
            ) from None
    return tuple(records)


def load_parts(
    folder: Path,
) -> tuple[
    EntitiesFile,
    tuple[Claim, ...],
    tuple[Statement, ...],
    tuple[FinancialFigure, ...],
    PlatformsFile,
]:
    """Load the five registry files of a folder (each optional)."""
    if not folder.exists():
        raise RegistryError("registry folder does not exist", path=str(folder))
    if not folder.is_dir():
        raise RegistryError(
            "registry must be a folder (with entities.yaml, claims.jsonl, ...)", path=str(folder)
        )
    return (
        yaml_model(folder / ENTITIES, EntitiesFile, RegistryError),
        load_jsonl_file(folder / CLAIMS, Claim),
        load_jsonl_file(folder / STATEMENTS, Statement),
        load_jsonl_file(folder / FINANCIALS, FinancialFigure),
        yaml_model(folder / PLATFORMS, PlatformsFile, RegistryError),
    )
