"""Heads of named security bodies, routes toward a destination, pay walk-outs, and protest
words that only name police gear or a protest not yet held.

Hand-written sentences; the labels follow the signals-dev README definitions.
"""

from __future__ import annotations

import pytest

from tests.news.signals import signals_in


@pytest.mark.parametrize(
    "text",
    [
        "The president discharged the head of the National Security Committee on Thursday.",
        "The cabinet sacked the director of the intelligence service after the attack.",
        "The FSB chief was dismissed by decree on Monday.",
        "Nine senior generals were expelled from the army on Friday.",
    ],
)
def test_heads_of_security_bodies_are_purge_targets(text: str, gazetteer) -> None:
    assert signals_in(gazetteer, text).get("elite_purge") == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "The FSB chief met the president on Monday to discuss the budget.",
        "The head of the intelligence service retired at the end of his term.",
    ],
)
def test_heads_of_security_bodies_without_a_purge(text: str, gazetteer) -> None:
    assert "elite_purge" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "A convoy of soldiers made its way toward the capital and met no resistance.",
        "Elite units were sent from three garrison towns toward the capital.",
        "Men in military uniform took up positions on the main road to the presidential palace.",
    ],
)
def test_routes_toward_a_destination_are_troop_movements(text: str, gazetteer) -> None:
    assert "troop_movement" in signals_in(gazetteer, text)


def test_roads_blocked_by_protesters_are_not_troop_movements(gazetteer) -> None:
    text = "The armed forces will mobilise to reopen roads that have been blocked by protesters."
    assert "troop_movement" not in signals_in(gazetteer, text)


def test_pay_walkout_by_soldiers_is_a_mutiny(gazetteer) -> None:
    text = "Hundreds of police officers and soldiers walked off the job over unpaid wages."
    assert signals_in(gazetteer, text).get("mutiny") == "reported"


def test_armed_rebellion_against_government_forces_is_an_insurgency(gazetteer) -> None:
    text = (
        "The armed rebellion in the north has lasted a decade, with rebels fighting "
        "government forces."
    )
    assert "mutiny" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Riot police were deployed outside the ministry on Tuesday.",
        "Anti-riot units will stay in place until the ceremony ends.",
        "The opposition called for nationwide protests on Friday.",
    ],
)
def test_police_gear_and_called_protests_are_not_unrest(text: str, gazetteer) -> None:
    assert "civil_unrest" not in signals_in(gazetteer, text)


def test_protesters_clashing_with_riot_police_is_unrest(gazetteer) -> None:
    text = "Thousands of protesters clashed with riot police in the capital on Saturday."
    assert signals_in(gazetteer, text).get("civil_unrest") == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "Army units showed support for the commander amid coup talk in the capital.",
        "There are whispers of another coup brewing in the security sector.",
        "Coup rumours sparked public outrage on Monday.",
    ],
)
def test_talk_of_a_coup_is_a_speculative_coup(text: str, gazetteer) -> None:
    assert signals_in(gazetteer, text).get("coup_event") == "speculative"


def test_a_coup_in_sport_is_not_a_coup(gazetteer) -> None:
    text = "Signing the striker would be a potential coup for the club."
    assert "coup_event" not in signals_in(gazetteer, text)


def test_broke_ranks_is_a_mutiny_only_among_soldiers(gazetteer) -> None:
    senators = "Seven senators broke ranks to support conviction."
    assert "mutiny" not in signals_in(gazetteer, senators)
    text = "Dozens of soldiers broke ranks and joined the protesters."
    assert signals_in(gazetteer, text).get("mutiny") == "reported"


def test_a_mutiny_denied_did_not_happen(gazetteer) -> None:
    text = "There was no mutiny in the barracks, the army said."
    assert "mutiny" not in signals_in(gazetteer, text)


def test_power_seized_twice_is_a_career_not_the_news(gazetteer) -> None:
    text = (
        "The former leader, who seized power twice in military coups before bringing in "
        "democratic rule, died on Thursday."
    )
    assert "coup_event" not in signals_in(gazetteer, text)


def test_a_bare_capture_during_a_mutiny_is_not_a_military_defeat(gazetteer) -> None:
    text = (
        "Mercenary fighters launched an armed mutiny against the army leadership on Saturday. "
        "The fighters had taken control of military facilities in the city, a security "
        "source said."
    )
    found = signals_in(gazetteer, text)
    assert found.get("mutiny") == "reported"
    assert "military_defeat" not in found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The presidency said an attempted illegal seizure of power was under way.", "coup_event"),
        ("Police arrested 20 soldiers suspected of wishing to overthrow the junta.", "coup_plot"),
        ("Officials said they had dismantled a plot to destabilise the kingdom.", "coup_plot"),
        ("The army told the rebelling soldiers of the presidential guard to stand down.", "mutiny"),
        ("Hundreds of security personnel defect from the junta every week.", "security_discontent"),
    ],
)
def test_plain_wordings_of_attempts_plots_and_revolts(text: str, kind: str, gazetteer) -> None:
    assert kind in signals_in(gazetteer, text)


def test_force_in_a_past_coup_does_not_make_a_foiled_plot_an_attempt(gazetteer) -> None:
    text = (
        "Four army officers were arrested on Thursday, a day after the junta announced it had "
        "thwarted a coup attempt. The junta leader seized power last year in a day marked by "
        "gunfire in the capital."
    )
    found = signals_in(gazetteer, text)
    assert "coup_plot" in found
    assert "coup_event" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Islamabad braces for a protest by the opposition on Friday.",
        "The group planned to organize mass riots in the capital.",
        "Supporters of the military protested the election results on Saturday.",
        "Hundreds gathered outside the French embassy to protest against its policy.",
        "A group of soldiers attached to the northern operation protested unpaid allowances.",
    ],
)
def test_planned_pro_military_foreign_and_soldiers_protests_are_not_unrest(
    text: str, gazetteer
) -> None:
    assert "civil_unrest" not in signals_in(gazetteer, text)


def test_civilians_protesting_beside_soldiers_are_unrest(gazetteer) -> None:
    text = "Troops were deployed after thousands protested fuel prices in the capital."
    assert signals_in(gazetteer, text).get("civil_unrest") == "reported"


def test_a_commander_blaming_the_leadership_is_discontent(gazetteer) -> None:
    text = "A general was dismissed after accusing the top brass of failing his soldiers."
    assert signals_in(gazetteer, text).get("security_discontent") == "reported"


def test_the_army_blaming_rebels_is_not_discontent(gazetteer) -> None:
    text = "The army blamed rebels for the attack on the convoy."
    assert "security_discontent" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The president ordered heavily armed soldiers to enter the parliament building.",
            "troop_movement",
        ),
        ("Dozens of soldiers took position around the city hall in the capital.", "troop_movement"),
        ("The police commissioner was suspended by the prime minister on Monday.", "elite_purge"),
    ],
)
def test_entering_taking_position_and_suspension(text: str, kind: str, gazetteer) -> None:
    assert signals_in(gazetteer, text).get(kind) == "reported"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The army chief read the riot act to political forces on Tuesday.", "civil_unrest"),
        ("Officials feared potential protests against the succession.", "civil_unrest"),
        ("Tory plotters warned that a coup against the prime minister is too late.", "coup_event"),
    ],
)
def test_idioms_possible_protests_and_party_coups(text: str, kind: str, gazetteer) -> None:
    assert kind not in signals_in(gazetteer, text)
