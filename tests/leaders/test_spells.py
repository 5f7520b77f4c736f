"""Leader spells built from Archigos and REIGN."""

from __future__ import annotations

import pandas as pd

from coupwatch.leaders import causes as c
from coupwatch.leaders.causes import archigos_cause
from coupwatch.leaders.frame import LeaderData, in_office
from coupwatch.panel.months import month_index


def _one(data: LeaderData, gwcode: int, name: str) -> pd.Series:
    rows = data.spells.loc[
        (data.spells["gwcode"] == gwcode) & data.spells["leader"].str.contains(name)
    ]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_mugabe_exit_is_irregular_via_the_2017_coup(leader_data: LeaderData) -> None:
    mugabe = _one(leader_data, 552, "Mugabe")
    assert mugabe["end_mi"] == month_index(2017, 11)
    assert mugabe["cause"] == c.IRREGULAR
    assert mugabe["cause_source"] == "powell_thyne_coup"


def test_putin_in_office_and_censored_at_the_end(leader_data: LeaderData) -> None:
    putin = _one(leader_data, 365, "Putin")
    assert putin["cause"] == c.CENSORED
    assert putin["leader_id"] in set(
        in_office(leader_data.spells, month_index(2019, 12))["leader_id"]
    )
    assert putin["birth_year"] == 1952


def test_archigos_causes_are_grouped() -> None:
    assert archigos_cause("Natural Death") == c.NATURAL
    assert archigos_cause("Retired Due to Ill Health") == c.NATURAL
    assert archigos_cause("Foreign") == c.IRREGULAR
    assert archigos_cause("Regular") == c.REGULAR
    assert archigos_cause("Unknown") == c.UNKNOWN
    assert archigos_cause("Still in Office") == c.CENSORED


def test_late_exits_without_evidence_are_unknown_not_regular(leader_data: LeaderData) -> None:
    spells = leader_data.spells
    late = spells.loc[(spells["end_mi"] >= month_index(2016, 1)) & spells["cause"].ne(c.CENSORED)]
    assert set(late["cause_source"]) <= {"powell_thyne_coup", "reign_election", "no_evidence"}
    assert (late.loc[late["cause_source"] == "no_evidence", "cause"] == c.UNKNOWN).all()
    karimov = _one(leader_data, 704, "Karimov")
    assert karimov["cause"] == c.UNKNOWN


def test_spells_within_a_country_barely_overlap(leader_data: LeaderData) -> None:
    spells = leader_data.spells.loc[leader_data.spells["start_mi"] >= month_index(1950, 1)]
    overlaps = 0
    for _, group in spells.sort_values(["gwcode", "start"]).groupby("gwcode"):
        ends = group["end"].shift()
        overlaps += int((group["start"] < ends - pd.Timedelta(days=62)).sum())
    # Collective heads (San Marino's captains regent, Swiss presidents, Bosnia's presidency)
    # run side by side in the sources; anything beyond a handful would be a matching bug.
    assert overlaps <= 0.03 * len(spells)
