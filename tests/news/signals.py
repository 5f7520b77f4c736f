"""The one helper the rule tests share: which signals the rules find, with modality.

The rule tests read the rules alone (``check=False``); the learned check that may drop a
rule-found sign for the whole article is tested on its own, in ``test_signal_check.py``.
"""

from __future__ import annotations

from coupwatch.news.article import Article
from coupwatch.news.extract import extract
from coupwatch.news.gazetteer import Gazetteer


def signals_in(
    gazetteer: Gazetteer, text: str, title: str = "", when: str = "2024-05-14"
) -> dict[str, str]:
    """Signal type → modality the rules find in a one-off article dated ``when``."""
    found = extract(Article("t", text, title, date=when), gazetteer, check=False).signals
    return {s.type: s.modality for s in found}
