"""General forms from the errors on Z and ZA: resignations in apparent protest, the army chief
rebuking the political class, forces collapsing or retreating before an enemy, headlines in
the present tense, and troops massed at a border.

Hand-written sentences; the labels follow the signals-dev README definitions.
"""

from __future__ import annotations

import pytest

from tests.news.signals import signals_in


@pytest.mark.parametrize(
    "text",
    [
        "The chief of the general staff and the operational commander resigned together in an "
        "apparent protest against the defence minister.",
        "The army chief warned quarrelling politicians that the country's sovereignty is at stake.",
    ],
)
def test_protest_resignations_and_rebukes_of_politicians_are_discontent(
    text: str, gazetteer
) -> None:
    assert "security_discontent" in signals_in(gazetteer, text)


def test_an_army_chief_warning_of_floods_is_not_discontent(gazetteer) -> None:
    text = "The army chief warned residents of the valley about rising floodwaters."
    assert "security_discontent" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels captured the town as retreating army troops commandeered boats to flee.",
        "Government forces are collapsing as the insurgents advance on the provincial capital.",
        "Rebel group captures key military command in the north.",
    ],
)
def test_collapse_retreat_and_present_tense_captures_are_defeats(text: str, gazetteer) -> None:
    assert "military_defeat" in signals_in(gazetteer, text)


def test_troops_massed_at_a_border_are_a_movement(gazetteer) -> None:
    text = "Satellite images show a build-up of tanks and troops near the border."
    assert signals_in(gazetteer, text).get("troop_movement") == "reported"


def test_a_border_exercise_is_not_a_movement(gazetteer) -> None:
    text = "Troops massed near the border for the annual joint exercise with allied forces."
    assert "troop_movement" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The army chief warned that the country's sovereignty will be at stake if the infighting "
        "goes on.",
        "The government blasted a new open letter by scores of serving military personnel.",
        "Three commanders of the armed forces resigned due to disagreements with the government.",
    ],
)
def test_warnings_about_the_country_letters_and_disagreements_are_discontent(
    text: str, gazetteer
) -> None:
    assert "security_discontent" in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The army chief warned that militants threaten the country's sovereignty in the north.",
        "The ceasefire letter signed by the army and the rebels was published on Monday.",
    ],
)
def test_warnings_about_an_enemy_and_joint_agreements_are_not_discontent(
    text: str, gazetteer
) -> None:
    assert "security_discontent" not in signals_in(gazetteer, text)
