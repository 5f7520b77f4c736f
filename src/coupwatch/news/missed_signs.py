"""A learned second reading that restores or adds signs of a few types the rules miss.

The rules fire on fixed arrangements of cues in a sentence; articles often carry a sign in an
arrangement no rule names ("the junta detained the former defence minister and three generals
on Friday" without a purge verb the rules know). This step reads the same cues the rules read —
the lexicon's categories found in each sentence, never the words themselves — and asks, per
sign type, one small logistic regression whether the article carries that sign:

* inputs: every category and every pair of categories that occur together in some sentence
  (sentences that recall the past are left out), plus the types the rules found;
* because the inputs are categories rather than words, a model fitted on one year's stories
  does not learn to recognise their events (a bag of words did: its gains on later years
  vanished), and every input points back to the sentence it came from.

It runs after the learned check (:mod:`signal_check`) and only for the types where it was
right at least twice as often as wrong on later years held out (see
``benchmarks/train_missed_signs.py``). A type the rules found and the check dropped comes back
with the rules' own evidence; a type the rules did not find at all is added with the sentence
whose categories weigh most for it as its evidence, and the model's probability as its
confidence.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from itertools import combinations
from typing import NamedTuple

import numpy as np

from coupwatch.news.rules import SIGNAL_TYPES

FOUND_PREFIX = "found:"


def sentence_features(categories: Iterable[str]) -> set[str]:
    """A sentence's inputs: each cue category, and each pair of categories (``"A|B"``, in
    sorted order) that occur together in it."""
    cats = sorted(set(categories))
    return {*cats, *(f"{a}|{b}" for a, b in combinations(cats, 2))}


def article_features(sentences: Sequence[Iterable[str]], found: Iterable[str]) -> set[str]:
    """An article's inputs, by name: the union of its sentences' inputs (``sentences`` are
    each sentence's cue categories) and the rule-found types."""
    features: set[str] = {FOUND_PREFIX + t for t in found}
    return features.union(*map(sentence_features, sentences))


class _Matrices(NamedTuple):
    """The weights as arrays over the categories that carry any: per category, per ordered
    pair of categories (the upper triangle holds each pair's weight), per rule-found type."""

    index: dict[str, int]
    single: np.ndarray  # category × type
    pair: np.ndarray  # (category × category) × type, flattened
    found: dict[str, np.ndarray]  # type → weights by type
    intercepts: np.ndarray


@dataclass(frozen=True)
class MissedSigns:
    """Per type, sparse weights over named inputs and an intercept; a type is added when its
    probability reaches ``threshold``."""

    weights: dict[str, dict[str, float]]
    intercepts: dict[str, float]
    threshold: float

    @property
    def types(self) -> tuple[str, ...]:
        """The types this reading may add."""
        return tuple(self.weights)

    def probabilities(self, features: set[str], types: Iterable[str]) -> dict[str, float]:
        """The probability of each of ``types`` (among :attr:`types`) for an article's inputs
        by name (:func:`article_features`)."""
        return {
            t: _logistic(self.intercepts[t] + sum(self.weights[t].get(f, 0.0) for f in features))
            for t in types
            if t in self.weights
        }

    def added(
        self, sentences: Sequence[Iterable[str]], found: Iterable[str], kept: set[str]
    ) -> dict[str, tuple[float, int]]:
        """The types to add to ``kept`` — those whose probability reaches the threshold — each
        with its probability and the index of its evidence sentence, the one whose own inputs
        weigh most for it. ``sentences`` are each sentence's cue categories, ``found`` the
        rule-found types.

        The same sums as :meth:`probabilities`, computed on arrays: building every pair of
        categories of every sentence as a string would cost more than the rules themselves.
        """
        if set(self.types) <= kept:
            return {}
        m = self._matrices
        index, width = m.index.get, len(m.index)
        flat = [
            i * width + k for i, s in enumerate(sentences) for c in s if (k := index(c)) is not None
        ]
        cats = np.zeros(width * len(sentences), dtype=np.float32)
        cats[flat] = 1.0
        cats = cats.reshape(len(sentences), width)
        present = np.flatnonzero(cats.any(axis=0))
        shown = cats[:, present]
        together = shown.T @ shown > 0  # pairs of present categories found in some sentence
        pairs = (present[:, None] * width + present)[together]
        logits = m.intercepts + m.single[present].sum(axis=0) + m.pair[pairs].sum(axis=0)
        for t in found:
            logits += m.found[t]
        result = {}
        for j, t in enumerate(self.types):
            p = _logistic(float(logits[j]))
            if t not in kept and p >= self.threshold and flat:  # evidence needs a sentence
                pairs = m.pair[:, j].reshape(len(m.index), -1)
                own = cats @ m.single[:, j] + ((cats @ pairs) * cats).sum(axis=1)
                own[~cats.any(axis=1)] = -np.inf  # never a sentence without inputs
                result[t] = (p, int(np.argmax(own)))
        return result

    @cached_property
    def _matrices(self) -> _Matrices:
        inputs = {f for w in self.weights.values() for f in w if not f.startswith(FOUND_PREFIX)}
        names = sorted({c for f in inputs for c in f.split("|")})
        index = {c: k for k, c in enumerate(names)}
        n, n_types = len(names), len(self.weights)
        single = np.zeros((n, n_types))
        pair = np.zeros((n, n, n_types))
        found = {t: np.zeros(n_types) for t in SIGNAL_TYPES}
        for j, w in enumerate(self.weights.values()):
            for f, v in w.items():
                if f.startswith(FOUND_PREFIX):
                    found[f.removeprefix(FOUND_PREFIX)][j] = v
                elif "|" in f:
                    a, b = f.split("|")
                    pair[index[a], index[b], j] = v
                else:
                    single[index[f], j] = v
        intercepts = np.array([self.intercepts[t] for t in self.weights])
        return _Matrices(index, single, pair.reshape(n * n, n_types), found, intercepts)

    def to_json(self) -> str:
        """The model as JSON (what ``missed_signs.json`` holds)."""
        body = {
            "types": list(SIGNAL_TYPES),
            "threshold": self.threshold,
            "models": {
                t: {"intercept": self.intercepts[t], "weights": self.weights[t]}
                for t in self.weights
            },
        }
        return json.dumps(body, separators=(",", ":"), sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> MissedSigns:
        """Read a model written by :meth:`to_json`; refuses one built for another taxonomy."""
        body = json.loads(text)
        if tuple(body["types"]) != SIGNAL_TYPES:
            raise ValueError("missed-sign model was built for other sign types; refit it")
        models = body["models"]
        return cls(
            {t: {f: float(v) for f, v in m["weights"].items()} for t, m in models.items()},
            {t: float(m["intercept"]) for t, m in models.items()},
            float(body["threshold"]),
        )


#: Weights smaller than this are not shipped (they move no probability by a thousandth).
MIN_WEIGHT = 1e-4


def fit_missed_signs(
    articles: Sequence[set[str]],
    gold: Sequence[set[str]],
    penalty_c: float,
    threshold: float,
    types: Sequence[str],
) -> MissedSigns:
    """Fit one L2-penalised, class-balanced logistic regression per type on the articles'
    inputs (:func:`article_features`)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(a, 1) for a in articles]).tocsr()
    # liblinear takes 32-bit sparse indices only; DictVectorizer may build 64-bit ones.
    x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)
    names = vectorizer.get_feature_names_out()
    weights, intercepts = {}, {}
    for t in types:
        y = np.array([t in g for g in gold])
        fit = LogisticRegression(
            C=penalty_c, solver="liblinear", class_weight="balanced", max_iter=5000
        ).fit(x, y)
        coef = fit.coef_[0]
        weights[t] = {
            str(names[i]): round(float(coef[i]), 5)
            for i in np.flatnonzero(np.abs(coef) >= MIN_WEIGHT)
        }
        intercepts[t] = float(fit.intercept_[0])
    return MissedSigns(weights, intercepts, threshold)


def _logistic(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


@lru_cache(maxsize=1)
def default_missed_signs() -> MissedSigns:
    """The model shipped with the package."""
    source = resources.files("coupwatch.news").joinpath("missed_signs.json")
    return MissedSigns.from_json(source.read_text(encoding="utf-8"))
