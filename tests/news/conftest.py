"""Shared fixtures for the news-layer tests."""

from __future__ import annotations

import json
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

SHARED = Path("/work/shared")
DEV_ITEMS = SHARED / "signals-dev" / "items.jsonl"
ARCHIGOS = SHARED / "data" / "archigos" / "Archigos_4.1.csv"
DATA = SHARED / "data"


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
