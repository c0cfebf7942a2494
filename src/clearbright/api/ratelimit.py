"""Rate limits: notices and evidence uploads per token, failed authentication per address.

Built on `limits` (moving window) rather than a hand-written counter: the same limiter runs on
its in-process memory storage for one `clearbright serve` process, and on a shared storage
(`redis://...`, `memcached://...`) when several processes serve one database, by setting
CLEARBRIGHT_RATE_STORAGE. A limit of `off` disables that limit.

Environment (defaults in brackets):
  CLEARBRIGHT_RATE_NOTICES        notices one token may file [60/minute]
  CLEARBRIGHT_RATE_UPLOADS        evidence uploads (requests) one token may send [30/minute]
  CLEARBRIGHT_RATE_AUTH_FAILURES  failed authentications from one address before it is
                                  refused for the rest of the window [20/minute]
  CLEARBRIGHT_RATE_STORAGE        limits storage URI [memory://]
"""

from __future__ import annotations

import math
import os
import time
from dataclasses import dataclass

from limits import RateLimitItem, parse, storage, strategies

from clearbright.cases.errors import CaseError
from clearbright.errors import InputError

ENV = {
    "notices": "CLEARBRIGHT_RATE_NOTICES",
    "uploads": "CLEARBRIGHT_RATE_UPLOADS",
    "auth_failures": "CLEARBRIGHT_RATE_AUTH_FAILURES",
    "storage": "CLEARBRIGHT_RATE_STORAGE",
}


class RateLimited(CaseError):
    """Too many requests: answered 429 with Retry-After (seconds)."""

    code = "rate_limited"
    status = 429

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class RateLimits:
    """The configured limits, in `limits` notation (`60/minute`, `5 per second`) or `off`."""

    notices: str = "60/minute"
    uploads: str = "30/minute"
    auth_failures: str = "20/minute"
    storage: str = "memory://"

    @classmethod
    def from_env(cls) -> RateLimits:
        """Defaults overridden by the CLEARBRIGHT_RATE_* environment variables."""
        values = {name: os.environ[var] for name, var in ENV.items() if os.environ.get(var)}
        return cls(**values)


class Limiter:
    """Counts hits per key in moving windows and refuses over the limit."""

    def __init__(self, limits: RateLimits) -> None:
        self._notices = _parse(limits.notices, ENV["notices"])
        self._uploads = _parse(limits.uploads, ENV["uploads"])
        self._auth = _parse(limits.auth_failures, ENV["auth_failures"])
        self._strategy = strategies.MovingWindowRateLimiter(
            storage.storage_from_string(limits.storage)
        )

    def notice(self, token_key: str) -> None:
        """Count one notice filed with this token; refuse it over the limit."""
        if self._notices is not None and not self._strategy.hit(self._notices, "notice", token_key):
            raise RateLimited(
                f"too many notices from this token (limit {self._notices})",
                self._retry_after(self._notices, "notice", token_key),
            )

    def upload(self, token_key: str) -> None:
        """Count one evidence upload with this token; refuse it over the limit."""
        if self._uploads is not None and not self._strategy.hit(self._uploads, "upload", token_key):
            raise RateLimited(
                f"too many evidence uploads from this token (limit {self._uploads})",
                self._retry_after(self._uploads, "upload", token_key),
            )

    def check_auth(self, address: str) -> None:
        """Refuse an address that failed authentication too often in the window."""
        if self._auth is not None and not self._strategy.test(self._auth, "auth", address):
            raise RateLimited(
                "too many failed authentications from this address",
                self._retry_after(self._auth, "auth", address),
            )

    def auth_failed(self, address: str) -> None:
        """Count one failed authentication from an address."""
        if self._auth is not None:
            self._strategy.hit(self._auth, "auth", address)

    def _retry_after(self, item: RateLimitItem, *keys: str) -> int:
        reset = self._strategy.get_window_stats(item, *keys).reset_time
        return max(1, math.ceil(reset - time.time()))


def _parse(text: str, variable: str) -> RateLimitItem | None:
    if text.strip().lower() == "off":
        return None
    try:
        return parse(text)
    except ValueError:
        raise InputError(
            f"not a rate limit: {text!r} (e.g. 60/minute, or off)", field=variable
        ) from None
