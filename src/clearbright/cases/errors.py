"""Errors of the case desk: each carries a stable code and the HTTP status the API answers."""

from __future__ import annotations

from clearbright.errors import ClearbrightError


class CaseError(ClearbrightError):
    """A request the case desk refuses; `code` and `status` go into the API's error body."""

    code = "conflict"
    status = 409


class NotFound(CaseError):
    code = "not_found"
    status = 404


class Forbidden(CaseError):
    code = "forbidden"
    status = 403


class InvalidTransition(CaseError):
    code = "invalid_transition"
    status = 409


class Invalid(CaseError):
    code = "invalid"
    status = 422
