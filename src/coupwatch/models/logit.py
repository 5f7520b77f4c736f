"""Regularised logistic regression: the baseline every other model must beat."""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from coupwatch.models.base import CoupModel


class LogitModel(CoupModel):
    """L2-penalised logistic regression on standardised, median-imputed features.

    A feature's contribution is its coefficient times its standardised value, i.e. its pull on
    the log-odds relative to an average country-month of the training data.
    """

    name = "logit"

    def __init__(self, C: float = 0.1, max_iter: int = 2000) -> None:
        self.C = C
        self.max_iter = max_iter

    def fit(
        self, X: pd.DataFrame, y: np.ndarray, sample_weight: np.ndarray | None = None
    ) -> LogitModel:
        """Fit imputer, scaler and penalised logit."""
        self.features_ = list(X.columns)
        self.pipeline_ = Pipeline(
            [
                ("impute", SimpleImputer(strategy="median", keep_empty_features=True)),
                ("scale", StandardScaler()),
                ("logit", LogisticRegression(C=self.C, max_iter=self.max_iter)),
            ]
        )
        self.pipeline_.fit(X, np.asarray(y), logit__sample_weight=sample_weight)
        self.classes_ = self.pipeline_.classes_
        return self

    def predict_proba(self, X: pd.DataFrame) -> np.ndarray:
        """Probabilities of (no event, event)."""
        return self.pipeline_.predict_proba(X[self.features_])

    def contributions(self, X: pd.DataFrame) -> pd.DataFrame:
        """Coefficient × standardised value for every feature."""
        scaled = self.pipeline_[:-1].transform(X[self.features_])
        coef = self.pipeline_.named_steps["logit"].coef_[0]
        return pd.DataFrame(scaled * coef, index=X.index, columns=self.features_)
