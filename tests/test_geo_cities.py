"""Tests for the packaged city table."""

from __future__ import annotations

import pandas as pd
import pytest

from coupwatch.errors import InputError
from coupwatch.geo.cities import ROLES, _check, load_cities
from coupwatch.geo.countries import load_countries

# Current states with a history of coups or mutinies: their cities matter most.
COUP_PRONE = (432, 439, 436, 438, 404, 483, 481, 625, 775, 145, 101, 490, 482, 437, 471)
# Coup-prone states for which a few more names (military towns, bases) are expected.
FEWEST = 5


@pytest.fixture(scope="module")
def cities() -> pd.DataFrame:
    return load_cities()


def test_columns_and_types(cities: pd.DataFrame) -> None:
    assert list(cities.columns) == ["gwcode", "city", "role"]
    assert cities["gwcode"].dtype.kind == "i"
    assert set(cities["role"]) <= set(ROLES)
    assert not cities.duplicated(["gwcode", "city"]).any()
    assert (cities["city"].str.strip() == cities["city"]).all()


def test_every_code_is_a_country(cities: pd.DataFrame) -> None:
    assert set(cities["gwcode"]) <= set(load_countries()["gwcode"])


def test_names_of_several_states_are_ambiguous(cities: pd.DataFrame) -> None:
    shared = cities[cities.duplicated("city", keep=False)]
    assert (shared["role"] == "ambiguous").all()


def test_unambiguous_cities_do_not_name_another_current_state(cities: pd.DataFrame) -> None:
    countries = load_countries()
    current = countries[~countries["iso3"].str.match(r"^(X|DDR$|CSK$|YUG$|YMD$)")]
    owner: dict[str, set[int]] = {}
    for row in current.to_dict("records"):
        forms = [row["name"], row["capital"], *row["demonyms"].split("|")]
        for form in forms + row["aliases"].split("|"):
            if form:
                owner.setdefault(form, set()).add(int(row["gwcode"]))
    plain = cities[cities["role"] != "ambiguous"]
    clashes = [
        (r["gwcode"], r["city"])
        for r in plain.to_dict("records")
        if r["city"] in owner and r["gwcode"] not in owner[r["city"]]
    ]
    assert clashes == []


def test_coup_prone_states_are_well_covered(cities: pd.DataFrame) -> None:
    counts = cities["gwcode"].value_counts()
    assert all(counts.get(gw, 0) >= FEWEST for gw in COUP_PRONE)


@pytest.mark.parametrize(
    ("gwcode", "city"),
    [(432, "Kati"), (625, "Omdurman"), (775, "Mandalay"), (490, "Goma"), (145, "Santa Cruz")],
)
def test_known_military_towns_are_listed(cities: pd.DataFrame, gwcode: int, city: str) -> None:
    assert ((cities["gwcode"] == gwcode) & (cities["city"] == city)).any()


def test_check_rejects_bad_tables() -> None:
    with pytest.raises(InputError, match="role"):
        _check(pd.DataFrame({"gwcode": [432], "city": ["Kati"], "role": ["town"]}))
    with pytest.raises(InputError, match="gwcode"):
        _check(pd.DataFrame({"gwcode": [1], "city": ["Kati"], "role": [""]}))
    with pytest.raises(InputError, match="ambiguous"):
        _check(pd.DataFrame({"gwcode": [432, 436], "city": ["Gao", "Gao"], "role": ["", ""]}))


def test_returns_a_copy(cities: pd.DataFrame) -> None:
    frame = load_cities()
    frame.loc[0, "city"] = "changed"
    assert load_cities().loc[0, "city"] == cities.loc[0, "city"]
