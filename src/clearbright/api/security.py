"""Security headers on every response, and logs that carry no personal data.

Headers (a plain ASGI middleware, so streaming and error responses get them too):
`X-Content-Type-Options: nosniff`, `X-Frame-Options: DENY`, `Referrer-Policy: no-referrer`,
a CSP with `frame-ancestors 'none'` where the response sets none (JSON answers get
`default-src 'none'` too; HTML pages keep the CSP their own code sets), and
`Cache-Control: no-store` on every answer to a request that carried credentials.

Logs: request bodies are never logged; uvicorn's access lines lose their query strings (they
can carry a phone number or a name); unhandled errors are logged as their type and stack
frames, without the exception's message (a database error's message quotes the row it could
not write); and any identifier that still reaches a record is masked.
"""

from __future__ import annotations

import logging
import traceback

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from clearbright.detectors.privacy.recognize import redact

HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
)
JSON_CSP = b"default-src 'none'; frame-ancestors 'none'"
PAGE_CSP = b"frame-ancestors 'none'"
# Loggers whose own records are filtered (a logger's filter does not see its children's).
FILTERED_LOGGERS = ("uvicorn.access", "uvicorn.error", "clearbright.api", "clearbright.api.errors")


class SecurityHeaders:
    """Add the security headers to every HTTP response of the wrapped app."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        credentialed = any(
            name in (b"authorization", b"cookie") for name, _ in scope.get("headers", ())
        )

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = secure_headers(list(message.get("headers", [])), credentialed)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def secure_headers(
    headers: list[tuple[bytes, bytes]], credentialed: bool
) -> list[tuple[bytes, bytes]]:
    """The response's headers with the security headers added (existing CSP kept)."""
    present = {name.lower() for name, _ in headers}
    out = [h for h in headers if not (credentialed and h[0].lower() == b"cache-control")]
    out.extend(h for h in HEADERS if h[0] not in present)
    if b"content-security-policy" not in present:
        is_json = any(
            name.lower() == b"content-type" and value.startswith(b"application/json")
            for name, value in headers
        )
        out.append((b"content-security-policy", JSON_CSP if is_json else PAGE_CSP))
    if credentialed:
        out.append((b"cache-control", b"no-store"))
    return out


class PrivacyFilter(logging.Filter):
    """Strip query strings, exception messages and identifiers from log records."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == "uvicorn.access" and isinstance(record.args, tuple):
            record.args = tuple(
                _path_only(a) if i == 2 and isinstance(a, str) else a
                for i, a in enumerate(record.args)
            )
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            frames = "".join(traceback.format_tb(error.__traceback__))
            record.msg = f"{record.getMessage()}: {type(error).__name__}\n{frames}"
            record.args = ()
            record.exc_info = None
            record.exc_text = None
        message = record.getMessage()
        masked = redact(message)
        if masked != message:
            record.msg, record.args = masked, ()
        return True


def configure_logging() -> None:
    """Install the privacy filter on the service's loggers (once)."""
    for name in FILTERED_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, PrivacyFilter) for f in logger.filters):
            logger.addFilter(PrivacyFilter())


def _path_only(target: str) -> str:
    path, _, query = target.partition("?")
    return f"{path}?…" if query else path
