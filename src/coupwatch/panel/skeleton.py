"""Every Gleditsch–Ward state-month in a range, microstates included."""

from __future__ import annotations

import numpy as np
import pandas as pd

from coupwatch.panel.months import of_dates


def state_months(gw_states: pd.DataFrame, first: int, last: int) -> pd.DataFrame:
    """One row per (gwcode, month index) for each month a state was independent for any day.

    ``gw_states`` is the stored G&W list (one row per independence spell; ``end`` missing while
    ongoing); ``first`` and ``last`` are month indices, inclusive.
    """
    start = of_dates(gw_states["start"]).fillna(first).astype(int).clip(lower=first)
    end = of_dates(gw_states["end"]).fillna(last).astype(int).clip(upper=last)
    keep = start <= end
    codes = gw_states.loc[keep, "gwcode"].astype(int).to_numpy()
    start, end = start[keep].to_numpy(), end[keep].to_numpy()
    lengths = end - start + 1
    gwcode = np.repeat(codes, lengths)
    offsets = np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    mi = np.repeat(start, lengths) + offsets
    panel = pd.DataFrame({"gwcode": gwcode, "mi": mi}).drop_duplicates()
    return panel.sort_values(["gwcode", "mi"]).reset_index(drop=True)
