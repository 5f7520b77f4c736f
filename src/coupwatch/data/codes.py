"""Country-code conversion to Gleditsch–Ward codes.

COW codes go through the COW→G&W state-year crosswalk (``cow_gw_crosswalk`` source). A code
outside the crosswalk's years (a coup the year before COW lists the state, say) falls back to the
one G&W code the crosswalk ever gives that COW code. Known miscodings in a source are corrected by
its declared ``code_fixes``. Anything else is an error that lists the rows.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from coupwatch.data.reader import listed_lines
from coupwatch.data.spec import SourceSpec
from coupwatch.errors import InputError


class CodeConverter:
    """Converts a source's country codes to G&W codes, given the crosswalk and the G&W list."""

    def __init__(self, crosswalk: pd.DataFrame | None, gw_codes: set[int] | None) -> None:
        self.gw_codes = gw_codes
        self.by_year: dict[tuple[int, int], int] = {}
        self.by_code: dict[int, int] = {}
        if crosswalk is not None:
            cw = crosswalk.dropna(subset=["ccode", "gwcode"])
            pairs = zip(cw["ccode"].astype(int), cw["year"].astype(int), strict=True)
            self.by_year = dict(zip(pairs, cw["gwcode"].astype(int), strict=True))
            unique = cw.groupby("ccode")["gwcode"].nunique()
            single = cw[cw["ccode"].isin(unique[unique == 1].index)]
            self.by_code = dict(
                zip(single["ccode"].astype(int), single["gwcode"].astype(int), strict=False)
            )

    def convert(
        self, frame: pd.DataFrame, spec: SourceSpec, lines: np.ndarray, path: Path | None = None
    ) -> pd.Series:
        """Return the G&W code of every row, raising :class:`InputError` for unconvertible ones.

        Error messages name ``path`` (the file the rows came from) when it is given.
        """
        assert spec.code_column is not None
        codes = frame[spec.code_column]
        years = frame[spec.year_column] if spec.year_column else pd.Series(pd.NA, frame.index)
        if spec.code_system == "gw":
            if self.gw_codes is None:
                raise InputError(
                    f"{spec.name}: the Gleditsch–Ward state list (source gw_states) must be "
                    "imported first or in the same import"
                )
            result = codes.astype("Int64")
            unknown = result.notna() & ~result.isin(list(self.gw_codes))
        else:
            if not self.by_year:
                raise InputError(
                    f"{spec.name}: its COW codes need the COW→G&W crosswalk (source "
                    "cow_gw_crosswalk), which must be imported first or in the same import"
                )
            converted = []
            for code, year in zip(codes, years, strict=True):
                if pd.isna(code):
                    converted.append(pd.NA)
                    continue
                code_i = int(code)
                year_i = None if pd.isna(year) else int(year)
                gw = spec.code_fixes.get((code_i, year_i), spec.code_fixes.get((code_i, None)))
                if gw is None and year_i is not None:
                    gw = self.by_year.get((code_i, year_i))
                if gw is None:
                    gw = self.by_code.get(code_i)
                converted.append(pd.NA if gw is None else gw)
            result = pd.Series(converted, index=frame.index, dtype="Int64")
            unknown = codes.notna() & result.isna()
        if unknown.any():
            idx = np.flatnonzero(unknown.to_numpy())
            values = [str(codes.iloc[i]) for i in idx]
            system = "Gleditsch–Ward" if spec.code_system == "gw" else "COW"
            raise InputError(
                f"{path or spec.name}: field {spec.code_column!r} holds {system} country codes "
                "that cannot be converted to a Gleditsch–Ward state: "
                f"{listed_lines(lines[idx], values)}"
            )
        return result
