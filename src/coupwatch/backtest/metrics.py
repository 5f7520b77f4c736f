"""Skill metrics for probabilistic forecasts of rare events, overall and per year."""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.stats import rankdata
from sklearn.metrics import (
    average_precision_score,
    brier_score_loss,
    log_loss,
    roc_auc_score,
)

from coupwatch.panel.outcomes import KINDS

#: The k of the top-k recall figures.
TOP_K = (10, 20, 30)

#: Bootstrap resamples behind the pooled AUC-ROC interval, and the budget of resampled
#: forecasts that caps them for long (monthly) backtests, never below 200 resamples.
BOOTSTRAP_RESAMPLES = 1000
BOOTSTRAP_BUDGET = 4_000_000


def brier_skill(y: np.ndarray, p: np.ndarray, base_rate: np.ndarray | float) -> float:
    """1 − Brier(p) / Brier(base rate): above 0 beats always forecasting the training rate."""
    reference = brier_score_loss(y, np.broadcast_to(base_rate, np.shape(y)).astype(float))
    return float(1 - brier_score_loss(y, p) / reference) if reference > 0 else float("nan")


def recall_at_k(y: np.ndarray, p: np.ndarray, groups: np.ndarray, k: int) -> float:
    """Share of events whose row ranked in the top k of its group (a forecast origin)."""
    frame = pd.DataFrame({"y": y, "p": p, "g": groups})
    rank = frame.groupby("g")["p"].rank(ascending=False, method="first")
    events = frame["y"] == 1
    return float((rank[events] <= k).mean()) if events.any() else float("nan")


def skill(
    y: np.ndarray,
    p: np.ndarray,
    base_rate: np.ndarray | float,
    groups: np.ndarray | None = None,
) -> dict[str, float]:
    """AUC-ROC, AUC-PR, Brier, Brier skill, log loss and top-k recall of forecasts ``p``.

    ``groups`` names each row's forecast origin for the top-k recall (one group if omitted).
    Rank-based figures are NaN when ``y`` has a single class.
    """
    y = np.asarray(y, dtype=int)
    p = np.clip(np.asarray(p, dtype=float), 1e-12, 1 - 1e-12)
    both = 0 < y.sum() < len(y)
    groups = np.zeros(len(y)) if groups is None else np.asarray(groups)
    out = {
        "n": float(len(y)),
        "events": float(y.sum()),
        "auc_roc": float(roc_auc_score(y, p)) if both else float("nan"),
        "auc_pr": float(average_precision_score(y, p)) if both else float("nan"),
        "brier": float(brier_score_loss(y, p)),
        "brier_skill": brier_skill(y, p, base_rate),
        "log_loss": float(log_loss(y, p, labels=[0, 1])),
    }
    for k in TOP_K:
        out[f"recall_top{k}"] = recall_at_k(y, p, groups, k)
    return out


def _auc_by_ranks(y: np.ndarray, p: np.ndarray) -> np.ndarray:
    """AUC-ROC of each row of ``p`` (resamples × forecasts) against the matching row of ``y``.

    The Mann–Whitney form on mid-ranks, vectorised over resamples: it equals
    ``roc_auc_score`` (ties count one half) without its per-call overhead, which would
    dominate a thousand resamples.
    """
    ranks = rankdata(p, axis=1)
    positives = y.sum(axis=1)
    negatives = y.shape[1] - positives
    u = (ranks * y).sum(axis=1) - positives * (positives + 1) / 2
    with np.errstate(invalid="ignore", divide="ignore"):
        return u / (positives * negatives)


def auc_interval(
    y: np.ndarray, p: np.ndarray, level: float = 0.9, seed: int = 0
) -> tuple[float, float]:
    """Percentile bootstrap interval of AUC-ROC, resampling forecasts with replacement.

    With a few dozen events the interval is wide; it says how far the pooled figure could
    move had history dealt a different handful of coups.
    """
    y = np.asarray(y, dtype=int)
    p = np.asarray(p, dtype=float)
    if not 0 < y.sum() < len(y):
        return float("nan"), float("nan")
    resamples = max(200, min(BOOTSTRAP_RESAMPLES, BOOTSTRAP_BUDGET // len(y)))
    rng = np.random.default_rng(seed)
    chunks = []
    for size in np.diff(np.r_[0:resamples:100, resamples]):
        rows = rng.integers(0, len(y), (size, len(y)))
        chunks.append(_auc_by_ranks(y[rows], p[rows]))
    aucs = np.concatenate(chunks)
    aucs = aucs[np.isfinite(aucs)]
    tail = (1 - level) / 2
    return float(np.quantile(aucs, tail)), float(np.quantile(aucs, 1 - tail))


def reliability_table(y: np.ndarray, p: np.ndarray, bins: int = 10) -> pd.DataFrame:
    """Forecasts grouped into equal-count bins: mean forecast vs observed frequency per bin."""
    frame = pd.DataFrame({"y": np.asarray(y, dtype=float), "p": np.asarray(p, dtype=float)})
    ranks = frame["p"].rank(method="first")
    frame["bin"] = pd.qcut(ranks, q=min(bins, len(frame)), labels=False)
    table = frame.groupby("bin").agg(
        n=("y", "size"), mean_forecast=("p", "mean"), observed=("y", "mean")
    )
    return table.reset_index()


def score_backtest(result: pd.DataFrame, kind: str = "attempt") -> pd.DataFrame:
    """Skill of each model over all known outcomes (``year`` = "all") and per forecast year.

    Pooled rows also carry a 90% bootstrap interval of AUC-ROC (``auc_roc_low``,
    ``auc_roc_high``); per-year rows leave it empty.
    """
    known = result.dropna(subset=[f"outcome_{kind}"])
    year = (
        known["origin"].str.slice(0, 4).astype(int) * 12
        + known["origin"].str.slice(5, 7).astype(int)
    ) // 12
    rows = []
    for model, frame in known.groupby("model", sort=False):
        for label, part in [("all", frame), *frame.groupby(year.loc[frame.index])]:
            figures = skill(
                part[f"outcome_{kind}"].to_numpy(),
                part[f"p_{kind}"].to_numpy(),
                part[f"base_rate_{kind}"].to_numpy(),
                part["origin"].to_numpy(),
            )
            if label == "all":
                low, high = auc_interval(part[f"outcome_{kind}"], part[f"p_{kind}"])
                figures |= {"auc_roc_low": low, "auc_roc_high": high}
            rows.append({"model": model, "kind": kind, "year": str(label), **figures})
    return pd.DataFrame(rows)


def score_all_kinds(result: pd.DataFrame) -> pd.DataFrame:
    """:func:`score_backtest` for attempts, successes and failed attempts, stacked."""
    frames = [frame for kind in KINDS if not (frame := score_backtest(result, kind)).empty]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
