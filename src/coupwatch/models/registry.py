"""Models by name, and the default one ``coupwatch forecast`` uses."""

from __future__ import annotations

from collections.abc import Callable

from coupwatch.errors import InputError
from coupwatch.models.base import CoupModel
from coupwatch.models.logit import LogitModel

MODELS: dict[str, Callable[[], CoupModel]] = {
    "logit": LogitModel,
}

DEFAULT_MODEL = "logit"


def make_model(name: str) -> CoupModel:
    """A fresh, unfitted model by name."""
    try:
        return MODELS[name]()
    except KeyError:
        raise InputError(f"unknown model {name!r}; expected one of {', '.join(MODELS)}") from None
