"""What every command module shares: the stderr console and the user-error contract."""

from __future__ import annotations

import functools
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import ParamSpec, TypeVar

import typer
from rich.console import Console

from clearbright.errors import ClearbrightError, InputError

err = Console(stderr=True, highlight=False)
P = ParamSpec("P")
R = TypeVar("R")


def user_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Report a ClearbrightError as one line on stderr with its exit code, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except ClearbrightError as error:
            err.print(f"[bold red]error:[/] {error.describe()}", markup=True, soft_wrap=True)
            raise typer.Exit(error.exit_code) from None
        except OSError as error:  # a file named on the command line that cannot be read
            where = f"{error.filename}: " if error.filename else ""
            err.print(f"[bold red]error:[/] {where}{error.strerror or error}", soft_wrap=True)
            raise typer.Exit(1) from None

    return wrapper


def write_lines(lines: Iterable[str], out: Path, what: str) -> None:
    """Write `lines` to the file `out` whole or not at all.

    A regular file is written beside the target and renamed over it, so a failed command
    never leaves half a file. A device, pipe or socket (`--out /dev/null`, a FIFO another
    process reads) is written in place: renaming over it would replace the device node with
    a regular file, and a stream has no "half-written file" to protect.
    """
    if out.exists() and not out.is_file():
        try:
            with out.open("w", encoding="utf-8", newline="") as stream:
                stream.writelines(lines)
        except OSError as exc:
            raise InputError(f"cannot write {what}: {exc.strerror}", path=str(out)) from None
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            stream.writelines(lines)
        os.replace(tmp, out)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write {what}: {exc.strerror}", path=str(out)) from None
