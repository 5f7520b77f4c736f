"""Troops taking up positions or pouring into a city, discontent said to spread through the
forces, forces refusing the leader their backing or their service, communications turned off
and broadcasters taken.

Hand-written sentences; the labels follow the signals-dev README definitions.
"""

from __future__ import annotations

import pytest

from coupwatch.news.lexicon import CUES
from tests.news.signals import signals_in


@pytest.mark.parametrize(
    "text",
    [
        "Troops have taken up positions around the presidential palace.",
        "Heavily armed soldiers poured onto the streets of the capital before dawn.",
        "Army units were assembled around the state broadcaster on Tuesday night.",
        "The military came out in force in the capital overnight and ordered people indoors.",
        "Forces loyal to the rival prime minister advanced towards the capital from the coast.",
    ],
)
def test_units_taking_positions_in_the_capital_move(text: str, gazetteer) -> None:
    assert "troop_movement" in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Fans poured onto the streets of the capital to celebrate the title.",
        "Troops have taken up positions along the front line near the besieged town.",
    ],
)
def test_crowds_and_front_lines_are_not_troop_movements(text: str, gazetteer) -> None:
    assert "troop_movement" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Resentment of the defence minister is growing within the army, officers say.",
        "Anger over unpaid wages is spreading through the ranks of the military.",
        "Cracks within the armed forces widened after the general was dismissed.",
    ],
)
def test_discontent_spreading_through_the_forces(text: str, gazetteer) -> None:
    assert "security_discontent" in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Support for the reforms is growing within the military.",
        "Anger is growing among farmers, and the army has been sent to clear the roads.",
    ],
)
def test_other_things_growing_near_the_forces_are_not_discontent(text: str, gazetteer) -> None:
    assert "security_discontent" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The army and the police said in a joint statement that they would not back the decree.",
        "The joint chiefs rejected the constitutionality of the president's order.",
        "Hundreds of air force reservists said they would stop reporting for duty if the bill "
        "passes.",
        "The generals asked him and his ministers to resign within a week.",
    ],
)
def test_forces_refusing_the_leader_backing_or_service(text: str, gazetteer) -> None:
    assert "security_discontent" in signals_in(gazetteer, text)


def test_the_opposition_refusing_the_army_its_backing_is_not_discontent(gazetteer) -> None:
    text = "The opposition said it would not back the army chief's nominee for the post."
    assert "security_discontent" not in signals_in(gazetteer, text)


def test_refusal_to_phrases_are_well_formed() -> None:
    for cat in ("REFUSE_DUTY", "REFUSE_ORDER"):
        refusals = [p for p in CUES[cat] if p.startswith("refusal")]
        assert refusals
        assert all(p.startswith("refusal to ") and "to to" not in p for p in refusals)


@pytest.mark.parametrize(
    "text",
    [
        "Internet and mobile data were turned off across the country on Monday.",
        "Communications systems in the region have been shut down since the fighting began.",
        "The protests led to an internet blockage throughout the province.",
        "State television was shut down an hour before the soldiers appeared.",
        "Gunmen hijacked state TV and read a statement.",
        "Armed men broke into a public television channel during a live broadcast.",
        "The regulator switched off the channel's transmission signal.",
    ],
)
def test_communications_turned_off_and_broadcasters_taken(text: str, gazetteer) -> None:
    assert "blackout" in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The factory was shut down after the strike, state television reported a week later.",
        "Protesters turned off their phones to avoid being tracked.",
    ],
)
def test_other_closures_are_not_blackouts(text: str, gazetteer) -> None:
    assert "blackout" not in signals_in(gazetteer, text)
