"""Shared fixtures for the news-layer tests."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

from coupwatch.geo.countries import load_countries
from coupwatch.news.gazetteer import (
    Gazetteer,
    combine_leaders,
    leaders_from_archigos,
    reign_leaders,
)

#: The shared folder beside the project: the data folder COUPWATCH_DATA names, and its parent.
DATA = Path(os.environ.get("COUPWATCH_DATA", Path(__file__).parents[3] / "shared" / "data"))
SHARED = DATA.parent
DEV_ITEMS = SHARED / "signals-dev" / "items.jsonl"
ARCHIGOS = DATA / "archigos" / "Archigos_4.1.csv"


@pytest.fixture(scope="session")
def dev_items() -> list[dict]:
    """The labelled development items, read in place (never copied into the repository)."""
    if not DEV_ITEMS.exists():
        pytest.skip("signals-dev items are not available here")
    return [json.loads(line) for line in DEV_ITEMS.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """Countries from coupwatch.geo plus Archigos and REIGN leader names when available."""
    archigos = leaders_from_archigos(pd.read_csv(ARCHIGOS)) if ARCHIGOS.exists() else None
    return Gazetteer(load_countries(), combine_leaders(archigos, reign_leaders(DATA)))


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh COUPWATCH_HOME holding the DuckDB store for one test."""
    monkeypatch.setenv("COUPWATCH_HOME", str(tmp_path))
    monkeypatch.delenv("COUPWATCH_DATA", raising=False)
    return tmp_path
