"""Gleditsch–Ward and Correlates of War state-system membership lists."""

from __future__ import annotations

import pandas as pd

from coupwatch.data.spec import SourceSpec

_ONGOING = "9999-12-31"
#: The states package's data folder at the commit these sources were checked against.
_STATES_DATA = (
    "https://raw.githubusercontent.com/andybega/states/"
    "b15448281b4bfc59d5bd24177174d04d906543a9/data/"
)


def _spells(frame: pd.DataFrame, code: str) -> pd.DataFrame:
    out = frame.rename(columns={code: "code"}).copy()
    out["start"] = pd.to_datetime(out["start"], format="ISO8601")
    # Open-ended spells are written 9999-12-31, beyond pandas' date range: keep them as missing.
    out["end"] = pd.to_datetime(out["end"].where(out["end"] != _ONGOING), format="ISO8601")
    out["microstate"] = out["microstate"].astype(bool)
    return out.rename(columns={"code": code}).sort_values([code, "start"]).reset_index(drop=True)


def _range(frame: pd.DataFrame) -> tuple[object, object]:
    last = frame["end"].max()
    return frame["start"].min().date(), (None if pd.isna(last) else last.date())


_STATES_CITATION = (
    'Gleditsch, Kristian S. and Michael D. Ward. 1999. "A Revised List of Independent States '
    'since the Congress of Vienna." International Interactions 25(4): 393-413. Tabulated in '
    "the R package states by Andreas Beger."
)

GW_STATES = SourceSpec(
    name="gw_states",
    title="Gleditsch–Ward state list",
    citation=_STATES_CITATION,
    url="https://github.com/andybega/states",
    download_url=_STATES_DATA + "gwstates.rda",
    download_format="rda",
    licence="MIT (states R package)",
    file_patterns=("gwstates*.csv",),
    columns={
        "gwcode": "int",
        "gwc": "str",
        "country_name": "str",
        "start": "str",
        "end": "str",
        "microstate": "bool",
    },
    code_system="none",
    key=("gwcode", "start"),
    normalise=lambda frame: _spells(frame, "gwcode"),
    date_range=_range,
)

COW_STATES = SourceSpec(
    name="cow_states",
    title="Correlates of War state list",
    citation=(
        "Correlates of War Project. 2017. State System Membership List, v2016. "
        "Tabulated in the R package states by Andreas Beger."
    ),
    url="https://github.com/andybega/states",
    download_url=_STATES_DATA + "cowstates.rda",
    download_format="rda",
    licence="MIT (states R package)",
    file_patterns=("cowstates*.csv",),
    columns={
        "cowcode": "int",
        "cowc": "str",
        "country_name": "str",
        "start": "str",
        "end": "str",
        "microstate": "bool",
    },
    code_system="none",
    key=("cowcode", "start"),
    normalise=lambda frame: _spells(frame, "cowcode"),
    date_range=_range,
)
