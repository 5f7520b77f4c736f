"""The electoral calendar of each state: months since the last election and to the next one due.

Only elections held (REIGN event "Vote, …") of the legislature or executive count. The next
election is projected from the last one plus the state's typical interval: the median gap between
its earlier consecutive *regular* elections, known at that time. A feature for month t uses the
elections up to the end of t−1.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from coupwatch.panel.months import month_index

#: Cap for "months since" and "months to" when a state has no usable history.
CAP_MONTHS = 240
#: Shortest gap between two elections counted as separate (a runoff is part of its election).
MIN_GAP_MONTHS = 4


def election_history(elections: pd.DataFrame) -> pd.DataFrame:
    """Held elections per state (gwcode, mi, regular) with the typical interval known after each."""
    held = elections["event"].str.lower().str.startswith("vote") & elections["type"].isin(
        ["L", "X"]
    )
    rows = elections.loc[held, ["gwcode", "elec_year", "elec_month", "regular"]].copy()
    rows["mi"] = month_index(rows["elec_year"], rows["elec_month"]).astype(int)
    rows["regular"] = rows["regular"].eq("Y")
    rows = (
        rows.groupby(["gwcode", "mi"], as_index=False)["regular"]
        .max()
        .sort_values(["gwcode", "mi"])
    )
    intervals = []
    for _, group in rows.groupby("gwcode", sort=False):
        gaps: list[int] = []
        previous: int | None = None
        for mi, regular in zip(group["mi"], group["regular"], strict=True):
            if previous is not None and regular and mi - previous >= MIN_GAP_MONTHS:
                gaps.append(mi - previous)
            intervals.append(float(np.median(gaps)) if gaps else np.nan)
            previous = mi
    rows["interval"] = intervals
    return rows.reset_index(drop=True)


def election_features(frame: pd.DataFrame, history: pd.DataFrame) -> pd.DataFrame:
    """``months_since_election``, ``months_to_election`` and ``election_interval`` for the
    (gwcode, mi) rows of ``frame``, from elections held by the end of mi − 1."""
    left = frame[["gwcode", "mi"]].assign(known=frame["mi"] - 1, _row=np.arange(len(frame)))
    merged = pd.merge_asof(
        left.sort_values("known"),
        history.rename(columns={"mi": "elec_mi"}).sort_values("elec_mi"),
        left_on="known",
        right_on="elec_mi",
        by="gwcode",
        direction="backward",
    ).sort_values("_row")
    since = (merged["mi"] - merged["elec_mi"]).to_numpy(dtype=float)
    interval = merged["interval"].to_numpy(dtype=float)
    to_next = interval - since
    return pd.DataFrame(
        {
            "months_since_election": np.nan_to_num(since, nan=CAP_MONTHS).clip(0, CAP_MONTHS),
            "months_to_election": np.nan_to_num(to_next, nan=CAP_MONTHS).clip(
                -CAP_MONTHS, CAP_MONTHS
            ),
            "election_interval": interval,
        },
        index=frame.index,
    )
