"""Where coupwatch keeps its files."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

HOME_ENV = "COUPWATCH_HOME"
DATA_ENV = "COUPWATCH_DATA"


def home_dir() -> Path:
    """Return the coupwatch home directory (``$COUPWATCH_HOME`` or a per-user data dir)."""
    env = os.environ.get(HOME_ENV)
    path = Path(env) if env else Path(platformdirs.user_data_dir("coupwatch", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def store_path() -> Path:
    """Return the path of the DuckDB store file."""
    return home_dir() / "coupwatch.duckdb"


def local_data_dir() -> Path | None:
    """Return the folder named by ``$COUPWATCH_DATA``, if set."""
    env = os.environ.get(DATA_ENV)
    return Path(env) if env else None
