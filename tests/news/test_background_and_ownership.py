"""Families of errors that come from structure rather than vocabulary.

Timing (a coup dated weeks back, a count of past coups, a coup planned for later or ruled out),
whose act it is (an official's death announced by the president, residents "relieved", a party
"mutiny"), denials, and how repeated names weigh on the subject country. Hand-written stories;
the expected labels follow the signals-dev README.
"""

from __future__ import annotations

import pytest

from coupwatch.news.gazetteer import Place
from coupwatch.news.subject import PlaceHit, score_places
from tests.news.signals import signals_in


def test_a_coup_dated_weeks_back_inside_a_since_clause_is_background(gazetteer) -> None:
    text = (
        "The capital has been tense since the air force commander staged a coup on March 2 "
        "and detained the prime minister. Teachers marched against the junta on Friday."
    )
    got = signals_in(gazetteer, text, when="2024-04-20")
    assert "coup_event" not in got
    assert "civil_unrest" in got


def test_a_coup_on_a_recent_date_is_still_current(gazetteer) -> None:
    text = "Paratroopers staged a coup on April 18 and detained the prime minister."
    assert "coup_event" in signals_in(gazetteer, text, when="2024-04-20")


@pytest.mark.parametrize(
    "text",
    [
        "The region has seen five military takeovers and two failed coup attempts since 2019.",
        "Analysts counted three attempted coups on the continent over the past four years.",
    ],
)
def test_a_count_of_past_coups_is_not_a_coup(text: str, gazetteer) -> None:
    assert "coup_event" not in signals_in(gazetteer, text)


def test_a_coup_planned_for_a_later_day_is_a_plot_not_a_coup(gazetteer) -> None:
    text = (
        "Prosecutors said two majors were arrested over a coup planned for the weekend, "
        "according to the charge sheet."
    )
    got = signals_in(gazetteer, text)
    assert "coup_event" not in got


@pytest.mark.parametrize(
    "text",
    [
        "The defence chief on Tuesday ruled out any possibility of a military coup.",
        "There is no chance of a coup, the navy commander told reporters on Monday.",
    ],
)
def test_a_coup_ruled_out_is_not_a_coup(text: str, gazetteer) -> None:
    assert "coup_event" not in signals_in(gazetteer, text)


def test_a_strike_against_the_months_old_coup_is_unrest_not_a_coup(gazetteer) -> None:
    text = (
        "Dock workers walked out on Monday in defiance of the country's hated military coup, "
        "halting exports."
    )
    assert "coup_event" not in signals_in(gazetteer, text)


def test_a_first_anniversary_is_retrospective(gazetteer) -> None:
    title = "Crowds mark the coup, one year after the ouster of the old regime"
    text = "Crowds gathered in the main square, one year after the coup that ended the old regime."
    assert "coup_event" not in signals_in(gazetteer, text, title)


def test_the_death_of_an_official_announced_by_the_president_is_not_leader_health(
    gazetteer,
) -> None:
    text = "The president on Friday announced the death of the army chief in a plane crash."
    assert "leader_health" not in signals_in(gazetteer, text)


def test_the_leaders_own_treatment_is_leader_health(gazetteer) -> None:
    text = "The president was treated for a lung infection in a foreign clinic, aides said."
    assert "leader_health" in signals_in(gazetteer, text)


def test_relief_is_not_a_dismissal(gazetteer) -> None:
    text = "Traders said they were relieved that the army commander had kept the roads open."
    assert "elite_purge" not in signals_in(gazetteer, text)


def test_a_denied_arrest_of_generals_is_not_a_purge(gazetteer) -> None:
    text = "The ministry denied that two generals had been arrested, calling the reports false."
    assert "elite_purge" not in signals_in(gazetteer, text)


def test_a_scheduled_replacement_is_routine(gazetteer) -> None:
    text = "The air force commander will be replaced by his deputy when his term ends in June."
    assert "elite_purge" not in signals_in(gazetteer, text)


def test_a_mutinous_party_is_not_a_mutiny(gazetteer) -> None:
    text = "Mutinous backbench MPs told the premier to quit before the party conference."
    assert "mutiny" not in signals_in(gazetteer, text)


def test_commanders_demanding_the_premiers_resignation_are_discontent(gazetteer) -> None:
    text = (
        "The general staff issued a statement on Thursday calling for the prime minister's "
        "immediate resignation."
    )
    assert "security_discontent" in signals_in(gazetteer, text)


def test_the_army_taking_exception_to_politicians_is_discontent(gazetteer) -> None:
    text = "The army has taken strong exception to remarks by party leaders about its chiefs."
    assert "security_discontent" in signals_in(gazetteer, text)


def test_supporters_demanding_foreign_troops_leave_are_not_discontent(gazetteer) -> None:
    text = "Backers of the military government rallied, demanding the departure of foreign troops."
    assert "security_discontent" not in signals_in(gazetteer, text)


def test_a_mass_surrender_of_troops_is_a_defeat(gazetteer) -> None:
    text = "Hundreds of government troops surrendered en masse as the offensive reached the valley."
    assert "military_defeat" in signals_in(gazetteer, text)


def test_opposition_fighters_surrendering_is_not_the_armys_defeat(gazetteer) -> None:
    text = "More than forty armed opposition forces surrendered to the provincial governor."
    assert "military_defeat" not in signals_in(gazetteer, text)


def test_feared_riots_are_not_unrest(gazetteer) -> None:
    text = "Shops closed early over fears of riots after the vote count was delayed."
    assert "civil_unrest" not in signals_in(gazetteer, text)


def test_a_leader_flown_out_by_military_helicopter_is_not_a_deployment(gazetteer) -> None:
    text = "The prime minister left the capital in a military helicopter on Monday afternoon."
    assert "troop_movement" not in signals_in(gazetteer, text)


def test_charging_the_plotters_of_a_failed_coup_is_a_plot(gazetteer) -> None:
    text = (
        "Soldiers stormed the presidency on Wednesday in a failed coup attempt. "
        "Their commander was arrested on charges of plotting a coup against the state."
    )
    got = signals_in(gazetteer, text)
    assert "coup_event" in got
    assert got.get("coup_plot") == "reported"


def test_a_junta_charging_over_its_own_coup_is_not_a_separate_plot(gazetteer) -> None:
    text = (
        "The military seized power in the capital on Sunday and suspended the constitution. "
        "The new rulers said two ministers were detained for plotting against the state."
    )
    got = signals_in(gazetteer, text)
    assert "coup_event" in got
    assert "coup_plot" not in got


def test_a_claimed_internet_blackout_is_not_reported(gazetteer) -> None:
    text = "One account on social media claimed there was an internet blackout across the country."
    assert "blackout" not in signals_in(gazetteer, text)


def test_a_name_repeated_in_one_sentence_counts_once() -> None:
    a, b = Place("XA", "Aland", "XA", 1), Place("XB", "Bland", "XB", 2)
    hits = [
        PlaceHit(a, "city", False, 0),
        PlaceHit(a, "city", False, 0),
        PlaceHit(a, "name", False, 3),
        PlaceHit(a, "alias", False, 3),
        PlaceHit(b, "name", False, 4),
        PlaceHit(b, "demonym", False, 4),
    ]
    scores = score_places(hits, set())
    assert scores[a] == pytest.approx(0.5 * 1.5 + 1.0)
    assert scores[b] == pytest.approx(1.0 + 0.7)
