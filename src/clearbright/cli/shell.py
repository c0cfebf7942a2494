"""What every command module shares: the stderr console and the user-error contract."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import typer
from rich.console import Console

from clearbright.errors import ClearbrightError

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
