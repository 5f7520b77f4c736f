"""Outcomes: a coup attempt, a successful coup or a failed attempt in the next h months.

The row for month t looks forward over months t … t+h−1 (the forecast is made at the end of
month t−1). Outcomes whose window runs past the last month of coup data are missing.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

HORIZONS = (1, 6, 12)
KINDS = ("attempt", "success", "failed")


def event_counts(events: pd.DataFrame, codes: np.ndarray, first: int, last: int) -> np.ndarray:
    """Count matrix [state, month, kind] of coup events per G&W code and month index."""
    lookup = {code: i for i, code in enumerate(codes)}
    counts = np.zeros((len(codes), last - first + 1, len(KINDS)), dtype=np.int32)
    for row in events.itertuples():
        i = lookup.get(int(row.gwcode))
        m = int(row.mi) - first
        if i is None or not 0 <= m < counts.shape[1]:
            continue
        counts[i, m, 0] += 1
        counts[i, m, 1 if row.success else 2] += 1
    return counts


def coup_events(powell_thyne: pd.DataFrame) -> pd.DataFrame:
    """The stored Powell & Thyne table as (gwcode, month index, success) rows."""
    return pd.DataFrame(
        {
            "gwcode": powell_thyne["gwcode"].astype(int),
            "mi": powell_thyne["year"].astype(int) * 12 + powell_thyne["month"].astype(int) - 1,
            "success": powell_thyne["success"].astype(bool),
        }
    )


def add_outcomes(
    panel: pd.DataFrame, events: pd.DataFrame, data_end: int, horizons: tuple[int, ...] = HORIZONS
) -> pd.DataFrame:
    """Add ``{kind}_h{h}`` columns (1.0/0.0, missing when the window is not closed)."""
    codes = np.sort(panel["gwcode"].unique())
    first, last = int(panel["mi"].min()), int(panel["mi"].max()) + max(horizons)
    counts = event_counts(events, codes, first, last)
    cum = np.concatenate([np.zeros((len(codes), 1, len(KINDS))), counts.cumsum(axis=1)], axis=1)
    state = np.searchsorted(codes, panel["gwcode"].to_numpy())
    m = panel["mi"].to_numpy() - first
    out = panel.copy()
    for h in horizons:
        window = cum[state, m + h] - cum[state, m]
        closed = panel["mi"].to_numpy() + h - 1 <= data_end
        for k, kind in enumerate(KINDS):
            out[f"{kind}_h{h}"] = np.where(closed, (window[:, k] > 0).astype(float), np.nan)
    return out
