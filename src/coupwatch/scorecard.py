"""Score archived forecasts whose outcome window has closed against the stored coup events."""

from __future__ import annotations

import numpy as np
import pandas as pd

from coupwatch.archive import archived_probabilities, archived_runs
from coupwatch.backtest.metrics import skill
from coupwatch.panel.build import data_end_month
from coupwatch.panel.months import format_month
from coupwatch.panel.outcomes import coup_events
from coupwatch.store import Store


def run_outcomes(
    events: pd.DataFrame, gwcodes: np.ndarray, as_of: int, horizon: int, kind: str
) -> np.ndarray:
    """0/1 per country: an event of ``kind`` in months as_of+1 … as_of+horizon."""
    window = events[(events["mi"] > as_of) & (events["mi"] <= as_of + horizon)]
    if kind == "success":
        window = window[window["success"]]
    elif kind == "failed":
        window = window[~window["success"]]
    return np.isin(gwcodes, window["gwcode"].to_numpy()).astype(int)


def scorecard(store: Store) -> pd.DataFrame:
    """One row per closed archived run with its skill, plus a pooled ``all`` row per model."""
    runs = archived_runs(store)
    powell_thyne = store.source_table("powell_thyne")
    data_end = data_end_month(powell_thyne)
    events = coup_events(powell_thyne)
    closed = runs[runs["as_of"] + runs["horizon"] <= data_end]
    if closed.empty:
        return pd.DataFrame()
    probabilities = archived_probabilities(store)
    scored = []
    for run in closed.itertuples():
        part = probabilities[probabilities["run_id"] == run.run_id]
        y = run_outcomes(events, part["gwcode"].to_numpy(), run.as_of, run.horizon, run.kind)
        scored.append(
            part.assign(
                y=y, base_rate=run.base_rate, model=run.model, kind=run.kind, horizon=run.horizon
            )
        )
    pooled = pd.concat(scored, ignore_index=True)
    rows = []
    for run in closed.itertuples():
        part = pooled[pooled["run_id"] == run.run_id]
        figures = skill(part["y"], part["probability"], part["base_rate"])
        rows.append(
            {"run": str(run.run_id), "model": run.model, "kind": run.kind,
             "as_of": format_month(run.as_of), "horizon": run.horizon, **figures}
        )  # fmt: skip
    for (model, kind, horizon), part in pooled.groupby(["model", "kind", "horizon"]):
        figures = skill(part["y"], part["probability"], part["base_rate"], part["run_id"])
        rows.append(
            {"run": "all", "model": model, "kind": kind, "as_of": "", "horizon": horizon,
             **figures}
        )  # fmt: skip
    return pd.DataFrame(rows)
