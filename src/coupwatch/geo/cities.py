"""The packaged city table (``cities.csv``): major cities and military towns per G&W state.

Columns: ``gwcode``, ``city`` and ``role``. The capital itself is in ``countries.csv``; this
table adds each state's largest cities, well-known military towns and bases, regions that news
uses like cities ("Darfur", "Niger Delta") and a few alternative spellings of capitals.

``role`` is one of :data:`ROLES`:

* ``""`` — an ordinary city;
* ``capital`` — another spelling of the capital ("Kiev", "Naypyitaw"), the seat of government
  where it is not the official capital ("La Paz", "Abidjan", "The Hague"), or a landmark of
  the capital that stands for it ("Aso Rock", "Casa Rosada");
* ``ambiguous`` — a name also used for places elsewhere, for people or as a word ("Santa Cruz",
  "Gao", "Florence"). A name listed under more than one state is always ``ambiguous``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import pandas as pd

from coupwatch.errors import InputError
from coupwatch.geo.countries import load_countries

ROLES: tuple[str, ...] = ("", "capital", "ambiguous")
"""The allowed values of the ``role`` column."""


@cache
def _table() -> pd.DataFrame:
    source = resources.files("coupwatch.geo").joinpath("cities.csv")
    with source.open("r", encoding="utf-8") as handle:
        frame = pd.read_csv(handle, dtype=str, keep_default_na=False)
    frame = frame.astype({"gwcode": int})
    _check(frame)
    return frame


def _check(frame: pd.DataFrame) -> None:
    """Raise :class:`InputError` if the table breaks the rules in the module notes."""
    bad_roles = set(frame["role"]) - set(ROLES)
    if bad_roles:
        raise InputError(f"cities.csv: unknown role(s) {sorted(bad_roles)}")
    unknown = set(frame["gwcode"]) - set(load_countries()["gwcode"])
    if unknown:
        raise InputError(f"cities.csv: gwcode(s) not in the country table: {sorted(unknown)}")
    shared = frame[frame.duplicated("city", keep=False)]
    if (shared["role"] != "ambiguous").any():
        names = sorted(set(shared.loc[shared["role"] != "ambiguous", "city"]))
        raise InputError(f"cities.csv: names listed twice must be ambiguous: {names}")


def load_cities() -> pd.DataFrame:
    """Return the city table (``gwcode`` int; ``city`` and ``role`` strings), in file order.

    The CSV is read and checked once; each call returns a fresh copy.
    """
    return _table().copy()
