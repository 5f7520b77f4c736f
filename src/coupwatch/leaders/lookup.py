"""Resolve a leader name typed by a user to one spell in office, or explain why not."""

from __future__ import annotations

import pandas as pd

from coupwatch.errors import InputError
from coupwatch.leaders.names import MATCH_SCORE, SUGGEST_SCORE, rank_names
from coupwatch.panel.months import format_month

#: A best match this many points ahead of the runner-up is taken without asking.
CLEAR_LEAD = 10.0


def _describe(row: pd.Series) -> str:
    return f"{row['leader']} ({row['iso3'] or row['gwcode']}, in office from {row['start']:%Y-%m})"


def find_leader(query: str, running: pd.DataFrame, everyone: pd.DataFrame, as_of: int) -> pd.Series:
    """The spell in ``running`` (leaders in office, with ``iso3``) that ``query`` names.

    Raises InputError listing the choices when several match, suggestions when none does, and
    the spell's dates when the leader is on record but not in office at ``as_of``.
    """
    ranked = rank_names(query, running["leader"], limit=10)
    matches = [(i, s) for i, s in ranked if s >= MATCH_SCORE]
    if matches:
        best = matches[0][1]
        close = [i for i, s in matches if s > best - CLEAR_LEAD]
        if len(close) == 1:
            return running.iloc[close[0]]
        choices = "; ".join(_describe(running.iloc[i]) for i in close)
        raise InputError(
            f"{query!r} matches several leaders in office at {format_month(as_of)}: {choices}. "
            "Give a fuller name or --country ISO3"
        )
    elsewhere = [(i, s) for i, s in rank_names(query, everyone["leader"], limit=3)
                 if s >= MATCH_SCORE]  # fmt: skip
    if elsewhere:
        spell = everyone.iloc[elsewhere[0][0]]
        raise InputError(
            f"{spell['leader']} was in office {spell['start']:%Y-%m} to {spell['end']:%Y-%m}, "
            f"not at {format_month(as_of)}; pick an --as-of inside that spell"
        )
    close = [running.iloc[i]["leader"] for i, s in ranked if s >= SUGGEST_SCORE][:5]
    hints = close or [running.iloc[i]["leader"] for i, _ in ranked[:3]]
    label = "did you mean" if close else "closest names on record"
    hint = f"; {label}: {', '.join(hints)}" if hints else ""
    raise InputError(f"no leader in office at {format_month(as_of)} matches {query!r}{hint}")
