"""``coupwatch leader``, ``coupwatch leaders`` and ``coupwatch backtest-leaders``."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from coupwatch.cli.errors import exit_codes
from coupwatch.cli.setup import ensure_data
from coupwatch.errors import InputError
from coupwatch.geo.countries import gwcode_for_iso3, load_countries
from coupwatch.leaders.backtest import calibration, run_backtest, summarise
from coupwatch.leaders.frame import LeaderData, in_office, load_leader_data
from coupwatch.leaders.lookup import find_leader
from coupwatch.leaders.report import write_report
from coupwatch.leaders.risk import check_request, forecast_leaders, records
from coupwatch.panel.months import format_month, parse_month
from coupwatch.store import open_store

console = Console()
err_console = Console(stderr=True)

NOTE = (
    "Probabilities of leaving office by each route within the horizon; rough and uncertain, "
    "for comparison only."
)


class LeaderFormat(StrEnum):
    """How one leader's forecast is written."""

    table = "table"
    json = "json"


class ListFormat(StrEnum):
    """How a list of leaders is written."""

    table = "table"
    csv = "csv"
    json = "json"


AsOf = Annotated[str | None, typer.Option("--as-of", help="As of this month (YYYY-MM).")]
Horizon = Annotated[int, typer.Option(help="Months ahead, 1-60.")]
Country = Annotated[str | None, typer.Option("--country", help="ISO3 code, e.g. RUS.")]


def _load() -> LeaderData:
    with open_store() as store:
        ensure_data(store)
        return load_leader_data(store)


def _request(data: LeaderData, as_of: str | None, horizon: int) -> int:
    month = data.data_end if as_of is None else parse_month(as_of, "--as-of")
    check_request(data, month, horizon)
    return month


def _gwcode(country: str | None) -> int | None:
    if country is None:
        return None
    gwcode = gwcode_for_iso3(country)
    if gwcode is None:
        raise InputError(f"--country {country!r} is not a known ISO3 code (e.g. RUS, ZWE)")
    return gwcode


def _print_table(rows: list[dict[str, object]], title: str) -> None:
    table = Table(title=title, caption=NOTE)
    for name in ("leader", "country", "iso3", "natural death", "irregular", "regular", "remain"):
        table.add_column(name, justify="right" if name[0] in "nirr" and name != "iso3" else None)
    for row in rows:
        table.add_row(
            str(row["leader"]), str(row["country"]), str(row["iso3"]),
            *(f"{float(row[k]):.1%}"  # type: ignore[arg-type]
              for k in ("p_natural_death", "p_irregular", "p_regular", "p_remain")),
        )  # fmt: skip
    console.print(table)


@exit_codes
def leader_command(
    name: Annotated[str, typer.Argument(help="Leader's name; close spellings are accepted.")],
    country: Country = None,
    as_of: AsOf = None,
    horizon: Horizon = 12,
    output: Annotated[
        LeaderFormat, typer.Option("--format", help="table or json.")
    ] = LeaderFormat.table,
) -> None:
    """How likely a leader is to leave office by natural death, irregularly or regularly."""
    data = _load()
    month = _request(data, as_of, horizon)
    gwcode = _gwcode(country)
    codes = load_countries().set_index("gwcode")["iso3"]
    everyone = data.spells.assign(iso3=data.spells["gwcode"].map(codes))
    running = in_office(everyone, month)
    if gwcode is not None:
        running = running.loc[running["gwcode"] == gwcode].reset_index(drop=True)
        everyone = everyone.loc[everyone["gwcode"] == gwcode].reset_index(drop=True)
    if running.empty:
        raise InputError(f"no leader on record in office at {format_month(month)} in {country}")
    spell = find_leader(name, running, everyone, month)
    result = forecast_leaders(data, month, horizon, gwcode=int(spell["gwcode"])).table()
    row = records(result.loc[result["leader_id"] == spell["leader_id"]])[0]
    if output is LeaderFormat.json:
        typer.echo(json.dumps(row, ensure_ascii=False, indent=1))
        return
    _print_table([row], f"{row['leader']}: next {horizon} months after {row['as_of']}")


@exit_codes
def leaders_command(
    country: Country = None,
    as_of: AsOf = None,
    horizon: Horizon = 12,
    output: Annotated[ListFormat, typer.Option("--format", help="table, csv or json.")] = (
        ListFormat.table
    ),
) -> None:
    """Every leader in office at the as-of month, with their exit probabilities."""
    data = _load()
    month = _request(data, as_of, horizon)
    table = forecast_leaders(data, month, horizon, gwcode=_gwcode(country)).table()
    table = table.sort_values("p_irregular", ascending=False, kind="stable")
    if output is ListFormat.json:
        typer.echo(json.dumps(records(table), ensure_ascii=False, indent=1))
    elif output is ListFormat.csv:
        typer.echo(table.to_csv(index=False, float_format="%.5f"), nl=False)
    else:
        _print_table(records(table), f"Leaders in office, next {horizon} months after "
                     f"{format_month(month)}")  # fmt: skip


@exit_codes
def backtest_leaders_command(
    start: Annotated[int, typer.Option(help="First origin year (as of January).")] = 2000,
    end: Annotated[int, typer.Option(help="Last origin year.")] = 2019,
    output: Annotated[Path, typer.Option(help="CSV file for the per-leader predictions.")] = Path(
        "leader_backtest.csv"
    ),
    report: Annotated[Path | None, typer.Option(help="Write an HTML report here.")] = None,
) -> None:
    """Rolling backtest of the leader model against a naive logit baseline."""
    if not 1960 <= start <= end:
        raise InputError(f"--start {start} --end {end}: expected 1960 <= start <= end")
    data = _load()
    with err_console.status("backtesting…") as status:
        predictions = run_backtest(
            data, start, end, on_origin=lambda m, y: status.update(f"{m}: origin {y}")
        )
    if predictions.empty:
        raise InputError(f"no origin from {start} to {end} has a closed 6-month window")
    predictions.to_csv(output, index=False)
    summary = summarise(predictions)
    if report is not None:
        write_report(summary, calibration(predictions), report)
    console.print(summary.to_string(index=False, float_format=lambda v: f"{v:.4f}"))


def register(app: typer.Typer) -> None:
    """Attach the ``leader``, ``leaders`` and ``backtest-leaders`` commands."""
    app.command("leader")(leader_command)
    app.command("leaders")(leaders_command)
    app.command("backtest-leaders")(backtest_leaders_command)
