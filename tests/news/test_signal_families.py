"""Phrasing families of the weaker warning signs, each with near misses that must not fire.

Hand-written sentences; the labels follow the signals-dev README definitions.
"""

from __future__ import annotations

import pytest

from tests.news.signals import signals_in


@pytest.mark.parametrize(
    "text",
    [
        "The general staff issued a statement on Friday demanding that the president and his "
        "cabinet step down.",
        "The army chief told reporters the military would not sit idly by while the country "
        "slid into chaos.",
        "Senior commanders distanced themselves from the government in a statement read on Sunday.",
        "Troops in the eastern garrison have not been paid for five months, officers said.",
        "Dozens of aggrieved soldiers gathered at the depot on Monday over their rations.",
    ],
)
def test_military_discontent_families(text: str, gazetteer) -> None:
    assert "security_discontent" in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The opposition demanded that the prime minister step down after the vote.",
        "The army warned residents to stay indoors during the operation.",
    ],
)
def test_civilian_demands_and_routine_warnings_are_not_discontent(text: str, gazetteer) -> None:
    assert "security_discontent" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Government troops were pushed back from the river crossing as militants advanced on "
        "Tuesday.",
        "Two army battalions were encircled near the border town, a commander admitted.",
        "Insurgents said on Sunday they had taken control of the regional army headquarters.",
        "The defence ministry acknowledged a battlefield setback after the fall of the valley.",
    ],
)
def test_military_defeat_families(text: str, gazetteer) -> None:
    assert "military_defeat" in signals_in(gazetteer, text)


def test_an_army_retaking_its_base_is_not_a_defeat(gazetteer) -> None:
    text = "The army said on Monday it had recaptured the military base from the insurgents."
    assert "military_defeat" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Angry soldiers shot into the air at their barracks on Thursday night over unpaid bonuses.",
        "Troops at the border camp took their commanders hostage on Saturday.",
    ],
)
def test_mutiny_families(text: str, gazetteer) -> None:
    assert "mutiny" in signals_in(gazetteer, text)


def test_soldiers_protesting_are_not_civil_unrest(gazetteer) -> None:
    text = "Soldiers protested on Monday against the late payment of their allowances."
    got = signals_in(gazetteer, text)
    assert "civil_unrest" not in got and "security_discontent" in got


@pytest.mark.parametrize(
    "text",
    [
        "Phones and mobile internet stopped working across the capital on Wednesday morning.",
        "Internet access was restored on Friday after a two-day outage ordered by the junta.",
        "Soldiers surrounded the state broadcaster's building before dawn on Tuesday.",
        "The aviation authority suspended all flights out of the capital on Sunday.",
    ],
)
def test_blackout_families(text: str, gazetteer) -> None:
    assert "blackout" in signals_in(gazetteer, text)


def test_a_shortened_phone_call_is_not_a_blackout(gazetteer) -> None:
    text = "The president cut short a phone call with his counterpart on Monday."
    assert "blackout" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The president, now visibly frail, has been rarely seen in public this year.",
        "The prime minister has been absent from cabinet meetings for three weeks.",
    ],
)
def test_leader_health_families(text: str, gazetteer) -> None:
    assert "leader_health" in signals_in(gazetteer, text)


def test_a_death_used_as_a_date_is_not_leader_health(gazetteer) -> None:
    text = "After his death, his nephew became president and has ruled ever since."
    assert "leader_health" not in signals_in(gazetteer, text)
