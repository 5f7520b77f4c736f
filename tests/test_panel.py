"""The country-month panel on the real sources: coverage, outcomes and no look-ahead."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from coupwatch.errors import InputError
from coupwatch.panel import features as f
from coupwatch.panel.build import PANEL_START, Panel, build_panel
from coupwatch.panel.months import format_month, month_index, parse_month
from coupwatch.panel.outcomes import coup_events


def test_panel_covers_every_state_month_including_microstates(panel: Panel) -> None:
    frame = panel.frame
    assert not frame.duplicated(["gwcode", "mi"]).any()
    assert frame["mi"].min() == PANEL_START
    assert panel.data_end == month_index(2019, 12)
    assert frame["mi"].max() == panel.data_end + 1
    last = frame[frame["mi"] == panel.data_end]
    assert 190 <= len(last) <= 200
    sao_tome = frame[frame["gwcode"] == 403]
    assert sao_tome["mi"].min() == month_index(1975, 7)
    assert sao_tome["attempt_h1"].sum() >= 2  # 1995 and 2003 attempts


def test_every_powell_thyne_event_in_the_panel_is_an_outcome(
    panel: Panel, source_tables: dict
) -> None:
    events = coup_events(source_tables["powell_thyne"])
    keys = set(zip(panel.frame["gwcode"], panel.frame["mi"], strict=True))
    inside = events[[k in keys for k in zip(events["gwcode"], events["mi"], strict=True)]]
    assert len(inside) >= 0.98 * len(events)
    flagged = panel.frame.loc[panel.frame["attempt_h1"] == 1, ["gwcode", "mi"]]
    assert len(flagged) == len(inside.drop_duplicates(["gwcode", "mi"]))
    success = panel.frame["success_h12"] == 1
    assert (panel.frame.loc[success, "attempt_h12"] == 1).all()


def test_outcomes_are_missing_once_the_window_passes_the_data(panel: Panel) -> None:
    frame = panel.frame
    late = frame["mi"] > panel.data_end - 11
    assert frame.loc[late, "attempt_h12"].isna().all()
    assert frame.loc[~late, "attempt_h12"].notna().all()
    assert frame.loc[frame["mi"] == panel.data_end, "attempt_h1"].notna().all()


def test_history_counts_match_the_event_list(panel: Panel, source_tables: dict) -> None:
    events = coup_events(source_tables["powell_thyne"])
    row = panel.frame[(panel.frame["gwcode"] == 625) & (panel.frame["mi"] == month_index(2019, 6))]
    sudan = events[(events["gwcode"] == 625)]
    expected = ((sudan["mi"] < month_index(2019, 6)) & (sudan["mi"] >= month_index(2018, 6))).sum()
    assert row["attempts_1y"].item() == expected
    assert row["never_attempted"].item() == 0


def test_every_step_keeps_the_row_count(source_tables: dict) -> None:
    events = coup_events(source_tables["powell_thyne"])
    base = pd.DataFrame({"gwcode": [2, 2, 625, 403], "mi": [24000, 24001, 24000, 24000]})
    for step in (
        lambda p: f.add_coup_history(p, events),
        lambda p: f.add_leader(p, source_tables["reign_leaders"], events),
        lambda p: f.add_regime(p, source_tables["reign_regimes"]),
        lambda p: f.add_democracy(p, source_tables["democracy"]),
        lambda p: f.add_economy(p, source_tables["gdp_pop"]),
        lambda p: f.add_conflict(p, source_tables["armed_conflict"]),
        lambda p: f.add_state_age(p, source_tables["gw_states"]),
        lambda p: f.add_elections(p, source_tables["reign_elections"]),
    ):
        out = step(base)
        assert len(out) == len(base)
        assert (out[["gwcode", "mi"]].to_numpy() == base.to_numpy()).all()


def test_covariates_are_carried_at_most_three_years_and_flagged(source_tables: dict) -> None:
    gdp = source_tables["gdp_pop"]  # ends in 2019
    base = pd.DataFrame(
        {"gwcode": [2] * 4, "mi": [month_index(y, 6) for y in (2020, 2022, 2023, 2024)]}
    )
    out = f.add_economy(base, gdp)
    assert out["economy_carried"].tolist()[:3] == [0.0, 1.0, 1.0]
    assert out["log_gdppc"].notna().tolist() == [True, True, True, False]


def _election_panel(gwcode: int, first: int, last: int) -> pd.DataFrame:
    return pd.DataFrame({"gwcode": gwcode, "mi": np.arange(first, last + 1)})


def test_election_features_count_votes_up_to_the_previous_month(source_tables: dict) -> None:
    elections = source_tables["reign_elections"]
    thailand = f.add_elections(
        _election_panel(800, month_index(2006, 4), month_index(2006, 11)), elections
    )  # a vote in April 2006
    assert thailand["vote_last_6m"].tolist() == [0.0] + [1.0] * 6 + [0.0]
    assert thailand["log_months_since_vote"].iloc[1] == pytest.approx(np.log(2))
    saudi = f.add_elections(_election_panel(670, month_index(2000, 1), month_index(2000, 2)),
                            elections)  # fmt: skip
    assert saudi["no_vote_on_record"].eq(1.0).all()
    assert saudi["log_months_since_vote"].eq(np.log1p(f.VOTE_CAP_MONTHS)).all()
    late = f.add_elections(_election_panel(2, month_index(2020, 1), month_index(2020, 2)),
                           elections)  # fmt: skip
    assert late[list(f.ELECTION_COLUMNS)].iloc[0].notna().all()  # the list ends in 2019
    assert late[list(f.ELECTION_COLUMNS)].iloc[1].isna().all()


@pytest.mark.parametrize("event", ["Vote, Early", "Vote, As Scheduled"])
def test_an_election_dated_month_m_moves_no_feature_up_to_month_m(
    source_tables: dict, event: str
) -> None:
    elections = source_tables["reign_elections"]
    m = month_index(2013, 6)
    last_us = elections[elections["gwcode"] == 2].iloc[[-1]]
    extra = last_us.assign(elec_year=m // 12, elec_month=m % 12 + 1, event=event, type="L")
    changed = pd.concat([elections, extra], ignore_index=True)
    panel = _election_panel(2, m - 3, m + 3)  # a US vote in June 2013, which did not happen
    before, after = f.add_elections(panel, elections), f.add_elections(panel, changed)
    up_to = (panel["mi"] <= m).to_numpy()
    columns = list(f.ELECTION_COLUMNS)
    pd.testing.assert_frame_equal(before[up_to], after[up_to])
    assert (after.loc[~up_to, "vote_last_6m"] == 1.0).all()
    assert not before.loc[~up_to, columns].equals(after.loc[~up_to, columns])


def _perturb_after(tables: dict, cut: int, seed: int) -> dict:
    """Change every record dated at or after month ``cut`` (yearly data: from cut's year)."""
    rng = np.random.default_rng(seed)
    year = cut // 12
    out = dict(tables)
    pt = tables["powell_thyne"]
    mi = pt["year"] * 12 + pt["month"] - 1
    kept = pt[mi < cut]
    fake = kept.sample(40, random_state=seed, replace=True).assign(
        year=rng.integers(year + 1, 2020, 40), month=rng.integers(1, 13, 40)
    )
    out["powell_thyne"] = pd.concat([kept, fake], ignore_index=True)
    for name in ("democracy", "gdp_pop", "infant_mortality", "armed_conflict"):
        table = tables[name].copy()
        later = table["year"] >= year
        numeric = [c for c in table.columns if c not in ("gwcode", "year")]
        for column in numeric:
            if pd.api.types.is_numeric_dtype(table[column]) and table[column].dtype != bool:
                table[column] = table[column].astype(float)
                table.loc[later, column] = rng.uniform(1, 3, size=later.sum())
        out[name] = table
    cut_day = pd.Timestamp(year=cut // 12, month=cut % 12 + 1, day=1)
    leaders = tables["reign_leaders"].copy()
    started_later = leaders["start"] >= cut_day
    leaders = leaders[~started_later]
    leaders["end_month"] = pd.NaT
    out["reign_leaders"] = leaders
    regimes = tables["reign_regimes"]
    out["reign_regimes"] = regimes[regimes["start"] < cut_day]
    elections = tables["reign_elections"]
    dated = month_index(elections["elec_year"], elections["elec_month"])
    early = elections[dated < cut]
    moved = early.sample(40, random_state=seed, replace=True).assign(
        elec_year=rng.integers(year + 1, 2020, 40), elec_month=rng.integers(1, 13, 40)
    )
    out["reign_elections"] = pd.concat([early, moved], ignore_index=True)
    return out


@pytest.mark.parametrize("cut", [month_index(1975, 3), month_index(2005, 6), month_index(2016, 1)])
def test_no_look_ahead(source_tables: dict, panel: Panel, cut: int) -> None:
    changed = build_panel(_perturb_after(source_tables, cut, seed=cut), data_end=panel.data_end)
    before = panel.frame[panel.frame["mi"] <= cut].set_index(["gwcode", "mi"])[panel.features]
    after = changed.frame[changed.frame["mi"] <= cut].set_index(["gwcode", "mi"])[changed.features]
    pd.testing.assert_frame_equal(before.sort_index(), after.sort_index())


def test_look_ahead_check_can_fail(source_tables: dict, panel: Panel) -> None:
    """Perturbing data *before* the cut must change features: the check above has teeth."""
    cut = month_index(2005, 6)
    changed = build_panel(_perturb_after(source_tables, cut - 24, seed=1), data_end=panel.data_end)
    before = panel.frame[panel.frame["mi"] == cut].set_index("gwcode")[panel.features]
    after = changed.frame[changed.frame["mi"] == cut].set_index("gwcode")[changed.features]
    assert not before.equals(after)


@given(st.integers(1000, 2999), st.integers(1, 12))
def test_month_round_trip(year: int, month: int) -> None:
    text = f"{year:04d}-{month:02d}"
    assert format_month(parse_month(text)) == text


@given(st.text(max_size=12))
def test_parse_month_refuses_anything_else(text: str) -> None:
    try:
        index = parse_month(text)
    except InputError as exc:
        assert "YYYY-MM" in str(exc)
    else:
        assert format_month(index) == text.strip()
