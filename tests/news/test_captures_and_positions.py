"""General forms from the errors on ZD and ZE: captures in the headline present tense or the
passive, a force's surrender, setbacks in the plural, and troops taking up key positions or
deployed into cities.

Hand-written sentences; the labels follow the signals-dev README definitions.
"""

from __future__ import annotations

import pytest

from tests.news.signals import signals_in


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents capture key port in the north of the country.",
        "Rebels seize provincial capital after a rapid offensive.",
        "Militants breach the defences of the country's second city.",
        "The port town was reportedly captured at dawn by insurgents.",
        "The northern district capital has fallen into the hands of the rebels.",
        "The junta sentenced three generals after the surrender of almost 2,400 troops.",
        "Rebel forces have retaken the regional capital, sparking street celebrations.",
    ],
)
def test_captures_by_an_enemy_and_surrenders_are_defeats(text: str, gazetteer) -> None:
    assert "military_defeat" in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        # An aim, not a capture: the attack was repelled.
        "The militants' attack to capture the army's positions near the airbase was fended off.",
        # The army took the ground back from the group that had held it.
        "The army recovered the border districts that had been taken over by armed groups.",
        # Party rebels seeking committee seats.
        "Backbench rebels hope to seize all 18 positions on the committee.",
        # A parade is still routine.
        "Troops retreated across the square during the independence day parade rehearsal.",
    ],
)
def test_aims_recoveries_and_figurative_rebels_are_not_defeats(text: str, gazetteer) -> None:
    assert "military_defeat" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The military deployed more troops and rolled armoured vehicles into several cities.",
        "Hundreds of mutinous soldiers took up key positions in the capital.",
    ],
)
def test_troops_taking_positions_or_deployed_into_cities_are_a_movement(
    text: str, gazetteer
) -> None:
    assert "troop_movement" in signals_in(gazetteer, text)


def test_relief_convoys_to_towns_are_not_a_movement(gazetteer) -> None:
    text = "Aid convoys reached two towns cut off by the floods, escorted by army trucks."
    assert "troop_movement" not in signals_in(gazetteer, text)
