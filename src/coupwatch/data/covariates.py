"""Yearly country covariates keyed by Gleditsch–Ward code: democracy, economy, health, conflict.

Each table here is a plain state-year panel, so the sources share one helper.
"""

from __future__ import annotations

import pandas as pd

from coupwatch.data.crosswalk import ISARD_DATA
from coupwatch.data.spec import ColumnType, SourceSpec, year_range

_ISARD = "https://github.com/svmiller/isard"
_DEMSPACES = "https://github.com/andybega/ds-external-data"
#: The ds-external-data outputs at the commit these sources were checked against.
_DEMSPACES_DATA = (
    "https://raw.githubusercontent.com/andybega/ds-external-data/"
    "e421def8d83acc5b641c38d6800e51517d582f62/{}/output/{}"
)


def _panel(columns: dict[str, ColumnType]) -> dict[str, ColumnType]:
    return {"gwcode": "int", "year": "int", **columns}


def _normalise(keep: list[str]):
    def _select(frame: pd.DataFrame) -> pd.DataFrame:
        return (
            frame[["gwcode", "year", *keep]].sort_values(["gwcode", "year"]).reset_index(drop=True)
        )

    return _select


def _state_year(
    name: str,
    title: str,
    citation: str,
    urls: tuple[str, str],
    licence: str | None,
    patterns: tuple[str, ...],
    columns: dict[str, ColumnType],
) -> SourceSpec:
    page, download = urls
    return SourceSpec(
        name=name,
        title=title,
        citation=citation,
        url=page,
        download_url=download,
        download_format="rda" if download.endswith(".rda") else "csv",
        licence=licence,
        file_patterns=patterns,
        columns=_panel(columns),
        code_system="gw",
        code_column="gwcode",
        year_column="year",
        key=("gwcode", "year"),
        depends_on=("gw_states",),
        normalise=_normalise(list(columns)),
        date_range=year_range(),
    )


DEMOCRACY = _state_year(
    "democracy",
    "Democracy scores (UDS, Polity5, V-Dem polyarchy)",
    "Marquez, Xavier. 2016. A Quick Method for Extending the Unified Democracy Scores; "
    "Marshall, Monty G. and Ted Robert Gurr. 2020. Polity5; Coppedge et al. 2025. V-Dem v15. "
    "Compiled in the isard R package by Steven V. Miller.",
    (_ISARD, ISARD_DATA + "gw_democracy.rda"),
    "GPL-2 (isard compilation)",
    ("gw_democracy*.csv",),
    {"euds": "float", "aeuds": "float", "polity2": "float", "v2x_polyarchy": "float"},
)

GDP_POP = _state_year(
    "gdp_pop",
    "GDP per capita and population estimates",
    "Fariss, Christopher J., Therese Anders, Jonathan N. Markowitz and Miriam Barnum. 2022. "
    '"New Estimates of Over 500 Years of Historic GDP and Population Data." Journal of '
    "Conflict Resolution 66(3): 553-591. Compiled in the isard R package.",
    (_ISARD, ISARD_DATA + "gw_gdppop.rda"),
    "GPL-2 (isard compilation)",
    ("gw_gdppop*.csv",),
    {"mrgdppc": "float", "pwtrgdp": "float", "pwtpop": "float"},
)

INFANT_MORTALITY = _state_year(
    "infant_mortality",
    "Infant mortality (World Bank WDI, gap-filled)",
    "World Bank. World Development Indicators, SP.DYN.IMRT.IN; cleaned by Andreas Beger for "
    "the V-Dem Democratic Spaces project (ds-external-data).",
    (_DEMSPACES, _DEMSPACES_DATA.format("infmort", "wdi-infmort.csv")),
    "CC BY 4.0 (WDI)",
    ("wdi-infmort*.csv",),
    {"infmort": "float", "infmort_yearadj": "float", "infmort_imputed": "bool"},
)

ARMED_CONFLICT = _state_year(
    "armed_conflict",
    "Armed conflict (UCDP/PRIO ACD by country-year)",
    'Gleditsch, Nils Petter et al. 2002. "Armed Conflict 1946-2001: A New Dataset." Journal '
    "of Peace Research 39(5); Davies, Pettersson and Öberg. 2022. UCDP/PRIO ACD v22.1; "
    "aggregated to country-years by Andreas Beger (ds-external-data).",
    (_DEMSPACES, _DEMSPACES_DATA.format("acd", "acd.csv")),
    "CC BY 4.0 (UCDP)",
    ("acd.csv",),
    {
        "internal_confl": "int",
        "internal_confl_major": "int",
        "war": "int",
        "any_conflict": "int",
        "ext_conf": "int",
    },
)
