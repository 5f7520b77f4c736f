"""Turn coupwatch errors into messages and exit codes: 2 for bad input, 1 for the rest."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import typer
from rich.console import Console

from coupwatch.errors import CoupwatchError, InputError

P = ParamSpec("P")
R = TypeVar("R")

err_console = Console(stderr=True)

DEBUG_ENV = "COUPWATCH_DEBUG"


def exit_codes(func: Callable[P, R]) -> Callable[P, R]:
    """Run a command, printing one clear line instead of a traceback on failure.

    Bad input exits with 2, everything else with 1. ``COUPWATCH_DEBUG=1`` re-raises instead.
    """

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except InputError as exc:
            err_console.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None
        except CoupwatchError as exc:
            if os.environ.get(DEBUG_ENV):
                raise
            err_console.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None
        except Exception as exc:
            if os.environ.get(DEBUG_ENV):
                raise
            err_console.print(
                f"[bold red]internal error:[/] {type(exc).__name__}: {exc}\n"
                f"(set {DEBUG_ENV}=1 to see the traceback)",
                highlight=False,
                soft_wrap=True,
            )
            raise typer.Exit(1) from None

    return wrapper
