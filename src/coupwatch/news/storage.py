"""Keep extracted articles and their signals in the DuckDB store, by country and month.

``news_articles`` has one row per article id; ``news_signals`` one row per (article, signal type,
subject country), with ``found_by`` saying whether the rules or the missed-sign model found it.
Saving an article again replaces its rows in one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime

import pandas as pd

from coupwatch.news.extract import Extraction
from coupwatch.store import Store

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS news_articles (
        id TEXT PRIMARY KEY,
        title TEXT,
        url TEXT,
        date TEXT,
        month TEXT,
        source TEXT,
        countries TEXT NOT NULL,
        modality TEXT NOT NULL,
        hedges INTEGER NOT NULL,
        sources TEXT NOT NULL,
        extracted_at TIMESTAMP NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS news_signals (
        article_id TEXT NOT NULL,
        country TEXT,
        gwcode INTEGER,
        month TEXT,
        type TEXT NOT NULL,
        modality TEXT NOT NULL,
        confidence DOUBLE NOT NULL,
        evidence TEXT NOT NULL,
        found_by TEXT NOT NULL DEFAULT 'rules'
    )""",
    # Stores written before signs could come from the missed-sign model: all theirs are the rules'.
    "ALTER TABLE news_signals ADD COLUMN IF NOT EXISTS found_by TEXT DEFAULT 'rules'",
)


def ensure_tables(store: Store) -> None:
    """Create the news tables if they do not exist yet."""
    for statement in SCHEMA:
        store.con.execute(statement)


def _month(value: str | None) -> str | None:
    return value[:7] if value and len(value) >= 7 and value[4] == "-" else None


def save_extractions(store: Store, extractions: Iterable[Extraction]) -> int:
    """Store (or replace) each extraction's article and signal rows; returns articles saved."""
    ensure_tables(store)
    now = datetime.now(UTC).replace(tzinfo=None)
    count = 0
    with store.transaction() as con:
        for ex in extractions:
            art = ex.article
            month = _month(art.date)
            con.execute("DELETE FROM news_signals WHERE article_id = ?", [art.id])
            con.execute("DELETE FROM news_articles WHERE id = ?", [art.id])
            con.execute(
                "INSERT INTO news_articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    art.id,
                    art.title,
                    art.url,
                    art.date,
                    month,
                    art.source,
                    json.dumps(ex.countries),
                    ex.modality,
                    ex.hedges,
                    json.dumps(ex.sources),
                    now,
                ],
            )
            places = list(zip(ex.countries, ex.gwcodes, strict=True)) or [(None, None)]
            for sig in ex.signals:
                evidence = json.dumps([e.__dict__ for e in sig.evidence])
                for country, gwcode in places:
                    con.execute(
                        """INSERT INTO news_signals (article_id, country, gwcode, month, type,
                               modality, confidence, evidence, found_by)
                           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        [
                            art.id,
                            country,
                            gwcode,
                            month,
                            sig.type,
                            sig.modality,
                            sig.confidence,
                            evidence,
                            sig.found_by,
                        ],
                    )
            count += 1
    return count


def stored_signals(
    store: Store, country: str | None = None, since: str | None = None
) -> pd.DataFrame:
    """Stored signals joined with their article, optionally for one ISO3 code and from a month."""
    ensure_tables(store)
    query = """SELECT s.month, s.country, s.gwcode, s.type, s.modality, s.confidence,
                      s.found_by, a.id AS article_id, a.title, a.url
               FROM news_signals s JOIN news_articles a ON a.id = s.article_id
               WHERE (? IS NULL OR s.country = ?) AND (? IS NULL OR s.month >= ?)
               ORDER BY s.month NULLS FIRST, s.country, s.type, a.id"""
    return store.con.execute(query, [country, country, since, since]).df()


def country_month_counts(store: Store) -> pd.DataFrame:
    """Signals per country, month, type and modality: the news layer's panel-ready summary."""
    ensure_tables(store)
    return store.con.execute(
        """SELECT country, gwcode, month, type, modality,
                  count(*) AS articles, max(confidence) AS max_confidence
           FROM news_signals GROUP BY ALL ORDER BY country, month, type, modality"""
    ).df()
