"""Tests for the packaged country table, checked against the real G&W state list."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from coupwatch.errors import InputError
from coupwatch.geo.countries import (
    CURRENT_FOR_SHARED_ISO3,
    FORMER_ISO3,
    REGIONS,
    country_name,
    gwcode_for_iso3,
    iso3_for,
    load_countries,
    region_for,
)

DATA_DIR = Path(os.environ.get("COUPWATCH_DATA", "/work/shared/data"))
GWSTATES = DATA_DIR / "state_lists" / "gwstates.csv"


@pytest.fixture(scope="module")
def gwstates() -> pd.DataFrame:
    if not GWSTATES.exists():
        pytest.skip(f"G&W state list not found at {GWSTATES}")
    frame = pd.read_csv(GWSTATES, dtype={"gwcode": int, "gwc": str})
    frame["start"] = pd.to_datetime(frame["start"])
    frame["end"] = pd.to_datetime(frame["end"].replace("9999-12-31", "2262-01-01"))
    return frame


@pytest.fixture(scope="module")
def codes_2019(gwstates: pd.DataFrame) -> list[int]:
    alive = (gwstates["start"] <= "2019-12-31") & (gwstates["end"] >= "2019-01-01")
    return sorted(set(gwstates.loc[alive, "gwcode"]))


def _split(cell: str) -> list[str]:
    return [part for part in cell.split("|") if part] if cell else []


def test_one_row_per_gw_state(gwstates: pd.DataFrame) -> None:
    table = load_countries()
    assert table["gwcode"].is_unique
    assert set(table["gwcode"]) == set(gwstates["gwcode"])
    assert table["gwcode"].is_monotonic_increasing
    expected_gwc = gwstates.drop_duplicates("gwcode").set_index("gwcode")["gwc"]
    assert table.set_index("gwcode")["gwc"].to_dict() == expected_gwc.to_dict()


def test_columns_and_types() -> None:
    table = load_countries()
    columns = ["gwcode", "gwc", "name", "iso3", "region", "capital", "demonyms", "aliases"]
    assert list(table.columns) == columns
    assert table["gwcode"].dtype.kind == "i"
    assert table["iso3"].str.fullmatch(r"[A-Z]{3}").all()
    assert (table["name"].str.strip() == table["name"]).all()
    assert (table["name"] != "").all()


def test_iso3_unique_among_2019_states(codes_2019: list[int]) -> None:
    table = load_countries().set_index("gwcode").loc[codes_2019]
    duplicated = table[table["iso3"].duplicated(keep=False)]
    assert duplicated.empty, duplicated[["name", "iso3"]]


def test_shared_iso3_codes_are_declared_and_resolve_to_the_ongoing_state(
    gwstates: pd.DataFrame,
) -> None:
    table = load_countries()
    counts = table["iso3"].value_counts()
    assert set(counts[counts > 1].index) == set(CURRENT_FOR_SHARED_ISO3)
    ongoing = set(gwstates.loc[gwstates["end"] > "2100-01-01", "gwcode"])
    for iso3, current in CURRENT_FOR_SHARED_ISO3.items():
        assert current in ongoing
        assert iso3_for(current) == iso3
        assert gwcode_for_iso3(iso3) == current


# fmt: off
KNOWN_ISO3 = [
    (2, "USA"), (200, "GBR"), (225, "CHE"), (572, "SWZ"), (475, "NGA"), (437, "CIV"),
    (403, "STP"), (490, "COD"), (484, "COG"), (771, "BGD"), (652, "SYR"), (625, "SDN"),
    (626, "SSD"), (678, "YEM"), (680, "YMD"), (255, "DEU"), (260, "DEU"), (265, "DDR"),
    (315, "CSK"), (316, "CZE"), (317, "SVK"), (345, "YUG"), (340, "SRB"), (341, "MNE"),
    (347, "XKX"), (365, "RUS"), (816, "VNM"), (817, "XSV"), (511, "XZN"), (510, "TZA"),
    (713, "TWN"), (731, "PRK"), (732, "KOR"), (860, "TLS"), (775, "MMR"), (439, "BFA"),
    (434, "BEN"), (552, "ZWE"), (360, "ROU"), (830, "SGP"), (990, "WSM"), (987, "FSM"),
]
KNOWN_REGIONS = [
    (2, "North America"), (20, "North America"), (70, "Latin America & Caribbean"),
    (200, "Western Europe"), (365, "Eastern Europe & Central Asia"),
    (652, "Middle East & North Africa"), (475, "Sub-Saharan Africa"),
    (625, "Sub-Saharan Africa"), (771, "South Asia"), (700, "South Asia"),
    (710, "East Asia & Pacific"), (900, "East Asia & Pacific"),
]
# fmt: on


@pytest.mark.parametrize(("gwcode", "iso3"), KNOWN_ISO3)
def test_known_iso3_codes(gwcode: int, iso3: str) -> None:
    assert iso3_for(gwcode) == iso3


@pytest.mark.parametrize(
    ("gwcode", "name"),
    [
        (490, "Democratic Republic of the Congo"),
        (484, "Republic of the Congo"),
        (437, "Côte d'Ivoire"),
        (403, "São Tomé and Príncipe"),
        (365, "Russia"),
        (2, "United States"),
    ],
)
def test_known_names(gwcode: int, name: str) -> None:
    assert country_name(gwcode) == name


@pytest.mark.parametrize(("gwcode", "region"), KNOWN_REGIONS)
def test_known_regions(gwcode: int, region: str) -> None:
    assert region_for(gwcode) == region


def test_regions_are_from_the_allowed_set() -> None:
    assert set(load_countries()["region"]) <= set(REGIONS)


def test_2019_states_have_capital_and_demonym(codes_2019: list[int]) -> None:
    table = load_countries().set_index("gwcode").loc[codes_2019]
    assert (table["capital"] != "").all()
    assert table["demonyms"].map(lambda cell: len(_split(cell)) >= 1).all()


def test_pipe_lists_are_clean() -> None:
    table = load_countries()
    for column in ("demonyms", "aliases"):
        for cell in table[column]:
            parts = cell.split("|") if cell else []
            assert all(part and part == part.strip() for part in parts), (column, cell)


def test_names_and_aliases_point_at_one_state() -> None:
    owner: dict[str, int] = {}
    for row in load_countries().itertuples():
        labels = {label.casefold() for label in [row.name, *_split(row.aliases)]}
        for label in labels:
            assert label not in owner, f"{label!r} used by {owner.get(label)} and {row.gwcode}"
            owner[label] = row.gwcode
    assert owner["ivory coast"] == 437
    assert owner["burma"] == 775
    assert owner["zaire"] == 490
    assert owner["soviet union"] == 365
    assert owner["swaziland"] == owner["eswatini"] == 572
    assert owner["east timor"] == 860
    assert "congo" not in owner
    assert "korea" not in owner


def test_unknown_codes() -> None:
    assert iso3_for(1) is None
    assert gwcode_for_iso3("ZZZ") is None
    with pytest.raises(InputError):
        country_name(1)
    with pytest.raises(InputError):
        region_for(999)


def test_former_iso3_codes() -> None:
    assert gwcode_for_iso3("SUN") == 365
    assert gwcode_for_iso3("zar") == 490
    assert gwcode_for_iso3("SCG") == 345
    assert gwcode_for_iso3("VDR") == 816
    assert all(gwcode_for_iso3(current) is not None for current in FORMER_ISO3.values())
    assert not set(FORMER_ISO3) & set(load_countries()["iso3"])


def test_load_countries_returns_a_copy() -> None:
    first = load_countries()
    first.loc[:, "name"] = "changed"
    assert load_countries().loc[0, "name"] != "changed"


@given(data=st.data())
def test_round_trip_for_current_states(data: st.DataObject, gwstates: pd.DataFrame) -> None:
    ongoing = sorted(set(gwstates.loc[gwstates["end"] > "2100-01-01", "gwcode"]))
    gwcode = data.draw(st.sampled_from(ongoing))
    iso3 = iso3_for(gwcode)
    assert iso3 is not None
    assert gwcode_for_iso3(iso3) == gwcode
    assert gwcode_for_iso3(f" {iso3.lower()} ") == gwcode
