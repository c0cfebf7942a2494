"""Masking for published material: handles, item references and URLs, free text.

A handle keeps its first and last character (`chengyu_kefu888` → `c******8`), a URL its
scheme and host with every path segment masked the same way (query and fragment dropped), and
free text has every recognized personal identifier (ID and phone numbers, bank cards,
addresses…) replaced by its masked form, and every @handle masked.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from clearbright.detectors.privacy.recognize import redact

_AT_HANDLE = re.compile(r"@[\w\-.]{2,}")


def handle(value: str) -> str:
    """A handle or id with all but its first and last character hidden."""
    value = value.strip()
    if len(value) <= 2:
        return "*" * len(value)
    return value[0] + "*" * min(len(value) - 2, 6) + value[-1]


def reference(ref: str) -> str:
    """An item reference: a URL keeps scheme and host, anything else is masked as a handle."""
    parts = urlsplit(ref.strip())
    if parts.scheme and parts.netloc:
        segments = [handle(s) for s in parts.path.split("/") if s]
        host = parts.hostname or ""
        return f"{parts.scheme}://{host}" + "".join(f"/{s}" for s in segments)
    return handle(ref)


def text(value: str) -> str:
    """Free text with personal identifiers and @handles masked."""
    return _AT_HANDLE.sub(lambda m: "@" + handle(m.group(0)[1:]), redact(value))
