"""Training-row weights: recency decay and negative down-sampling."""

from __future__ import annotations

import numpy as np


def recency_weights(months: np.ndarray | None, half_life_years: float | None) -> np.ndarray | None:
    """Weight 0.5 ** (age / half-life) per row, age counted back from the latest month."""
    if months is None or half_life_years is None:
        return None
    months = np.asarray(months, dtype=float)
    return 0.5 ** ((months.max() - months) / (12.0 * half_life_years))


def combine(*weights: np.ndarray | None) -> np.ndarray | None:
    """Product of the given weight vectors, ignoring the missing ones."""
    present = [np.asarray(w, dtype=float) for w in weights if w is not None]
    if not present:
        return None
    out = present[0].copy()
    for w in present[1:]:
        out *= w
    return out


def downsample_negatives(
    y: np.ndarray, rate: float, seed: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """Keep every positive row and a share ``rate`` of the negatives.

    Returns the kept row positions and the weight that keeps totals unbiased (1 / rate for the
    kept negatives).
    """
    y = np.asarray(y)
    if rate >= 1.0:
        return np.arange(len(y)), np.ones(len(y))
    rng = np.random.default_rng(seed)
    keep = (y == 1) | (rng.random(len(y)) < rate)
    rows = np.flatnonzero(keep)
    return rows, np.where(y[rows] == 1, 1.0, 1.0 / rate)
