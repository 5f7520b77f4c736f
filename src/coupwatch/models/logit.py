"""Regularised logistic regression: the baseline every other model must beat."""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from coupwatch.models.base import CoupModel
from coupwatch.models.weights import combine, downsample_negatives, recency_weights

#: Count features whose effect on the log-odds flattens out: they enter as log(1 + count).
COUNT_FEATURES = (
    "attempts_1y", "attempts_5y", "attempts_10y", "successes_10y",
    "attempt_decay_1y", "attempt_decay_5y", "attempt_decay_20y",
    "region_attempts_1y", "world_attempts_1y",
)  # fmt: skip


class LogitModel(CoupModel):
    """L2-penalised logistic regression on standardised, median-imputed features.

    Negatives may be down-sampled (and re-weighted) and rows weighted by recency; with
    ``log_counts`` the coup-count features enter as log(1 + count).

    A feature's contribution is its coefficient times its standardised value, i.e. its pull on
    the log-odds relative to an average country-month of the training data.
    """

    name = "logit"

    def __init__(
        self,
        C: float = 0.1,
        max_iter: int = 2000,
        half_life_years: float | None = None,
        negative_rate: float = 0.2,
        log_counts: bool = False,
        seed: int = 0,
    ) -> None:
        self.C = C
        self.max_iter = max_iter
        self.half_life_years = half_life_years
        self.negative_rate = negative_rate
        self.log_counts = log_counts
        self.seed = seed

    def _prepare(self, X: pd.DataFrame) -> pd.DataFrame:
        X = X[self.features_]
        if not self.log_counts:
            return X
        counts = [c for c in COUNT_FEATURES if c in self.features_]
        return X.assign(**{c: np.log1p(X[c].clip(lower=0)) for c in counts})

    def fit(
        self,
        X: pd.DataFrame,
        y: np.ndarray,
        sample_weight: np.ndarray | None = None,
        months: np.ndarray | None = None,
    ) -> LogitModel:
        """Fit imputer, scaler and penalised logit (rows weighted by recency if configured)."""
        y = np.asarray(y).astype(int)
        weight = combine(sample_weight, recency_weights(months, self.half_life_years))
        rows, sampling = downsample_negatives(y, self.negative_rate, self.seed)
        weight = sampling if weight is None else weight[rows] * sampling
        self.features_ = list(X.columns)
        self.pipeline_ = Pipeline(
            [
                ("impute", SimpleImputer(strategy="median", keep_empty_features=True)),
                ("scale", StandardScaler()),
                ("logit", LogisticRegression(C=self.C, max_iter=self.max_iter)),
            ]
        )
        self.pipeline_.fit(self._prepare(X.iloc[rows]), y[rows], logit__sample_weight=weight)
        self.classes_ = self.pipeline_.classes_
        return self

    def predict_proba(self, X: pd.DataFrame) -> np.ndarray:
        """Probabilities of (no event, event)."""
        return self.pipeline_.predict_proba(self._prepare(X))

    def contributions(self, X: pd.DataFrame) -> pd.DataFrame:
        """Coefficient × standardised value for every feature."""
        scaled = self.pipeline_[:-1].transform(self._prepare(X))
        coef = self.pipeline_.named_steps["logit"].coef_[0]
        return pd.DataFrame(scaled * coef, index=X.index, columns=self.features_)
