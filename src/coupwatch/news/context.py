"""Set an article beside the record: the country's forecast risk and leader risk, if available."""

from __future__ import annotations

from coupwatch.config import store_path
from coupwatch.errors import CoupwatchError

NO_FORECAST = "no forecast available: run `coupwatch forecast` first"
_UNAVAILABLE = (CoupwatchError, ImportError, LookupError, OSError, ValueError, TypeError)


def _forecast(gwcode: int) -> dict | None:
    from coupwatch.forecast import country_risk
    from coupwatch.store import open_store

    if not store_path().exists():
        return None
    with open_store(read_only=True) as store:
        return country_risk(store, gwcode)


def _leader(gwcode: int, as_of: str | None) -> dict | None:
    from coupwatch.leaders.api import leader_risk_for_country

    return leader_risk_for_country(gwcode, as_of)


def risk_context(gwcode: int, as_of: str | None) -> dict | None:
    """Forecast and leader risk for ``gwcode`` as of ``as_of`` (YYYY-MM), or None if unavailable.

    Either part may be missing (module not built, store empty, no model run yet); if both are,
    the result is None.
    """
    parts: dict[str, object] = {"gwcode": gwcode, "as_of": as_of}
    for name, getter in (
        ("forecast", lambda: _forecast(gwcode)),
        ("leader", lambda: _leader(gwcode, as_of)),
    ):
        try:
            value = getter()
        except _UNAVAILABLE:
            value = None
        if value is not None:
            parts[name] = value
    return parts if len(parts) > 2 else None
