"""Traps in ordinary reporting: a coup commemorated, a party's plot, an absence or a
"rehabilitation" that is not the leader's, and a police protest that is discontent in the
forces rather than civil unrest.

Hand-written sentences; the labels follow the signals-dev README definitions.
"""

from __future__ import annotations

import pytest

from tests.news.signals import signals_in


def test_a_commemorated_coup_is_background(gazetteer) -> None:
    text = "The country commemorates half a century of the coup that began the dictatorship."
    assert "coup_event" not in signals_in(gazetteer, text, when="2023-09-11")


def test_a_plot_at_a_leadership_rule_change_is_a_party_matter(gazetteer) -> None:
    text = "The prime minister faces a new plot to oust him before the leadership rule change."
    assert "coup_plot" not in signals_in(gazetteer, text)


def test_a_plot_by_officers_to_oust_the_leader_is_still_a_plot(gazetteer) -> None:
    text = "Officers were arrested over a plot to oust the president before the confidence vote."
    assert "coup_plot" in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister announced a budget for the rehabilitation of flooded towns.",
        "The absence of the army chief recalled the disappearance of former Foreign Minister "
        "Qin, a protege of the leader.",
    ],
)
def test_health_and_absence_words_not_about_the_leader(text: str, gazetteer) -> None:
    assert "leader_health" not in signals_in(gazetteer, text)


def test_the_leaders_own_absence_still_counts(gazetteer) -> None:
    text = "The president's absence from public view has lasted three weeks."
    assert "leader_health" in signals_in(gazetteer, text)


def test_a_police_protest_over_pay_is_discontent(gazetteer) -> None:
    text = "A police protest over pay spread to three barracks in the province on Friday."
    found = signals_in(gazetteer, text)
    assert "security_discontent" in found
    assert "civil_unrest" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The suspects were planning to illegally usurp power by murdering the prime minister.",
        "Eight people were arrested on suspicion of preparing an armed seizure of power.",
        "Officials announced an investigation into an alleged plot to unseat the king.",
    ],
)
def test_plans_to_usurp_seize_or_unseat_are_plots(text: str, gazetteer) -> None:
    assert "coup_plot" in signals_in(gazetteer, text)


def test_preparing_for_a_summit_is_not_a_plot(gazetteer) -> None:
    text = "Officials are preparing to host the regional summit in the capital next week."
    assert "coup_plot" not in signals_in(gazetteer, text)
