"""Storing extractions in the DuckDB store."""

from __future__ import annotations

from pathlib import Path

from coupwatch.news.article import Article
from coupwatch.news.extract import extract
from coupwatch.news.storage import country_month_counts, save_extractions, stored_signals
from coupwatch.store import open_store

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
