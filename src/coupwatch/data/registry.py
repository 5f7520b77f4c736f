"""Every source coupwatch knows, in the order they must be imported."""

from __future__ import annotations

from pathlib import Path

from coupwatch.data import archigos, cline, covariates, crosswalk, powell_thyne, reign, states
from coupwatch.data.reader import read_header
from coupwatch.data.spec import SourceSpec
from coupwatch.errors import InputError

SOURCES: tuple[SourceSpec, ...] = (
    states.GW_STATES,
    states.COW_STATES,
    crosswalk.SPEC,
    powell_thyne.SPEC,
    cline.SPEC,
    archigos.SPEC,
    reign.LEADERS,
    reign.REGIMES,
    reign.ELECTIONS,
    covariates.DEMOCRACY,
    covariates.GDP_POP,
    covariates.INFANT_MORTALITY,
    covariates.ARMED_CONFLICT,
)

BY_NAME: dict[str, SourceSpec] = {spec.name: spec for spec in SOURCES}

#: The sources the country forecast cannot do without.
REQUIRED_FOR_PANEL = ("gw_states", "cow_gw_crosswalk", "powell_thyne")


def source(name: str) -> SourceSpec:
    """Look a source up by name."""
    try:
        return BY_NAME[name]
    except KeyError:
        known = ", ".join(BY_NAME)
        raise InputError(f"unknown source {name!r}; known sources: {known}") from None


def recognise(path: Path, by_header: bool = True) -> SourceSpec | None:
    """The source a file is, judged by its name and then (if ``by_header``) its header.

    A file whose name fits a source but whose header lacks that source's columns is still
    returned as that source, so that validation can say which columns are missing. Folder scans
    pass ``by_header=False`` so that look-alike tables (a G&W→COW crosswalk beside the COW→G&W
    one, say) are not taken for a source.
    """
    by_name = [spec for spec in SOURCES if spec.matches_name(path.name)]
    if by_name:
        for spec in by_name:
            if spec.matches_columns(read_header(path, spec)):
                return spec
        return by_name[0]
    if not by_header or path.suffix.lower() not in (".csv", ".txt", ".tsv"):
        return None
    for spec in SOURCES:
        if spec.matches_columns(read_header(path, spec)):
            return spec
    return None
