"""Base-rate models: the share of training rows with an event, overall or per region.

They ignore every country-level feature and set the floor a real model must clear.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from coupwatch.models.base import CoupModel
from coupwatch.panel.features import REGION_PREFIX


def _logit(p: np.ndarray | float) -> np.ndarray:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))


def _region_of(X: pd.DataFrame) -> tuple[list[str], np.ndarray]:
    """Region indicator columns and, per row, the position of its region (−1 when none)."""
    columns = [c for c in X.columns if c.startswith(REGION_PREFIX)]
    if not columns:
        return columns, np.full(len(X), -1)
    flags = X[columns].fillna(0).to_numpy()
    return columns, np.where(flags.max(axis=1) > 0, flags.argmax(axis=1), -1)


class BaseRateModel(CoupModel):
    """Predicts the (weighted) training event rate, optionally one rate per region.

    Region rates are shrunk toward the overall rate by ``prior_rows`` pseudo-rows; a row's
    contribution is its region's log-odds difference from the overall rate, put on the region
    indicator column.
    """

    name = "base_rate"

    def __init__(self, by_region: bool = False, prior_rows: float = 200.0) -> None:
        self.by_region = by_region
        self.prior_rows = prior_rows

    def fit(
        self,
        X: pd.DataFrame,
        y: np.ndarray,
        sample_weight: np.ndarray | None = None,
        months: np.ndarray | None = None,
    ) -> BaseRateModel:
        """Learn the overall rate and, if asked, the per-region rates."""
        y = np.asarray(y, dtype=float)
        w = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
        self.features_ = list(X.columns)
        self.classes_ = np.array([0, 1])
        self.rate_ = float(np.sum(w * y) / np.sum(w))
        self.region_columns_, region = _region_of(X) if self.by_region else ([], None)
        rates = []
        for r in range(len(self.region_columns_)):
            mask = region == r
            events, total = np.sum(w[mask] * y[mask]), np.sum(w[mask])
            rates.append((events + self.prior_rows * self.rate_) / (total + self.prior_rows))
        self.region_rates_ = np.array(rates)
        return self

    def _row_rates(self, X: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        rates = np.full(len(X), self.rate_)
        if not self.by_region or not self.region_columns_:
            return rates, np.full(len(X), -1)
        _, region = _region_of(X[self.features_])
        known = region >= 0
        rates[known] = self.region_rates_[region[known]]
        return rates, region

    def predict_proba(self, X: pd.DataFrame) -> np.ndarray:
        """The overall or regional rate for every row."""
        p, _ = self._row_rates(X)
        return np.column_stack([1 - p, p])

    def contributions(self, X: pd.DataFrame) -> pd.DataFrame:
        """Zero everywhere except the region indicator: the region's log-odds shift."""
        p, region = self._row_rates(X)
        out = pd.DataFrame(0.0, index=X.index, columns=self.features_)
        shift = _logit(p) - _logit(self.rate_)
        for r, column in enumerate(self.region_columns_):
            mask = region == r
            out.loc[mask, column] = shift[mask]
        return out


class RegionRateModel(BaseRateModel):
    """The base rate of each region."""

    name = "region_rate"

    def __init__(self, by_region: bool = True, prior_rows: float = 200.0) -> None:
        super().__init__(by_region=by_region, prior_rows=prior_rows)
