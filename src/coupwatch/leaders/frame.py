"""Leader-month rows and their features.

A spell contributes one row for every month it covers (from 1950, when the country panel starts,
to the end of the data); the row's class is the spell's exit cause in its last month and
``remain`` otherwise. Features of month t use what was known at the end of t−1: the country
panel's month-t row (coup history, regime, democracy, economy, conflict) and the elections held by
then. When forecasting several months ahead, the country features stay at their first month's
values while tenure, age and the electoral clock advance.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from coupwatch.geo.countries import REGIONS, load_countries
from coupwatch.leaders import causes as c
from coupwatch.leaders.coupcast import with_coup_forecast
from coupwatch.leaders.elections import CAP_MONTHS, election_features, election_history
from coupwatch.leaders.spells import build_spells
from coupwatch.panel.build import PANEL_START, Panel, build_panel, load_tables
from coupwatch.store import Store

LEADER_FEATURES = [
    "age", "tenure", "log_tenure", "military", "irregular_entry", "returning",
    "months_since_election", "months_to_election", "election_interval",
]  # fmt: skip
REGION_FEATURES = [f"region_{i}" for i in range(len(REGIONS))]
#: Country-panel features not used: its REIGN-based leader and region columns are replaced.
_SKIP_PANEL = ("leader_", "region_is_")


@dataclass(frozen=True)
class LeaderData:
    """Everything the leader models need: spells, country panel and the electoral calendar."""

    spells: pd.DataFrame
    panel: Panel
    elections: pd.DataFrame

    @property
    def data_end(self) -> int:
        """Last month of data (month index)."""
        return self.panel.data_end

    @property
    def country_features(self) -> list[str]:
        """Country-panel columns used as features."""
        return [f for f in self.panel.features if not f.startswith(_SKIP_PANEL)]

    @property
    def features(self) -> list[str]:
        """Every model feature, in a fixed order."""
        return [*LEADER_FEATURES, *REGION_FEATURES, *self.country_features]


def load_leader_data(store: Store) -> LeaderData:
    """Read the sources from the store and assemble spells, panel (with the country's coup
    forecast, see :mod:`coupwatch.leaders.coupcast`) and elections."""
    tables = load_tables(store)
    for name in ("archigos", "reign_elections"):
        tables[name] = store.source_table(name)
    # The leader models were validated on the country panel without its electoral-calendar
    # columns; they keep their own (months since and to elections, counted to each month).
    country = {name: table for name, table in tables.items() if name != "reign_elections"}
    return LeaderData(
        build_spells(tables),
        with_coup_forecast(build_panel(country)),
        election_history(tables["reign_elections"]),
    )


def spell_months(spells: pd.DataFrame, data_end: int) -> pd.DataFrame:
    """One row per spell and month covered (from the panel start), with ``label`` (class index;
    −1 for an exit of unknown cause)."""
    first = spells["observed_mi"].clip(lower=PANEL_START).to_numpy()
    last = np.minimum(spells["end_mi"].to_numpy(), data_end)
    counts = np.clip(last - first + 1, 0, None)
    position = np.repeat(np.arange(len(spells)), counts)
    offsets = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    rows = spells.iloc[position].reset_index(drop=True)
    rows["mi"] = first[position] + offsets
    code = {name: i for i, name in enumerate(c.CLASSES)}
    exit_class = rows["cause"].map(code).fillna(-1).astype(int)
    exit_class[rows["cause"].eq(c.CENSORED)] = 0
    rows["label"] = np.where(rows["mi"].eq(rows["end_mi"]), exit_class, 0)
    return rows


def in_office(spells: pd.DataFrame, as_of: int) -> pd.DataFrame:
    """Spells running at the end of month ``as_of``."""
    running = (spells["observed_mi"] <= as_of) & (
        (spells["end_mi"] > as_of) | (spells["cause"].eq(c.CENSORED) & spells["end_mi"].eq(as_of))
    )
    return spells.loc[running].reset_index(drop=True)


def _returning(spells: pd.DataFrame) -> pd.Series:
    order = spells.sort_values("start_mi")
    earlier = order.groupby(["gwcode", "person_id"]).cumcount().gt(0).astype(float)
    return earlier.reindex(spells.index)


def features(data: LeaderData, rows: pd.DataFrame, country_mi: pd.Series | None = None):
    """Feature matrix for spell rows at month ``rows.mi``.

    Country features and the last election come from month ``country_mi`` (default: ``mi``);
    tenure, age and the months since/to elections are counted to ``mi``.
    """
    mi = rows["mi"].astype(int)
    base = mi if country_mi is None else country_mi.astype(int)
    spells = data.spells
    returning = _returning(spells)
    key = spells["leader_id"]
    out = pd.DataFrame(index=rows.index)
    out["age"] = ((mi - 1) // 12 - rows["birth_year"]).astype(float)
    out["tenure"] = (mi - rows["start_mi"]).clip(lower=0).astype(float)
    out["log_tenure"] = np.log1p(out["tenure"])
    out["military"] = rows["military"].astype(float)
    out["irregular_entry"] = rows["irregular_entry"].astype(float)
    out["returning"] = rows["leader_id"].map(pd.Series(returning.to_numpy(), index=key))
    calendar = election_features(pd.DataFrame({"gwcode": rows["gwcode"], "mi": base}),
                                 data.elections)  # fmt: skip
    ahead = (mi - base).to_numpy()
    out["months_since_election"] = (calendar["months_since_election"] + ahead).clip(0, CAP_MONTHS)
    out["months_to_election"] = (calendar["months_to_election"] - ahead).clip(
        -CAP_MONTHS, CAP_MONTHS
    )
    out["election_interval"] = calendar["election_interval"]
    region = rows["gwcode"].map(load_countries().set_index("gwcode")["region"])
    for i, name in enumerate(REGIONS):
        out[f"region_{i}"] = region.eq(name).astype(float).to_numpy()
    country = data.panel.frame.set_index(["gwcode", "mi"])[data.country_features]
    index = pd.MultiIndex.from_arrays([rows["gwcode"].astype(int), base])
    joined = country.reindex(index)
    for column in data.country_features:
        out[column] = joined[column].to_numpy()
    return out[data.features]
