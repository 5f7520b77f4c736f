"""Leader names from REIGN join Archigos, with the same date validity."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from coupwatch.geo.countries import load_countries
from coupwatch.news.gazetteer import (
    Gazetteer,
    combine_leaders,
    leaders_from_archigos,
    leaders_from_reign,
)
from tests.news.conftest import DATA

NO_CITIES = pd.DataFrame(columns=["city", "gwcode", "role"])


def _reign_rows() -> pd.DataFrame:
    """Raw REIGN-style rows: COW codes, split dates, a blank end for a sitting leader."""
    return pd.DataFrame(
        {
            "ccode": [679, 432, 482],
            "leader": ["Qarwandi", "Tessoumbé", "Bolakanga"],
            "sdate": [3, 14, 2],
            "smonth": [4, 9, 2],
            "syear": [2017, 2016, 2012],
            "emonth": [None, 6, 1],
            "eyear": [None, 2018, 2016],
        }
    )


def _crosswalk() -> pd.DataFrame:
    """A one-row COW→G&W crosswalk: unified Yemen is COW 679 but G&W 678."""
    return pd.DataFrame({"ccode": [679], "year": [2017], "gwcode": [678]})


def _gazetteer(leaders: pd.DataFrame | None) -> Gazetteer:
    return Gazetteer(load_countries(), leaders, NO_CITIES)


def _keys(gaz: Gazetteer, text: str, when: date) -> list[str]:
    return [m.place.key for m in gaz.find(text, when) if m.kind == "leader"]


def test_reign_rows_become_a_leader_table() -> None:
    table = leaders_from_reign(_reign_rows(), _crosswalk())
    assert list(table["gwcode"]) == [678, 432, 482]
    assert table["start"].iloc[0] == pd.Timestamp("2017-04-03")
    assert table["end"].iloc[1] == pd.Timestamp("2018-06-30")
    assert list(table["open_ended"]) == [True, False, False]


def test_latin1_misread_names_are_repaired() -> None:
    raw = _reign_rows().assign(leader=["Qarwandi", "TessoumbÃ©", "Bolakanga"])
    assert leaders_from_reign(raw)["leader"].iloc[1] == "Tessoumbé"


def test_a_leader_who_took_office_after_2015_is_recognised() -> None:
    gaz = _gazetteer(leaders_from_reign(_reign_rows(), _crosswalk()))
    assert _keys(gaz, "Qarwandi addressed parliament.", date(2023, 3, 1)) == ["YEM"]


def test_a_closed_spell_stops_three_years_after_it_ends() -> None:
    gaz = _gazetteer(leaders_from_reign(_reign_rows(), _crosswalk()))
    assert _keys(gaz, "Tessoumbé spoke on radio.", date(2020, 5, 1)) == ["MLI"]
    assert _keys(gaz, "Tessoumbé spoke on radio.", date(2022, 5, 1)) == []


def test_archigos_spells_censored_in_2015_are_closed_when_reign_is_joined() -> None:
    archigos = leaders_from_archigos(
        pd.DataFrame(
            {
                "ccode": [482, 482],
                "leader": ["Ngarimbo", "Bolakanga"],
                "startdate": ["2001-05-01", "2012-02-02"],
                "enddate": ["2012-02-02", "2015-12-31"],
            }
        )
    )
    alone = _gazetteer(archigos)
    joined = _gazetteer(combine_leaders(archigos, leaders_from_reign(_reign_rows())))
    assert _keys(alone, "Bolakanga met envoys.", date(2024, 1, 1)) == ["CAF"]
    assert _keys(joined, "Bolakanga met envoys.", date(2024, 1, 1)) == []
    assert _keys(joined, "Bolakanga met envoys.", date(2017, 1, 1)) == ["CAF"]


def test_one_word_names_that_are_common_words_are_not_leaders() -> None:
    rows = _reign_rows().assign(leader=["May", "Fernandez", "Bolakanga"])
    gaz = _gazetteer(leaders_from_reign(rows, _crosswalk()))
    text = "In May, Fernandez and Bolakanga met."
    assert _keys(gaz, text, date(2015, 6, 1)) == ["CAF"]


def test_the_project_table_knows_leaders_in_office_in_2019(gazetteer) -> None:
    if not (DATA / "reign").exists():
        pytest.skip("REIGN is not available here")
    text = "Pashinyan and Tebboune spoke."
    assert {m.place.key for m in gazetteer.find(text, date(2021, 6, 1))} == {"ARM", "DZA"}
