"""Errors a user can cause and fix: they carry where the problem is, never a traceback."""

from __future__ import annotations


class ClearbrightError(Exception):
    """Base class for errors reported to the user as one clear line, with a non-zero exit."""

    exit_code = 1

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.field = field
        super().__init__(self.describe())

    def describe(self) -> str:
        """`file:line: field: message`, leaving out what is unknown."""
        where = ""
        if self.path:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
        parts = [p for p in (where, f"field '{self.field}'" if self.field else "") if p]
        return ": ".join([*parts, self.message])


class InputError(ClearbrightError):
    """A bad items file or line: encoding, JSON, schema, size."""


class RegistryError(ClearbrightError):
    """A registry folder that is missing, malformed or inconsistent."""


class PolicyError(ClearbrightError):
    """A policy file that does not validate (e.g. automatic removal for a speech category)."""


class StoreError(ClearbrightError):
    """The database cannot be opened, migrated or written."""


class StoreUnavailable(StoreError):
    """The database cannot be reached or take writes now (down, read-only, full): retry later."""
