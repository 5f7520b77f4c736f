"""Leader risk for other parts of coupwatch (the news layer): one call, plain dictionaries."""

from __future__ import annotations

from coupwatch.leaders.frame import load_leader_data
from coupwatch.leaders.risk import forecast_leaders, records
from coupwatch.panel.months import parse_month
from coupwatch.store import open_store


def leader_risk_for_country(
    gwcode: int, as_of: str | None = None, horizon: int = 12
) -> dict | None:
    """Risk of the leader in office in state ``gwcode`` at ``as_of`` (YYYY-MM; default: the end
    of the data), or None when no leader is on record. Keys as in ``coupwatch leader --format
    json``; when several leaders share power, the longest-serving one is returned."""
    with open_store(read_only=True) as store:
        data = load_leader_data(store)
    month = None if as_of is None else parse_month(as_of, "as_of")
    table = forecast_leaders(data, month, horizon, gwcode=gwcode).table()
    if table.empty:
        return None
    return records(table.head(1))[0]
