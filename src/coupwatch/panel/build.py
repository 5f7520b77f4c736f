"""Assemble the country-month panel from the stored sources."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from coupwatch.data.registry import REQUIRED_FOR_PANEL
from coupwatch.errors import CoupwatchError
from coupwatch.geo.countries import load_countries
from coupwatch.panel import features as f
from coupwatch.panel.months import month_index
from coupwatch.panel.outcomes import HORIZONS, add_outcomes, coup_events
from coupwatch.panel.skeleton import state_months
from coupwatch.store import Store

#: First month of the panel: Powell & Thyne coverage starts in 1950.
PANEL_START = month_index(1950, 1)

ID_COLUMNS = ("gwcode", "mi")


@dataclass(frozen=True)
class Panel:
    """The panel frame, its feature columns and the last month of coup data."""

    frame: pd.DataFrame
    features: list[str]
    data_end: int

    def outcome(self, kind: str, horizon: int) -> str:
        """Name of the outcome column for a kind (attempt, success, failed) and horizon."""
        return f"{kind}_h{horizon}"


def load_tables(store: Store) -> dict[str, pd.DataFrame]:
    """Read the stored sources the panel uses; optional ones may be missing."""
    missing = [name for name in REQUIRED_FOR_PANEL if name not in store.imported_sources()]
    if missing:
        raise CoupwatchError(
            f"the store lacks {', '.join(missing)}; run `coupwatch data import` or "
            "`coupwatch data fetch` first"
        )
    names = (
        "gw_states", "powell_thyne", "reign_leaders", "reign_regimes", "democracy",
        "gdp_pop", "infant_mortality", "armed_conflict", "reign_elections",
    )  # fmt: skip
    return {name: store.source_table(name) for name in names if name in store.imported_sources()}


def data_end_month(powell_thyne: pd.DataFrame) -> int:
    """Last month covered by the coup event list: December of its last year."""
    return month_index(int(powell_thyne["year"].max()), 12)


def build_panel(tables: dict[str, pd.DataFrame], data_end: int | None = None) -> Panel:
    """Build the panel from source tables, through one month past the end of coup data
    (that last month's rows are the ones a forecast made at the data's end predicts)."""
    end = data_end if data_end is not None else data_end_month(tables["powell_thyne"])
    events = coup_events(tables["powell_thyne"])
    events = events[events["mi"] <= end]
    panel = state_months(tables["gw_states"], PANEL_START, end + 1)
    base = list(panel.columns)
    panel = f.add_coup_history(panel, events)
    regions = load_countries().set_index("gwcode")["region"]
    panel = f.add_regional_contagion(panel, events, regions)
    panel = f.add_regions(panel, regions)
    panel = f.add_state_age(panel, tables["gw_states"])
    optional_steps = (
        ("reign_leaders", lambda p, t: f.add_leader(p, t, events)),
        ("reign_regimes", f.add_regime),
        ("democracy", f.add_democracy),
        ("gdp_pop", f.add_economy),
        ("infant_mortality", f.add_infant_mortality),
        ("armed_conflict", f.add_conflict),
    )
    for name, step in optional_steps:
        if name in tables:
            panel = step(panel, tables[name])
    panel = f.add_interactions(panel)
    if "reign_elections" in tables:  # last, the column order it was validated with
        panel = f.add_elections(panel, tables["reign_elections"])
    feature_columns = [c for c in panel.columns if c not in base]
    panel = add_outcomes(panel, events, end, HORIZONS)
    return Panel(panel, feature_columns, end)


def with_horizons(panel: Panel, powell_thyne: pd.DataFrame, horizons: tuple[int, ...]) -> Panel:
    """The panel with outcome columns for every horizon asked (computed from the events)."""
    missing = tuple(h for h in horizons if panel.outcome("attempt", h) not in panel.frame)
    if not missing:
        return panel
    events = coup_events(powell_thyne)
    events = events[events["mi"] <= panel.data_end]
    frame = add_outcomes(panel.frame, events, panel.data_end, missing)
    return Panel(frame, panel.features, panel.data_end)
