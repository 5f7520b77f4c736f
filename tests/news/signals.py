"""The one helper the rule tests share: which signals an extraction finds, with modality."""

from __future__ import annotations

from coupwatch.news.article import Article
from coupwatch.news.extract import extract
from coupwatch.news.gazetteer import Gazetteer


def signals_in(
    gazetteer: Gazetteer, text: str, title: str = "", when: str = "2024-05-14"
) -> dict[str, str]:
    """Signal type → modality for a one-off article dated ``when``."""
    found = extract(Article("t", text, title, date=when), gazetteer).signals
    return {s.type: s.modality for s in found}
