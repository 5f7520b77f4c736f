"""The declaration every data source makes: citation, URL, files, columns, country codes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from fnmatch import fnmatch
from typing import Literal

import pandas as pd

ColumnType = Literal["int", "float", "str", "date", "bool"]
CodeSystem = Literal["gw", "cow", "none"]
#: How the official file is distributed: delimited text as read, an R data file, a Stata file or
#: a zip archive holding the text file.
DownloadFormat = Literal["csv", "tsv", "rda", "dta", "zip"]


@dataclass(frozen=True)
class SourceSpec:
    """Everything coupwatch knows about one public dataset file.

    ``url`` is the page (or file) the authors document; ``download_url`` is the file that
    ``coupwatch data fetch`` downloads, in ``download_format``, with ``download_member`` naming
    the R object or zip member to take when the file holds several. ``columns`` lists the
    columns the file must have with their types; other columns are kept as text. ``normalise``
    turns the validated frame (with ``gwcode`` already added when the source has country codes)
    into the table that is stored.
    """

    name: str
    title: str
    citation: str
    url: str
    licence: str | None
    file_patterns: tuple[str, ...]
    columns: dict[str, ColumnType]
    code_system: CodeSystem
    code_column: str | None = None
    year_column: str | None = None
    gw_override_column: str | None = None
    key: tuple[str, ...] = ()
    encoding: str = "utf-8"
    delimiter: str = ","
    na_values: tuple[str, ...] = ("", "NA")
    depends_on: tuple[str, ...] = ()
    code_fixes: dict[tuple[int, int | None], int] = field(default_factory=dict)
    value_ranges: dict[str, tuple[float, float]] = field(default_factory=dict)
    prepare: Callable[[pd.DataFrame], pd.DataFrame] | None = None
    normalise: Callable[[pd.DataFrame], pd.DataFrame] | None = None
    date_range: Callable[[pd.DataFrame], tuple[object, object]] | None = None
    download_url: str | None = None
    download_format: DownloadFormat = "csv"
    download_member: str | None = None

    def matches_name(self, file_name: str) -> bool:
        """Whether a file name looks like this source."""
        lower = file_name.lower()
        return any(fnmatch(lower, pattern.lower()) for pattern in self.file_patterns)

    def matches_columns(self, header: list[str]) -> bool:
        """Whether a header holds every expected column."""
        return set(self.columns) <= set(header)

    def version_from(self, file_name: str, frame: pd.DataFrame) -> str | None:
        """Best-effort version label from a ``version`` column or the file name."""
        if "version" in frame.columns and frame["version"].notna().any():
            return str(frame["version"].dropna().iloc[-1]).strip('"')
        match = re.search(r"[vV](\d{4}\.\d{2}\.\d{2}|\d+(?:[._]\d+)+)", file_name)
        if match:
            return f"v{match.group(1)}"
        # A bare dotted number after a separator, as in Archigos_4.1.csv.
        match = re.search(r"[_-](\d+(?:\.\d+)+)(?=[._-])", file_name)
        return f"v{match.group(1)}" if match else None


def year_range(column: str = "year") -> Callable[[pd.DataFrame], tuple[object, object]]:
    """A ``date_range`` function spanning 1 January of the first to 31 December of the last year."""

    def _range(frame: pd.DataFrame) -> tuple[object, object]:
        years = frame[column].dropna()
        if years.empty:
            return None, None
        return pd.Timestamp(int(years.min()), 1, 1).date(), pd.Timestamp(
            int(years.max()), 12, 31
        ).date()

    return _range


def date_span(start: str, end: str) -> Callable[[pd.DataFrame], tuple[object, object]]:
    """A ``date_range`` function from the earliest ``start`` to the latest ``end`` date."""

    def _range(frame: pd.DataFrame) -> tuple[object, object]:
        first = pd.to_datetime(frame[start], errors="coerce").min()
        last = pd.to_datetime(frame[end], errors="coerce").max()
        return (
            None if pd.isna(first) else first.date(),
            None if pd.isna(last) else last.date(),
        )

    return _range
