"""`clearbright purge`: drop stored content past its retention period (clearbright.retention)."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer
from rich.console import Console

from clearbright.errors import ClearbrightError
from clearbright.settings import Settings

err = Console(stderr=True, highlight=False)
P = ParamSpec("P")
R = TypeVar("R")


def _user_errors(command: Callable[P, R]) -> Callable[P, R]:
    # The same contract as cli.main.user_errors (kept here: main imports this module).
    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except ClearbrightError as error:
            err.print(f"[bold red]error:[/] {error.describe()}", markup=True, soft_wrap=True)
            raise typer.Exit(error.exit_code) from None
        except OSError as error:
            where = f"{error.filename}: " if error.filename else ""
            err.print(f"[bold red]error:[/] {where}{error.strerror or error}", soft_wrap=True)
            raise typer.Exit(1) from None

    return wrapper


@_user_errors
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
