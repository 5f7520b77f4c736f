"""The packaged country table (``countries.csv``): one row per Gleditsch–Ward (G&W) state code.

Columns: ``gwcode``, ``gwc`` (G&W abbreviation), ``name`` (plain English common name), ``iso3``,
``region`` (one of :data:`REGIONS`), ``capital`` (current or last), ``demonyms`` and ``aliases``
(both ``|``-separated; empty when there are none).

Code decisions in ``iso3``:

* Current states carry their ISO 3166-1 alpha-3 code. States that no longer exist carry their
  ISO 3166-3 former code where one exists: 265 East Germany ``DDR``, 315 Czechoslovakia ``CSK``,
  345 Yugoslavia ``YUG`` (G&W's 345 runs 1918–2006, so it also covers Serbia and Montenegro;
  340 Serbia, 1878–1915 and from 2006, is ``SRB``), 680 South Yemen ``YMD``.
* Where G&W continues a state under one code the current ISO code is used: 365 Russia/USSR
  ``RUS``, 678 Yemen Arab Republic/Yemen ``YEM``, 816 North Vietnam/Vietnam ``VNM``, 490 Zaire/DR
  Congo ``COD``, 510 Tanganyika/Tanzania ``TZA``.
* Two codes are shared by a historical G&W state and its single, same-named modern successor:
  ``DEU`` (255 German Reich, 260 Germany) and ``VNM`` (815 Annam, 816 Vietnam). For these
  :func:`gwcode_for_iso3` returns the current state (:data:`CURRENT_FOR_SHARED_ISO3`).
* States with no ISO code get a code from the ISO user-assigned range ``XAA``–``XZZ``: 347 Kosovo
  ``XKX`` (the code used by the EU and IMF), 817 South Vietnam ``XSV``, 511 Zanzibar ``XZN``,
  396 Abkhazia ``XAB``, 397 South Ossetia ``XSO``, 711 Tibet ``XTB``, 730 Korea before 1910
  ``XKR``, and the pre-1900 states (89 ``XCA``, 99 ``XGC``, 240 ``XHV``, 245 ``XBV``, 267 ``XBD``,
  269 ``XSX``, 271 ``XWT``, 273 ``XHK``, 275 ``XHD``, 280 ``XMS``, 300 ``XAH``, 327 ``XPS``,
  329 ``XTS``, 332 ``XMD``, 335 ``XPR``, 337 ``XTC``, 563 ``XTV``, 564 ``XOF``).

Names and aliases never repeat across rows (compared case-insensitively), so a name found in text
points at one state. Ambiguous short forms are left out on purpose: plain "Congo" (used by news
agencies for both Congos) and plain "Korea" are nobody's alias. Demonyms may be shared (e.g.
"Congolese", "Korean", "Dominican"), and some aliases contain other rows' names ("Republic of the
Congo" inside "Democratic Republic of the Congo"), so text matchers should prefer the longest match.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import pandas as pd

from coupwatch.errors import InputError

REGIONS: tuple[str, ...] = (
    "North America",
    "Latin America & Caribbean",
    "Western Europe",
    "Eastern Europe & Central Asia",
    "Middle East & North Africa",
    "Sub-Saharan Africa",
    "South Asia",
    "East Asia & Pacific",
)
"""The allowed values of the ``region`` column."""

CURRENT_FOR_SHARED_ISO3: dict[str, int] = {"DEU": 260, "VNM": 816}
"""ISO3 codes given to more than one G&W state, mapped to the current (most recent) one."""

FORMER_ISO3: dict[str, str] = {
    "BUR": "MMR",  # Burma
    "BYS": "BLR",  # Byelorussian SSR
    "DHY": "BEN",  # Dahomey
    "HVO": "BFA",  # Upper Volta
    "NHB": "VUT",  # New Hebrides
    "RHO": "ZWE",  # Southern Rhodesia
    "ROM": "ROU",  # Romania before 2002 (a recoding, not an ISO 3166-3 entry)
    "SCG": "YUG",  # Serbia and Montenegro (2003-2006, inside G&W 345)
    "SUN": "RUS",  # USSR (G&W 365 continues as Russia)
    "TMP": "TLS",  # East Timor
    "VDR": "VNM",  # Democratic Republic of Viet-Nam (G&W 816)
    "ZAR": "COD",  # Zaire
}
"""Former ISO alpha-3 codes (ISO 3166-3, plus ``ROM``) of states listed under another code."""


@cache
def _table() -> pd.DataFrame:
    source = resources.files("coupwatch.geo").joinpath("countries.csv")
    with source.open("r", encoding="utf-8") as handle:
        frame = pd.read_csv(handle, dtype=str, keep_default_na=False)
    return frame.astype({"gwcode": int})


@cache
def _by_gwcode() -> dict[int, dict[str, str]]:
    return {int(row["gwcode"]): row for row in _table().to_dict("records")}


@cache
def _by_iso3() -> dict[str, int]:
    index: dict[str, int] = {}
    for gwcode, iso3 in zip(_table()["gwcode"], _table()["iso3"], strict=True):
        if iso3 in index and iso3 not in CURRENT_FOR_SHARED_ISO3:
            raise ValueError(f"countries.csv: iso3 {iso3} is used twice but not declared shared")
        index[iso3] = CURRENT_FOR_SHARED_ISO3.get(iso3, int(gwcode))
    return index


def load_countries() -> pd.DataFrame:
    """Return the country table, one row per G&W state code, sorted by ``gwcode``.

    The CSV is read once; each call returns a fresh copy, so callers may modify it.
    ``gwcode`` is an ``int`` column, all others are strings (empty string when blank).
    """
    return _table().copy()


def _row(gwcode: int) -> dict[str, str]:
    row = _by_gwcode().get(int(gwcode))
    if row is None:
        raise InputError(f"{gwcode} is not a Gleditsch–Ward state code in the country table")
    return row


def iso3_for(gwcode: int) -> str | None:
    """Return the ISO alpha-3 code (see the module notes) of a G&W state, or ``None`` if unknown."""
    row = _by_gwcode().get(int(gwcode))
    return None if row is None else row["iso3"]


def gwcode_for_iso3(iso3: str) -> int | None:
    """Return the G&W code for an ISO alpha-3 code (any case), or ``None`` if unknown.

    Former ISO codes in :data:`FORMER_ISO3` (``SUN``, ``ZAR``, ...) are accepted. A code shared by
    several G&W states over time gives the current one (``DEU`` → 260, ``VNM`` → 816).
    """
    code = iso3.strip().upper()
    return _by_iso3().get(FORMER_ISO3.get(code, code))


def country_name(gwcode: int) -> str:
    """Return the plain English name of a G&W state; raise :class:`InputError` if unknown."""
    return _row(gwcode)["name"]


def region_for(gwcode: int) -> str:
    """Return the region (one of :data:`REGIONS`) of a G&W state.

    Raises :class:`InputError` if the code is not in the table.
    """
    return _row(gwcode)["region"]
