"""One table of leader spells: Archigos 4.1 (1840–2015) extended with REIGN to the end of 2019.

Archigos is the authority up to its end (2015-12-31). Each Archigos spell is matched to a REIGN
spell of the same state that started within :data:`START_TOLERANCE_DAYS` days and whose name is
similar (:data:`NAME_SCORE`), which supplies the REIGN military-career coding and, for spells still
running at the end of 2015, the end date. REIGN spells starting after 2015 are added as they are.
See :mod:`coupwatch.leaders.causes` for how exits after 2015 get a cause.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from coupwatch.leaders import causes as c
from coupwatch.leaders.names import similarity
from coupwatch.panel.months import month_index, of_dates

ARCHIGOS_END = pd.Timestamp("2015-12-31")
START_TOLERANCE_DAYS = 92
NAME_SCORE = 60.0
#: Matches closer than this many days need no name check (the two sources spell names apart).
SAME_DAY_TOLERANCE = 7

COLUMNS = [
    "leader_id", "person_id", "gwcode", "leader", "start", "end", "start_mi", "end_mi",
    "observed_mi",
    "birth_year", "military", "irregular_entry", "cause", "cause_source", "reign_leadid",
]  # fmt: skip


def match_reign(archigos: pd.DataFrame, reign: pd.DataFrame) -> pd.DataFrame:
    """Pairs (archigos row, reign row) of the same spell: same state, close start, similar name.

    Each spell is used at most once; closer names and dates win. Returns columns ``a`` and ``r``
    (positional indices) and ``score``.
    """
    left = archigos[["gwcode", "startdate", "leader"]].assign(a=np.arange(len(archigos)))
    right = reign[["gwcode", "start", "leader"]].assign(r=np.arange(len(reign)))
    pairs = left.merge(right, on="gwcode", suffixes=("_a", "_r"))
    days = (pairs["startdate"] - pairs["start"]).dt.days.abs()
    pairs = pairs.assign(days=days).loc[days <= START_TOLERANCE_DAYS]
    pairs["score"] = [
        similarity(x, y) for x, y in zip(pairs["leader_a"], pairs["leader_r"], strict=True)
    ]
    pairs = pairs.loc[(pairs["score"] >= NAME_SCORE) | (pairs["days"] <= SAME_DAY_TOLERANCE)]
    pairs = pairs.sort_values(["score", "days"], ascending=[False, True])
    used_a: set[int] = set()
    used_r: set[int] = set()
    keep = []
    for row in pairs.itertuples():
        if row.a not in used_a and row.r not in used_r:
            used_a.add(row.a)
            used_r.add(row.r)
            keep.append((row.a, row.r, row.score))
    return pd.DataFrame(keep, columns=["a", "r", "score"])


def match_running(archigos: pd.DataFrame, reign: pd.DataFrame, taken: set[int]) -> pd.DataFrame:
    """Pairs for Archigos spells running at 2015-12-31 that :func:`match_reign` left unmatched:
    the REIGN spell of the same state in office on that day, if the names are similar (the two
    sources sometimes date a leader's start apart, e.g. an acting period)."""
    on_last_day = (reign["start"] <= ARCHIGOS_END) & ~(reign["end_month"] < ARCHIGOS_END)
    free = reign.assign(r=np.arange(len(reign))).loc[on_last_day]
    free = free.loc[~free["r"].isin(taken)]
    keep = []
    for a in np.flatnonzero(archigos["enddate"].eq(ARCHIGOS_END).to_numpy()):
        same = free.loc[free["gwcode"] == archigos["gwcode"].iat[a]]
        for row in same.itertuples():
            score = similarity(archigos["leader"].iat[a], row.leader)
            if score >= NAME_SCORE:
                keep.append((a, row.r, score))
                break
    return pd.DataFrame(keep, columns=["a", "r", "score"])


def _coup_months(powell_thyne: pd.DataFrame) -> set[tuple[int, int]]:
    won = powell_thyne.loc[powell_thyne["success"].astype(bool)]
    return set(zip(won["gwcode"].astype(int), month_index(won["year"], won["month"]), strict=True))


def _election_months(elections: pd.DataFrame) -> set[tuple[int, int]]:
    held = elections["event"].str.lower().str.startswith("vote") & elections["type"].isin(
        ["L", "X"]
    )
    rows = elections.loc[held]
    return set(
        zip(rows["gwcode"].astype(int), month_index(rows["elec_year"], rows["elec_month"]),
            strict=True)
    )  # fmt: skip


def _by_coup(gwcode: int, mi: int, coups: set[tuple[int, int]]) -> bool:
    return (gwcode, mi) in coups or (gwcode, mi - 1) in coups


def late_cause(
    gwcode: int, end_mi: int, coups: set[tuple[int, int]], elections: set[tuple[int, int]]
) -> tuple[str, str]:
    """Cause and its evidence for an exit REIGN records without a cause (after 2015)."""
    if _by_coup(gwcode, end_mi, coups):
        return c.IRREGULAR, "powell_thyne_coup"
    if any((gwcode, end_mi - k) in elections for k in range(c.ELECTION_WINDOW + 1)):
        return c.REGULAR, "reign_election"
    return c.UNKNOWN, "no_evidence"


def _archigos_part(
    archigos: pd.DataFrame, reign: pd.DataFrame, coups: set, elections: set, data_end: pd.Timestamp
) -> tuple[pd.DataFrame, set[int]]:
    pairs = match_reign(archigos, reign)
    running_all = archigos["enddate"].eq(ARCHIGOS_END).to_numpy()
    unmatched = archigos.iloc[np.setdiff1d(np.flatnonzero(running_all), pairs["a"])]
    extra = match_running(archigos.loc[unmatched.index], reign, set(pairs["r"]))
    if len(extra):
        extra["a"] = unmatched.index.to_numpy()[extra["a"].to_numpy()]
        pairs = pd.concat([pairs, extra], ignore_index=True)
    pairs = pairs.set_index("a")
    out = pd.DataFrame(
        {
            "leader_id": archigos["obsid"].to_numpy(),
            "person_id": archigos["leadid"].to_numpy(),
            "gwcode": archigos["gwcode"].astype(int).to_numpy(),
            "leader": archigos["leader"].to_numpy(),
            "start": archigos["startdate"].to_numpy(),
            "end": archigos["enddate"].to_numpy(),
            "birth_year": archigos["yrborn"].astype(float).to_numpy(),
            "cause": archigos["exit"].map(c.archigos_cause).to_numpy(),
            "cause_source": "archigos",
            "entry": archigos["entry"].to_numpy(),
        }
    )
    r = pairs.reindex(np.arange(len(out)))["r"]
    matched = r.notna().to_numpy()
    rows = reign.iloc[r[matched].astype(int)]
    out["reign_leadid"] = None
    out.loc[matched, "reign_leadid"] = rows["leadid"].to_numpy()
    out["military"] = np.nan
    out.loc[matched, "military"] = rows["militarycareer"].to_numpy(dtype=float)
    out["birth_year"] = out["birth_year"].fillna(
        pd.Series(rows["birthyear"].to_numpy(dtype=float), index=out.index[matched])
    )
    # Spells ending on Archigos's last day are running, whatever the exit says (one reads
    # "Natural Death" there).
    running_all = out["end"].eq(ARCHIGOS_END).to_numpy()
    out.loc[running_all, ["cause", "cause_source"]] = (c.CENSORED, "archigos")
    running = running_all & matched
    reign_end = pd.Series(pd.NaT, index=out.index, dtype="datetime64[ns]")
    reign_end[running] = rows["end_month"].to_numpy()[running[matched]]
    # When REIGN ends the spell before Archigos's last day the sources disagree: Archigos holds.
    later = ~(reign_end <= ARCHIGOS_END).to_numpy()
    continued = running & later
    ended = continued & reign_end.notna().to_numpy()
    out.loc[continued, "end"] = data_end
    out.loc[ended, "end"] = reign_end[ended]
    for i in np.flatnonzero(ended):
        end_mi = int(of_dates(pd.Series([out.at[i, "end"]])).iloc[0])
        out.loc[i, ["cause", "cause_source"]] = late_cause(
            int(out.at[i, "gwcode"]), end_mi, coups, elections
        )
    out["observed_from"] = out["start"]
    return out, set(pairs["r"].astype(int))


def _reign_part(
    reign: pd.DataFrame,
    archigos: pd.DataFrame,
    used: set[int],
    coups: set,
    elections: set,
    data_end: pd.Timestamp,
) -> pd.DataFrame:
    absent = ~reign["gwcode"].isin(archigos["gwcode"])
    after = ~(reign["end_month"] <= ARCHIGOS_END) & ~np.isin(np.arange(len(reign)), list(used))
    late = reign.loc[absent | after]
    out = pd.DataFrame(
        {
            "leader_id": [
                f"R-{a}-{d:%Y%m%d}" for a, d in zip(late["stateabb"], late["start"], strict=True)
            ],
            "person_id": late["leadid"].to_numpy(),
            "gwcode": late["gwcode"].astype(int).to_numpy(),
            "leader": late["leader"].to_numpy(),
            "start": late["start"].to_numpy(),
            "end": late["end_month"].fillna(data_end).to_numpy(),
            "birth_year": late["birthyear"].astype(float).to_numpy(),
            "military": late["militarycareer"].astype(float).to_numpy(),
            "reign_leadid": late["leadid"].to_numpy(),
            "entry": None,
            "observed_from": late["start"].where(
                absent[late.index], late["start"].clip(lower=ARCHIGOS_END + pd.Timedelta(days=1))
            ),
        }
    )
    ended = late["end_month"].notna().to_numpy()
    end_mi = of_dates(out["end"])
    found = [
        late_cause(g, int(m), coups, elections) if e else (c.CENSORED, "reign")
        for g, m, e in zip(out["gwcode"], end_mi, ended, strict=True)
    ]
    out["cause"] = [f[0] for f in found]
    out["cause_source"] = [f[1] for f in found]
    return out


def build_spells(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Every leader spell with start/end, birth year, military background and exit cause.

    ``tables`` holds ``archigos``, ``reign_leaders``, ``powell_thyne`` and ``reign_elections``.
    Spells still running at the end of the REIGN coverage end at 2019-12-31 with cause
    ``censored``.
    """
    coups = _coup_months(tables["powell_thyne"])
    elections = _election_months(tables["reign_elections"])
    data_end = pd.Timestamp(int(tables["powell_thyne"]["year"].max()), 12, 31)
    reign = tables["reign_leaders"].reset_index(drop=True)
    archigos = tables["archigos"].reset_index(drop=True)
    known, used = _archigos_part(archigos, reign, coups, elections, data_end)
    late = _reign_part(reign, archigos, used, coups, elections, data_end)
    spells = pd.concat([known, late], ignore_index=True)
    spells["start_mi"] = of_dates(spells["start"]).astype(int)
    spells["observed_mi"] = of_dates(spells["observed_from"]).astype(int)
    spells["end_mi"] = of_dates(spells["end"]).astype(int)
    spells["irregular_entry"] = [
        float(_by_coup(g, s, coups) or e == "Irregular")
        for g, s, e in zip(spells["gwcode"], spells["start_mi"], spells["entry"], strict=True)
    ]
    # A leader taking power by coup without a REIGN coding is counted as military.
    spells["military"] = spells["military"].fillna(
        spells["irregular_entry"].where(spells["irregular_entry"] > 0)
    )
    spells = spells.sort_values(["gwcode", "start", "end"]).reset_index(drop=True)
    return spells[COLUMNS]
