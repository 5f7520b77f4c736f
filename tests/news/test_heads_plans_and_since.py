"""Heads of bodies named with their country, plans named before the act, coups foreseen, and
states that have lasted "since" an earlier year.

Hand-written sentences; the labels follow the signals-dev README definitions.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coupwatch.news.timeframe import since_earlier_year
from tests.news.signals import signals_in


@pytest.mark.parametrize(
    "text",
    [
        "The president removed the head of Kenya's intelligence service on Friday.",
        "The chief of the country's national guard was sacked after the riots.",
        "The prime minister ordered the firing of two senior commanders.",
        "The party announced the expulsion of three generals from the armed forces.",
        "Army Gen. Oscar Pardo was stripped of his command on Tuesday.",
    ],
)
def test_purges_of_heads_named_with_their_country_or_by_rank(text: str, gazetteer) -> None:
    assert signals_in(gazetteer, text).get("elite_purge") == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "The head of the country's football federation was removed after the defeat.",
        "The embassy expelled two diplomats on Monday.",
        "Firing of weapons was heard near the head of the valley.",
    ],
)
def test_other_heads_and_expulsions_are_not_purges(text: str, gazetteer) -> None:
    assert "elite_purge" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Investigators uncovered plans by a colonel and six captains to seize power next month.",
        "The alleged plot, which would have seen soldiers seize power, was exposed on Friday.",
    ],
)
def test_plans_named_before_a_seizure_are_plots_not_coups(text: str, gazetteer) -> None:
    found = signals_in(gazetteer, text)
    assert "coup_event" not in found or found["coup_event"] == "speculative"


@pytest.mark.parametrize(
    "text",
    [
        "Analysts now openly discuss the possibility of a military coup in the capital.",
        "The spectre of a coup hangs over the talks between the president and the army.",
        "Diplomats warned of a coup if the election result is rejected by the generals.",
    ],
)
def test_coups_foreseen_or_feared_are_speculative(text: str, gazetteer) -> None:
    assert signals_in(gazetteer, text).get("coup_event") == "speculative"


@pytest.mark.parametrize(
    "text",
    [
        "The country has been ruled since September 2021 by a colonel who took power in a coup.",
        "The junta, in power since a 2020 coup, has expelled French troops.",
    ],
)
def test_a_coup_that_began_a_rule_lasting_since_an_earlier_year_is_background(
    text: str, gazetteer
) -> None:
    assert "coup_event" not in signals_in(gazetteer, text, when="2024-05-14")


def test_a_current_act_beside_a_since_clause_still_counts(gazetteer) -> None:
    text = (
        "Protests have continued since 2019, and on Monday soldiers seized the state broadcaster "
        "and detained the president."
    )
    assert signals_in(gazetteer, text).get("coup_event") == "reported"


def test_armoured_vehicles_before_a_crackdown_on_opponents_are_a_movement(gazetteer) -> None:
    text = (
        "Armoured vehicles appeared on the streets of the capital amid signs the army is "
        "preparing a crackdown on the protests."
    )
    assert "troop_movement" in signals_in(gazetteer, text)


def test_a_crackdown_on_crime_is_routine(gazetteer) -> None:
    text = "Troops were deployed to the port city as part of a crackdown on crime."
    assert "troop_movement" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "There is growing unease within the officer corps after the defeat.",
        "Diplomats describe deep resentment among soldiers over unpaid wages.",
        "Analysts point to a rift between the army and the president over the budget.",
        "There are mounting tensions between the military and the civilian government.",
    ],
)
def test_discontent_placed_in_the_forces(text: str, gazetteer) -> None:
    assert "security_discontent" in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "There was anger among residents after soldiers shot two men.",
        "Tensions between the army and the rebel fighters rose along the border.",
        "Divisions within the ruling party deepened before the vote.",
    ],
)
def test_anger_at_soldiers_and_fighting_between_forces_are_not_discontent(
    text: str, gazetteer
) -> None:
    assert "security_discontent" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister fires the intelligence chief amid protests.",
        "The cabinet voted to dismiss the head of the domestic intelligence agency.",
    ],
)
def test_present_tense_and_voted_dismissals_are_purges(text: str, gazetteer) -> None:
    assert signals_in(gazetteer, text).get("elite_purge") == "reported"


def test_a_soldier_firing_near_a_commander_is_not_a_purge(gazetteer) -> None:
    text = "A soldier fires at protesters near the army chief's residence."
    assert "elite_purge" not in signals_in(gazetteer, text)


def test_a_forced_withdrawal_is_a_defeat_but_a_withdrawn_bill_is_not(gazetteer) -> None:
    text = "The brigade was forced to withdraw from the town after a four-month assault."
    assert "military_defeat" in signals_in(gazetteer, text)
    bill = "The government was forced to withdraw the bill after weeks of debate."
    assert "military_defeat" not in signals_in(gazetteer, bill)


def test_a_leader_treated_abroad_who_has_yet_to_return_is_a_health_report(gazetteer) -> None:
    text = (
        "President Andry Rajoelina has yet to return home six weeks after flying abroad for "
        "Covid treatment."
    )
    assert "leader_health" in signals_in(gazetteer, text, when="2021-03-01")


@given(
    year=st.integers(1900, 2099),
    ref=st.integers(1950, 2060),
    month=st.sampled_from(["", "September ", "a ", "early "]),
    before=st.text(alphabet="abcdefgh ,", max_size=30),
)
def test_since_an_earlier_year_is_read_off_any_sentence(
    year: int, ref: int, month: str, before: str
) -> None:
    sentence = f"{before} ruled since {month}{year} by the colonel."
    assert since_earlier_year(sentence, ref) == (year < ref)
    assert not since_earlier_year(sentence, None)
    assert not since_earlier_year(f"{before} in {year}, the colonel ruled.", ref)
