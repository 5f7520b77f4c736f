"""Sentence families written from the label definitions rather than from single phrasings.

Each test covers one family of wire-copy wording (refusals in any tense, units siding with
crowds, bids for power, coup declarations, airspace closures, …) and a near miss that must not
fire. Short hand-written stories; the expected labels follow the signals-dev README.
"""

from __future__ import annotations

import pytest

from tests.news.signals import signals_in


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers at the northern garrison are refusing orders to deploy against the strikers, "
        "two officers said on Tuesday.",
        "A commando battalion said in a video on Monday that it would refuse orders to open fire "
        "on the crowds.",
        "Troops guarding the port disobeyed orders on Sunday and returned to their barracks.",
    ],
)
def test_refusing_orders_in_any_tense_is_mutiny(text: str, gazetteer) -> None:
    assert "mutiny" in signals_in(gazetteer, text)


def test_civilians_refusing_orders_are_not_mutineers(gazetteer) -> None:
    text = "Shopkeepers in the old town refused orders to close their stalls on Friday."
    assert "mutiny" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of paratroopers joined the protesters outside the ministry on Thursday, "
        "witnesses said.",
        "An armoured regiment sided with the demonstrators on Saturday and escorted their "
        "march to the assembly.",
    ],
)
def test_units_siding_with_protesters_are_mutiny(text: str, gazetteer) -> None:
    assert "mutiny" in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers joined police in dispersing protesters near the port on Thursday.",
        "Police units in two provinces joined the protesters on Thursday.",
    ],
)
def test_troops_helping_police_or_police_joining_are_not_mutiny(text: str, gazetteer) -> None:
    assert "mutiny" not in signals_in(gazetteer, text)


def test_a_guard_unit_turning_on_the_president_is_mutiny(gazetteer) -> None:
    text = (
        "The president said on Tuesday that members of the republican guard had moved against "
        "the government and were holding positions around the radio."
    )
    assert "mutiny" in signals_in(gazetteer, text)


def test_generals_turning_on_the_leader_are_not_a_unit_mutiny(gazetteer) -> None:
    text = "Will the generals turn on the president before the vote?"
    assert "mutiny" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister said on Sunday that a bid to seize power by force had failed "
        "overnight.",
        "Officials said on Friday that a group of armed men had tried to take power in the "
        "capital before dawn.",
    ],
)
def test_a_bid_for_power_is_a_coup_attempt(text: str, gazetteer) -> None:
    assert signals_in(gazetteer, text).get("coup_event") == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "Officers in combat fatigues said on state radio on Thursday that they were ending "
        "the current regime.",
        "A colonel reading a statement on Thursday said that all state institutions had been "
        "dissolved and the borders closed.",
    ],
)
def test_declaring_the_regime_ended_is_a_coup(text: str, gazetteer) -> None:
    assert signals_in(gazetteer, text).get("coup_event") == "reported"


def test_a_partial_suspension_by_a_sitting_government_is_not_a_coup(gazetteer) -> None:
    text = (
        "The military government declared a state of emergency on Monday, suspending parts of "
        "the constitution for thirty days."
    )
    assert "coup_event" not in signals_in(gazetteer, text)


def test_a_headline_without_auxiliary_names_the_captors(gazetteer) -> None:
    title = "President detained by soldiers at his residence"
    text = "Gunfire was heard near the presidency before dawn on Wednesday, residents said."
    assert signals_in(gazetteer, text, title).get("coup_event") == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "The officers said on Wednesday that the country's air borders were closed until "
        "further notice.",
        "The new authorities said on Wednesday that land and air borders had been closed.",
    ],
)
def test_air_borders_closed_is_a_blackout(text: str, gazetteer) -> None:
    assert "blackout" in signals_in(gazetteer, text)


def test_land_borders_alone_are_not_a_blackout(gazetteer) -> None:
    text = "The officers said on Wednesday that the land borders with the neighbours were closed."
    assert "blackout" not in signals_in(gazetteer, text)


def test_a_sealed_palace_with_a_long_subject_is_a_blackout(gazetteer) -> None:
    text = (
        "On Tuesday the avenues leading to the presidential palace in the old quarter of the "
        "capital were blocked off by armoured cars."
    )
    assert "blackout" in signals_in(gazetteer, text)


def test_an_army_retreating_before_another_army_is_a_defeat(gazetteer) -> None:
    text = (
        "The northern army retook three towns on Friday as the invading forces withdrew "
        "towards the river."
    )
    assert "military_defeat" in signals_in(gazetteer, text)


def test_fleeing_mutineers_are_not_a_defeat(gazetteer) -> None:
    text = "Several of the mutinous soldiers fled into the hills after the assault, the army said."
    assert "military_defeat" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "There have been no protests in the capital since the ruling, a diplomat said.",
        "The parade on Sunday was a demonstration of strength by the new government.",
        "The verdict plunged the country into political turmoil on Thursday.",
        "Hundreds of soldiers staged a sit-in at their base on Monday over unpaid bonuses.",
        "The country has lived through three decades of instability, marked by coups, street "
        "protests and snap elections.",
    ],
)
def test_words_that_are_not_civil_unrest(text: str, gazetteer) -> None:
    assert "civil_unrest" not in signals_in(gazetteer, text)


def test_a_protest_against_the_government_is_still_unrest(gazetteer) -> None:
    text = "Thousands of protesters marched on parliament on Monday demanding new elections."
    assert "civil_unrest" in signals_in(gazetteer, text)


def test_being_asked_to_step_down_as_army_chief_is_a_purge(gazetteer) -> None:
    text = (
        "The president on Monday asked the general to step down as chief of the defence staff, "
        "two aides said."
    )
    assert "elite_purge" in signals_in(gazetteer, text)


def test_a_background_clause_leaves_the_current_act(gazetteer) -> None:
    text = (
        "The engineering battalion, which backed the 2012 coup, said on Monday it would refuse "
        "orders to fire on demonstrators."
    )
    found = signals_in(gazetteer, text)
    assert "mutiny" in found
    assert "coup_event" not in found


def test_a_long_subject_entering_the_city_is_a_troop_movement(gazetteer) -> None:
    text = (
        "Soldiers from the logistics regiment of the southern command and its support staff "
        "entered the city in army trucks on Saturday."
    )
    assert "troop_movement" in signals_in(gazetteer, text)
