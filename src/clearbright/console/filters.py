"""Jinja filters of the console: times in UTC, shares, hours, and masked display of values."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from clearbright.console.text import masked


def aware(at: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes (stored as UTC), PostgreSQL aware ones.
    if at is None:
        return None
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at


def when(at: datetime | None) -> str:
    found = aware(at)
    return "" if found is None else found.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def pct(share: float | None) -> str:
    return "–" if share is None else f"{share:.0%}"


def hours(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} h"


def shown(value: Any) -> str:
    """Any evidence detail as text, with personal data masked."""
    if isinstance(value, str):
        return masked(value)
    if isinstance(value, list | tuple):
        return masked("、".join(str(v) for v in value))
    if value is None:
        return ""
    if isinstance(value, dict):
        return masked(json.dumps(value, ensure_ascii=False, sort_keys=True))
    return str(value)


def summary(after: dict[str, Any] | None) -> str:
    """An audit entry's `after` as one short line (masked)."""
    if not after:
        return ""
    parts = [f"{k}: {shown(v)}" for k, v in after.items() if v not in (None, "", [], {})]
    text = "; ".join(parts)
    return text if len(text) <= 300 else text[:297] + "…"


ALL: dict[str, Callable[..., Any]] = {
    "aware": aware,
    "when": when,
    "pct": pct,
    "hours": hours,
    "shown": shown,
    "summary": summary,
}
