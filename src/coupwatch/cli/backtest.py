"""``coupwatch backtest``: rolling-origin out-of-sample forecasts, scored and reported."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from coupwatch.backtest.metrics import score_all_kinds
from coupwatch.backtest.output import check_writable, write_atomically
from coupwatch.backtest.report import KIND_TITLES, render_report
from coupwatch.backtest.runner import CSV_COLUMNS, run_backtest
from coupwatch.backtest.splits import ExpandingWindow
from coupwatch.cli.errors import exit_codes
from coupwatch.cli.setup import ensure_data
from coupwatch.errors import InputError
from coupwatch.forecast import MAX_HORIZON, MIN_TRAINING_YEARS
from coupwatch.models.registry import DEFAULT_MODEL, check_model_names
from coupwatch.panel.build import PANEL_START, Panel, build_panel, load_tables, with_horizons
from coupwatch.panel.months import format_month
from coupwatch.store import open_store

console = Console(stderr=True)

#: Months between refits in a monthly backtest unless --refit-every says otherwise.
MONTHLY_REFIT = 12

#: Threads for refit blocks: one per core.
DEFAULT_JOBS = os.cpu_count() or 1


class Step(StrEnum):
    """Distance between forecast origins."""

    year = "year"
    month = "month"


def check_window(panel: Panel, splitter: ExpandingWindow) -> None:
    """Refuse origins before the minimum training history or after the end of the data."""
    origins = splitter.origins()
    earliest = PANEL_START + 12 * MIN_TRAINING_YEARS
    if origins[0] < earliest or origins[-1] > panel.data_end:
        raise InputError(
            f"--start/--end {splitter.start}–{splitter.end} with a {splitter.step}ly step needs "
            f"origins {format_month(origins[0])} to {format_month(origins[-1])}, outside the "
            f"data: origins must lie between {format_month(earliest)} and "
            f"{format_month(panel.data_end)}"
        )


#: Columns of the printed skill tables and their headers.
_SHOWN = {
    "events": "events", "auc_roc": "AUC-ROC", "auc_pr": "AUC-PR",
    "brier_skill": "Brier skill", "recall_top20": "top-20",
}  # fmt: skip


def show_scores(scores: pd.DataFrame) -> None:
    """Print the pooled skill of each model, one table per outcome kind."""
    pooled = scores[scores["year"] == "all"]
    for kind, rows in pooled.groupby("kind", sort=False):
        if not rows["events"].any():
            console.print(f"{KIND_TITLES[str(kind)]}: no event in the period scored.")
            continue
        table = Table(title=f"Out-of-sample skill: {KIND_TITLES[str(kind)].lower()}")
        for header in ("model", *_SHOWN.values(), "AUC-ROC 90%"):
            table.add_column(header, justify="left" if header == "model" else "right")
        for row in rows.itertuples():
            figures = [f"{getattr(row, c):.0f}" if c == "events" else f"{getattr(row, c):.3f}"
                       for c in _SHOWN]  # fmt: skip
            interval = f"{row.auc_roc_low:.2f}–{row.auc_roc_high:.2f}"
            table.add_row(str(row.model), *figures, interval)
        console.print(table)
    console.print(
        "Brier skill is against the training base rate; top-20 is the share of events ranked "
        "in the top 20 of their origin. With few events the 90% interval is wide. Brier, "
        "log loss and per-year figures are in the report."
    )


@exit_codes
def backtest_command(
    start: Annotated[int, typer.Option(help="First forecast year (YYYY).")],
    end: Annotated[int, typer.Option(help="Last forecast year (YYYY).")],
    output: Annotated[Path, typer.Option(help="CSV file of every out-of-sample forecast.")],
    horizon: Annotated[int, typer.Option(help="Months ahead, 1-36.")] = 12,
    step: Annotated[Step, typer.Option(help="Origin every year (December) or month.")] = Step.year,
    model: Annotated[
        str, typer.Option(help="Model name, a comma-separated list, or 'all'.")
    ] = DEFAULT_MODEL,
    report: Annotated[
        Path | None, typer.Option(help="Also write a self-contained HTML report here.")
    ] = None,
    refit_every: Annotated[
        int | None,
        typer.Option(
            help="Refit models every N months (1 = at every origin). Default: every origin "
            "with --step year, every 12 months with --step month (each month then uses the "
            "latest fit made at or before it, so nothing is looked ahead)."
        ),
    ] = None,
    jobs: Annotated[
        int, typer.Option(help="Refit blocks run on this many threads (default: all cores).")
    ] = DEFAULT_JOBS,
) -> None:
    """Forecast each origin from what was known then, and score against what happened."""
    if start > end:
        raise InputError(f"--start {start} is after --end {end}")
    if not 1 <= horizon <= MAX_HORIZON:
        raise InputError(f"--horizon {horizon}: expected a number of months from 1 to 36")
    if refit_every is None:
        refit_every = MONTHLY_REFIT if step is Step.month else 1
    if refit_every < 1:
        raise InputError(f"--refit-every {refit_every}: expected a positive number of months")
    if jobs < 1:
        raise InputError(f"--jobs {jobs}: expected a positive number of threads")
    names = check_model_names([m.strip() for m in model.split(",") if m.strip()])
    check_writable(output, "--output")
    if report is not None:
        check_writable(report, "--report")
    splitter = ExpandingWindow(start, end, horizon, step.value)
    with open_store() as store:
        ensure_data(store)
        tables = load_tables(store)
    panel = with_horizons(build_panel(tables), tables["powell_thyne"], (horizon,))
    check_window(panel, splitter)
    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn()]  # fmt: skip
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("backtest", total=len(splitter) * len(names))
        result = run_backtest(
            panel, splitter, names, refit_every, n_jobs=jobs,
            on_fold=lambda name, origin: progress.update(
                task, advance=1, description=f"{name} {format_month(origin)}"
            ),
        )  # fmt: skip
    scores = score_all_kinds(result)
    page = None
    if report is not None and not scores.empty:
        title = f"coupwatch backtest {start}–{end}, {horizon}-month horizon, {step.value}ly"
        page = render_report(result, scores, title)
    write_atomically(output, result[CSV_COLUMNS].to_csv(index=False, float_format="%.6g"))
    if report is not None and page is not None:
        write_atomically(report, page)
    if scores.empty:
        console.print("no outcomes are known yet for these origins: nothing to score or report")
    else:
        show_scores(scores)
    console.print(f"wrote {len(result)} forecasts to {output}")


def register(app: typer.Typer) -> None:
    """Attach the ``backtest`` command."""
    app.command("backtest")(backtest_command)
