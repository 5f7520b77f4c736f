"""COW→Gleditsch–Ward state-year crosswalk (isard package)."""

from __future__ import annotations

import pandas as pd

from coupwatch.data.spec import SourceSpec, year_range

#: The isard package's data folder at the commit these sources were checked against.
ISARD_DATA = (
    "https://raw.githubusercontent.com/svmiller/isard/"
    "46944ad97a5532cd8e3b33129463c8435a69846a/data/"
)


def _normalise(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[["ccode", "year", "gwcode", "stateabb"]].reset_index(drop=True)


SPEC = SourceSpec(
    name="cow_gw_crosswalk",
    title="COW to Gleditsch–Ward state-year crosswalk",
    citation=(
        "Miller, Steven V. isard: an R package of state-year panels and crosswalks. "
        "https://github.com/svmiller/isard"
    ),
    url="https://github.com/svmiller/isard",
    download_url=ISARD_DATA + "cw_gw_panel.rda",
    download_format="rda",
    licence="GPL-2",
    file_patterns=("cw_gw_panel*.csv",),
    columns={"stateabb": "str", "year": "int", "gwcode": "int", "ccode": "int"},
    code_system="none",
    key=("ccode", "gwcode", "year", "stateabb"),
    normalise=_normalise,
    date_range=year_range(),
)
