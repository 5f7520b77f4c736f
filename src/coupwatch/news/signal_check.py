"""A learned second look at the signs the rules find: keep a sign only if the whole article
bears it out.

The rules decide sentence by sentence; many of their false alarms are sound sentences in the
wrong story (a coup recalled in an obituary, protests abroad, a riot in a football report). The
check is one small logistic regression per sign type over two kinds of input:

* what the rules found in the article — each type's confidence and number of evidence
  sentences (the other types' too: a "purge" beside a reported coup reads differently);
* the article's words and word pairs, hashed into a fixed number of buckets (scikit-learn's
  ``HashingVectorizer``), so no vocabulary is stored.

An L1 penalty keeps several hundred weights in all, shipped as plain numbers in
``signal_check.json``. Only the types for which the check cut errors in leave-one-set-out
validation are checked; the others pass unexamined. The check only removes signs the rules
found; it never adds one, and the evidence shown is always the rules' own.
``benchmarks/train_signal_check.py`` refits it from the labelled articles and records how much
it helps on articles it was not fitted to.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from itertools import chain, pairwise
from typing import NamedTuple

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.utils import murmurhash3_32

from coupwatch.news.rules import SIGNAL_TYPES

#: Hash buckets for words and word pairs (2**20: collisions are rare at this vocabulary size).
TEXT_BUCKETS = 2**20
#: The check reads the title and the start of the body up to this many characters: the
#: labelled articles it is fitted on are excerpts of at most 2,500 characters, and a story's
#: subject is set in its opening paragraphs.
CHECK_CHARS = 2_600
#: Texts shorter than this (title and body) pass unexamined: the shortest labelled article the
#: check is fitted on has about 460 characters, and on a sentence or two its word evidence is
#: too thin to overrule the rules (on short hand-written stories it only ever dropped true signs).
MIN_CHECK_CHARS = 450
#: Evidence sentences beyond this many add nothing to a type's count feature.
EVIDENCE_CAP = 3

_VECTORIZER = HashingVectorizer(
    ngram_range=(1, 2), n_features=TEXT_BUCKETS, alternate_sign=False, norm="l2"
)
# The vectorizer's words, ``(?u)\b\w\w+\b``: runs of two or more word characters. The same
# matches without the word boundaries (a greedy run always starts and ends at one), found about
# a third faster.
_WORD = re.compile(r"\w\w+")


def check_inputs(
    texts: Sequence[str], found: Sequence[dict[str, tuple[float, int]]]
) -> sparse.csr_matrix:
    """The check's inputs for a batch of articles.

    ``texts`` are title plus body (read up to :data:`CHECK_CHARS`); ``found`` maps each
    rule-found type to its (confidence, number of evidence sentences). Columns: the text
    buckets, then per type its confidence and its capped evidence count over
    :data:`EVIDENCE_CAP`.
    """
    words = _VECTORIZER.transform([text[:CHECK_CHARS] for text in texts])
    rules = np.array([check_inputs_rules(f) for f in found])
    return sparse.hstack([words, sparse.csr_matrix(rules)], format="csr")


def check_inputs_rules(found: dict[str, tuple[float, int]]) -> list[float]:
    """The rule columns of the check's inputs: per type its confidence, then per type its
    evidence count capped at :data:`EVIDENCE_CAP` and scaled to 0–1."""
    return [found.get(t, (0.0, 0))[0] for t in SIGNAL_TYPES] + [
        min(found.get(t, (0.0, 0))[1], EVIDENCE_CAP) / EVIDENCE_CAP for t in SIGNAL_TYPES
    ]


def _bucket(token: str) -> int:
    """The hash bucket of a word or word pair, as ``HashingVectorizer`` computes it."""
    return abs(murmurhash3_32(token, seed=0)) % TEXT_BUCKETS


class _BucketCache(dict):
    """Buckets of the words (keys: strings) and word pairs (keys: pairs of strings) seen so far;
    a plain dict so that looking up a whole article runs in C, filled on first sight."""

    def __missing__(self, key: str | tuple[str, str]) -> int:
        bucket = _bucket(key if isinstance(key, str) else f"{key[0]} {key[1]}")
        if len(self) < BUCKET_CACHE_SIZE:
            self[key] = bucket
        return bucket


#: Words and word pairs whose buckets are remembered (a few megabytes at most).
BUCKET_CACHE_SIZE = 200_000
_BUCKETS = _BucketCache()


@dataclass(frozen=True)
class TypeCheck:
    """One type's logistic regression: sparse weights by input column, and an intercept."""

    columns: tuple[int, ...]
    weights: tuple[float, ...]
    intercept: float


class _Weights(NamedTuple):
    """Every checked type's weights as arrays, for weighing one article at once."""

    buckets: np.ndarray  # sorted weighted buckets
    text: np.ndarray  # bucket row × type
    rules: np.ndarray  # rule column × type
    intercepts: np.ndarray


@dataclass(frozen=True)
class SignalCheck:
    """The per-type checks and the probability below which a rule-found sign is dropped."""

    checks: dict[str, TypeCheck]
    threshold: float

    def keep(self, text: str, found: dict[str, tuple[float, int]]) -> set[str]:
        """The rule-found types the article bears out (unchecked types are always kept)."""
        if len(text) < MIN_CHECK_CHARS or not any(t in self.checks for t in found):
            return set(found)
        probs = self.article_probabilities(text, found)
        return {t for t in found if t not in probs or probs[t] >= self.threshold}

    def article_probabilities(
        self, text: str, found: dict[str, tuple[float, int]]
    ) -> dict[str, float]:
        """Per checked type, the probability for one article: the logistic regression applied
        to the article's row of :func:`check_inputs`, computed from the article's own words.

        Written out because, for a single article, scikit-learn's ``transform`` spends most of
        its time validating input and assembling a million-column sparse row, while the check
        weighs only a few hundred buckets.
        """
        words = _WORD.findall(text[:CHECK_CHARS].lower())
        lookup = _BUCKETS.__getitem__  # word pairs are keyed as tuples: no strings built
        grams = chain(map(lookup, words), map(lookup, pairwise(words)))
        ids = np.fromiter(grams, dtype=np.int64, count=max(0, 2 * len(words) - 1))
        buckets, counts = np.unique(ids, return_counts=True)  # a shared bucket adds up
        norm = math.sqrt(float(counts @ counts)) or 1.0
        weights = self._weights
        at = np.searchsorted(weights.buckets, buckets)
        hit = at < len(weights.buckets)
        hit[hit] = weights.buckets[at[hit]] == buckets[hit]
        logits = (
            weights.intercepts
            + (counts[hit] / norm) @ weights.text[at[hit]]
            + np.asarray(check_inputs_rules(found)) @ weights.rules
        )
        return {t: 1.0 / (1.0 + math.exp(-v)) for t, v in zip(self.checks, logits, strict=True)}

    @cached_property
    def _weights(self) -> _Weights:
        """All types' weights as arrays: one row per weighted bucket, one column per type."""
        text_columns = sorted(
            {c for ch in self.checks.values() for c in ch.columns if c < TEXT_BUCKETS}
        )
        row = {c: i for i, c in enumerate(text_columns)}
        text = np.zeros((len(text_columns), len(self.checks)))
        rules = np.zeros((2 * len(SIGNAL_TYPES), len(self.checks)))
        for j, check in enumerate(self.checks.values()):
            for column, weight in zip(check.columns, check.weights, strict=True):
                if column >= TEXT_BUCKETS:
                    rules[column - TEXT_BUCKETS, j] = weight
                else:
                    text[row[column], j] = weight
        intercepts = np.array([check.intercept for check in self.checks.values()])
        return _Weights(np.array(text_columns, dtype=np.int64), text, rules, intercepts)

    def to_json(self) -> str:
        """The check as JSON (what ``signal_check.json`` holds)."""
        body = {
            "text_buckets": TEXT_BUCKETS,
            "types": list(SIGNAL_TYPES),
            "threshold": self.threshold,
            "checks": {
                t: {
                    "columns": list(c.columns),
                    "weights": list(c.weights),
                    "intercept": c.intercept,
                }
                for t, c in self.checks.items()
            },
        }
        return json.dumps(body, separators=(",", ":")) + "\n"

    @classmethod
    def from_json(cls, text: str) -> SignalCheck:
        """Read a check written by :meth:`to_json`; refuses one built for other inputs."""
        body = json.loads(text)
        if body["text_buckets"] != TEXT_BUCKETS or tuple(body["types"]) != SIGNAL_TYPES:
            raise ValueError("signal check was built for other inputs; refit it")
        checks = {
            t: TypeCheck(tuple(c["columns"]), tuple(c["weights"]), float(c["intercept"]))
            for t, c in body["checks"].items()
        }
        return cls(checks, float(body["threshold"]))


def fit_signal_check(
    inputs: sparse.csr_matrix,
    gold: Sequence[set[str]],
    penalty_c: float,
    threshold: float,
    types: Sequence[str] = SIGNAL_TYPES,
) -> SignalCheck:
    """Fit one L1-penalised, class-balanced logistic regression for each of ``types``; signs of
    other types pass the check unexamined."""
    from sklearn.linear_model import LogisticRegression

    checks = {}
    for t in types:
        y = np.array([t in g for g in gold])
        if y.all() or not y.any():
            continue
        fit = LogisticRegression(
            C=penalty_c, l1_ratio=1.0, solver="liblinear", class_weight="balanced", max_iter=5000
        ).fit(inputs, y)
        columns = np.flatnonzero(fit.coef_[0])
        checks[t] = TypeCheck(
            tuple(int(c) for c in columns),
            tuple(float(w) for w in fit.coef_[0][columns]),
            float(fit.intercept_[0]),
        )
    return SignalCheck(checks, threshold)


@lru_cache(maxsize=1)
def default_signal_check() -> SignalCheck:
    """The check shipped with the package."""
    source = resources.files("coupwatch.news").joinpath("signal_check.json")
    return SignalCheck.from_json(source.read_text(encoding="utf-8"))
