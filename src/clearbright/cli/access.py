"""Token lifetime commands (`token list`, `token revoke`) and the helpers `token create` and
`notice add` use for expiry and evidence files.

Plain functions: cli/main.py registers them on its typer apps wrapped in `user_errors`, so this
module never imports cli/main (no import cycle).
"""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path
from typing import Annotated

import typer

from clearbright.cases.evidence_files import MAX_FILE_BYTES, Upload, check
from clearbright.errors import ClearbrightError, InputError
from clearbright.settings import Settings

DURATION = re.compile(r"^\s*(\d{1,6})\s*([smhdw])\s*$")
UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}

Db = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL (default: SQLite file in the data directory; env CLEARBRIGHT_DB).",
    ),
]
DataDir = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        help="Data directory (default ~/.local/share/clearbright; env CLEARBRIGHT_DATA_DIR).",
    ),
]


def parse_duration(text: str | None, field: str = "expires-in") -> timedelta | None:
    """`90d`, `12h`, `30m`, `45s` or `2w` as a timedelta; None stays None (no expiry)."""
    if text is None:
        return None
    match = DURATION.match(text)
    if match is None or int(match.group(1)) == 0:
        raise InputError(
            f"not a lifetime: {text!r} (a positive number and a unit s, m, h, d or w: 90d)",
            field=field,
        )
    return timedelta(**{UNITS[match.group(2)]: int(match.group(1))})


def read_evidence(paths: list[Path]) -> list[Upload]:
    """Read and check evidence files named on the command line (size, type) before any write."""
    uploads = []
    for path in paths:
        if path.is_file() and path.stat().st_size > MAX_FILE_BYTES:
            raise InputError(
                f"evidence file is {path.stat().st_size} bytes; the limit is {MAX_FILE_BYTES}",
                path=str(path),
            )
        upload = Upload(name=path.name, content=path.read_bytes())
        try:
            check(upload)
        except ClearbrightError as exc:
            raise InputError(exc.message, path=str(path), field="evidence") from None
        uploads.append(upload)
    return uploads


def token_list(db: Db = None, data_dir: DataDir = None) -> None:
    """List API tokens (id, holder, role, scope, expiry, revocation); never their secrets."""
    from sqlalchemy.orm import Session

    from clearbright.cases import tokens
    from clearbright.store import Store

    store = Store.open(Settings.build(data_dir, db).db_url)
    try:
        with Session(store.engine) as session:
            rows = tokens.listing(session)
    finally:
        store.close()
    for row in rows:
        typer.echo(json.dumps(row, ensure_ascii=False))


def token_revoke(
    token_id: Annotated[int, typer.Argument(help="Token id (see `clearbright token list`).")],
    db: Db = None,
    data_dir: DataDir = None,
) -> None:
    """Revoke an API token: from now on it is rejected with 401 (audited)."""
    from sqlalchemy.orm import Session

    from clearbright.cases import tokens
    from clearbright.store import Store

    store = Store.open(Settings.build(data_dir, db).db_url)
    try:
        with Session(store.engine) as session, session.begin():
            row = tokens.revoke(session, token_id)
            typer.echo(json.dumps({"id": row.id, "name": row.name, "revoked": True}))
    finally:
        store.close()
