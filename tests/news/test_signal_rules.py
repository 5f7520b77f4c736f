"""Sentence rules for 2020s wire phrasing: coups without the word, plans, rifts and refusals.

Short hand-written stories; the expected labels follow the signals-dev README.
"""

from __future__ import annotations

import pytest

from coupwatch.news.article import Article
from coupwatch.news.extract import extract
from tests.news.signals import signals_in


@pytest.mark.parametrize(
    "text",
    [
        "The president and the defence minister were detained on Wednesday by renegade soldiers "
        "at a camp outside the capital.",
        "Mutinous troops stormed the residence overnight. The head of state was taken into "
        "custody before dawn, an aide said.",
        "A transitional military council headed by the chief of the air force will govern the "
        "country until elections, an officer said on national radio.",
    ],
)
def test_coups_without_the_word_coup(text: str, gazetteer) -> None:
    assert signals_in(gazetteer, text).get("coup_event") == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader was arrested by soldiers at a checkpoint on Friday.",
        "The rebel leader was captured by army troops near the border on Friday.",
        "Parliament was dissolved on Friday ahead of an early election in the autumn.",
    ],
)
def test_arrests_of_other_leaders_are_not_coups(text: str, gazetteer) -> None:
    assert "coup_event" not in signals_in(gazetteer, text)


def test_a_plan_to_seize_power_is_a_plot_not_a_coup(gazetteer) -> None:
    text = (
        "Prosecutors said the cell of retired army officers had planned to occupy the ministry "
        "and seize power by force. Eleven suspects were arrested in dawn raids."
    )
    found = signals_in(gazetteer, text)
    assert "coup_plot" in found
    assert "coup_event" not in found


def test_a_suspected_coup_attempt_in_a_headline_is_current(gazetteer) -> None:
    title = "Curfew imposed after suspected coup attempt"
    text = "Gunmen attacked an army depot in the capital before dawn on Sunday, officials said."
    assert signals_in(gazetteer, text, title).get("coup_event") == "reported"


def test_a_seizure_weeks_earlier_is_background(gazetteer) -> None:
    text = "The raids came three weeks after the army chief detained the cabinet and seized power."
    assert "coup_event" not in signals_in(gazetteer, text)


def test_ousting_a_civilian_minister_is_not_a_coup(gazetteer) -> None:
    text = (
        "The general's removal follows the sudden ousting of the finance minister in March, "
        "officials said."
    )
    assert "coup_event" not in signals_in(gazetteer, text)


def test_vague_foreign_conspiracy_claims_are_not_plots(gazetteer) -> None:
    text = (
        "The premier told supporters that a foreign conspiracy was trying to topple his "
        "government before the budget vote."
    )
    assert "coup_plot" not in signals_in(gazetteer, text)


def test_rebel_troops_in_a_civil_war_are_not_mutineers(gazetteer) -> None:
    text = (
        "Rebel troops returned to the provincial capital on Monday, months after government "
        "forces pushed them out."
    )
    assert "mutiny" not in signals_in(gazetteer, text)


def test_fighting_between_two_guard_units_is_a_mutiny(gazetteer) -> None:
    text = (
        "Heavy fighting between the republican guard and paratroopers broke out near the "
        "airport late on Thursday, leaving three dead."
    )
    assert "mutiny" in signals_in(gazetteer, text)


def test_clashes_between_the_army_and_insurgents_are_not_a_mutiny(gazetteer) -> None:
    text = "Clashes between the army and insurgents killed nine soldiers in the north on Monday."
    assert "mutiny" not in signals_in(gazetteer, text)


def test_delegations_heading_to_a_coup_country_are_not_troop_movements(gazetteer) -> None:
    text = (
        "Regional mediators were heading for the capital on Thursday, a day after the army "
        "arrested the president."
    )
    assert "troop_movement" not in signals_in(gazetteer, text)


def test_units_gathering_in_the_capital_move(gazetteer) -> None:
    text = "Commando units gathered outside the parliament building in the capital on Friday."
    assert signals_in(gazetteer, text).get("troop_movement") == "reported"


def test_security_for_an_inauguration_is_routine(gazetteer) -> None:
    text = (
        "Thousands of soldiers are deploying to the capital this week. The army said the "
        "troops will provide security for the presidential inauguration on Saturday."
    )
    assert "troop_movement" not in signals_in(gazetteer, text)


def test_government_forces_retreating_from_a_city_is_a_defeat(gazetteer) -> None:
    text = (
        "Government forces retreated from the provincial capital on Sunday and the city was "
        "fully in the hands of the opposition movement by nightfall."
    )
    assert signals_in(gazetteer, text).get("military_defeat") == "reported"


def test_rebel_forces_retreating_is_not_a_government_defeat(gazetteer) -> None:
    text = "Rebel forces retreated from the town on Sunday after heavy shelling by the army."
    assert "military_defeat" not in signals_in(gazetteer, text)


def test_arrests_by_the_regime_after_a_failed_coup_are_a_purge(gazetteer) -> None:
    text = (
        "Loyal units put down a coup attempt in the capital on Tuesday. Forty soldiers, among "
        "them two colonels and a general, were arrested after the attempt, the army said."
    )
    found = signals_in(gazetteer, text)
    assert "coup_event" in found
    assert found.get("elite_purge") == "reported"


def test_officers_detained_by_the_coup_makers_are_part_of_the_coup(gazetteer) -> None:
    text = (
        "Rebel officers launched a coup in the capital before dawn on Monday. Soldiers detained "
        "the army chief of staff at his residence, witnesses said."
    )
    found = signals_in(gazetteer, text)
    assert "coup_event" in found
    assert "elite_purge" not in found


def test_arrests_by_a_junta_that_has_taken_power_are_part_of_the_coup(gazetteer) -> None:
    text = (
        "The army seized power on Thursday and dissolved the government. Several generals "
        "loyal to the deposed president were arrested on Friday, state radio said."
    )
    found = signals_in(gazetteer, text)
    assert "coup_event" in found
    assert "elite_purge" not in found


def test_officers_held_over_a_quelled_mutiny_are_a_purge(gazetteer) -> None:
    text = (
        "Troops quelled a mutiny at the northern barracks last week. On Monday the security "
        "service detained six senior officers in connection with the revolt."
    )
    assert signals_in(gazetteer, text).get("elite_purge") == "reported"


def test_a_failed_bid_for_the_broadcaster_is_not_a_blackout(gazetteer) -> None:
    text = (
        "A group of soldiers attempted to seize the state radio station on Tuesday but were "
        "repelled by the guard, the ministry said."
    )
    assert "blackout" not in signals_in(gazetteer, text)


def test_a_broadcaster_going_offline_is_a_blackout(gazetteer) -> None:
    text = "The state broadcaster went offline for several hours after gunfire near its studios."
    assert signals_in(gazetteer, text).get("blackout") == "reported"


def test_storming_the_palace_does_not_seal_it(gazetteer) -> None:
    text = "Protesters stormed the presidential palace on Saturday and set fire to its gates."
    assert "blackout" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of reserve officers said they would refuse to serve if the bill passes, and "
        "hundreds of reservists boycotted training on Sunday.",
        "Hundreds of military reservists refused to report for duty on Monday in protest "
        "against the new security law.",
    ],
)
def test_reservists_refusing_duty_is_discontent_not_unrest(text: str, gazetteer) -> None:
    found = signals_in(gazetteer, text)
    assert "security_discontent" in found
    assert "civil_unrest" not in found


def test_resigning_in_protest_is_not_unrest(gazetteer) -> None:
    text = "Two ministers resigned in protest on Monday after the budget was approved."
    assert "civil_unrest" not in signals_in(gazetteer, text)


def test_a_rumoured_rift_with_the_army_chief_is_speculative_discontent(gazetteer) -> None:
    text = (
        "Rumours are spreading of a rift between the president and the army chief over the "
        "conduct of the war, though neither side has commented."
    )
    assert signals_in(gazetteer, text).get("security_discontent") == "speculative"


def test_a_founding_leader_who_died_long_ago_is_not_leader_health(gazetteer) -> None:
    text = (
        "The new president thanked voters, said the premier, who paid tribute to the founding "
        "president, who died last month."
    )
    assert "leader_health" not in signals_in(gazetteer, text)


def test_fears_raised_by_a_reported_shutdown_stay_reported(gazetteer) -> None:
    text = (
        "The authorities shut down mobile internet across the country on Monday, raising fears "
        "of an imminent crackdown on the strikers."
    )
    got = extract(Article("t", text, date="2024-05-14"), gazetteer)
    assert got.modality == "reported"
