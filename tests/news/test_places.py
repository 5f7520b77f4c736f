"""Subject countries from cities, shared demonyms, ended states and outlet names.

The stories are short hand-written wire-style sentences; only the places are real.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from coupwatch.geo.countries import load_countries
from coupwatch.news.article import Article
from coupwatch.news.extract import extract
from coupwatch.news.gazetteer import KIND_WEIGHT, Gazetteer


def _subject(gazetteer: Gazetteer, text: str, title: str = "", when: str = "2023-05-10") -> list:
    return extract(Article("t", text, title, date=when), gazetteer).countries


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "Soldiers at the Kati military camp fired into the air on Tuesday and seized the "
            "armoury, a military source said.",
            "MLI",
        ),
        (
            "Paramilitary fighters overran an army base in Omdurman on Sunday, and government "
            "troops withdrew across the Nile, witnesses said.",
            "SDN",
        ),
        (
            "Armoured vehicles rolled through Mandalay on Monday as soldiers set up checkpoints "
            "at key intersections.",
            "MMR",
        ),
        (
            "Rebel fighters seized the airport in Goma on Tuesday after government troops "
            "abandoned their positions, a local official said.",
            "COD",
        ),
        (
            "Thousands of people marched through Bobo-Dioulasso on Saturday to demand the "
            "resignation of the transitional government.",
            "BFA",
        ),
        (
            "Soldiers fanned out across Port Sudan on Friday and sealed off the road to the "
            "airport, officials said.",
            "SDN",
        ),
        (
            "Truckers blocked highways around Santa Cruz on Monday in a strike against fuel "
            "shortages, police said.",
            "BOL",
        ),
        (
            "Soldiers at Freetown's Wilberforce barracks fired into the air on Sunday and "
            "demanded unpaid allowances, a military spokesman said.",
            "SLE",
        ),
    ],
)
def test_city_only_stories_get_their_country(text: str, iso3: str, gazetteer) -> None:
    assert _subject(gazetteer, text)[:1] == [iso3]


def test_cities_weigh_less_than_country_names() -> None:
    assert KIND_WEIGHT["city"] < KIND_WEIGHT["demonym"] < KIND_WEIGHT["capital"]
    assert KIND_WEIGHT["city_ambiguous"] < KIND_WEIGHT["city"]


def test_country_name_beats_a_foreign_city(gazetteer) -> None:
    text = "Senegal's president met refugees from Kidal on Tuesday, his office said."
    assert _subject(gazetteer, text) == ["SEN"]


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "Tanks rolled into Plaza Murillo on Wednesday and soldiers rammed the doors of the "
            "presidential palace.",
            "BOL",
        ),
        ("Armoured vehicles took up positions in Abidjan on Thursday night.", "CIV"),
    ],
)
def test_seat_of_government_counts_as_capital(text: str, iso3: str, gazetteer) -> None:
    got = extract(Article("t", text, date="2024-06-26"), gazetteer)
    assert got.countries == [iso3]
    assert [s.type for s in got.signals] == ["troop_movement"]


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Congolese soldiers fired tear gas at protesters in Brazzaville on Monday.", "COG"),
        ("Congolese soldiers pulled out of Bunia on Monday as militiamen advanced.", "COD"),
        ("Guinean soldiers surrounded the presidential palace in Bissau on Tuesday.", "GNB"),
        ("Guinean soldiers patrolled the streets of Malabo on Tuesday.", "GNQ"),
        ("Guinean soldiers surrounded the presidential palace on Tuesday.", "GIN"),
        ("Korean troops were put on alert after Pyongyang launched a missile.", "PRK"),
        ("Korean troops were deployed around the National Assembly in Seoul.", "KOR"),
        ("Dominican police fired tear gas at protesters in Roseau.", "DMA"),
        ("Dominican police fired tear gas at protesters in Santo Domingo.", "DOM"),
        ("South Sudanese soldiers mutinied in a barracks on Friday.", "SSD"),
        ("Sudanese soldiers mutinied in a barracks on Friday.", "SDN"),
    ],
)
def test_shared_demonyms_follow_the_other_evidence(text: str, iso3: str, gazetteer) -> None:
    assert _subject(gazetteer, text)[:1] == [iso3]


def test_shared_demonym_without_evidence_and_no_usual_reading_is_dropped(gazetteer) -> None:
    assert _subject(gazetteer, "Korean troops were put on alert on Tuesday.") == []


def test_title_demonym_is_resolved_with_the_body(gazetteer) -> None:
    got = extract(
        Article(
            "t",
            "Soldiers withdrew from Pointe-Noire overnight, residents said.",
            "Congolese troops leave port city",
            date="2023-05-10",
        ),
        gazetteer,
    )
    assert got.mentioned == ["COG"]


def test_capital_outranks_a_foreign_city_of_the_same_name(gazetteer) -> None:
    assert _subject(gazetteer, "Clashes erupted in Tripoli on Monday.") == ["LBY"]
    lebanon = "Clashes erupted in Tripoli, Lebanon's second city, on Monday."
    assert _subject(gazetteer, lebanon) == ["LBN"]


def test_ended_states_pass_their_names_on() -> None:
    gaz = Gazetteer(load_countries())

    def keys(text: str, when: date | None) -> list[str]:
        return [m.place.key for m in gaz.find(text, when)]

    assert keys("Tanks were seen near parliament in Seoul.", date(2024, 12, 3)) == ["KOR"]
    assert keys("Police broke up a march in Munich.", date(2022, 3, 1)) == ["DEU"]
    assert keys("Gunmen attacked a checkpoint in Aden.", date(2022, 3, 1)) == ["YEM"]
    assert keys("Fighting broke out in Aden.", date(1986, 1, 13)) == ["YMD"]
    assert keys("Police broke up a march in Munich.", None) == ["DEU"]


def test_outlets_named_after_places_are_not_subjects(gazetteer) -> None:
    text = "Soldiers mutinied at a camp in Bouake on Saturday, Agence France-Presse reported."
    got = extract(Article("t", text, date="2023-05-10"), gazetteer)
    assert got.countries == ["CIV"]
    assert "FRA" not in got.mentioned


def test_city_inside_a_hyphenated_name_is_not_matched() -> None:
    gaz = Gazetteer(load_countries())
    assert gaz.find("Haftar's forces advanced on Al-Asaba and entered it.", date(2019, 6, 1)) == []


def test_cities_can_be_left_out() -> None:
    empty = pd.DataFrame(columns=["gwcode", "city", "role"])
    gaz = Gazetteer(load_countries(), cities=empty)
    assert gaz.find("Fighting spread to Omdurman.", date(2023, 5, 1)) == []


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "Fighters crossed the Niger River near Gao on Monday, and the army withdrew from "
            "Bourem, officials said.",
            "MLI",
        ),
        ("Boko Haram fighters attacked villages near Lake Chad in Borno on Monday.", "NGA"),
        ("Pirates seized a tanker in the Gulf of Guinea off Lagos.", "NGA"),
        ("Gunmen attacked an oil platform in the Niger Delta on Friday.", "NGA"),
    ],
)
def test_shared_rivers_and_seas_do_not_name_a_state(text: str, iso3: str, gazetteer) -> None:
    assert _subject(gazetteer, text) == [iso3]
