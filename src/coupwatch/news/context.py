"""Set an article beside the record: the country's forecast risk and leader risk, if available.

A story is compared with what the record said just before it: the forecast is made as of the
month before the article's date (or the latest month of data, for undated or newer stories).
"""

from __future__ import annotations

from coupwatch.config import store_path
from coupwatch.errors import CoupwatchError

NO_FORECAST = "no forecast available: run `coupwatch forecast` first"
_UNAVAILABLE = (CoupwatchError, ImportError, LookupError, OSError)


def _forecast(gwcode: int, article_month: str | None) -> dict | None:
    from coupwatch.forecast import MIN_TRAINING_YEARS, forecast
    from coupwatch.panel.build import PANEL_START, build_panel, load_tables
    from coupwatch.panel.months import format_month, parse_month
    from coupwatch.store import open_store

    if not store_path().exists():
        return None
    with open_store(read_only=True) as store:
        panel = build_panel(load_tables(store))
    as_of = panel.data_end
    if article_month is not None:
        earliest = PANEL_START + 12 * MIN_TRAINING_YEARS
        as_of = min(max(parse_month(article_month, "article date") - 1, earliest), as_of)
    table = forecast(panel, as_of, 12).table
    rows = table[table["gwcode"] == gwcode]
    if rows.empty:
        return None
    row = rows.iloc[0].to_dict()
    row["as_of"] = format_month(as_of)
    row["n_countries"] = len(table)
    row["base_rate"] = float(table["p_attempt"].mean())
    return row


def _leader(gwcode: int, as_of: str | None) -> dict | None:
    from coupwatch.leaders.api import leader_risk_for_country

    return leader_risk_for_country(gwcode, as_of)


def risk_context(gwcode: int, as_of: str | None) -> dict | None:
    """Forecast and leader risk for ``gwcode`` as the record stood before ``as_of`` (the
    article's YYYY-MM), or None if unavailable.

    Either part may be missing (store empty, no leader on record); if both are, the result is
    None.
    """
    parts: dict[str, object] = {"gwcode": gwcode, "as_of": as_of}
    try:
        forecast = _forecast(gwcode, as_of)
    except _UNAVAILABLE:
        forecast = None
    if forecast is not None:
        parts["forecast"] = forecast
        parts["as_of"] = forecast["as_of"]
    try:
        leader = _leader(gwcode, parts["as_of"])  # type: ignore[arg-type]
    except _UNAVAILABLE:
        leader = None
    if leader is not None:
        parts["leader"] = leader
    return parts if len(parts) > 2 else None
