"""Hedges, conditionals and rumour words govern their own clause, not the whole sentence.

Short hand-written wire-style stories; the expected labels follow the signals-dev README.
"""

from __future__ import annotations

import pytest

from coupwatch.news.cues import tag_text
from coupwatch.news.modality import speculation_scopes
from tests.news.signals import signals_in


def _scoped(text: str) -> list[str]:
    s = tag_text(text)[0]
    return [text[a:b] for a, b in speculation_scopes(s, text, text.strip())]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Phone lines were cut in the northern provinces on Friday, which made it hard to "
            "check rumours of a putsch.",
            "blackout",
        ),
        (
            "Mobile data was switched off nationwide overnight, and analysts speculated about "
            "what might follow.",
            "blackout",
        ),
        (
            "Paratroopers at the Kamsar base mutinied on Thursday and the air force will bomb "
            "the camp if they do not surrender.",
            "mutiny",
        ),
    ],
)
def test_a_signal_in_another_clause_stays_reported(gazetteer, text: str, kind: str) -> None:
    assert signals_in(gazetteer, text).get(kind) == "reported"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("If the garrison mutinies, the capital will be defenceless.", "mutiny"),
        ("Soldiers could mutiny and tanks could roll into the capital.", "mutiny"),
        (
            "Armoured cars moved into the capital, according to unconfirmed reports.",
            "troop_movement",
        ),
    ],
)
def test_a_signal_inside_the_hedged_clause_stays_speculative(
    gazetteer, text: str, kind: str
) -> None:
    assert signals_in(gazetteer, text).get(kind) == "speculative"


def test_a_rumoured_cut_in_a_trailing_attribution_is_not_a_blackout(gazetteer) -> None:
    text = "The internet was shut down across the country, residents feared."
    assert "blackout" not in signals_in(gazetteer, text)


def test_a_conditional_reaches_back_only_to_its_consequence() -> None:
    text = "The guards rebelled at dawn and the army will storm the camp if they hold out."
    assert _scoped(text) == [" the army will storm the camp if they hold out."]


def test_a_sentence_opening_with_a_conditional_is_hedged_throughout() -> None:
    text = "If the talks collapse, troops will march on the capital."
    assert _scoped(text) == [text]


def test_a_rumour_word_governs_the_clause_after_the_comma() -> None:
    text = "Radio signals were jammed on Monday, fuelling talk and rumours of unrest."
    assert _scoped(text) == [" fuelling talk and rumours of unrest."]


def test_a_question_is_hedged_throughout() -> None:
    text = "Did the internet go down because of the mutiny?"
    assert _scoped(text) == [text]


def test_blackout_family_broadcast_interruptions_and_unreachable_phones(gazetteer) -> None:
    found = signals_in(
        gazetteer,
        "There were interruptions to state television programming on Monday. "
        "Phone numbers in the capital were unreachable by the afternoon.",
    )
    assert found.get("blackout") == "reported"


def test_plot_family_attempt_to_destabilise_with_arrested_officers(gazetteer) -> None:
    text = (
        "Military police arrested four officers accused of trying to destabilise the "
        "transition, the army said on Tuesday."
    )
    assert signals_in(gazetteer, text).get("coup_plot") == "reported"
