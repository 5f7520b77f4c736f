"""Turn an official download (R data, Stata or zip file) into the CSV file a source reads.

Conversion only changes formatting: whole-number numeric columns are written without ``.0``,
dates as ISO ``YYYY-MM-DD`` and missing values as empty fields, so an R data file converts to
the same bytes as the CSV copies kept beside the originals.
"""

from __future__ import annotations

import zipfile
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

import pandas as pd
import pyreadr
from pyreadr.custom_errors import LibrdataError, PyreadrError

from coupwatch.errors import SourceUnavailableError


def frame_to_csv(frame: pd.DataFrame, target: Path) -> None:
    """Write ``frame`` as UTF-8 CSV with whole numbers as integers and dates as ISO dates."""
    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if values.dtype.kind == "f":
            present = values.dropna()
            if not present.empty and bool((present % 1 == 0).all()):
                out[column] = values.astype("Int64")
        elif values.dtype.kind == "M":
            out[column] = values.dt.strftime("%Y-%m-%d")
    out.to_csv(target, index=False, na_rep="", lineterminator="\n", encoding="utf-8")


def rda_to_csv(source: Path, target: Path, member: str | None = None) -> None:
    """Convert the data frame in an R data file (or the one named ``member``) to CSV."""
    try:
        objects = pyreadr.read_r(str(source))
    except (LibrdataError, PyreadrError, ValueError, OSError) as exc:
        raise SourceUnavailableError(f"{source.name}: not a readable R data file ({exc})") from exc
    if member is not None:
        if member not in objects:
            raise SourceUnavailableError(
                f"{source.name}: the R data file has no object {member!r} "
                f"(it holds {', '.join(objects) or 'nothing'})"
            )
        frame = objects[member]
    elif len(objects) == 1:
        frame = next(iter(objects.values()))
    else:
        raise SourceUnavailableError(
            f"{source.name}: expected one data frame in the R data file, found "
            f"{len(objects)} ({', '.join(objects)})"
        )
    frame_to_csv(frame, target)


def dta_to_csv(source: Path, target: Path) -> None:
    """Convert a Stata file to CSV, keeping value codes rather than their labels."""
    try:
        frame = pd.read_stata(source, convert_categoricals=False)
    except (ValueError, OSError) as exc:
        raise SourceUnavailableError(f"{source.name}: not a readable Stata file ({exc})") from exc
    frame_to_csv(frame, target)


def extract_member(source: Path, folder: Path, pattern: str) -> Path:
    """Extract the one zip member whose file name matches ``pattern`` into ``folder``."""
    try:
        with zipfile.ZipFile(source) as archive:
            names = [
                name
                for name in archive.namelist()
                if not name.endswith("/")
                and fnmatch(PurePosixPath(name).name.lower(), pattern.lower())
            ]
            if len(names) != 1:
                found = "none" if not names else ", ".join(names)
                raise SourceUnavailableError(
                    f"{source.name}: expected one file matching {pattern!r} in the zip archive, "
                    f"found {found}"
                )
            target = folder / PurePosixPath(names[0]).name
            target.write_bytes(archive.read(names[0]))
    except (zipfile.BadZipFile, OSError) as exc:
        raise SourceUnavailableError(f"{source.name}: not a readable zip archive ({exc})") from exc
    return target
