"""The country's forecast coup-attempt probability, as a leader-month feature without look-ahead.

Every :data:`REFIT_YEARS` calendar years, starting in year Y, a country-panel logit
(:class:`coupwatch.models.logit.LogitModel`) is fitted on the country-months whose 12-month
attempt window had closed by the end of December of Y − 1, and it predicts the 12-month attempt
probability of every country-month of years Y … Y + REFIT_YEARS − 1. A leader-month t therefore
sees a model that knew nothing after t − 1, both when it is a training row and when it is the
month a forecast starts from; refitting in blocks rather than yearly keeps a call fast. Years
with fewer than :data:`MIN_TRAINING_YEARS` of closed windows get no value (missing).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from coupwatch.models.logit import LogitModel
from coupwatch.panel.build import PANEL_START, Panel
from coupwatch.panel.months import month_index

COLUMN = "coup_forecast_12m"
HORIZON = 12
#: Years of closed country-month windows a panel model needs before it is used.
MIN_TRAINING_YEARS = 10
#: Years served by one fit of the panel model.
REFIT_YEARS = 3


def coup_forecast(panel: Panel) -> pd.Series:
    """12-month attempt probability for every row of ``panel.frame`` (same index), each month
    predicted by the model of its block of years (trained through December before the block)."""
    frame = panel.frame
    target = panel.outcome("attempt", HORIZON)
    x = frame[panel.features]
    mi = frame["mi"].to_numpy()
    year = mi // 12
    out = np.full(len(frame), np.nan)
    first = PANEL_START // 12 + MIN_TRAINING_YEARS + 1
    for y in range(first, int(year.max()) + 1, REFIT_YEARS):
        closed = (mi + HORIZON - 1 <= month_index(y - 1, 12)) & frame[target].notna().to_numpy()
        rows = (year >= y) & (year < y + REFIT_YEARS)
        if not rows.any():
            continue
        model = LogitModel().fit(x.loc[closed], frame.loc[closed, target].to_numpy())
        out[rows] = model.predict_proba(x.loc[rows])[:, 1]
    return pd.Series(out, index=frame.index, name=COLUMN)


def with_coup_forecast(panel: Panel) -> Panel:
    """``panel`` with the :data:`COLUMN` feature added."""
    frame = panel.frame.assign(**{COLUMN: coup_forecast(panel)})
    return Panel(frame, [*panel.features, COLUMN], panel.data_end)
