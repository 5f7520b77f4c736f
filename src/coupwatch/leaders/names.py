"""Fuzzy leader-name matching with rapidfuzz."""

from __future__ import annotations

import unicodedata

import pandas as pd
from rapidfuzz import fuzz, process, utils

#: Score (0–100) at or above which a name counts as a match.
MATCH_SCORE = 85.0
#: Score at or above which a name is offered as a suggestion.
SUGGEST_SCORE = 55.0


def normalise(name: object) -> str:
    """Lower-case ASCII form of a name with punctuation collapsed to spaces."""
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return utils.default_process(text)


def similarity(a: object, b: object) -> float:
    """Similarity of two names, 0–100; a surname alone matches a full name."""
    x, y = normalise(a), normalise(b)
    if not x or not y:
        return 0.0
    return float(max(fuzz.WRatio(x, y), fuzz.token_set_ratio(x, y)))


def _query_score(query: str, name: str, **_: object) -> float:
    return float(max(fuzz.WRatio(query, name), fuzz.token_set_ratio(query, name)))


def rank_names(query: str, names: pd.Series, limit: int = 10) -> list[tuple[int, float]]:
    """Positions in ``names`` and scores of the best matches for ``query``, best first."""
    key = normalise(query)
    if not key:
        return []
    choices = [normalise(n) for n in names]
    found = process.extract(key, choices, scorer=_query_score, limit=limit)
    return [(int(index), float(score)) for _, score, index in found if score > 0]
