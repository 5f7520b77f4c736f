"""The DuckDB store: one file holding imported sources, their versions and derived archives.

The schema is versioned: ``schema_info`` records the version, and :data:`MIGRATIONS` lists the
statements that bring an older file up to date. Source tables are named ``src_<source>``.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import duckdb
import pandas as pd

from coupwatch.config import store_path
from coupwatch.errors import CoupwatchError, StoreLockedError

SCHEMA_VERSION = 1

MIGRATIONS: dict[int, list[str]] = {
    1: [
        """CREATE TABLE IF NOT EXISTS source_versions (
            source TEXT PRIMARY KEY,
            version TEXT,
            sha256 TEXT NOT NULL,
            file_name TEXT NOT NULL,
            rows BIGINT NOT NULL,
            min_date DATE,
            max_date DATE,
            imported_at TIMESTAMP NOT NULL
        )""",
        """CREATE TABLE IF NOT EXISTS import_log (
            source TEXT NOT NULL,
            version TEXT,
            sha256 TEXT NOT NULL,
            file_name TEXT NOT NULL,
            rows BIGINT NOT NULL,
            imported_at TIMESTAMP NOT NULL
        )""",
    ],
}

_IDENT = re.compile(r"^[a-z_][a-z0-9_]*$")


def _check_ident(name: str) -> str:
    if not _IDENT.match(name):
        raise ValueError(f"not a valid table name: {name!r}")
    return name


class Store:
    """An open connection to the coupwatch DuckDB file."""

    def __init__(self, path: Path | None = None, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else store_path()
        self.read_only = read_only and self.path.exists()
        try:
            self.con = duckdb.connect(str(self.path), read_only=self.read_only)
        except duckdb.ConnectionException as exc:
            raise CoupwatchError(
                f"the store {self.path} is already open in this process in another mode: {exc}"
            ) from exc
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreLockedError(
                    f"the store {self.path} is being written by another coupwatch process; "
                    "wait for it to finish and try again"
                ) from exc
            raise CoupwatchError(f"cannot open the store {self.path}: {exc}") from exc
        if not self.read_only:
            self._migrate()

    def _migrate(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL)")
        row = self.con.execute("SELECT max(version) FROM schema_info").fetchone()
        current = row[0] if row and row[0] is not None else 0
        if current > SCHEMA_VERSION:
            raise CoupwatchError(
                f"the store {self.path} has schema version {current}, newer than this "
                f"coupwatch understands ({SCHEMA_VERSION}); upgrade coupwatch"
            )
        with self.transaction():
            for version in range(current + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[version]:
                    self.con.execute(statement)
                self.con.execute("INSERT INTO schema_info VALUES (?)", [version])

    @contextlib.contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Run the enclosed statements in one transaction, rolled back on any exception."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def has_table(self, name: str) -> bool:
        """Whether a table of this name exists."""
        row = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]
        ).fetchone()
        return bool(row and row[0])

    def table(self, name: str) -> pd.DataFrame:
        """Return a whole table as a DataFrame."""
        return self.con.execute(f"SELECT * FROM {_check_ident(name)}").df()

    def source_table(self, source: str) -> pd.DataFrame:
        """Return the stored rows of an imported source; raises if it was never imported."""
        name = f"src_{source}"
        if not self.has_table(name):
            raise CoupwatchError(
                f"source {source!r} has not been imported; run `coupwatch data import` first"
            )
        return self.table(name)

    def imported_sources(self) -> set[str]:
        """Names of the sources currently in the store."""
        return {r[0] for r in self.con.execute("SELECT source FROM source_versions").fetchall()}

    def close(self) -> None:
        """Close the connection."""
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_store(path: Path | None = None, read_only: bool = False) -> Store:
    """Open (creating and migrating if needed) the store at ``path`` or the default location."""
    return Store(path, read_only=read_only)
