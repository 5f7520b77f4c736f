"""The ``coupwatch`` application: every command group is attached here."""

from __future__ import annotations

import typer

from coupwatch.cli import backtest, data, forecast, leaders, news, scorecard

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
forecast.register(app)
backtest.register(app)
scorecard.register(app)
leaders.register(app)
news.register(app)


def run() -> None:
    """Entry point of the ``coupwatch`` console script."""
    app()
