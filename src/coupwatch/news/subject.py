"""Pick the subject country of an article from its gazetteer mentions.

A mention counts more in the title, in the lead sentence and in sentences that carry warning-sign
evidence; names count more than capitals and demonyms, and those more than cities
(:data:`coupwatch.news.gazetteer.KIND_WEIGHT`), so a story naming only "Omdurman" is about Sudan
but a country named outright wins over a city of another. Countries only mentioned in passing
lose to the one the story is about. Multinational stories without signals (alliance exercises)
have no subject.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from coupwatch.news.gazetteer import KIND_WEIGHT, Place

TITLE_WEIGHT = 2.0
LEAD_WEIGHT = 1.5
EVIDENCE_WEIGHT = 1.5
SECONDARY_SHARE = 0.75
MULTINATIONAL_MIN_PLACES = 3
# Kinds of mention that are the same evidence when they occur in one sentence.
SAME_KIND = {"alias": "name", "city_ambiguous": "city"}


@dataclass(frozen=True)
class PlaceHit:
    """A mention located by field and sentence index."""

    place: Place
    kind: str
    in_title: bool
    sentence: int


def score_places(
    hits: list[PlaceHit], evidence_sentences: set[tuple[bool, int]]
) -> dict[Place, float]:
    """Weighted mention score per place.

    Each kind of name counts once per sentence: a name repeated in one sentence ("the United
    Arab Emirates (UAE)", a dateline city named again in the lead) is one mention, while a
    sentence naming a state's city and its demonym gives two pieces of evidence.
    """
    best: dict[tuple[Place, bool, int, str], float] = {}
    for hit in hits:
        weight = KIND_WEIGHT[hit.kind]
        if hit.in_title:
            weight *= TITLE_WEIGHT
        elif hit.sentence == 0:
            weight *= LEAD_WEIGHT
        if (hit.in_title, hit.sentence) in evidence_sentences:
            weight *= EVIDENCE_WEIGHT
        key = (hit.place, hit.in_title, hit.sentence, SAME_KIND.get(hit.kind, hit.kind))
        best[key] = max(best.get(key, 0.0), weight)
    scores: dict[Place, float] = defaultdict(float)
    for (place, *_), weight in best.items():
        scores[place] += weight
    return dict(scores)


def choose_subjects(
    hits: list[PlaceHit],
    evidence_sentences: set[tuple[bool, int]],
    multinational_lead: bool,
) -> list[Place]:
    """The subject place(s), primary first; empty if the story has none."""
    scores = score_places(hits, evidence_sentences)
    if not scores:
        return []
    if not evidence_sentences and multinational_lead and len(scores) >= MULTINATIONAL_MIN_PLACES:
        return []
    first_seen: dict[Place, tuple[int, int]] = {}
    for hit in hits:
        first_seen.setdefault(hit.place, (0 if hit.in_title else 1, hit.sentence))
    ranked = sorted(scores, key=lambda p: (-scores[p], first_seen[p]))
    primary = ranked[0]
    in_evidence = {h.place for h in hits if (h.in_title, h.sentence) in evidence_sentences}
    secondary = [
        p for p in ranked[1:] if scores[p] >= SECONDARY_SHARE * scores[primary] and p in in_evidence
    ]
    return [primary, *secondary]
