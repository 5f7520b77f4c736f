"""Run models over the folds of a splitter and collect one prediction per country and origin."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
from joblib import Parallel, delayed
from threadpoolctl import threadpool_limits

from coupwatch.backtest.splits import ExpandingWindow, Fold
from coupwatch.geo.countries import load_countries
from coupwatch.models.base import CoupModel
from coupwatch.models.registry import make_model
from coupwatch.panel.build import Panel
from coupwatch.panel.months import format_month
from coupwatch.panel.outcomes import KINDS

#: Columns of the backtest CSV, in order.
CSV_COLUMNS = [
    "model", "gwcode", "iso3", "country", "origin", "horizon",
    "p_attempt", "p_success", "p_failed",
    "outcome_attempt", "outcome_success", "outcome_failed",
]  # fmt: skip

ProgressCallback = Callable[[str, int], None]


def fit_fold(panel: Panel, fold: Fold, model_name: str, kind: str) -> tuple[CoupModel, float]:
    """Fit a model on a fold's training rows; returns it and the training base rate."""
    train = panel.frame.iloc[fold.train]
    target = train[panel.outcome(kind, fold.horizon)]
    train = train.loc[target.notna()]
    y = target.loc[train.index].to_numpy().astype(int)
    model = make_model(model_name)
    model.fit(train[panel.features], y, months=train["mi"].to_numpy())
    return model, float(y.mean())


def refit_blocks(folds: list[Fold], refit_every: int) -> list[list[Fold]]:
    """Group consecutive folds so each group is served by a model fitted at its first origin."""
    blocks: list[list[Fold]] = []
    for fold in folds:
        if blocks and fold.origin - blocks[-1][0].origin < refit_every:
            blocks[-1].append(fold)
        else:
            blocks.append([fold])
    return blocks


def predict_block(
    panel: Panel, block: list[Fold], name: str, on_fold: ProgressCallback | None
) -> list[pd.DataFrame]:
    """Fit every kind at the block's first origin and predict each of its folds."""
    fitted = {kind: fit_fold(panel, block[0], name, kind) for kind in KINDS}
    frames = []
    for fold in block:
        test = panel.frame.iloc[fold.test]
        X = test[panel.features]
        out = pd.DataFrame(
            {
                "model": name,
                "gwcode": test["gwcode"].astype(int).to_numpy(),
                "origin": format_month(fold.origin),
                "horizon": fold.horizon,
            }
        )
        for kind in KINDS:
            model, rate = fitted[kind]
            out[f"p_{kind}"] = model.predict_proba(X)[:, 1]
            out[f"outcome_{kind}"] = test[panel.outcome(kind, fold.horizon)].to_numpy()
            out[f"base_rate_{kind}"] = rate
        frames.append(out)
        if on_fold is not None:
            on_fold(name, fold.origin)
    return frames


def run_backtest(
    panel: Panel,
    splitter: ExpandingWindow,
    model_names: list[str],
    refit_every: int = 1,
    on_fold: ProgressCallback | None = None,
    n_jobs: int = 1,
) -> pd.DataFrame:
    """Predict every fold's test rows with every model and kind.

    ``refit_every`` (months) lets a model fitted at an earlier origin serve the later origins of
    its block; its training rows are then a subset of what those origins know, so nothing is
    looked ahead. Blocks run on ``n_jobs`` threads. BLAS is held to one thread throughout:
    the matrices are small, and on a shared two-core machine OpenBLAS's own threads made a
    logit fit about six times slower (benchmarks/backtest_results.md). Besides
    :data:`CSV_COLUMNS` the result holds ``base_rate_{kind}``: the training base rate.
    """
    countries = load_countries().set_index("gwcode")
    blocks = refit_blocks(list(splitter.split(panel.frame["mi"])), refit_every)
    tasks = [(name, block) for name in model_names for block in blocks]
    with threadpool_limits(limits=1, user_api="blas"):
        parts = Parallel(n_jobs=n_jobs, prefer="threads")(
            delayed(predict_block)(panel, block, name, on_fold) for name, block in tasks
        )
    result = pd.concat([frame for part in parts for frame in part], ignore_index=True)
    result.insert(2, "iso3", result["gwcode"].map(countries["iso3"]))
    result.insert(3, "country", result["gwcode"].map(countries["name"]))
    return result
