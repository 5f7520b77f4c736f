"""Every registered model behind the one interface, on real panel rows."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone

from coupwatch.models.base import top_drivers
from coupwatch.models.base_rate import BaseRateModel, RegionRateModel
from coupwatch.models.boosting import BoostingModel
from coupwatch.models.registry import MODELS, make_model
from coupwatch.panel.build import Panel
from coupwatch.panel.months import month_index
from coupwatch.panel.outcomes import KINDS

ORIGIN = month_index(2004, 12)


@pytest.fixture(scope="module")
def subset(panel: Panel) -> dict[str, object]:
    """Training rows 1985–2004 (closed 12-month windows) and the rows of January 2005."""
    frame = panel.frame
    train = frame[(frame["mi"] >= month_index(1985, 1)) & (frame["mi"] + 11 <= ORIGIN)]
    test = frame[frame["mi"] == ORIGIN + 1]
    return {"train": train, "test": test, "features": panel.features}


def _fit(name: str, subset: dict[str, object], kind: str = "attempt", horizon: int = 12):
    train: pd.DataFrame = subset["train"]  # type: ignore[assignment]
    features: list[str] = subset["features"]  # type: ignore[assignment]
    y = train[f"{kind}_h{horizon}"].to_numpy().astype(int)
    return make_model(name).fit(train[features], y, months=train["mi"].to_numpy())


@pytest.mark.parametrize("name", list(MODELS))
def test_probabilities_have_the_right_shape_and_range(name: str, subset) -> None:
    model = _fit(name, subset)
    test = subset["test"][subset["features"]]
    proba = model.predict_proba(test)
    assert proba.shape == (len(test), 2)
    assert np.isfinite(proba).all()
    assert ((proba > 0) & (proba < 1)).all()
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    assert set(model.predict(test)) <= {0, 1}


@pytest.mark.parametrize("name", list(MODELS))
def test_contributions_cover_every_feature_without_nan(name: str, subset) -> None:
    model = _fit(name, subset)
    test = subset["test"][subset["features"]]
    contributions = model.contributions(test)
    assert contributions.shape == (len(test), len(subset["features"]))
    assert list(contributions.columns) == subset["features"]
    assert contributions.index.equals(test.index)
    assert np.isfinite(contributions.to_numpy()).all()
    assert all(len(row) == 3 for row in top_drivers(contributions))


@pytest.mark.parametrize("name", list(MODELS))
def test_fitting_twice_gives_the_same_forecasts(name: str, subset) -> None:
    test = subset["test"][subset["features"]]
    first = _fit(name, subset).predict_proba(test)
    second = _fit(name, subset).predict_proba(test)
    np.testing.assert_array_equal(first, second)


#: Boosted models are slow to refit, so they are checked at the 12-month horizon only.
SLOW = ("ensemble", "lightgbm")
TARGETS = [
    (name, kind, horizon)
    for name in MODELS
    for kind in KINDS
    for horizon in (1, 6, 12)
    if horizon == 12 or name not in SLOW
]


@pytest.mark.parametrize(("name", "kind", "horizon"), TARGETS)
def test_every_target_and_horizon_fits(name: str, kind: str, horizon: int, subset) -> None:
    model = _fit(name, subset, kind, horizon)
    p = model.predict_proba(subset["test"][subset["features"]])[:, 1]
    assert np.isfinite(p).all()


@pytest.mark.parametrize("name", ["ensemble", "lightgbm", "logit", "calibrated_logit"])
def test_contributions_rank_like_the_forecast(name: str, subset) -> None:
    """The summed contributions are (up to a constant, or a monotone map) the log-odds."""
    model = _fit(name, subset)
    test = subset["test"][subset["features"]]
    p = model.predict_proba(test)[:, 1]
    total = model.contributions(test).sum(axis=1).to_numpy()
    log_odds = np.log(p / (1 - p))
    np.testing.assert_allclose(log_odds - total, (log_odds - total).mean(), atol=1e-6)


def test_models_are_clonable_and_unfitted_by_default() -> None:
    for name in MODELS:
        model = make_model(name)
        assert clone(model).get_params() == model.get_params()


def test_base_rate_is_the_training_share(subset) -> None:
    train = subset["train"]
    model = _fit("base_rate", subset)
    p = model.predict_proba(subset["test"][subset["features"]])[:, 1]
    np.testing.assert_allclose(p, train["attempt_h12"].mean())
    assert isinstance(model, BaseRateModel)


def test_region_rates_put_africa_above_western_europe(subset) -> None:
    model = _fit("region_rate", subset)
    assert isinstance(model, RegionRateModel)
    test = subset["test"]
    p = pd.Series(model.predict_proba(test[subset["features"]])[:, 1], index=test.index)
    africa = p[test["region_is_sub_saharan_africa"] == 1]
    europe = p[test["region_is_western_europe"] == 1]
    assert africa.min() > 3 * europe.max()
    shift = model.contributions(test[subset["features"]])
    assert (shift.drop(columns=[c for c in shift if c.startswith("region_is_")]) == 0).all().all()


def test_boosting_respects_monotone_coup_history(subset) -> None:
    model = _fit("lightgbm", subset)
    assert isinstance(model, BoostingModel)
    rows = subset["test"][subset["features"]].head(20).copy()
    low = model.predict_proba(rows.assign(attempts_5y=0.0))[:, 1]
    high = model.predict_proba(rows.assign(attempts_5y=3.0))[:, 1]
    assert (high >= low - 1e-12).all()
