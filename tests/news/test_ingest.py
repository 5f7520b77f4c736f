"""Reading files and folders: every bad input is reported by name and skipped."""

from __future__ import annotations

import json
from pathlib import Path

from coupwatch.news.fetch import MAX_BYTES
from coupwatch.news.ingest import read_inputs

STORY = "Soldiers seized state TV\nSoldiers seized the state broadcaster in Niamey on Monday."


def test_folder_of_mixed_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Protesters marched.", "date": "2019-04"}) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "c.html").write_text(
        "<html><head><title>T</title></head><body><article><p>"
        + "Thousands of protesters marched through the capital against the government. " * 3
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\xff\x00")
    (tmp_path / "latin.txt").write_bytes("déjà".encode("latin-1"))
    (tmp_path / "scripts.html").write_text("<html><script>x()</script></html>", encoding="utf-8")
    (tmp_path / "bad.xml").write_text("not xml at all", encoding="utf-8")
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    batch = read_inputs([str(tmp_path)])
    assert sorted(a.id for a in batch.articles) == sorted(["a.txt", "j1", str(tmp_path / "c.html")])
    text_article = next(a for a in batch.articles if a.id == "a.txt")
    assert text_article.title == "Soldiers seized state TV"
    assert len(batch.problems) == 5
    for name in ("empty.txt", "bin.txt", "latin.txt", "scripts.html", "bad.xml"):
        assert any(name in p for p in batch.problems), name


def test_fifty_megabyte_article_is_skipped(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    ok = tmp_path / "ok.txt"
    ok.write_text(STORY, encoding="utf-8")
    batch = read_inputs([str(big), str(ok)])
    assert [a.id for a in batch.articles] == ["ok.txt"]
    assert "huge.txt" in batch.problems[0] and f"{MAX_BYTES:,}-byte limit" in batch.problems[0]


def test_missing_path_and_bad_scheme(tmp_path: Path) -> None:
    batch = read_inputs([str(tmp_path / "nope.txt"), "gopher://example.org/"])
    assert not batch.articles
    assert "nope.txt: no such file" in batch.problems[0]
    assert batch.problems[1].startswith("gopher://example.org/: only absolute http")
