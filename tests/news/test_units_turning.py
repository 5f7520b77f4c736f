"""Units turning on the rulers without the word "mutiny": a guard holding the leader it guards,
troops aligning with protesters, orders refused, and fighting inside the forces.

Hand-written sentences; the labels follow the signals-dev README definitions.
"""

from __future__ import annotations

import pytest

from tests.news.signals import signals_in


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers of the presidential guard detained the president in his residence on Wednesday.",
        "Troops from the republican guard have been holding President Kaba since dawn.",
        "The head of state was taken into custody by the presidential guard, sources said.",
    ],
)
def test_a_guard_holding_the_leader_is_a_mutiny(text: str, gazetteer) -> None:
    assert signals_in(gazetteer, text).get("mutiny") == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "The presidential guard escorted the president to the summit venue.",
        "Members of the republican guard arrested two rebels near the palace.",
        "The president thanked the presidential guard for holding the line during the floods.",
    ],
)
def test_a_guard_on_duty_is_not_a_mutiny(text: str, gazetteer) -> None:
    assert "mutiny" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Troops from an elite unit aligned themselves with the protesters on Saturday.",
        "Soldiers from the engineering corps joined youth-led demonstrations in the capital.",
        "Twelve officers refused to follow the order to cross the border.",
    ],
)
def test_units_siding_with_protesters_or_refusing_orders_are_a_mutiny(text: str, gazetteer) -> None:
    assert "mutiny" in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Fighting raged within the armed forces for a second day in the capital.",
        "Guard soldiers freed two ministers before exchanging gunfire with special forces.",
    ],
)
def test_fighting_inside_the_forces_is_a_mutiny(text: str, gazetteer) -> None:
    assert "mutiny" in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers exchanged gunfire with militants near the market.",
        "Troops exchanged fire with the army of the neighbouring state along the border.",
        "The party's candidates aligned with the protest movement before the vote.",
    ],
)
def test_fire_with_an_enemy_or_civilians_aligning_are_not_a_mutiny(text: str, gazetteer) -> None:
    assert "mutiny" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Fighting broke out between government forces and soldiers allied to opposition leaders.",
        "Police and soldiers fought a deadly gun battle outside the presidential palace.",
        "Authorities confirmed gunfire at some army camps but denied an army takeover.",
    ],
)
def test_forces_fighting_each_other_or_shooting_in_their_camps_are_a_mutiny(
    text: str, gazetteer
) -> None:
    assert "mutiny" in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers and police fought a gun battle with militants near the border town.",
        "Jihadists opened fire and there was gunfire at the army camp for two hours.",
    ],
)
def test_forces_fighting_an_enemy_are_not_a_mutiny(text: str, gazetteer) -> None:
    assert "mutiny" not in signals_in(gazetteer, text)
