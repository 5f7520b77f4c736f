"""``coupwatch data import``: recognise, validate, convert and store source files.

Every file of one import is read and validated in memory first; only when all are good are they
written, in one transaction, so a failed import leaves the store exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from coupwatch.data import registry
from coupwatch.data.codes import CodeConverter
from coupwatch.data.reader import read_rows, typed_frame
from coupwatch.data.spec import SourceSpec
from coupwatch.errors import InputError
from coupwatch.store import Store


@dataclass(frozen=True)
class PreparedSource:
    """A validated source file, converted and ready to store."""

    spec: SourceSpec
    path: Path
    table: pd.DataFrame
    version: str | None
    sha256: str
    min_date: object
    max_date: object


@dataclass(frozen=True)
class ImportPlan:
    """The files an import will read, and the ones it passed over."""

    files: list[tuple[Path, SourceSpec]]
    skipped: list[Path]


def plan_import(paths: Iterable[Path]) -> ImportPlan:
    """Find the source files among ``paths`` (files or folders, searched recursively)."""
    found: dict[str, tuple[Path, SourceSpec]] = {}
    skipped: list[Path] = []
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            candidates = [(p, registry.recognise(p, by_header=False)) for p in _files_in(path)]
        else:
            spec = registry.recognise(path)
            if spec is None:
                known = ", ".join(s.name for s in registry.SOURCES)
                raise InputError(
                    f"{path}: not recognised as any known source by its name or columns "
                    f"(known sources: {known})"
                )
            candidates = [(path, spec)]
        for file, spec in candidates:
            if spec is None:
                skipped.append(file)
                continue
            if spec.name in found and found[spec.name][0] != file:
                raise InputError(
                    f"{file}: both this file and {found[spec.name][0]} are {spec.title}; "
                    "import one of them"
                )
            found[spec.name] = (file, spec)
    order = [s.name for s in registry.SOURCES]
    files = sorted(found.values(), key=lambda item: order.index(item[1].name))
    return ImportPlan(files, skipped)


def _files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))


def _converter_for(store: Store, batch: dict[str, pd.DataFrame]) -> CodeConverter:
    def lookup(name: str) -> pd.DataFrame | None:
        if name in batch:
            return batch[name]
        if store.has_table(f"src_{name}"):
            return store.table(f"src_{name}")
        return None

    crosswalk = lookup("cow_gw_crosswalk")
    states = lookup("gw_states")
    gw_codes = None if states is None else set(states["gwcode"].astype(int))
    return CodeConverter(crosswalk, gw_codes)


def prepare(path: Path, spec: SourceSpec, converter: CodeConverter) -> PreparedSource:
    """Read, validate, convert codes and normalise one file."""
    raw = read_rows(path, spec)
    frame = typed_frame(raw, spec)
    if spec.prepare is not None:
        frame = spec.prepare(frame)
    if spec.code_system != "none":
        converted = converter.convert(frame, spec, raw.lines, path)
        if spec.gw_override_column and spec.gw_override_column in frame.columns:
            override = frame[spec.gw_override_column].astype("Int64")
            converted = override.fillna(converted)
        frame = frame.assign(gwcode=converted)
    table = spec.normalise(frame) if spec.normalise is not None else frame
    min_date, max_date = spec.date_range(table) if spec.date_range else (None, None)
    version = spec.version_from(path.name, frame)
    return PreparedSource(spec, path, table, version, raw.sha256, min_date, max_date)


def import_files(
    store: Store,
    plan: ImportPlan,
    on_file: Callable[[Path, SourceSpec], None] | None = None,
) -> list[PreparedSource]:
    """Validate every planned file, then store them all in one transaction."""
    if not plan.files:
        raise InputError("no source files found among the given paths")
    prepared: list[PreparedSource] = []
    batch: dict[str, pd.DataFrame] = {}
    for path, spec in plan.files:
        if on_file is not None:
            on_file(path, spec)
        item = prepare(path, spec, _converter_for(store, batch))
        batch[spec.name] = item.table
        prepared.append(item)
    now = datetime.now(UTC).replace(tzinfo=None)
    with store.transaction() as con:
        for item in prepared:
            name = f"src_{item.spec.name}"
            con.register("incoming", item.table)
            con.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM incoming")
            con.unregister("incoming")
            con.execute("DELETE FROM source_versions WHERE source = ?", [item.spec.name])
            values = [item.spec.name, item.version, item.sha256, item.path.name,
                      len(item.table), item.min_date, item.max_date, now]  # fmt: skip
            con.execute("INSERT INTO source_versions VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values)
            con.execute(
                "INSERT INTO import_log VALUES (?, ?, ?, ?, ?, ?)",
                [item.spec.name, item.version, item.sha256, item.path.name, len(item.table), now],
            )
    return prepared


def source_status(store: Store) -> pd.DataFrame:
    """One row per imported source: version, sha256, rows, date range and import time."""
    return store.con.execute(
        "SELECT source, version, sha256, file_name, rows, min_date, max_date, imported_at "
        "FROM source_versions ORDER BY source"
    ).df()
