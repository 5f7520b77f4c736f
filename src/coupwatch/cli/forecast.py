"""``coupwatch forecast``: the ranked coup-attempt risk of every country."""

from __future__ import annotations

import json
import math
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from coupwatch.archive import archive_forecast
from coupwatch.cli.errors import exit_codes
from coupwatch.cli.setup import ensure_data
from coupwatch.forecast import MAX_HORIZON, CountryForecast, forecast
from coupwatch.models.registry import DEFAULT_MODEL, make_model
from coupwatch.panel.build import build_panel, load_tables, with_horizons
from coupwatch.panel.months import parse_month
from coupwatch.store import open_store

console = Console()

UNCERTAINTY_NOTE = (
    "Coups are rare: even the highest-risk countries see an attempt in most years without one. "
    "Treat these as rough, uncertain probabilities for comparison, not predictions."
)


class OutputFormat(StrEnum):
    """How a table is written."""

    table = "table"
    csv = "csv"
    json = "json"


#: Features that count events: shown as whole numbers, never as yes/no.
COUNT_PREFIXES = ("attempts_", "successes_", "region_attempts", "world_attempts")


#: Features stored as log(1 + months): shown in months.
MONTHS_LOGGED = (
    "log_months_since_attempt", "leader_log_tenure", "regime_log_age", "log_state_age",
)  # fmt: skip


def _value_text(feature: str, value: object) -> str:
    if value is None:
        return "unknown"
    number = float(value)  # type: ignore[arg-type]
    if feature in MONTHS_LOGGED:
        return f"{math.expm1(number):.0f} months"
    if feature == "log_gdppc":
        return f"${math.exp(number):,.0f} per person"
    if feature == "log_pop":
        return f"{math.exp(number) / 1e6:,.1f} million people"
    if feature.startswith(COUNT_PREFIXES):
        return f"{number:.0f}"
    if number in (0.0, 1.0):
        return "yes" if number else "no"
    return f"{number:.2f}"


def _drivers_text(drivers: list[dict[str, object]]) -> str:
    return "; ".join(
        f"{d['label']}: {_value_text(str(d['feature']), d['value'])} "
        f"({float(d['contribution']):+.2f})"  # type: ignore[arg-type]
        for d in drivers
    )


def render(result: CountryForecast, top: int | None, output: OutputFormat) -> None:
    """Print a forecast as a rich table, CSV or JSON."""
    frame = result.table if top is None else result.table.head(top)
    if output is OutputFormat.json:
        records = frame.to_dict(orient="records")
        typer.echo(json.dumps(records, ensure_ascii=False, indent=1, default=float))
        return
    if output is OutputFormat.csv:
        flat = frame.assign(drivers=frame["drivers"].map(_drivers_text))
        typer.echo(flat.to_csv(index=False, float_format="%.5f"), nl=False)
        return
    table = Table(
        title=f"Coup-attempt risk, next {result.horizon} months after {frame['as_of'].iloc[0]}",
        caption=UNCERTAINTY_NOTE,
    )
    table.add_column("rank", justify="right")
    table.add_column("country")
    table.add_column("iso3")
    table.add_column("p_attempt", justify="right")
    table.add_column("largest drivers: value (log-odds)")
    for row in frame.itertuples():
        table.add_row(
            str(row.rank), str(row.country), str(row.iso3), f"{row.p_attempt:.1%}",
            _drivers_text(row.drivers),
        )  # fmt: skip
    console.print(table)


@exit_codes
def forecast_command(
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Forecast as of this month (YYYY-MM).")
    ] = None,
    horizon: Annotated[int, typer.Option(help="Months ahead, 1-36.")] = 12,
    model: Annotated[str, typer.Option(help="Model name.")] = DEFAULT_MODEL,
    top: Annotated[int | None, typer.Option(help="Show only the N highest-risk countries.")] = None,
    output: Annotated[
        OutputFormat, typer.Option("--format", help="table, csv or json.")
    ] = OutputFormat.table,
) -> None:
    """Rank every country by its probability of a coup attempt (successful or failed).

    Every run is appended to the forecast archive in the store, to be scored by ``scorecard``.
    """
    if top is not None and top < 1:
        raise typer.BadParameter("expected a positive number", param_hint="--top")
    make_model(model)
    with open_store() as store:
        ensure_data(store)
        tables = load_tables(store)
        panel = build_panel(tables)
        as_of_month = panel.data_end if as_of is None else parse_month(as_of, "--as-of")
        if 1 <= horizon <= MAX_HORIZON:
            panel = with_horizons(panel, tables["powell_thyne"], (horizon,))
        result = forecast(panel, as_of_month, horizon, model)
        probabilities = result.table.rename(columns={f"p_{result.kind}": "probability"})
        archive_forecast(store, result.model, result.as_of, result.horizon, result.kind,
                         result.base_rate, probabilities)  # fmt: skip
    render(result, top, output)


def register(app: typer.Typer) -> None:
    """Attach the ``forecast`` command."""
    app.command("forecast")(forecast_command)
