"""Competing-risks models on leader-months: monthly hazards of each exit cause.

A multiclass classifier on leader-months with classes ``remain``, ``natural_death``,
``irregular`` and ``regular`` gives, for each month, the probability of leaving office by each
cause given that the leader was in office at its start. Chaining these month by month gives the
cumulative incidence of each cause (see :func:`cumulative_incidence`).

Two models: ``lightgbm`` (cause-specific: gradient-boosted trees for irregular and regular exits,
a logit for natural death; the default) and ``naive`` (a multinomial logit on tenure, age and the
country's past coups: the baseline).
"""

from __future__ import annotations

from typing import Protocol

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from coupwatch.leaders.causes import CLASSES

NAIVE_FEATURES = ["log_tenure", "age", "attempts_10y"]
NATURAL_FEATURES = ["age", "log_tenure", "log_gdppc"]
MODELS = ("lightgbm", "naive")
DEFAULT_MODEL = "lightgbm"


class HazardModel(Protocol):
    """Anything that fits leader-month classes and returns their monthly probabilities."""

    def fit(self, x: pd.DataFrame, y: np.ndarray) -> HazardModel: ...

    def predict_proba(self, x: pd.DataFrame) -> np.ndarray: ...


class _Aligned:
    """Wraps a classifier so predictions always have one column per class in :data:`CLASSES`."""

    def __init__(self, estimator, columns: list[str] | None = None) -> None:
        self.estimator = estimator
        self.columns = columns

    def _x(self, x: pd.DataFrame) -> pd.DataFrame:
        return x if self.columns is None else x[self.columns]

    def fit(self, x: pd.DataFrame, y: np.ndarray) -> _Aligned:
        """Fit on rows ``x`` with class indices ``y``."""
        self.estimator.fit(self._x(x), y)
        return self

    def predict_proba(self, x: pd.DataFrame) -> np.ndarray:
        """Monthly probability of each class, columns in :data:`CLASSES` order."""
        p = self.estimator.predict_proba(self._x(x))
        out = np.zeros((len(x), len(CLASSES)))
        out[:, np.asarray(self.estimator.classes_, dtype=int)] = p
        return out


class CauseSpecific:
    """One binary model per exit cause: the monthly probability of leaving by that cause.

    In discrete time these are exactly the cause-specific hazards, so ``remain`` is one minus
    their sum. Months without an exit are subsampled (every event is kept) and reweighted, which
    cuts training time several-fold without biasing the probabilities.
    """

    def __init__(self, makers: dict[int, tuple[object, list[str] | None]], keep: float) -> None:
        self.makers = makers
        self.keep = keep
        self.fitted: dict[int, object] = {}

    def fit(self, x: pd.DataFrame, y: np.ndarray) -> CauseSpecific:
        """Fit each cause's model on ``x`` with class indices ``y``."""
        rng = np.random.default_rng(0)
        quiet = y == 0
        chosen = ~quiet | (rng.random(len(y)) < self.keep)
        weight = np.where(quiet, 1.0 / self.keep, 1.0)[chosen]
        xs, ys = x.loc[chosen], y[chosen]
        for cause, (estimator, columns) in self.makers.items():
            target = (ys == cause).astype(int)
            data = xs if columns is None else xs[columns]
            step = estimator.steps[-1][0] if hasattr(estimator, "steps") else None
            key = "sample_weight" if step is None else f"{step}__sample_weight"
            estimator.fit(data, target, **{key: weight})
            self.fitted[cause] = (estimator, columns)
        return self

    def predict_proba(self, x: pd.DataFrame) -> np.ndarray:
        """Monthly probability of each class, columns in :data:`CLASSES` order."""
        out = np.zeros((len(x), len(CLASSES)))
        for cause, (estimator, columns) in self.fitted.items():
            out[:, cause] = estimator.predict_proba(x if columns is None else x[columns])[:, 1]
        out[:, 0] = 1.0 - out[:, 1:].sum(axis=1)
        return out


def _trees() -> lgb.LGBMClassifier:
    return lgb.LGBMClassifier(
        n_estimators=300,
        learning_rate=0.03,
        num_leaves=15,
        min_child_samples=40,
        subsample=0.8,
        subsample_freq=1,
        colsample_bytree=0.7,
        reg_lambda=5.0,
        max_bin=63,
        n_jobs=1,
        verbose=-1,
        random_state=0,
    )


def _logit(columns: list[str]) -> tuple[object, list[str]]:
    pipeline = make_pipeline(
        SimpleImputer(strategy="median"), StandardScaler(), LogisticRegression(max_iter=1000)
    )
    return pipeline, columns


def make_hazard_model(name: str = DEFAULT_MODEL) -> HazardModel:
    """A fresh, unfitted model by name (one of :data:`MODELS`).

    ``lightgbm``: natural death from a logit on age, income and tenure (mortality is mostly
    demographic and the events are few), irregular and regular exits from boosted trees on every
    feature. ``naive``: a multinomial logit on tenure, age and past coups.
    """
    if name == "lightgbm":
        return CauseSpecific(
            {1: _logit(NATURAL_FEATURES), 2: (_trees(), None), 3: (_trees(), None)}, keep=0.25
        )
    if name == "naive":
        pipeline = make_pipeline(
            SimpleImputer(strategy="median"), StandardScaler(), LogisticRegression(max_iter=500)
        )
        return _Aligned(pipeline, NAIVE_FEATURES)
    raise ValueError(f"unknown leader model {name!r}; expected one of {', '.join(MODELS)}")


def cumulative_incidence(hazards: np.ndarray) -> np.ndarray:
    """Cumulative incidence from monthly class probabilities.

    ``hazards`` has shape (leaders, months, classes) with class 0 = remain. Returns the same
    shape: entry [i, k, j] is the probability that leader i has left by cause j within k + 1
    months (j ≥ 1), and [i, k, 0] that the leader is still in office; each [i, k] sums to 1.
    """
    n, months, _ = hazards.shape
    out = np.zeros_like(hazards)
    survival = np.ones(n)
    exits = np.zeros((n, hazards.shape[2] - 1))
    for k in range(months):
        exits = exits + survival[:, None] * hazards[:, k, 1:]
        survival = survival * hazards[:, k, 0]
        out[:, k, 0] = survival
        out[:, k, 1:] = exits
    return out
