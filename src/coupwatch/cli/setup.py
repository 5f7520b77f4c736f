"""Fill an empty store on first use: from ``$COUPWATCH_DATA`` if set, else the official sources."""

from __future__ import annotations

from rich.console import Console

from coupwatch.config import DATA_ENV, local_data_dir
from coupwatch.data.importer import import_files, plan_import
from coupwatch.data.registry import REQUIRED_FOR_PANEL
from coupwatch.errors import InputError, SourceUnavailableError
from coupwatch.store import Store

console = Console(stderr=True)


def ensure_data(store: Store) -> None:
    """Import or fetch the sources when the store lacks what the panel needs."""
    if set(REQUIRED_FOR_PANEL) <= store.imported_sources():
        return
    folder = local_data_dir()
    if folder is not None:
        if not folder.is_dir():
            raise InputError(f"{DATA_ENV}={folder}: no such folder")
        console.print(f"the store is empty: importing the sources in {folder}")
        with console.status("importing…") as status:
            import_files(
                store,
                plan_import([folder]),
                on_file=lambda p, s: status.update(f"reading {s.title}: {p.name}"),
            )
        return
    try:
        from coupwatch.data.fetch import fetch_sources
    except ImportError as exc:  # pragma: no cover - fetch ships with the package
        raise SourceUnavailableError("downloading sources is not available") from exc
    console.print("the store is empty: downloading the sources from their official sites")
    fetch_sources(store)
