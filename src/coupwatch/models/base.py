"""The interface every coupwatch model shares.

A model is a scikit-learn classifier over a feature DataFrame: ``fit(X, y)`` (optionally with
``sample_weight`` and ``months``, each row's month index, for models that weight or split by time),
``predict_proba(X)`` returning an (n, 2) array, and ``contributions(X)`` returning each
feature's additive contribution to the log-odds of each row, used to name a forecast's drivers.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin


class CoupModel(ClassifierMixin, BaseEstimator, ABC):
    """Base class: a binary classifier that can explain its predictions."""

    #: Short name used on the command line and in archives.
    name: str = "model"

    @abstractmethod
    def fit(
        self,
        X: pd.DataFrame,
        y: np.ndarray,
        sample_weight: np.ndarray | None = None,
        months: np.ndarray | None = None,
    ) -> CoupModel:
        """Learn from features ``X`` and 0/1 outcomes ``y`` (rows of month index ``months``)."""

    @abstractmethod
    def predict_proba(self, X: pd.DataFrame) -> np.ndarray:
        """Probabilities of (no event, event) per row."""

    @abstractmethod
    def contributions(self, X: pd.DataFrame) -> pd.DataFrame:
        """Per-row, per-feature additive contributions to the log-odds (same index as X)."""

    def predict(self, X: pd.DataFrame) -> np.ndarray:
        """0/1 predictions at probability 0.5 (rarely useful for rare events)."""
        return (self.predict_proba(X)[:, 1] >= 0.5).astype(int)


def top_drivers(contributions: pd.DataFrame, n: int = 3) -> list[list[tuple[str, float]]]:
    """The ``n`` features with the largest absolute contribution in each row."""
    values = contributions.to_numpy()
    order = np.argsort(-np.abs(values), axis=1)[:, :n]
    names = contributions.columns.to_numpy()
    return [[(str(names[j]), float(values[i, j])) for j in order[i]] for i in range(len(values))]
