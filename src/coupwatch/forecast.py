"""Country forecasts: train on what was known at the as-of month, rank every state at risk."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from coupwatch.errors import InputError
from coupwatch.geo.countries import load_countries
from coupwatch.models.base import CoupModel, top_drivers
from coupwatch.models.registry import DEFAULT_MODEL, make_model
from coupwatch.panel.build import PANEL_START, Panel, build_panel, load_tables
from coupwatch.panel.labels import label
from coupwatch.panel.months import format_month
from coupwatch.store import Store

#: Years of history a model needs before its first forecast.
MIN_TRAINING_YEARS = 10
MAX_HORIZON = 36


@dataclass(frozen=True)
class CountryForecast:
    """A ranked forecast for every state at risk, and how it was made."""

    table: pd.DataFrame
    model: CoupModel
    as_of: int
    horizon: int
    kind: str
    base_rate: float


def _plain(value: object) -> float | None:
    return None if pd.isna(value) else round(float(value), 3)


def check_request(panel: Panel, as_of: int, horizon: int) -> None:
    """Refuse an as-of month outside the data or a horizon outside 1–36 months."""
    if not 1 <= horizon <= MAX_HORIZON:
        raise InputError(f"--horizon {horizon}: expected a number of months from 1 to 36")
    earliest = PANEL_START + 12 * MIN_TRAINING_YEARS
    if not earliest <= as_of <= panel.data_end:
        raise InputError(
            f"--as-of {format_month(as_of)} is outside the data: expected a month from "
            f"{format_month(earliest)} to {format_month(panel.data_end)}"
        )


def training_rows(panel: Panel, as_of: int, horizon: int, kind: str) -> pd.DataFrame:
    """Rows whose outcome window had closed by the end of the as-of month."""
    frame = panel.frame
    target = panel.outcome(kind, horizon)
    if target not in frame.columns:
        raise InputError(f"no outcome {kind!r} at horizon {horizon}; horizons: 1, 6, 12")
    closed = (frame["mi"] + horizon - 1 <= as_of) & frame[target].notna()
    return frame.loc[closed]


def forecast(
    panel: Panel,
    as_of: int,
    horizon: int = 12,
    model_name: str = DEFAULT_MODEL,
    kind: str = "attempt",
) -> CountryForecast:
    """Fit ``model_name`` on rows known at ``as_of`` and rank the states of month as_of + 1."""
    check_request(panel, as_of, horizon)
    train = training_rows(panel, as_of, horizon, kind)
    model = make_model(model_name)
    y = train[panel.outcome(kind, horizon)].to_numpy().astype(int)
    model.fit(train[panel.features], y, months=train["mi"].to_numpy())
    target = panel.frame.loc[panel.frame["mi"] == as_of + 1].reset_index(drop=True)
    p = model.predict_proba(target[panel.features])[:, 1]
    drivers = top_drivers(model.contributions(target[panel.features]))
    values = target[panel.features]
    countries = load_countries().set_index("gwcode")
    table = pd.DataFrame(
        {
            "gwcode": target["gwcode"].astype(int),
            "iso3": target["gwcode"].map(countries["iso3"]),
            "country": target["gwcode"].map(countries["name"]),
            "as_of": format_month(as_of),
            "horizon": horizon,
            f"p_{kind}": p,
            "drivers": [
                [
                    {
                        "feature": n,
                        "label": label(n),
                        "value": _plain(values.at[i, n]),
                        "contribution": round(v, 3),
                    }
                    for n, v in row
                ]
                for i, row in enumerate(drivers)
            ],
        }
    )
    table = table.sort_values(f"p_{kind}", ascending=False, kind="stable").reset_index(drop=True)
    table.insert(6, "rank", np.arange(1, len(table) + 1))
    return CountryForecast(table, model, as_of, horizon, kind, float(y.mean()))


def country_forecast(store: Store, as_of: int | None = None, horizon: int = 12) -> CountryForecast:
    """Build the panel from the store and forecast coup attempts with the default model."""
    panel = build_panel(load_tables(store))
    return forecast(panel, panel.data_end if as_of is None else as_of, horizon)


def country_risk(
    store: Store, gwcode: int, as_of: int | None = None, horizon: int = 12
) -> dict[str, object] | None:
    """One country's line of the forecast (probability, rank, drivers), or None if not at risk."""
    result = country_forecast(store, as_of, horizon)
    rows = result.table[result.table["gwcode"] == gwcode]
    if rows.empty:
        return None
    row = rows.iloc[0].to_dict()
    row["n_countries"] = len(result.table)
    row["base_rate"] = float(result.table["p_attempt"].mean())
    return row
