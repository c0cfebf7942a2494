"""`clearbright purge`: drop stored content past its retention period (clearbright.retention)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from clearbright.cli.shell import user_errors
from clearbright.settings import Settings


@user_errors
def purge_command(
    retention: Annotated[
        Path | None,
        typer.Option("--retention", help="Retention YAML (default: a year; notices two years)."),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Count what would be purged; change nothing.")
    ] = False,
    db: Annotated[
        str | None, typer.Option("--db", help="Database URL (env CLEARBRIGHT_DB).")
    ] = None,
    data_dir: Annotated[
        Path | None, typer.Option("--data-dir", help="Data directory (env CLEARBRIGHT_DATA_DIR).")
    ] = None,
) -> None:
    """Drop item text, evidence and notice files past retention; keep hashes, audit the purge."""
    from sqlalchemy.exc import SQLAlchemyError
    from sqlalchemy.orm import Session

    from clearbright.errors import StoreError
    from clearbright.retention import RetentionPolicy, purge
    from clearbright.store import Store

    policy = RetentionPolicy.load(retention)
    store = Store.open(Settings.build(data_dir, db).db_url)
    try:
        with Session(store.engine) as session, session.begin():
            report = purge(session, policy, dry_run=dry_run)
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise StoreError(f"purge failed, nothing was changed: {reason}") from None
    finally:
        store.close()
    typer.echo(json.dumps(report.summary()))
