"""Archigos 4.1: political leaders 1840–2015 with entry and exit manner (G&W codes)."""

from __future__ import annotations

import pandas as pd

from coupwatch.data.spec import SourceSpec, date_span

_KEEP = [
    "obsid", "leadid", "gwcode", "idacr", "leader", "startdate", "enddate", "entry", "exit",
    "exitcode", "prevtimesinoffice", "posttenurefate", "gender", "yrborn", "yrdied",
]  # fmt: skip


def _normalise(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame[_KEEP].copy()
    for column in ("yrborn", "yrdied"):
        out[column] = out[column].where(out[column] > 0)
    return out.sort_values(["gwcode", "startdate"]).reset_index(drop=True)


SPEC = SourceSpec(
    name="archigos",
    title="Archigos 4.1 leaders",
    citation=(
        'Goemans, Henk E., Kristian Skrede Gleditsch and Giacomo Chiozza. 2009. "Introducing '
        'Archigos: A Dataset of Political Leaders." Journal of Peace Research 46(2): 269-283.'
    ),
    url="http://ksgleditsch.com/archigos.html",
    download_url="http://ksgleditsch.com/data/Archigos_4.1_stata14.dta",
    download_format="dta",
    licence=None,
    file_patterns=("archigos_[0-9]*.csv", "archigos.csv"),
    columns={
        "obsid": "str",
        "leadid": "str",
        "ccode": "int",
        "leader": "str",
        "startdate": "date",
        "enddate": "date",
        "entry": "str",
        "exit": "str",
        "exitcode": "str",
        "gender": "str",
        "yrborn": "int",
        "yrdied": "int",
    },
    code_system="gw",
    code_column="ccode",
    key=("obsid",),
    depends_on=("gw_states",),
    normalise=_normalise,
    date_range=date_span("startdate", "enddate"),
)
