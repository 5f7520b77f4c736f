"""Storing extractions in the DuckDB store."""

from __future__ import annotations

from pathlib import Path

from coupwatch.news.article import Article
from coupwatch.news.extract import extract
from coupwatch.news.missed_signs import MissedSigns
from coupwatch.news.storage import country_month_counts, save_extractions, stored_signals
from coupwatch.store import open_store
from tests.news.test_missed_signs import RESHUFFLE, RESHUFFLE_TITLE

COUP = (
    "Soldiers seized power in Khartoum on Thursday and took over state television, officials said."
)
CALM = "Sudan's parliament approved the budget on Thursday."


def test_reextracting_replaces_rows(home: Path) -> None:
    first_a1 = extract(Article("a1", COUP, date="2019-04-11"))
    a2 = extract(Article("a2", COUP, date="2019-05-02"))
    second_a1 = extract(Article("a1", CALM, date="2019-04-11"))
    with open_store() as store:
        store.con.execute("CREATE TABLE other (x INTEGER)")
        store.con.execute("INSERT INTO other VALUES (1)")
        save_extractions(store, [first_a1])
        save_extractions(store, [a2])
        first = stored_signals(store)
        assert set(first["type"]) == {"coup_event", "blackout"}
        assert set(first["country"]) == {"SDN"}
        save_extractions(store, [second_a1])
        after = stored_signals(store)
        assert set(after["article_id"]) == {"a2"}
        assert store.con.execute("SELECT count(*) FROM news_articles").fetchone()[0] == 2
        assert store.con.execute("SELECT count(*) FROM other").fetchone()[0] == 1
        assert list(stored_signals(store, "SDN", "2019-05")["month"].unique()) == ["2019-05"]
        assert stored_signals(store, "TUR").empty
        counts = country_month_counts(store)
        assert set(counts["month"]) == {"2019-05"}


def test_signs_keep_who_found_them_and_older_stores_gain_the_column(home: Path) -> None:
    article = Article("reshuffle", RESHUFFLE, RESHUFFLE_TITLE, date="2023-05-02")
    model = MissedSigns(
        {"elite_purge": {"ROUTINE_CHANGE|SENIOR_SEC": 4.0}}, {"elite_purge": -1.0}, 0.8
    )
    with open_store() as store:
        store.con.execute(
            """CREATE TABLE news_signals (article_id TEXT NOT NULL, country TEXT, gwcode INTEGER,
               month TEXT, type TEXT NOT NULL, modality TEXT NOT NULL,
               confidence DOUBLE NOT NULL, evidence TEXT NOT NULL)"""
        )
        store.con.execute(
            "INSERT INTO news_signals VALUES ('old', 'SDN', 625, '2019-04', 'coup_event', "
            "'reported', 0.9, '[]')"
        )
        save_extractions(store, [extract(article, missed=model)])
        found_by = store.con.execute(
            "SELECT article_id, type, found_by FROM news_signals ORDER BY article_id"
        ).fetchall()
    assert ("old", "coup_event", "rules") in found_by
    assert ("reshuffle", "elite_purge", "model") in found_by
