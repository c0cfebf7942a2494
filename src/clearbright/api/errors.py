"""One error body for every failure: {"error": {"code", "message", "details"}}."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, IntegrityError, InterfaceError, OperationalError
from starlette.exceptions import HTTPException

from clearbright.api.ratelimit import RateLimited
from clearbright.cases.errors import CaseError
from clearbright.errors import ClearbrightError, StoreUnavailable

log = logging.getLogger(__name__)
CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_type",
    422: "invalid",
    429: "rate_limited",
    500: "internal",
}


def body(code: str, message: str, details: Any = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details}}


def install(app: FastAPI) -> None:
    """Register the handlers that turn every exception into the common error body."""

    @app.exception_handler(CaseError)
    async def case_error(_request: Request, exc: CaseError) -> JSONResponse:
        headers = {"Retry-After": str(exc.retry_after)} if isinstance(exc, RateLimited) else None
        return JSONResponse(body(exc.code, exc.message), status_code=exc.status, headers=headers)

    @app.exception_handler(ClearbrightError)
    async def user_error(_request: Request, exc: ClearbrightError) -> JSONResponse:
        return JSONResponse(body("invalid", exc.describe()), status_code=422)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        details = [
            {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", ""))} for e in exc.errors()
        ]
        return JSONResponse(
            body("invalid", "the request does not validate", details), status_code=422
        )

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse(
            body(CODES.get(exc.status_code, "error"), str(exc.detail)),
            status_code=exc.status_code,
            headers=exc.headers,
        )

    @app.exception_handler(DataError)
    async def unstorable(_request: Request, exc: DataError) -> JSONResponse:
        # e.g. a NUL character, which PostgreSQL text cannot hold: the input is at fault.
        reason = str(exc.orig).splitlines()[0] if exc.orig else "value out of range"
        return JSONResponse(
            body("invalid", f"the database cannot store this input: {reason}"), status_code=422
        )

    @app.exception_handler(IntegrityError)
    async def raced(_request: Request, exc: IntegrityError) -> JSONResponse:
        # Two requests wrote the same row at once (e.g. one Idempotency-Key): the loser retries.
        return JSONResponse(
            body("conflict", "a concurrent request wrote the same record; retry the request"),
            status_code=409,
        )

    @app.exception_handler(UnicodeEncodeError)
    async def not_unicode(_request: Request, exc: UnicodeEncodeError) -> JSONResponse:
        # A JSON escape such as \ud800 decodes to a lone surrogate, which UTF-8 cannot hold.
        return JSONResponse(
            body("invalid", "the request holds a lone surrogate (e.g. \\ud800), not Unicode text"),
            status_code=422,
        )

    @app.exception_handler(OperationalError)
    @app.exception_handler(InterfaceError)
    @app.exception_handler(StoreUnavailable)
    async def unavailable(_request: Request, exc: Exception) -> JSONResponse:
        # The database is down, restarting, read-only or full: nothing was written, and the
        # pool reconnects (pre-ping) once it is back, so the client should retry.
        log.warning("database unavailable: %s", type(exc).__name__)
        return JSONResponse(
            body("unavailable", "the database is unavailable; nothing was written, retry later"),
            status_code=503,
            headers={"Retry-After": "1"},
        )

    @app.exception_handler(Exception)
    async def crash(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return JSONResponse(body("internal", "internal error"), status_code=500)
