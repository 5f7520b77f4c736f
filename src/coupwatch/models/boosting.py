"""Gradient-boosted trees (LightGBM) with SHAP-style per-feature contributions."""

from __future__ import annotations

import lightgbm as lgb
import numpy as np
import pandas as pd

from coupwatch.models.base import CoupModel
from coupwatch.models.weights import combine, downsample_negatives, recency_weights

#: Features whose effect on coup risk the literature agrees on the sign of: more recent and
#: more frequent coups raise it (the "coup trap"); wealth lowers it.
MONOTONE: dict[str, int] = {
    "attempts_1y": 1,
    "attempts_5y": 1,
    "attempts_10y": 1,
    "successes_10y": 1,
    "attempt_decay_1y": 1,
    "attempt_decay_5y": 1,
    "attempt_decay_20y": 1,
    "log_months_since_attempt": -1,
    "log_gdppc": -1,
    "infmort_yearadj": 1,
}


class BoostingModel(CoupModel):
    """LightGBM binary classifier; contributions come from ``pred_contrib=True`` (log-odds).

    Negatives may be down-sampled (re-weighted so probabilities stay calibrated) to make the
    many refits of a rolling backtest cheap.
    """

    name = "lightgbm"

    def __init__(
        self,
        n_estimators: int = 150,
        learning_rate: float = 0.05,
        num_leaves: int = 7,
        min_child_samples: int = 40,
        subsample: float = 0.8,
        colsample: float = 0.7,
        reg_lambda: float = 5.0,
        monotone: bool = True,
        negative_rate: float = 0.25,
        half_life_years: float | None = None,
        seed: int = 0,
    ) -> None:
        self.n_estimators = n_estimators
        self.learning_rate = learning_rate
        self.num_leaves = num_leaves
        self.min_child_samples = min_child_samples
        self.subsample = subsample
        self.colsample = colsample
        self.reg_lambda = reg_lambda
        self.monotone = monotone
        self.negative_rate = negative_rate
        self.half_life_years = half_life_years
        self.seed = seed

    def _params(self) -> dict[str, object]:
        constraints = [MONOTONE.get(c, 0) if self.monotone else 0 for c in self.features_]
        return {
            "objective": "binary",
            "learning_rate": self.learning_rate,
            "num_leaves": self.num_leaves,
            "min_data_in_leaf": self.min_child_samples,
            "bagging_fraction": self.subsample,
            "bagging_freq": 1 if self.subsample < 1 else 0,
            "feature_fraction": self.colsample,
            "lambda_l2": self.reg_lambda,
            "monotone_constraints": constraints,
            "seed": self.seed,
            "deterministic": True,
            "force_row_wise": True,
            "num_threads": 1,
            "verbose": -1,
        }

    def fit(
        self,
        X: pd.DataFrame,
        y: np.ndarray,
        sample_weight: np.ndarray | None = None,
        months: np.ndarray | None = None,
    ) -> BoostingModel:
        """Train the booster on (possibly down-sampled, recency-weighted) rows."""
        self.features_ = list(X.columns)
        self.classes_ = np.array([0, 1])
        y = np.asarray(y).astype(int)
        weight = combine(sample_weight, recency_weights(months, self.half_life_years))
        rows, sampling = downsample_negatives(y, self.negative_rate, self.seed)
        weight = sampling if weight is None else weight[rows] * sampling
        data = lgb.Dataset(
            X.iloc[rows].to_numpy(dtype=float),
            label=y[rows],
            weight=weight,
            feature_name=self.features_,
            free_raw_data=True,
        )
        self.booster_ = lgb.train(self._params(), data, num_boost_round=self.n_estimators)
        return self

    def _matrix(self, X: pd.DataFrame) -> np.ndarray:
        return X[self.features_].to_numpy(dtype=float)

    def predict_proba(self, X: pd.DataFrame) -> np.ndarray:
        """Probabilities of (no event, event)."""
        p = self.booster_.predict(self._matrix(X))
        return np.column_stack([1 - p, p])

    def contributions(self, X: pd.DataFrame) -> pd.DataFrame:
        """Per-feature tree contributions to the log-odds (the bias term is left out)."""
        values = self.booster_.predict(self._matrix(X), pred_contrib=True)
        return pd.DataFrame(values[:, :-1], index=X.index, columns=self.features_)
