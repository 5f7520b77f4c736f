r"""Expanding-window temporal splits for rolling-origin backtests.

A fold has an origin month ``o``: the forecast is made at the end of month ``o`` for months
``o+1 … o+h``. Its training rows are the panel rows whose h-month outcome window had closed by
then (``mi + h - 1 <= o``) and its test rows are those of month ``o + 1``. The training window
always starts at the beginning of the panel and grows with the origin::

    months ─────────────────────────────────────────────────────────────▶
    fold 1  [=========== train ===========]o|T·········h·········|
    fold 2  [=============== train ===============]o|T·········h·········|
    fold 3  [=================== train ===================]o|T·········h·········|

    [===]  rows with a closed outcome window (mi + h - 1 <= o)
    o      origin: end of the month the forecast is made
    T      test rows (mi == o + 1); their outcome covers months o+1 … o+h

With a yearly step the origins are the Decembers before each year of ``start … end`` (one
forecast per country-year at h = 12); with a monthly step every month from December before
``start`` to November of ``end`` is an origin.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd

from coupwatch.panel.months import month_index


@dataclass(frozen=True)
class Fold:
    """One backtest fold: its origin month, horizon and the positions of its rows."""

    origin: int
    horizon: int
    train: np.ndarray
    test: np.ndarray


@dataclass(frozen=True)
class ExpandingWindow:
    """Expanding-window splitter over years ``start … end`` with a yearly or monthly step."""

    start: int
    end: int
    horizon: int = 12
    step: str = "year"

    def __post_init__(self) -> None:
        if self.step not in ("year", "month"):
            raise ValueError(f"step must be 'year' or 'month', not {self.step!r}")
        if self.start > self.end:
            raise ValueError("start is after end")

    def origins(self) -> list[int]:
        """Origin months, in order."""
        first = month_index(self.start - 1, 12)
        if self.step == "year":
            return [month_index(year - 1, 12) for year in range(self.start, self.end + 1)]
        return list(range(first, month_index(self.end, 11) + 1))

    def split(self, months: pd.Series | np.ndarray) -> Iterator[Fold]:
        """Folds over a panel given its month-index column."""
        mi = np.asarray(months)
        for origin in self.origins():
            train = np.flatnonzero(mi + self.horizon - 1 <= origin)
            test = np.flatnonzero(mi == origin + 1)
            yield Fold(origin, self.horizon, train, test)

    def __len__(self) -> int:
        return len(self.origins())
