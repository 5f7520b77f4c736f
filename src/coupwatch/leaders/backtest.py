"""Rolling-origin backtest of the leader models.

At each yearly origin (as of January of the year) a model is trained on the leader-months whose
6-month outcome window had closed and predicts the leaders then in office. Measures:

* any exit: Harrell's C-index of the predicted 12-month cumulative any-exit incidence against the
  observed time to exit (censored at the end of the data);
* 6-month irregular exit: AUC-ROC, AUC-PR (average precision) and Brier score;
* every cause: calibration of the 6-month cumulative incidence by predicted-risk bins.

Windows that end in an exit of unknown cause are left out of the cause-specific measures.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
from lifelines.utils import concordance_index
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

from coupwatch.leaders import causes as c
from coupwatch.leaders.frame import LeaderData, in_office
from coupwatch.leaders.risk import fit, predict
from coupwatch.panel.months import format_month, month_index

WINDOW = 6
RISK_HORIZON = 12
CALIBRATION_BINS = (0.0, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 1.0)


def origin_predictions(data: LeaderData, as_of: int, model_name: str) -> pd.DataFrame:
    """Predictions and outcomes for the leaders in office at ``as_of``."""
    leaders = in_office(data.spells, as_of)
    model = fit(data, as_of, model_name)
    incidence = predict(model, data, as_of, RISK_HORIZON, leaders)
    exits = leaders["end_mi"].where(~leaders["cause"].eq(c.CENSORED))
    within = exits.notna() & (exits <= as_of + WINDOW)
    out = pd.DataFrame(
        {
            "origin": format_month(as_of),
            "model": model_name,
            "leader_id": leaders["leader_id"],
            "leader": leaders["leader"],
            "gwcode": leaders["gwcode"],
            "duration": (leaders["end_mi"].clip(upper=data.data_end) - as_of).astype(int),
            "exited": exits.notna().astype(int),
            "cause_6m": np.where(within, leaders["cause"], c.REMAIN),
            "age": (as_of // 12 - leaders["birth_year"]).to_numpy(),
            "p_any_12m": 1.0 - incidence[:, RISK_HORIZON - 1, 0],
        }
    )
    for j, cause in enumerate(c.CLASSES[1:], start=1):
        out[f"p_{cause}_6m"] = incidence[:, WINDOW - 1, j]
        out[f"p_{cause}_12m"] = incidence[:, RISK_HORIZON - 1, j]
    return out


def run_backtest(
    data: LeaderData,
    start: int,
    end: int,
    models: tuple[str, ...] = ("lightgbm", "naive"),
    on_origin: Callable[[str, int], None] | None = None,
) -> pd.DataFrame:
    """Predictions of every model at every yearly origin from ``start`` to ``end`` (years)."""
    frames = []
    for year in range(start, end + 1):
        as_of = month_index(year, 1)
        if as_of + WINDOW > data.data_end:
            break
        for name in models:
            if on_origin is not None:
                on_origin(name, year)
            frames.append(origin_predictions(data, as_of, name))
    return pd.concat(frames, ignore_index=True)


def _ranked(metric: Callable[..., float], y: pd.Series, p: pd.Series) -> float:
    """A ranking metric, or NaN when only one class occurs (no event in the windows)."""
    return float(metric(y, p)) if y.nunique() == 2 else float("nan")


def summarise(predictions: pd.DataFrame) -> pd.DataFrame:
    """One row per model: C-index (any exit) and 6-month irregular AUC-ROC, AUC-PR and Brier."""
    rows = []
    for name, group in predictions.groupby("model", sort=False):
        known = group.loc[group["cause_6m"] != c.UNKNOWN]
        irregular = (known["cause_6m"] == c.IRREGULAR).astype(int)
        p = known["p_irregular_6m"]
        rows.append(
            {
                "model": name,
                "origins": group["origin"].nunique(),
                "leader_origins": len(group),
                "irregular_6m_events": int(irregular.sum()),
                "c_index_any_exit": concordance_index(
                    group["duration"], -group["p_any_12m"], group["exited"]
                ),
                "auc_roc_irregular_6m": _ranked(roc_auc_score, irregular, p),
                "auc_pr_irregular_6m": _ranked(average_precision_score, irregular, p),
                "brier_irregular_6m": brier_score_loss(irregular, p),
            }
        )
    return pd.DataFrame(rows)


def calibration(predictions: pd.DataFrame) -> pd.DataFrame:
    """Mean predicted vs observed 6-month incidence by predicted-risk bin, per model and cause."""
    known = predictions.loc[predictions["cause_6m"] != c.UNKNOWN]
    frames = []
    for cause in c.EXIT_CAUSES:
        column = f"p_{cause}_6m"
        binned = known.assign(
            cause=cause,
            bin=pd.cut(known[column], CALIBRATION_BINS, include_lowest=True).astype(str),
            observed=(known["cause_6m"] == cause).astype(float),
            predicted=known[column],
        )
        table = binned.groupby(["model", "cause", "bin"], observed=True, sort=False).agg(
            n=("observed", "size"), predicted=("predicted", "mean"), observed=("observed", "mean")
        )
        frames.append(table.reset_index())
    return pd.concat(frames, ignore_index=True)
