"""Month arithmetic on integer month indices (``year * 12 + month - 1``).

Integer indices keep the panel's joins and windows vectorised; pandas Periods are used only
at the edges, for display.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from coupwatch.errors import InputError

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def month_index(year: int | np.ndarray | pd.Series, month: int | np.ndarray | pd.Series):
    """Integer index of a (year, month) pair; works element-wise on arrays."""
    return year * 12 + (month - 1)


def parse_month(text: str, field: str = "month") -> int:
    """Parse ``YYYY-MM`` into a month index, raising InputError naming ``field`` otherwise."""
    match = _MONTH.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise InputError(f"{field} {text!r} is not a month; expected YYYY-MM, e.g. 2019-12")
    return month_index(int(match.group(1)), int(match.group(2)))


def format_month(index: int) -> str:
    """``YYYY-MM`` for a month index."""
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def year_of(index: np.ndarray | pd.Series | int):
    """Calendar year of month indices."""
    return index // 12


def of_dates(dates: pd.Series) -> pd.Series:
    """Month indices of a datetime Series (missing stays missing)."""
    return (dates.dt.year * 12 + dates.dt.month - 1).astype("Int64")
