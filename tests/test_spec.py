"""Version labels read from source file names and columns."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from coupwatch.data.registry import BY_NAME

SPEC = BY_NAME["archigos"]


@pytest.mark.parametrize(
    ("name", "version"),
    [
        ("Archigos_4.1.csv", "v4.1"),
        ("Coup_Data_v2.1.3_through2019.csv", "v2.1.3"),
        ("powell_thyne_coups_V2026.01.13_through2019.csv", "v2026.01.13"),
        ("gw_democracy.csv", None),
        ("wdi-infmort.csv", None),
    ],
)
def test_version_from_file_name(name: str, version: str | None) -> None:
    assert SPEC.version_from(name, pd.DataFrame()) == version


def test_version_column_wins_over_the_name() -> None:
    frame = pd.DataFrame({"version": ['"V2024.01.29"', '"V2026.01.13"']})
    assert SPEC.version_from("Archigos_4.1.csv", frame) == "V2026.01.13"


@given(st.text(max_size=60))
def test_version_from_never_fails(name: str) -> None:
    version = SPEC.version_from(name, pd.DataFrame())
    assert version is None or (version.startswith("v") and version[1:2].isdigit())
