"""How far the extractor can be trusted on news it has never seen, as measured.

The figures come from the twenty-two latest blind-labelled sets of real articles published
2020–2026 (sets ZL to YG, 913 items, labelled by people who had not seen the extractor), each
scored once on arrival by the version of the day, before anything was changed for them. See
``benchmarks/news_results.md``; the learned steps refitted since then scored a little higher on
the sets they had not seen (0.77 against 0.75 on the last eight). They are samples: a type's F1
is rough to ±0.07. They are restated here so that every reading says how much weight it can
bear.
"""

from __future__ import annotations

#: Articles the figures below were measured on.
MEASURED_ON = "913 blind-labelled news articles from 2020–2026 that it had never seen"

#: Share of flagged signs that were right, and share of present signs that were found.
UNSEEN_PRECISION = 0.82
UNSEEN_RECALL = 0.72

#: F1 by signal type on those articles.
UNSEEN_F1: dict[str, float] = {
    "coup_event": 0.77,
    "coup_plot": 0.84,
    "mutiny": 0.64,
    "troop_movement": 0.63,
    "elite_purge": 0.74,
    "leader_health": 0.90,
    "military_defeat": 0.85,
    "civil_unrest": 0.86,
    "security_discontent": 0.37,
    "blackout": 0.78,
}

#: Below this unseen F1 a flag is a pointer to read the story, not a finding.
WEAK_F1 = 0.6


def is_weak(signal_type: str) -> bool:
    """Whether flags of this type were wrong or missed about half the time or more."""
    return UNSEEN_F1.get(signal_type, 0.0) < WEAK_F1


def trust_note() -> str:
    """One plain sentence on how far a reading can be trusted."""
    return (
        f"How far to trust this: on {MEASURED_ON}, about {UNSEEN_PRECISION:.0%} of the signs "
        f"flagged were right and about {UNSEEN_RECALL:.0%} of the signs present were found; "
        "read the quoted sentences before relying on any flag."
    )
