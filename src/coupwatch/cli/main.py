"""The ``coupwatch`` application: every command group is attached here."""

from __future__ import annotations

import typer
from threadpoolctl import threadpool_limits

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
    """Entry point of the ``coupwatch`` console script.

    BLAS runs on one thread: the models' matrices are small, and OpenBLAS's own threads
    competing for shared cores made a logit fit about six times slower.
    """
    with threadpool_limits(limits=1, user_api="blas"):
        app()
