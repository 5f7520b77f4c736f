"""Shared fixtures: the real public data folder and a private coupwatch home per test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from coupwatch.data.importer import import_files, plan_import
from coupwatch.panel.build import Panel, build_panel, load_tables
from coupwatch.store import open_store

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The read-only folder of real datasets (``$COUPWATCH_DATA`` or ``../shared/data``)."""
    env = os.environ.get("COUPWATCH_DATA")
    path = Path(env) if env else (REPO / ".." / "shared" / "data").resolve()
    if not path.is_dir():
        pytest.skip(f"the shared data folder {path} is missing")
    return path


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh ``COUPWATCH_HOME`` for this test, so it gets its own DuckDB store."""
    path = tmp_path / "home"
    path.mkdir()
    monkeypatch.setenv("COUPWATCH_HOME", str(path))
    return path


@pytest.fixture(scope="session")
def imported_store(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Path:
    """A store file holding every source imported from the shared data (do not modify)."""
    path = tmp_path_factory.mktemp("imported") / "coupwatch.duckdb"
    with open_store(path) as store:
        import_files(store, plan_import([shared_data]))
    return path


@pytest.fixture
def filled_home(home: Path, imported_store: Path) -> Path:
    """A home whose store already holds a good import of every source."""
    shutil.copyfile(imported_store, home / "coupwatch.duckdb")
    return home


@pytest.fixture(scope="session")
def source_tables(imported_store: Path) -> dict[str, pd.DataFrame]:
    """The stored source tables the panel is built from (shared: do not modify)."""
    with open_store(imported_store, read_only=True) as store:
        return load_tables(store)


@pytest.fixture(scope="session")
def panel(source_tables: dict[str, pd.DataFrame]) -> Panel:
    """The country-month panel built from the real sources (shared: do not modify)."""
    return build_panel(source_tables)


@pytest.fixture
def store_snapshot() -> Callable[[], dict[str, object]]:
    """A function returning what a store holds: versions, import log and table row counts."""

    def snapshot() -> dict[str, object]:
        with open_store(read_only=True) as store:
            con = store.con
            versions = con.execute("SELECT * FROM source_versions ORDER BY source").fetchall()
            log = con.execute("SELECT * FROM import_log ORDER BY source, imported_at").fetchall()
            tables = [
                row[0]
                for row in con.execute(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_name LIKE 'src_%' ORDER BY table_name"
                ).fetchall()
            ]
            counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone() for t in tables}
        return {"versions": versions, "log": log, "counts": counts}

    return snapshot
