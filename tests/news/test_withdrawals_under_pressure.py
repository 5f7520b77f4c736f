"""Withdrawals under an enemy's pressure are defeats; withdrawals with no pressure named, or
ground handed over without a fight, are not.

Hand-written sentences; the labels follow the signals-dev README definitions.
"""

from __future__ import annotations

import pytest

from tests.news.signals import signals_in


@pytest.mark.parametrize(
    "text",
    [
        "Government troops have withdrawn from the beleaguered town to avoid being encircled.",
        "The minister ordered the army to withdraw from the port, which rebels had been "
        "advancing on for weeks.",
        "The offensive forced a change of plans. The withdrawal of government troops from the "
        "provincial capital began on Monday.",
    ],
)
def test_a_withdrawal_under_pressure_is_a_defeat(text: str, gazetteer) -> None:
    assert "military_defeat" in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The peacekeepers withdrew from the town after their mandate ended.",
        "Government forces withdrew from the town without fighting during the offensive.",
        "The ministry announced the withdrawal of troops from the flood zone.",
    ],
)
def test_planned_withdrawals_and_handovers_are_not_defeats(text: str, gazetteer) -> None:
    assert "military_defeat" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The junta's army has suffered a string of defeats in the north this year.",
        "Analysts call the surrender the largest single defeat for the regime since the war began.",
    ],
)
def test_strings_and_records_of_defeats_are_defeats(text: str, gazetteer) -> None:
    assert "military_defeat" in signals_in(gazetteer, text)


def test_the_fall_of_a_stronghold_is_a_defeat(gazetteer) -> None:
    text = "The retreat contributed to the fall of the stronghold, defended for over two years."
    assert "military_defeat" in signals_in(gazetteer, text)
