"""Fit a leader model on what was known at an as-of month and forecast the leaders in office."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from coupwatch.errors import InputError
from coupwatch.geo.countries import load_countries
from coupwatch.leaders.causes import CLASSES
from coupwatch.leaders.frame import LeaderData, features, in_office, spell_months
from coupwatch.leaders.model import (
    DEFAULT_MODEL,
    HazardModel,
    cumulative_incidence,
    make_hazard_model,
)
from coupwatch.panel.build import PANEL_START
from coupwatch.panel.months import format_month

MAX_HORIZON = 60
#: A training month is used once the window of this many months starting with it has closed.
OUTCOME_WINDOW = 6
#: Years of leader-months needed before the first forecast.
MIN_TRAINING_YEARS = 10

OUTPUT_COLUMNS = [
    "leader", "leader_id", "gwcode", "iso3", "country", "as_of", "horizon",
    "p_natural_death", "p_irregular", "p_regular", "p_remain",
]  # fmt: skip


@dataclass(frozen=True)
class LeaderForecast:
    """Leaders in office at ``as_of`` and their cumulative incidence month by month."""

    leaders: pd.DataFrame
    incidence: np.ndarray
    as_of: int
    horizon: int

    def table(self) -> pd.DataFrame:
        """One row per leader with the :data:`OUTPUT_COLUMNS`."""
        countries = load_countries().set_index("gwcode")
        last = self.incidence[:, -1, :] if len(self.leaders) else np.zeros((0, len(CLASSES)))
        out = pd.DataFrame(
            {
                "leader": self.leaders["leader"].to_numpy(),
                "leader_id": self.leaders["leader_id"].to_numpy(),
                "gwcode": self.leaders["gwcode"].astype(int).to_numpy(),
                "iso3": self.leaders["gwcode"].map(countries["iso3"]).to_numpy(),
                "country": self.leaders["gwcode"].map(countries["name"]).to_numpy(),
                "as_of": format_month(self.as_of),
                "horizon": self.horizon,
            }
        )
        for j, cause in enumerate(CLASSES):
            out[f"p_{cause}"] = last[:, j]
        return out[OUTPUT_COLUMNS]


def check_request(data: LeaderData, as_of: int, horizon: int) -> None:
    """Refuse an as-of month outside the data or a horizon outside 1–60 months."""
    if not 1 <= horizon <= MAX_HORIZON:
        raise InputError(
            f"--horizon {horizon}: expected a number of months from 1 to {MAX_HORIZON}"
        )
    earliest = PANEL_START + 12 * MIN_TRAINING_YEARS
    if not earliest <= as_of <= data.data_end:
        raise InputError(
            f"--as-of {format_month(as_of)} is outside the data: expected a month from "
            f"{format_month(earliest)} to {format_month(data.data_end)}"
        )


def training_frame(data: LeaderData, as_of: int) -> tuple[pd.DataFrame, np.ndarray]:
    """Features and classes of the leader-months known at ``as_of`` (exits of unknown cause
    left out)."""
    rows = spell_months(data.spells, data.data_end)
    rows = rows.loc[(rows["mi"] + OUTCOME_WINDOW - 1 <= as_of) & (rows["label"] >= 0)]
    rows = rows.reset_index(drop=True)
    return features(data, rows), rows["label"].to_numpy()


def fit(data: LeaderData, as_of: int, model_name: str = DEFAULT_MODEL) -> HazardModel:
    """Fit a model on the leader-months known at ``as_of``."""
    x, y = training_frame(data, as_of)
    return make_hazard_model(model_name).fit(x, y)


def predict(
    model: HazardModel, data: LeaderData, as_of: int, horizon: int, leaders: pd.DataFrame
) -> np.ndarray:
    """Cumulative incidence (leaders × horizon × classes) for spells in office at ``as_of``."""
    if leaders.empty:
        return np.zeros((0, horizon, len(CLASSES)))
    steps = np.tile(np.arange(horizon), len(leaders))
    rows = leaders.iloc[np.repeat(np.arange(len(leaders)), horizon)].reset_index(drop=True)
    rows["mi"] = as_of + 1 + steps
    x = features(data, rows, country_mi=pd.Series(as_of + 1, index=rows.index))
    hazards = model.predict_proba(x).reshape(len(leaders), horizon, len(CLASSES))
    return cumulative_incidence(hazards)


def forecast_leaders(
    data: LeaderData,
    as_of: int | None = None,
    horizon: int = 12,
    model_name: str = DEFAULT_MODEL,
    gwcode: int | None = None,
) -> LeaderForecast:
    """Fit at ``as_of`` (default: the end of the data) and forecast the leaders in office."""
    month = data.data_end if as_of is None else as_of
    check_request(data, month, horizon)
    leaders = in_office(data.spells, month)
    if gwcode is not None:
        leaders = leaders.loc[leaders["gwcode"] == gwcode].reset_index(drop=True)
    model = fit(data, month, model_name)
    return LeaderForecast(leaders, predict(model, data, month, horizon, leaders), month, horizon)


def records(table: pd.DataFrame) -> list[dict[str, object]]:
    """Rows of a forecast table as plain-Python dictionaries (JSON-ready)."""
    return [
        {k: (v.item() if isinstance(v, np.generic) else v) for k, v in row.items()}
        for row in table.to_dict(orient="records")
    ]
