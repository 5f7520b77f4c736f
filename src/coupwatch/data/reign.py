"""REIGN (Rulers, Elections, and Irregular Governance): leaders, regimes and elections.

REIGN files mix Latin-1 and UTF-8 text, so they are read as Latin-1, which never fails.
"""

from __future__ import annotations

import pandas as pd

from coupwatch.data.spec import SourceSpec, date_span, year_range

_CITATION = (
    "Bell, Curtis, Clayton Besaw and Matthew Frank. 2021. The Rulers, Elections, and Irregular "
    "Governance (REIGN) Dataset. Broomfield, CO: One Earth Future."
)
# REIGN codes (West) Germany 255 throughout; COW and G&W give the Federal Republic 260 until
# unification in October 1990.
_CODE_FIXES: dict[tuple[int, int | None], int] = {(255, year): 260 for year in range(1945, 1991)}
_PAGE = "https://oefdatascience.github.io/REIGN.github.io/menu/reign_current.html"
_BASE = "https://raw.githubusercontent.com/OEFDataScience/REIGN.github.io/gh-pages/data_sets/"


def _dates(year: pd.Series, month: pd.Series, day: pd.Series) -> pd.Series:
    """Dates from year, month and day columns; missing where any part is missing or invalid."""
    text = year.astype("string") + "-" + month.astype("string") + "-" + day.astype("string")
    return pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")


def _normalise_leaders(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame[
        ["gwcode", "ccode", "stateabb", "leadid", "leader", "sdate", "smonth", "syear",
         "emonth", "eyear", "birthyear", "gender", "militarycareer"]
    ].copy()  # fmt: skip
    out["start"] = _dates(out["syear"], out["smonth"], out["sdate"].fillna(1))
    out["end_month"] = _dates(out["eyear"], out["emonth"], pd.Series(1, index=out.index))
    return out.sort_values(["gwcode", "start"]).reset_index(drop=True)


def _leader_range(frame: pd.DataFrame) -> tuple[object, object]:
    first = frame["start"].min()
    last = frame["end_month"].max()
    return first.date(), (None if pd.isna(last) else last.date())


LEADERS = SourceSpec(
    name="reign_leaders",
    title="REIGN leader list",
    citation=_CITATION,
    url=_PAGE,
    download_url=_BASE + "leaderlist_3_21.csv",
    licence=None,
    file_patterns=("reign_leaderlist*.csv", "leaderlist*.csv"),
    columns={
        "stateabb": "str",
        "ccode": "int",
        "leadid": "str",
        "leader": "str",
        "sdate": "int",
        "smonth": "int",
        "syear": "int",
        "emonth": "int",
        "eyear": "int",
        "birthyear": "int",
        "gender": "int",
        "militarycareer": "float",
    },
    code_system="cow",
    code_column="ccode",
    year_column="syear",
    key=("leadid", "syear", "smonth", "sdate"),
    encoding="latin-1",
    na_values=("", "NA", "-99"),
    value_ranges={"smonth": (1, 12), "emonth": (1, 12), "militarycareer": (0, 1)},
    depends_on=("cow_gw_crosswalk",),
    code_fixes=_CODE_FIXES,
    normalise=_normalise_leaders,
    date_range=_leader_range,
)


def _prepare_regimes(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out["start"] = pd.to_datetime(out["gwf_startdate"], format="%m/%d/%Y", errors="coerce")
    out["end"] = pd.to_datetime(out["gwf_enddate"], format="%m/%d/%Y", errors="coerce")
    out["start_year"] = out["start"].dt.year.clip(lower=1816).astype("Int64")
    return out


def _normalise_regimes(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame[["gwcode", "cowcode", "gwf_country", "gwf_casename", "start", "end",
                 "gwf_regimetype"]]  # fmt: skip
    return out.rename(columns={"gwf_regimetype": "regime_type"}).sort_values(["gwcode", "start"])


REGIMES = SourceSpec(
    name="reign_regimes",
    title="REIGN regime list",
    citation=_CITATION,
    url=_PAGE,
    download_url=_BASE + "regime_list.csv",
    licence=None,
    file_patterns=("reign_regime_list*.csv", "regime_list*.csv"),
    columns={
        "cowcode": "int",
        "gwf_country": "str",
        "gwf_casename": "str",
        "gwf_startdate": "str",
        "gwf_enddate": "str",
        "gwf_regimetype": "str",
    },
    code_system="cow",
    code_column="cowcode",
    year_column="start_year",
    encoding="latin-1",
    depends_on=("cow_gw_crosswalk",),
    code_fixes=_CODE_FIXES,
    prepare=_prepare_regimes,
    normalise=_normalise_regimes,
    date_range=date_span("start", "end"),
)


def _normalise_elections(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out["elec_day"] = pd.to_numeric(out["elec_day"], errors="coerce").astype("Int64")
    keep = ["gwcode", "ccode", "country", "electionnumber", "elec_year", "elec_month",
            "elec_day", "sequence", "event", "elecnum", "type", "direct", "regular",
            "victory", "change", "runoff"]  # fmt: skip
    return out[keep].sort_values(["gwcode", "elec_year", "elec_month"]).reset_index(drop=True)


ELECTIONS = SourceSpec(
    name="reign_elections",
    title="REIGN election list",
    citation=_CITATION,
    url=_PAGE,
    download_url=_BASE + "electionlist_3_21.csv",
    licence=None,
    file_patterns=("reign_electionlist*.csv", "electionlist*.csv"),
    columns={
        "ccode": "int",
        "electionnumber": "int",
        "country": "str",
        "elec_year": "int",
        "elec_month": "int",
        "elec_day": "str",
        "event": "str",
        "type": "str",
        "regular": "str",
        "change": "str",
    },
    code_system="cow",
    code_column="ccode",
    year_column="elec_year",
    encoding="latin-1",
    value_ranges={"elec_month": (1, 12)},
    depends_on=("cow_gw_crosswalk",),
    code_fixes=_CODE_FIXES,
    normalise=_normalise_elections,
    date_range=year_range("elec_year"),
)
