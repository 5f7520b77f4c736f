"""``coupwatch data``: import, fetch and inspect the public sources."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from rich.console import Console
from rich.table import Table

from coupwatch.cli.errors import exit_codes
from coupwatch.data.fetch import MIRROR_ENV, fetch_sources, resolve_mirror, source_url
from coupwatch.data.importer import import_files, plan_import, source_status
from coupwatch.store import open_store

app = typer.Typer(help="Import, fetch and inspect the public data sources.", no_args_is_help=True)
console = Console()


@app.command("import")
@exit_codes
def import_command(
    paths: Annotated[list[Path], typer.Argument(help="Source files or folders to import.")],
) -> None:
    """Recognise, validate and store source files (a newer version replaces the old one)."""
    plan = plan_import(paths)
    with open_store() as store, console.status("importing…") as status:
        imported = import_files(
            store, plan, on_file=lambda p, s: status.update(f"reading {s.title}: {p.name}")
        )
    for item in imported:
        version = f" {item.version}" if item.version else ""
        console.print(
            f"imported [bold]{item.spec.name}[/]{version}: {len(item.table):,} rows "
            f"from {item.path}",
            highlight=False,
        )
    if plan.skipped:
        console.print(f"[dim]passed over {len(plan.skipped)} files that are not a known source[/]")


@app.command("fetch")
@exit_codes
def fetch_command(
    sources: Annotated[
        list[str] | None,
        typer.Option("--source", help="Fetch only this source (repeatable); default: all."),
    ] = None,
    mirror: Annotated[
        str | None,
        typer.Option(
            help="Download from this mirror instead, as MIRROR/<source>/<file name>.",
            envvar=MIRROR_ENV,
        ),
    ] = None,
) -> None:
    """Download the sources from their official sites (or a mirror), check and store them."""
    with open_store() as store:
        fetched = fetch_sources(store, sources, mirror)
    base = resolve_mirror(mirror)
    for item in fetched:
        version = f" {item.version}" if item.version else ""
        console.print(
            f"fetched [bold]{item.spec.name}[/]{version}: {len(item.table):,} rows "
            f"from {source_url(item.spec, base)}",
            highlight=False,
            soft_wrap=True,
        )


def _day(value: object) -> str:
    return "" if value is None or pd.isna(value) else f"{pd.Timestamp(value):%Y-%m-%d}"


@app.command("status")
@exit_codes
def status_command() -> None:
    """Show each imported source: version, sha256, rows, date range and import time."""
    with open_store() as store:
        frame = source_status(store)
    if frame.empty:
        console.print(
            "the store is empty: run `coupwatch data import PATH` or `coupwatch data fetch`"
        )
        return
    table = Table(title="imported sources")
    table.add_column("source", no_wrap=True, min_width=16)
    for column in ("version", "sha256", "rows", "from", "to", "imported (UTC)"):
        table.add_column(column, justify="right" if column == "rows" else "left")
    for row in frame.itertuples():
        table.add_row(
            row.source,
            row.version or "",
            row.sha256[:12],
            f"{row.rows:,}",
            _day(row.min_date),
            _day(row.max_date),
            f"{row.imported_at:%Y-%m-%d %H:%M}",
        )
    console.print(table)
