"""Cline Center Coup d'État Project: realised, attempted and conspired coups since 1945."""

from __future__ import annotations

import pandas as pd

from coupwatch.data.spec import SourceSpec, year_range

_FLAGS = ("unrealized", "realized", "conspiracy", "attempt", "military", "palace", "foreign")


def _normalise(frame: pd.DataFrame) -> pd.DataFrame:
    keep = ["coup_id", "gwcode", "cowcode", "country", "year", "month", "day", "event_type"]
    return frame[keep + list(_FLAGS)].sort_values(["year", "month", "day"]).reset_index(drop=True)


SPEC = SourceSpec(
    name="cline",
    title="Cline Center coup events",
    citation=(
        "Peyton, Buddy, Joseph Bajjalieh, Dan Shalmon, Michael Martin, Jonathan Bonaguro and "
        "Emilio Soto. 2024. Cline Center Coup d'État Project Dataset, v2.1.3. Cline Center for "
        "Advanced Social Research, University of Illinois Urbana-Champaign. "
        "doi:10.13012/B2IDB-9651987_V7"
    ),
    url="https://databank.illinois.edu/datasets/IDB-3143201",
    # The Illinois Data Bank serves the dataset's files together as one zip archive.
    download_url="https://databank.illinois.edu/datasets/IDB-3143201/download",
    download_format="zip",
    download_member="Coup_Data_v*.csv",
    licence=None,
    file_patterns=("coup_data_v*.csv", "cline*coup*.csv"),
    columns={
        "coup_id": "str",
        "cowcode": "int",
        "country": "str",
        "year": "int",
        "month": "int",
        "day": "int",
        "event_type": "str",
        **{flag: "int" for flag in _FLAGS},
    },
    code_system="cow",
    code_column="cowcode",
    year_column="year",
    key=("coup_id",),
    value_ranges={"month": (1, 12), "day": (1, 31)},
    depends_on=("cow_gw_crosswalk",),
    # Two rows carry codes that are not COW codes for the country named in the row:
    # Russia 1993 is coded 393 (COW Russia is 365) and Serbia 1999 is coded 340, which
    # G&W gives to Serbia only from 2006 (Yugoslavia, 345, before).
    code_fixes={(393, 1993): 365, (340, 1999): 345},
    normalise=_normalise,
    date_range=year_range(),
)
