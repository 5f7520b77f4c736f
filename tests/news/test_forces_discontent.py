"""Discontent in the forces said in ways other than a fixed phrase: the forces' own protests and
strikes, discontent stated of them with a copula or placed in a named army, commanders blaming
their leadership in the present tense, and a coup the military will not rule out.

Hand-written sentences; the labels follow the signals-dev README definitions.
"""

from __future__ import annotations

import pytest

from tests.news.signals import signals_in


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of air force reservists said they would not report for a drill in protest "
        "against the government's reforms.",
        "Police officers and prison guards walked off their jobs on Wednesday over a pay cut.",
        "The unrest began after a pay protest by soldiers and police outside parliament.",
        "Police across the province went on strike to protest the cut in their allowances.",
        "The three service chiefs resigned together in disagreement with the president.",
    ],
)
def test_the_forces_own_protests_and_strikes_are_discontent(text: str, gazetteer) -> None:
    assert "security_discontent" in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police used tear gas on protesting civilians outside the ministry.",
        "Police arrested dozens of students who marched in protest against the fee rise.",
        "An air strike by government forces killed nine soldiers near the border.",
        "Troops were sent to the capital after thousands of workers walked off in protest.",
    ],
)
def test_protests_the_forces_meet_or_other_strikes_are_not_discontent(text: str, gazetteer) -> None:
    assert "security_discontent" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The army commanders were apparently unhappy about the decision.",
        "The military is now disillusioned with the prime minister, the report said.",
        "Some officers had become frustrated with career stagnation.",
        "Reports spoke of discontent within the People's Liberation Army.",
        "The magazine reported tension within Burkina Faso's armed forces.",
    ],
)
def test_discontent_stated_of_the_forces_or_placed_in_a_named_army(text: str, gazetteer) -> None:
    assert "security_discontent" in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers were frustrated by rebel ambushes along the road.",
        "There was anger in the country over army abuses in the north.",
        "The minister is unhappy with the budget, the army said.",
    ],
)
def test_frustration_with_an_enemy_or_anger_at_the_army_is_not_discontent(
    text: str, gazetteer
) -> None:
    assert "security_discontent" not in signals_in(gazetteer, text)


def test_a_general_slamming_the_top_brass_is_discontent(gazetteer) -> None:
    text = "A Russian general slams 'treacherous' top brass in a recorded message."
    assert "security_discontent" in signals_in(gazetteer, text)


def test_a_coup_the_military_will_not_rule_out_is_discontent(gazetteer) -> None:
    text = "An army spokesman on Tuesday refused to rule out a military takeover over the dispute."
    assert "security_discontent" in signals_in(gazetteer, text)


def test_a_coup_ruled_out_by_analysts_is_not_military_discontent(gazetteer) -> None:
    text = "Analysts did not rule out a coup if the crisis drags on."
    assert "security_discontent" not in signals_in(gazetteer, text)


def test_a_first_in_history_is_current_not_background(gazetteer) -> None:
    text = (
        "For the first time in history, the commanders of the armed forces resigned together "
        "in disagreement with the president."
    )
    assert "security_discontent" in signals_in(gazetteer, text)
