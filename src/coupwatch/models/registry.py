"""Models by name, and the default one ``coupwatch forecast`` uses."""

from __future__ import annotations

from collections.abc import Callable

from coupwatch.errors import InputError
from coupwatch.models.base import CoupModel
from coupwatch.models.base_rate import BaseRateModel, RegionRateModel
from coupwatch.models.boosting import BoostingModel
from coupwatch.models.ensemble import BlendModel, CalibratedLogitModel, EnsembleModel
from coupwatch.models.logit import LogitModel

MODELS: dict[str, Callable[[], CoupModel]] = {
    "base_rate": BaseRateModel,
    "region_rate": RegionRateModel,
    "logit": LogitModel,
    "lightgbm": BoostingModel,
    "ensemble": EnsembleModel,
    "calibrated_logit": CalibratedLogitModel,
    "blend": BlendModel,
}

#: Chosen on rolling 1990–2009 validation by a rule fixed in advance (see :class:`BlendModel`
#: and the "How the default was chosen" section of benchmarks/backtest_results.md).
DEFAULT_MODEL = "blend"


def make_model(name: str) -> CoupModel:
    """A fresh, unfitted model by name."""
    try:
        return MODELS[name]()
    except KeyError:
        raise InputError(f"unknown model {name!r}; expected one of {', '.join(MODELS)}") from None


def check_model_names(names: list[str]) -> list[str]:
    """Validate model names (``all`` expands to every model); raises InputError otherwise."""
    if names == ["all"]:
        return list(MODELS)
    for name in names:
        make_model(name)
    return names
