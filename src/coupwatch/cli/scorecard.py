"""``coupwatch scorecard``: how the archived forecasts did once their windows closed."""

from __future__ import annotations

import json
import math
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from coupwatch.cli.errors import exit_codes
from coupwatch.cli.setup import ensure_data
from coupwatch.scorecard import scorecard
from coupwatch.store import open_store

console = Console()

#: Figures shown in the table and their headers (the JSON output has every figure).
COLUMNS = {"auc_roc": "AUC-ROC", "auc_pr": "AUC-PR", "brier_skill": "BSS", "recall_top20": "top20"}


class ScoreFormat(StrEnum):
    """How the scorecard is written."""

    table = "table"
    json = "json"


def _number(value: float) -> float | None:
    return None if math.isnan(value) else round(value, 4)


@exit_codes
def scorecard_command(
    output: Annotated[
        ScoreFormat, typer.Option("--format", help="table or json.")
    ] = ScoreFormat.table,
) -> None:
    """Score every archived forecast whose outcome window has closed."""
    with open_store() as store:
        ensure_data(store)
        scores = scorecard(store)
    if output is ScoreFormat.json:
        records = [
            {k: _number(v) if isinstance(v, float) else v for k, v in row.items()}
            for row in scores.to_dict(orient="records")
        ]
        typer.echo(json.dumps(records, indent=1))
        return
    if scores.empty:
        console.print("no archived forecast has a closed outcome window yet")
        return
    table = Table(title="Archived forecasts, scored against the stored coup events")
    for column in ("run", "model", "as_of", "h", *COLUMNS.values()):
        table.add_column(column, justify="left" if column == "model" else "right", no_wrap=True)
    for row in scores.itertuples():
        model = row.model if row.kind == "attempt" else f"{row.model} ({row.kind})"
        table.add_row(
            row.run, model, row.as_of, str(row.horizon),
            *(f"{getattr(row, c):.2f}" for c in COLUMNS),
        )  # fmt: skip
    console.print(table)


def register(app: typer.Typer) -> None:
    """Attach the ``scorecard`` command."""
    app.command("scorecard")(scorecard_command)
