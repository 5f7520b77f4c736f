"""Rumoured troop movements, article modality and TV coup announcements.

Short hand-written wire-style stories; the expected labels follow the signals-dev README.
"""

from __future__ import annotations

import pytest

from coupwatch.news.article import Article
from coupwatch.news.cues import tag_text
from coupwatch.news.extract import extract
from coupwatch.news.modality import article_modality, is_opinion


def _read(gazetteer, text: str, title: str = ""):
    return extract(Article("t", text, title, date="2023-07-27"), gazetteer)


def _movement(gazetteer, text: str) -> str | None:
    found = {s.type: s.modality for s in _read(gazetteer, text).signals}
    return found.get("troop_movement")


@pytest.mark.parametrize(
    "text",
    [
        "Residents reported troops were seen moving towards the capital overnight.",
        "Residents said soldiers were seen moving into the city centre on Tuesday.",
        "There were rumours of tanks heading to the capital.",
        "Unconfirmed reports of troop movements around the presidential palace circulated on "
        "Monday.",
        "Social media posts claimed that soldiers were heading to the capital.",
        "Troops were seen heading for the presidential palace, witnesses said.",
    ],
)
def test_rumoured_movements_are_speculative(text: str, gazetteer) -> None:
    assert _movement(gazetteer, text) == "speculative"


@pytest.mark.parametrize(
    "text",
    [
        "Tanks rolled into the capital on Tuesday, residents said.",
        "Residents said troops were deployed around the presidential palace on Tuesday.",
        "Military vehicles were seen in the streets of the capital overnight.",
        "Armoured vehicles took up positions at key intersections of the capital on Sunday.",
    ],
)
def test_reported_movements_stay_reported(text: str, gazetteer) -> None:
    assert _movement(gazetteer, text) == "reported"


def test_a_reported_movement_outweighs_a_rumoured_one(gazetteer) -> None:
    text = (
        "Troops took up positions around the presidential palace on Tuesday. Residents said "
        "more soldiers were seen heading to the airport."
    )
    assert _movement(gazetteer, text) == "reported"


def test_rumoured_movement_beside_a_reported_coup_is_mixed(gazetteer) -> None:
    text = (
        "Soldiers detained the president on Wednesday and said they had seized power. "
        "Residents said troops were seen moving toward the airport."
    )
    got = _read(gazetteer, text)
    assert {s.type: s.modality for s in got.signals} == {
        "coup_event": "reported",
        "troop_movement": "speculative",
    }
    assert got.modality == "mixed"


def test_pundit_piece_relaying_a_purge_is_speculative(gazetteer) -> None:
    text = (
        "The army chief sacked two senior commanders in Bamako last week.\n\n"
        "I think another coup is likely before the vote.\n\n"
        "In my view the junta could split within months.\n\n"
        "Frustrated captains might decide that their turn has come.\n\n"
        "A putsch would be a disaster for Mali."
    )
    got = _read(gazetteer, text, "Will the colonels strike again?")
    assert got.modality == "speculative"
    assert {s.type for s in got.signals} >= {"coup_event", "elite_purge"}


def test_report_followed_by_predictions_is_mixed(gazetteer) -> None:
    text = (
        "Soldiers detained the president on Wednesday and said they had seized power in "
        "Niamey. Analysts said the junta could struggle to win recognition. Neighbouring "
        "states might impose sanctions. Elections may be delayed for years."
    )
    assert _read(gazetteer, text).modality == "mixed"


def test_report_with_one_forward_look_is_reported(gazetteer) -> None:
    text = (
        "Soldiers detained the president on Wednesday and said they had seized power in "
        "Niamey. The African Union suspended the country. The junta said it would hold "
        "elections in two years. Flights resumed on Friday."
    )
    assert _read(gazetteer, text).modality == "reported"


def test_sentence_initial_opinion_counts() -> None:
    text = "I think a coup is unlikely. “I think they will stay in the barracks,” he said."
    first, second = tag_text(text)
    assert is_opinion(first, text)
    assert not is_opinion(second, text)


def test_blank_lines_do_not_dilute_speculation() -> None:
    assert article_modality([True, False, True, False, False], 2, ["reported"], 0.2, False) == (
        "speculative"
    )
    assert article_modality([True, False, False, False], 0, ["reported"], 0.0, False) == (
        "reported"
    )
    assert article_modality([True, True, False, False], 0, ["reported"], 0.0, False) == "mixed"


def test_coup_announced_on_television_is_not_a_blackout(gazetteer) -> None:
    text = (
        "Soldiers detained the president on Wednesday and announced on state television that "
        "they had seized power."
    )
    assert {s.type for s in _read(gazetteer, text).signals} == {"coup_event"}
    seized = "Soldiers seized the state broadcaster on Wednesday and took it off the air."
    assert {s.type for s in _read(gazetteer, seized).signals} == {"blackout"}


def test_opinion_after_a_quote_left_on_the_previous_sentence() -> None:
    text = 'Officers met on Monday. "The army must act now," one colonel said.'
    _, second = tag_text(text)
    assert not is_opinion(second, text)
