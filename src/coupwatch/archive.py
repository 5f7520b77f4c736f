"""The forecast archive: every published forecast, kept forever, to be scored once known.

Three append-only tables: ``forecast_runs`` (one row per run: model, model version, as-of
month, horizon, kind, training base rate, time), ``forecast_run_sources`` (the versions and
checksums of the data the run used) and ``forecast_probabilities`` (each country's probability).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

import pandas as pd

from coupwatch import __version__
from coupwatch.models.base import CoupModel
from coupwatch.store import Store

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS forecast_runs (
        run_id BIGINT PRIMARY KEY,
        created_at TIMESTAMP NOT NULL,
        model TEXT NOT NULL,
        model_version TEXT NOT NULL,
        as_of INTEGER NOT NULL,
        horizon INTEGER NOT NULL,
        kind TEXT NOT NULL,
        base_rate DOUBLE NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS forecast_run_sources (
        run_id BIGINT NOT NULL,
        source TEXT NOT NULL,
        version TEXT,
        sha256 TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS forecast_probabilities (
        run_id BIGINT NOT NULL,
        gwcode INTEGER NOT NULL,
        probability DOUBLE NOT NULL
    )""",
)


def ensure_archive(store: Store) -> None:
    """Create the archive tables if they are missing."""
    for statement in SCHEMA:
        store.con.execute(statement)


def model_version(model: CoupModel) -> str:
    """Package version plus a short hash of the model's hyper-parameters."""
    params = json.dumps(model.get_params(), sort_keys=True, default=str)
    return f"{__version__}+{hashlib.sha256(params.encode()).hexdigest()[:10]}"


def archive_forecast(
    store: Store,
    model: CoupModel,
    as_of: int,
    horizon: int,
    kind: str,
    base_rate: float,
    probabilities: pd.DataFrame,
) -> int:
    """Append one run (``probabilities`` has ``gwcode`` and ``probability``); returns its id."""
    ensure_archive(store)
    with store.transaction() as con:
        row = con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM forecast_runs").fetchone()
        run_id = int(row[0]) if row else 1
        con.execute(
            "INSERT INTO forecast_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [run_id, datetime.now(UTC).replace(tzinfo=None), model.name, model_version(model),
             as_of, horizon, kind, base_rate],
        )  # fmt: skip
        con.execute(
            "INSERT INTO forecast_run_sources "
            "SELECT ?, source, version, sha256 FROM source_versions ORDER BY source",
            [run_id],
        )
        rows = probabilities[["gwcode", "probability"]].assign(run_id=run_id)
        con.register("new_probabilities", rows)
        try:
            con.execute(
                "INSERT INTO forecast_probabilities "
                "SELECT run_id, gwcode, probability FROM new_probabilities"
            )
        finally:
            con.unregister("new_probabilities")
    return run_id


def archived_runs(store: Store) -> pd.DataFrame:
    """Every archived run, oldest first (empty when nothing was archived)."""
    ensure_archive(store)
    return store.con.execute("SELECT * FROM forecast_runs ORDER BY run_id").df()


def archived_probabilities(store: Store) -> pd.DataFrame:
    """Every archived country probability."""
    ensure_archive(store)
    return store.con.execute("SELECT * FROM forecast_probabilities ORDER BY run_id, gwcode").df()


def archived_sources(store: Store) -> pd.DataFrame:
    """Data versions each run used."""
    ensure_archive(store)
    return store.con.execute("SELECT * FROM forecast_run_sources ORDER BY run_id, source").df()
