"""Feature steps for the country-month panel.

Every ``add_*`` step is a left join onto the panel that keeps its row count, and every feature
of month t uses only what was known at the end of month t−1: coup events up to t−1, the leader
and regime in office at the end of t−1, elections held up to t−1, and yearly covariates of the
previous calendar year (a year's figures are known only once it has ended).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from coupwatch.leaders.elections import CAP_MONTHS, election_history
from coupwatch.panel.months import month_index, of_dates
from coupwatch.panel.outcomes import event_counts

#: Months a yearly covariate may be carried past its last observed year.
MAX_CARRY_YEARS = 3
#: Cap on "months since the last attempt" for states with none on record.
NEVER_MONTHS = 720
#: Prefix of the region indicator columns (``region_is_sub_saharan_africa`` …).
REGION_PREFIX = "region_is_"


def _check_rows(before: pd.DataFrame, after: pd.DataFrame, step: str) -> pd.DataFrame:
    if len(before) != len(after):
        raise AssertionError(f"{step} changed the panel's row count")
    return after


def _history_grid(
    panel: pd.DataFrame, events: pd.DataFrame
) -> tuple[np.ndarray, int, np.ndarray, np.ndarray]:
    codes = np.union1d(panel["gwcode"].unique(), events["gwcode"].unique()).astype(int)
    first = int(min(panel["mi"].min(), events["mi"].min() if len(events) else panel["mi"].min()))
    last = int(panel["mi"].max())
    counts = event_counts(events, codes, first, last)
    state = np.searchsorted(codes, panel["gwcode"].to_numpy())
    m = panel["mi"].to_numpy() - first
    return counts, first, state, m


def _decayed(counts: np.ndarray, half_life: float) -> np.ndarray:
    """Exponentially decayed sum of counts *before* each month: d[t] = r·d[t−1] + c[t−1]."""
    rate = 0.5 ** (1.0 / half_life)
    out = np.zeros_like(counts, dtype=float)
    for t in range(1, counts.shape[1]):
        out[:, t] = rate * out[:, t - 1] + counts[:, t - 1]
    return out


def add_coup_history(panel: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Months since the last attempt, attempt counts over 1, 5 and 10 years, decayed history."""
    counts, _, state, m = _history_grid(panel, events)
    attempts, successes = counts[:, :, 0], counts[:, :, 1]
    cum = np.concatenate([np.zeros((len(counts), 1)), attempts.cumsum(axis=1)], axis=1)
    cum_success = np.concatenate([np.zeros((len(counts), 1)), successes.cumsum(axis=1)], axis=1)
    out = panel.copy()
    for years in (1, 5, 10):
        lo = np.clip(m - 12 * years, 0, None)
        out[f"attempts_{years}y"] = cum[state, m] - cum[state, lo]
    lo = np.clip(m - 120, 0, None)
    out["successes_10y"] = cum_success[state, m] - cum_success[state, lo]
    # Month of the latest attempt strictly before each month, by forward-filling event months.
    months = np.arange(attempts.shape[1])
    last_seen = np.where(attempts > 0, months, -1)
    last_seen = np.maximum.accumulate(last_seen, axis=1)
    before = np.concatenate([np.full((len(counts), 1), -1), last_seen[:, :-1]], axis=1)
    since = np.where(before[state, m] >= 0, m - before[state, m], NEVER_MONTHS)
    out["never_attempted"] = (before[state, m] < 0).astype(float)
    out["log_months_since_attempt"] = np.log1p(np.minimum(since, NEVER_MONTHS))
    for label, half_life in (("1y", 12), ("5y", 60), ("20y", 240)):
        out[f"attempt_decay_{label}"] = _decayed(attempts, half_life)[state, m]
    return _check_rows(panel, out, "add_coup_history")


def add_regional_contagion(
    panel: pd.DataFrame, events: pd.DataFrame, regions: pd.Series
) -> pd.DataFrame:
    """Attempts elsewhere in the same region, and worldwide, over the previous 12 months.

    ``regions`` maps G&W code to region name.
    """
    region_of = events["gwcode"].map(regions)
    first = int(min(panel["mi"].min(), events["mi"].min()))
    last = int(panel["mi"].max())
    names = np.array(sorted(regions.dropna().unique()))
    grid = np.zeros((len(names), last - first + 1))
    world = np.zeros(last - first + 1)
    for r, month in zip(region_of, events["mi"], strict=True):
        if first <= month <= last:
            world[month - first] += 1
            if isinstance(r, str):
                grid[np.searchsorted(names, r), month - first] += 1
    cum = np.concatenate([np.zeros((len(names), 1)), grid.cumsum(axis=1)], axis=1)
    cum_world = np.concatenate([[0.0], world.cumsum()])
    m = panel["mi"].to_numpy() - first
    lo = np.clip(m - 12, 0, None)
    own_counts, _, state, own_m = _history_grid(panel, events)
    own = own_counts[:, :, 0]
    own_cum = np.concatenate([np.zeros((len(own), 1)), own.cumsum(axis=1)], axis=1)
    own_1y = own_cum[state, own_m] - own_cum[state, np.clip(own_m - 12, 0, None)]
    panel_region = panel["gwcode"].map(regions)
    idx = np.searchsorted(names, panel_region.fillna(names[0]).to_numpy())
    in_region = cum[idx, m] - cum[idx, lo]
    out = panel.copy()
    out["region_attempts_1y"] = np.where(panel_region.notna(), in_region - own_1y, 0.0)
    out["world_attempts_1y"] = cum_world[m] - cum_world[lo] - own_1y
    return _check_rows(panel, out, "add_regional_contagion")


def _latest_spell(panel: pd.DataFrame, spells: pd.DataFrame, start_mi: str) -> pd.DataFrame:
    """For each panel row, the spell that most recently started at or before month t−1."""
    left = panel[["gwcode", "mi"]].assign(known=panel["mi"] - 1, _row=np.arange(len(panel)))
    right = spells.dropna(subset=[start_mi]).astype({start_mi: "int64"})
    merged = pd.merge_asof(
        left.sort_values("known"),
        right.sort_values(start_mi),
        left_on="known",
        right_on=start_mi,
        by="gwcode",
        direction="backward",
    )
    return merged.sort_values("_row").reset_index(drop=True)


def add_leader(panel: pd.DataFrame, leaders: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Tenure, age and military background of the leader in office at the end of month t−1,
    and whether that leader took power in the month of a successful coup (or the next)."""
    spells = leaders[["gwcode", "start", "birthyear", "militarycareer"]].copy()
    spells["gwcode"] = spells["gwcode"].astype(int)
    spells["start_mi"] = of_dates(spells["start"])
    coup_months = set(
        zip(events.loc[events["success"], "gwcode"], events.loc[events["success"], "mi"],
            strict=True)
    )  # fmt: skip
    spells["came_by_coup"] = [
        float((g, s) in coup_months or (g, s - 1) in coup_months)
        for g, s in zip(spells["gwcode"], spells["start_mi"].fillna(-10), strict=True)
    ]
    spells = spells.drop_duplicates(["gwcode", "start_mi"], keep="last")
    merged = _latest_spell(panel, spells, "start_mi")
    out = panel.copy()
    tenure = (merged["known"] - merged["start_mi"]).astype(float)
    out["leader_log_tenure"] = np.log1p(tenure.clip(lower=0)).to_numpy()
    out["leader_age"] = (merged["known"] // 12 - merged["birthyear"]).astype(float).to_numpy()
    out["leader_military"] = merged["militarycareer"].astype(float).to_numpy()
    out["leader_came_by_coup"] = merged["came_by_coup"].astype(float).to_numpy()
    return _check_rows(panel, out, "add_leader")


#: A leader counts as new for :func:`add_interactions` up to this many months in office.
NEW_LEADER_MONTHS = 24


def add_interactions(panel: pd.DataFrame) -> pd.DataFrame:
    """Interactions the coup literature points to, from features already on the panel (so
    known at the end of month t−1): a military regime with recent coups, and a leader who
    took power in a coup and has been in office at most :data:`NEW_LEADER_MONTHS` months.

    Missing regime or leader data count as "no" (0).
    """
    out = panel.copy()
    if "regime_military" in panel:
        military = panel["regime_military"].fillna(0.0)
        out["military_x_recent_coups"] = military * np.log1p(panel["attempts_5y"])
    if "leader_came_by_coup" in panel:
        tenure = np.expm1(panel["leader_log_tenure"])
        new = (np.rint(tenure) <= NEW_LEADER_MONTHS).astype(float)
        out["coup_leader_still_new"] = panel["leader_came_by_coup"].fillna(0.0) * new
    return _check_rows(panel, out, "add_interactions")


#: REIGN regime types grouped into the families the coup literature distinguishes.
REGIME_GROUPS = {
    "parliamentary": "democracy",
    "presidential": "democracy",
    "military": "military",
    "military personal": "military",
    "indirect military": "military",
    "provisional military": "military",
    "party-military": "military",
    "party-personal-military": "military",
    "personal": "personal",
    "party-personal": "personal",
    "party-based": "party",
    "monarchy": "monarchy",
    "oligarchy": "other",
    "provisional": "provisional",
    "civilian provisional": "provisional",
    "foreign-occupied": "other",
    "warlordism": "other",
}
REGIME_FAMILIES = ("democracy", "military", "personal", "party", "monarchy", "provisional")


def add_regime(panel: pd.DataFrame, regimes: pd.DataFrame) -> pd.DataFrame:
    """Regime family (one indicator each) and regime age at the end of month t−1."""
    spells = regimes[["gwcode", "start", "regime_type"]].copy()
    spells["gwcode"] = spells["gwcode"].astype(int)
    spells["start_mi"] = of_dates(spells["start"])
    spells = spells.drop_duplicates(["gwcode", "start_mi"], keep="last")
    merged = _latest_spell(panel, spells, "start_mi")
    family = merged["regime_type"].map(REGIME_GROUPS)
    out = panel.copy()
    for name in REGIME_FAMILIES:
        out[f"regime_{name}"] = np.where(family.isna(), np.nan, (family == name).astype(float))
    age = (merged["known"] - merged["start_mi"]).astype(float)
    out["regime_log_age"] = np.log1p(age.clip(lower=0)).to_numpy()
    return _check_rows(panel, out, "add_regime")


def add_yearly(
    panel: pd.DataFrame, table: pd.DataFrame, columns: list[str], name: str
) -> pd.DataFrame:
    """Join yearly covariates of the previous calendar year, carried forward at most
    :data:`MAX_CARRY_YEARS` years when the series has ended; adds ``{name}_carried``."""
    left = panel[["gwcode"]].assign(want=panel["mi"] // 12 - 1, _row=np.arange(len(panel)))
    right = table[["gwcode", "year", *columns]].dropna(subset=columns, how="all")
    right = right.astype({"gwcode": int, "year": "int64"}).rename(columns={"year": "src_year"})
    merged = pd.merge_asof(
        left.sort_values("want"),
        right.sort_values("src_year"),
        left_on="want",
        right_on="src_year",
        by="gwcode",
        direction="backward",
        tolerance=MAX_CARRY_YEARS,
    ).sort_values("_row")
    out = panel.copy()
    for column in columns:
        out[column] = merged[column].to_numpy(dtype=float)
    gap = (merged["want"] - merged["src_year"]).to_numpy(dtype=float)
    out[f"{name}_carried"] = np.where(np.isnan(gap), np.nan, (gap > 0).astype(float))
    return _check_rows(panel, out, f"add_yearly({name})")


def add_democracy(panel: pd.DataFrame, democracy: pd.DataFrame) -> pd.DataFrame:
    """Polity2, V-Dem polyarchy and extended UDS, plus an anocracy indicator (−5 … 5)."""
    out = add_yearly(panel, democracy, ["polity2", "v2x_polyarchy", "euds"], "democracy")
    out["anocracy"] = np.where(
        out["polity2"].isna(), np.nan, out["polity2"].between(-5, 5).astype(float)
    )
    return out


def add_economy(panel: pd.DataFrame, gdp_pop: pd.DataFrame) -> pd.DataFrame:
    """Log GDP per capita, its growth over the previous year, and log population."""
    table = gdp_pop[["gwcode", "year", "mrgdppc", "pwtpop"]].sort_values(["gwcode", "year"])
    table = table.assign(
        log_gdppc=np.log(table["mrgdppc"]),
        log_pop=np.log(table["pwtpop"] * 1e6),
    )
    previous = table.groupby("gwcode")["log_gdppc"].shift(1)
    contiguous = table.groupby("gwcode")["year"].diff() == 1
    table["gdppc_growth"] = np.where(contiguous, table["log_gdppc"] - previous, np.nan)
    return add_yearly(panel, table, ["log_gdppc", "gdppc_growth", "log_pop"], "economy")


def add_infant_mortality(panel: pd.DataFrame, infmort: pd.DataFrame) -> pd.DataFrame:
    """Infant mortality, relative to the year's world distribution."""
    return add_yearly(panel, infmort, ["infmort_yearadj"], "infmort")


def add_conflict(panel: pd.DataFrame, conflict: pd.DataFrame) -> pd.DataFrame:
    """Internal armed conflict, war and external conflict indicators."""
    columns = ["internal_confl", "war", "ext_conf"]
    return add_yearly(panel, conflict, columns, "conflict")


def add_state_age(panel: pd.DataFrame, gw_states: pd.DataFrame) -> pd.DataFrame:
    """Log of months since the state's (latest) independence."""
    spells = gw_states[["gwcode", "start"]].copy()
    spells["gwcode"] = spells["gwcode"].astype(int)
    spells["start_mi"] = of_dates(spells["start"])
    merged = _latest_spell(panel, spells, "start_mi")
    out = panel.copy()
    age = (merged["known"] - merged["start_mi"]).astype(float).clip(lower=0)
    out["log_state_age"] = np.log1p(age).to_numpy()
    return _check_rows(panel, out, "add_state_age")


def region_slug(region: str) -> str:
    """Column-safe form of a region name: ``Sub-Saharan Africa`` → ``sub_saharan_africa``."""
    return "_".join("".join(ch if ch.isalnum() else " " for ch in region.lower()).split())


def add_regions(panel: pd.DataFrame, regions: pd.Series) -> pd.DataFrame:
    """One 0/1 indicator per world region (fixed over time, so nothing is looked ahead).

    ``regions`` maps G&W code to region name.
    """
    region = panel["gwcode"].map(regions)
    out = panel.copy()
    for name in sorted(regions.dropna().unique()):
        out[REGION_PREFIX + region_slug(name)] = (region == name).astype(float).to_numpy()
    return _check_rows(panel, out, "add_regions")


#: Cap on "months since the last vote", and its value for a state with no vote on record.
VOTE_CAP_MONTHS = CAP_MONTHS
#: A vote at most this many months before month t counts as recent.
RECENT_VOTE_MONTHS = 6
#: Columns added by :func:`add_elections`.
ELECTION_COLUMNS = ("log_months_since_vote", "vote_last_6m", "no_vote_on_record")


def _election_coverage_end(elections: pd.DataFrame) -> int:
    """Last month the election list covers: December of its last year."""
    return int(month_index(int(elections["elec_year"].max()), 12))


def add_elections(panel: pd.DataFrame, elections: pd.DataFrame) -> pd.DataFrame:
    """Time since the latest national vote (legislative or executive, REIGN) held by the end of
    month t−1: ``log_months_since_vote`` (log of 1 + months, capped at
    :data:`VOTE_CAP_MONTHS`, which is also the value with no vote on record), ``vote_last_6m``
    and the flag ``no_vote_on_record``.

    Votes are those of :func:`coupwatch.leaders.elections.election_history`; a vote dated month
    m counts from month m+1. Months past the end of the election list are left missing.
    """
    votes = election_history(elections)[["gwcode", "mi"]].rename(columns={"mi": "vote_mi"})
    votes = votes.astype({"gwcode": int})
    merged = _latest_spell(panel, votes, "vote_mi")
    since = (merged["known"] + 1 - merged["vote_mi"]).to_numpy(dtype=float)
    none = np.isnan(since)
    since = np.minimum(np.where(none, VOTE_CAP_MONTHS, since), VOTE_CAP_MONTHS)
    covered = (merged["known"] <= _election_coverage_end(elections)).to_numpy()
    out = panel.copy()
    values = {
        "log_months_since_vote": np.log1p(since),
        "vote_last_6m": (since <= RECENT_VOTE_MONTHS).astype(float),
        "no_vote_on_record": none.astype(float),
    }
    for column in ELECTION_COLUMNS:
        out[column] = np.where(covered, values[column], np.nan)
    return _check_rows(panel, out, "add_elections")
