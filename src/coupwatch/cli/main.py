"""The ``coupwatch`` application: every command group is attached here."""

from __future__ import annotations

import typer

from coupwatch.cli import data

app = typer.Typer(
    name="coupwatch",
    help=(
        "Early warning of coups d'état and irregular leader exits from the public record. "
        "Forecasts are probabilities with wide uncertainty, for analysis only."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(data.app, name="data")


def run() -> None:
    """Entry point of the ``coupwatch`` console script."""
    app()
