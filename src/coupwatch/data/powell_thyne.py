"""Powell & Thyne global instances of coups, 1950–present (one row per attempt)."""

from __future__ import annotations

import pandas as pd

from coupwatch.data.spec import SourceSpec, year_range


def _normalise(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame[["gwcode", "ccode", "country", "year", "month", "day", "coup", "version"]].copy()
    out["success"] = out["coup"] == 2
    return out.sort_values(["year", "month", "day", "gwcode"]).reset_index(drop=True)


SPEC = SourceSpec(
    name="powell_thyne",
    title="Powell & Thyne coup attempts",
    citation=(
        'Powell, Jonathan M. and Clayton L. Thyne. 2011. "Global Instances of Coups from 1950 '
        'to 2010: A New Dataset." Journal of Peace Research 48(2): 249-259.'
    ),
    url="https://www.jonathanmpowell.com/coup-detat-dataset.html",
    download_url="http://www.uky.edu/~clthyn2/coup_data/powell_thyne_coups_final.txt",
    download_format="tsv",
    licence=None,
    file_patterns=("powell_thyne_coups*.csv", "powell_thyne_coups*.txt"),
    columns={
        "country": "str",
        "ccode": "int",
        "ccode_gw": "int",
        "year": "int",
        "month": "int",
        "day": "int",
        "coup": "int",
    },
    delimiter="auto",
    code_system="cow",
    code_column="ccode",
    year_column="year",
    gw_override_column="ccode_gw",
    value_ranges={"coup": (1, 2), "month": (1, 12), "day": (1, 31), "year": (1945, 2100)},
    depends_on=("cow_gw_crosswalk",),
    normalise=_normalise,
    date_range=year_range(),
)
