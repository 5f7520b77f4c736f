"""A store holding the real sources, imported once for the leader tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from coupwatch.data.importer import import_files, plan_import
from coupwatch.leaders.frame import LeaderData, load_leader_data
from coupwatch.store import open_store

DATA = Path(os.environ.get("COUPWATCH_DATA", "/work/shared/data"))


@pytest.fixture(scope="session")
def leader_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """COUPWATCH_HOME pointing at a fresh store with every source imported."""
    if not DATA.is_dir():
        pytest.skip(f"no source data at {DATA}")
    home = tmp_path_factory.mktemp("leaders-home")
    previous = os.environ.get("COUPWATCH_HOME")
    os.environ["COUPWATCH_HOME"] = str(home)
    with open_store() as store:
        import_files(store, plan_import([DATA]))
    yield home
    if previous is None:
        os.environ.pop("COUPWATCH_HOME", None)
    else:
        os.environ["COUPWATCH_HOME"] = previous


@pytest.fixture(scope="session")
def leader_data(leader_home: Path) -> LeaderData:
    """Spells, panel and elections built from the imported store."""
    with open_store(read_only=True) as store:
        return load_leader_data(store)
