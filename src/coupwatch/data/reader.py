"""Read a source file strictly: encoding, CSV shape, columns, types and duplicates.

The standard-library ``csv`` reader is used instead of ``pandas.read_csv`` for the first pass
because pandas silently pads a short (truncated) last row with empty fields and cannot report the
physical line of a bad field; we need both to give a precise error.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from coupwatch.data.spec import SourceSpec
from coupwatch.errors import InputError

_MAX_LISTED = 5
#: Whole numbers are read through floats, exact only below 2**53 in magnitude.
_MAX_EXACT_INT = 2**53
_DATE = r"\d{4}-\d{2}-\d{2}"


@dataclass(frozen=True)
class RawTable:
    """A file's rows as text with the physical line number of each row."""

    path: Path
    header: list[str]
    frame: pd.DataFrame
    lines: np.ndarray
    sha256: str


def decode_text(path: Path, raw: bytes, encoding: str) -> str:
    """Decode ``raw`` strictly, naming the line of the first undecodable byte."""
    if not raw.strip():
        raise InputError(f"{path}: the file is empty; expected a CSV file with a header row")
    if b"\x00" in raw[:65536]:
        raise InputError(
            f"{path}: this is a binary file (it contains NUL bytes); expected text CSV"
        )
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{path}, line {line}: byte 0x{raw[exc.start]:02x} is not valid {encoding.upper()}; "
            f"expected {encoding.upper()}-encoded text"
        ) from exc


def delimiter_for(spec: SourceSpec, first_line: str) -> str:
    """The source's delimiter; ``auto`` picks tab when the header has one, else comma."""
    if spec.delimiter != "auto":
        return spec.delimiter
    return "\t" if "\t" in first_line else ","


def read_header(path: Path, spec: SourceSpec) -> list[str]:
    """The header row of a file, decoded with the source's encoding (empty if unreadable)."""
    try:
        with path.open("rb") as handle:
            first = handle.readline(1 << 16)
    except OSError:
        return []
    text = first.decode(spec.encoding, errors="replace").lstrip("\ufeff").rstrip("\r\n")
    try:
        row = next(csv.reader([text], delimiter=delimiter_for(spec, text)), [])
    except csv.Error:  # not a text header (a binary file, say): read_rows will say why
        return []
    return [h.strip() for h in row]


def read_rows(path: Path, spec: SourceSpec) -> RawTable:
    """Read a delimited file into text columns, refusing malformed or truncated rows."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror})") from exc
    text = decode_text(path, raw, spec.encoding).lstrip("\ufeff")
    delimiter = delimiter_for(spec, text.split("\n", 1)[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    lines: list[int] = []
    try:
        header = [h.strip() for h in next(reader)]
        for row in reader:
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if len(row) != len(header):
                truncated = reader.line_num == text.rstrip("\r\n").count("\n") + 1
                hint = "; the file looks truncated" if truncated else ""
                raise InputError(
                    f"{path}, line {reader.line_num}: {len(row)} fields, expected {len(header)} "
                    f"(the header's columns){hint}"
                )
            rows.append(row)
            lines.append(reader.line_num)
    except csv.Error as exc:
        raise InputError(
            f"{path}, line {reader.line_num}: malformed CSV ({exc}); the file may be truncated"
        ) from exc
    repeated = sorted({h for h in header if h and header.count(h) > 1})
    if repeated:
        raise InputError(
            f"{path}, line 1: column(s) {', '.join(repeated)} appear more than once in the "
            "header; expected each column name once"
        )
    missing = [c for c in spec.columns if c not in header]
    if missing:
        raise InputError(
            f"{path}: missing column(s) {', '.join(missing)}; a {spec.title} file must have "
            f"columns {', '.join(spec.columns)}"
        )
    if not rows:
        raise InputError(f"{path}: the file has a header but no data rows")
    names = [h if h else f"unnamed_{i}" for i, h in enumerate(header)]
    frame = pd.DataFrame(rows, columns=names, dtype=object)
    return RawTable(path, header, frame, np.asarray(lines), hashlib.sha256(raw).hexdigest())


def listed_lines(lines: np.ndarray, values: list[str] | None = None) -> str:
    """A short list of line numbers (with values) for an error message."""
    shown = [
        f"line {line}" + (f" ({values[i]!r})" if values is not None else "")
        for i, line in enumerate(lines[:_MAX_LISTED])
    ]
    more = f" and {len(lines) - _MAX_LISTED} more" if len(lines) > _MAX_LISTED else ""
    return ", ".join(shown) + more


def _bad_rows_message(table: RawTable, mask: np.ndarray, column: str, expected: str) -> str:
    idx = np.flatnonzero(mask)
    values = [str(table.frame[column].iloc[i]) for i in idx[:_MAX_LISTED]]
    shown = listed_lines(table.lines[idx], values)
    return f"{table.path}: field {column!r} expected {expected}: {shown}"


def typed_frame(table: RawTable, spec: SourceSpec) -> pd.DataFrame:
    """Convert the declared columns to their types; undeclared columns stay text."""
    frame = table.frame.copy()
    na = set(spec.na_values)
    for column in frame.columns:
        values = frame[column].astype(str).str.strip()
        frame[column] = values.where(~values.isin(na), None)
    for column, kind in spec.columns.items():
        values = frame[column]
        present = values.notna().to_numpy()
        if kind in ("int", "float"):
            numbers = pd.to_numeric(values, errors="coerce")
            bad = present & numbers.isna().to_numpy()
            if kind == "int":
                whole = np.isclose(numbers.fillna(0) % 1, 0)
                bad |= present & ~(whole & (numbers.abs() < _MAX_EXACT_INT).to_numpy())
            if bad.any():
                expected = "a whole number" if kind == "int" else "a number"
                raise InputError(_bad_rows_message(table, bad, column, expected))
            frame[column] = numbers.astype("Int64") if kind == "int" else numbers.astype(float)
        elif kind == "bool":
            lowered = values.str.lower()
            bad = present & ~lowered.isin(["true", "false", "1", "0"]).to_numpy()
            if bad.any():
                raise InputError(_bad_rows_message(table, bad, column, "TRUE or FALSE"))
            frame[column] = lowered.map({"true": True, "1": True, "false": False, "0": False})
        elif kind == "date":
            iso = values.where(values.str.fullmatch(_DATE, na=False))
            dates = pd.to_datetime(iso, format="%Y-%m-%d", errors="coerce")
            bad = present & dates.isna().to_numpy()
            if bad.any():
                raise InputError(_bad_rows_message(table, bad, column, "a date YYYY-MM-DD"))
            frame[column] = dates
    for column, (low, high) in spec.value_ranges.items():
        numbers = pd.to_numeric(frame[column], errors="coerce")
        bad = (numbers.notna() & ((numbers < low) | (numbers > high))).to_numpy()
        if bad.any():
            raise InputError(_bad_rows_message(table, bad, column, f"a value from {low} to {high}"))
    if spec.key:
        duplicated = frame.duplicated(list(spec.key), keep=False).to_numpy()
        if duplicated.any():
            key = ", ".join(spec.key)
            shown = listed_lines(table.lines[np.flatnonzero(duplicated)])
            raise InputError(
                f"{table.path}: duplicate rows ({shown}); expected one row per ({key})"
            )
    return frame
