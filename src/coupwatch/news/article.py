"""The common article type produced by every reader."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    """One news story: its text plus whatever metadata the source gave."""

    id: str
    text: str
    title: str = ""
    url: str | None = None
    date: str | None = None
    source: str | None = None
