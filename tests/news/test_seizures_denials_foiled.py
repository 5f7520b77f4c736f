"""Seizures of the seat of power as blackouts, denied or charged coups, foiled plots and
mutiny back-references.

Hand-written sentences; the labels follow the signals-dev README definitions.
"""

from __future__ import annotations

import pytest

from coupwatch.news.cues import tag_text
from coupwatch.news.modality import is_speculative
from tests.news.signals import signals_in


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers loyal to the colonel said on Monday they had taken control of the presidential "
        "palace and the international airport.",
        "By dawn the renegade unit was in control of the airport, witnesses said.",
        "Lawmakers were blocked from entering parliament on Thursday as soldiers stood at the "
        "gates.",
        "The national assembly was sealed overnight and its speaker turned away.",
        "Mobile networks were seeing disruption across the capital on Tuesday morning.",
        "State media was taken off-air shortly after midnight.",
        "Masked men burst into the television studio during the evening news and the live "
        "broadcast was cut.",
    ],
)
def test_seat_of_power_seized_or_sealed_is_a_blackout(text: str, gazetteer) -> None:
    assert "blackout" in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Parliament blocked the budget bill on Wednesday after a long debate.",
        "State media said the minister had opened a new bridge in the north.",
        "Soldiers announced at the palace on Friday that they had seized power.",
        "Residents said there were rumours the internet could be cut if the protests spread.",
        "Rebel fighters took control of the airport after a week of fighting with the army.",
    ],
)
def test_lawful_votes_sources_power_seizures_and_rumours_are_not_blackouts(
    text: str, gazetteer
) -> None:
    assert "blackout" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "A military spokesman told reporters the army was unaware of any coup attempt.",
        "The defence ministry denied there was a coup attempt, saying the shots came from a "
        "training range.",
        "There was no coup, the interior minister insisted on Sunday.",
    ],
)
def test_denied_coups_are_not_reported(text: str, gazetteer) -> None:
    assert "coup_event" not in signals_in(gazetteer, text)


def test_a_coup_in_an_accusation_is_a_plot(gazetteer) -> None:
    text = (
        "The former intelligence chief was arrested on Tuesday and charged with organising an "
        "attempted coup, prosecutors said."
    )
    got = signals_in(gazetteer, text)
    assert "coup_event" not in got
    assert "coup_plot" in got


@pytest.mark.parametrize(
    ("headline", "speculative"),
    [
        ("Army Chief May Have Been Involved In Failed Putsch", True),
        ("Senior Officers May Be Dismissed After Inquiry", True),
        ("Protests In May Drew Thousands To The Capital", False),
    ],
)
def test_a_capitalised_modal_may_is_not_the_month(headline: str, speculative: bool) -> None:
    cues = tag_text(headline)[0]
    assert is_speculative(cues, headline, headline) is speculative


def test_a_coup_thwarted_before_any_act_is_a_foiled_plot(gazetteer) -> None:
    text = (
        "The government said on Thursday it had foiled a coup attempt and arrested six soldiers "
        "at their homes. The army said the situation in the capital was calm."
    )
    got = signals_in(gazetteer, text)
    assert "coup_plot" in got
    assert "coup_event" not in got


def test_a_failed_attempt_with_shooting_stays_a_coup_event(gazetteer) -> None:
    text = (
        "Heavy gunfire was heard near the presidential palace before dawn on Sunday. The "
        "government said loyal troops had thwarted a coup attempt and the attackers were "
        "arrested."
    )
    got = signals_in(gazetteer, text)
    assert "coup_event" in got
    assert "coup_plot" not in got


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors questioned three colonels on Monday in connection with the mutiny of the "
        "border brigade.",
        "Investigators are still examining the general's role in the mutiny, officials said.",
        "Weeks after the mutiny, the garrison commander was quietly replaced.",
    ],
)
def test_mutiny_back_references_are_not_a_current_mutiny(text: str, gazetteer) -> None:
    assert "mutiny" not in signals_in(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Calm returned to the garrison town on Tuesday after soldiers mutinied over unpaid wages.",
        "Shops stayed shut after the mutiny of soldiers at two barracks on Sunday.",
    ],
)
def test_a_fresh_mutiny_after_which_news_follows_still_counts(text: str, gazetteer) -> None:
    assert "mutiny" in signals_in(gazetteer, text)
