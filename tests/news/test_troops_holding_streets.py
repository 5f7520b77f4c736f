"""Troops holding ground in the capital — roads blocked, soldiers on the streets or stationed at
junctions — are a troop movement; a palace blocked off is access sealed, not a movement.

Hand-written sentences; the labels follow the signals-dev README definitions.
"""

from __future__ import annotations

import pytest

from tests.news.signals import signals_in


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers blocked the main roads into the capital early on Monday.",
        "Troops are on the streets of the capital after the president's arrest.",
        "Soldiers in armoured vehicles were stationed at strategic crossroads in the city.",
    ],
)
def test_troops_holding_roads_and_streets_are_a_movement(text: str, gazetteer) -> None:
    assert signals_in(gazetteer, text).get("troop_movement") == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers blocked off the presidential palace on Wednesday.",
        "The general took over as head of the council on Monday.",
        "Farmers blocked the main roads with tractors in protest at fuel prices.",
    ],
)
def test_a_palace_blocked_off_or_a_post_taken_over_is_not_a_movement(text: str, gazetteer) -> None:
    assert "troop_movement" not in signals_in(gazetteer, text)
