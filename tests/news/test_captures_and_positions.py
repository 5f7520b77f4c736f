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


@pytest.mark.parametrize(
    "text",
    [
        "National guard soldiers freed two government officials who had been questioned by the "
        "police on Thursday night, before exchanging gunfire with special forces.",
    ],
)
def test_units_trading_fire_after_a_long_clause_are_a_mutiny(text: str, gazetteer) -> None:
    assert "mutiny" in signals_in(gazetteer, text)


def test_fighting_in_a_named_coup_is_the_coup_not_a_mutiny(gazetteer) -> None:
    text = (
        "Elements of the special forces staged a coup on Sunday to seize power after several "
        "hours of firefight with the presidential guard."
    )
    found = signals_in(gazetteer, text)
    assert "coup_event" in found and "mutiny" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of reservist soldiers refused to present themselves for service as long as "
        "the government moved ahead with its plans.",
        "The army commander expressed concern over the government's sweeping changes.",
    ],
)
def test_refusals_of_service_and_a_commanders_concern_are_discontent(text: str, gazetteer) -> None:
    assert "security_discontent" in signals_in(gazetteer, text)


def test_units_heading_north_to_the_capital_are_a_movement(gazetteer) -> None:
    text = "Some of the mutineers' units are moving north, aiming to get to the capital."
    assert "troop_movement" in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Soldiers mutiny at a barracks outside the capital over unpaid allowances.", "mutiny"),
        ("Troops took their commanders hostage at the northern garrison.", "mutiny"),
        ("Government forces are falling back and abandoning their positions.", "military_defeat"),
        ("The president is axing the army chief and the head of intelligence.", "elite_purge"),
    ],
)
def test_other_tenses_of_the_cue_phrases(text: str, kind: str, gazetteer) -> None:
    assert kind in signals_in(gazetteer, text)


def test_ill_discipline_says_nothing_of_the_leaders_health(gazetteer) -> None:
    text = (
        '"Ill-discipline in the defence force will not be tolerated," the prime minister told '
        "a press conference on Thursday."
    )
    assert "leader_health" not in signals_in(gazetteer, text)
