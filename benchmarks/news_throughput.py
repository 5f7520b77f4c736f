"""Throughput of the news extractor on ~5 kB articles, against a plain spaCy blank pipeline.

Run: ``PYTHONPATH=src:. taskset -c 0 python benchmarks/news_throughput.py [n_articles]
[repeats]``. Single process, single core. Both pipelines are timed alternately ``repeats``
times (default 3) and the best time of each is reported, which damps the effect of other jobs
on a shared machine. Prints a markdown table for two article sets:

* ``news``: real news prose, stitched from the signals-dev excerpts (read in place from
  ``/work/shared``; skipped if absent);
* ``dense``: the hand-written test stories, where nearly every sentence is a warning sign —
  about five times more cue matches per token than real news, a worst case.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

import spacy

from coupwatch.news.article import Article
from coupwatch.news.extract import extract
from coupwatch.news.gazetteer import default_gazetteer
from tests.news.handwritten import CASES

ARTICLE_CHARS = 5000
DEV_ITEMS = Path("/work/shared/signals-dev/items.jsonl")


def news_paragraphs() -> list[str]:
    """Paragraphs of real news prose from the dev excerpts, if they are available."""
    if not DEV_ITEMS.exists():
        return []
    lines = DEV_ITEMS.read_text(encoding="utf-8").splitlines()
    return [p for line in lines for p in json.loads(line)["text"].split("\n\n") if p.strip()]


def make_articles(n: int, paragraphs: list[str], seed: int = 7) -> list[Article]:
    """``n`` articles of ~5 kB stitched from randomly chosen paragraphs."""
    rng = random.Random(seed)
    articles = []
    for i in range(n):
        parts: list[str] = []
        while sum(len(p) + 2 for p in parts) < ARTICLE_CHARS:
            parts.append(rng.choice(paragraphs))
        text = "\n\n".join(parts)[:ARTICLE_CHARS]
        articles.append(Article(f"a{i}", text, rng.choice(CASES)["title"], date="2019-06-01"))
    return articles


def run(name: str, articles: list[Article], repeats: int = 3) -> None:
    """Time both pipelines over the same articles (best of ``repeats``) and print one table."""
    n = len(articles)
    texts = [a.text for a in articles]
    default_gazetteer()
    extract(articles[0])
    plain = spacy.blank("en")
    plain.add_pipe("sentencizer")
    list(plain.pipe(texts[:10]))

    base = ours = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in plain.pipe(texts):
            pass
        base = min(base, time.perf_counter() - start)
        start = time.perf_counter()
        for article in articles:
            extract(article)
        ours = min(ours, time.perf_counter() - start)

    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"\n**{name}**: {n} articles, {mb:.1f} MB, mean {mb * 1e6 / n:,.0f} bytes, ", end="")
    print(f"best of {repeats}\n")
    print("| pipeline | seconds | articles/s | MB/s |")
    print("| --- | ---: | ---: | ---: |")
    row = f"| {base:.2f} | {n / base:,.0f} | {mb / base:.2f} |"
    print(f"| spaCy blank + sentencizer (`nlp.pipe`) {row}")
    print(f"| coupwatch news extract | {ours:.2f} | {n / ours:,.0f} | {mb / ours:.2f} |")
    print(f"\nextractor time / plain pipeline time: {ours / base:.2f}×")


def main(n: int = 1000, repeats: int = 3) -> None:
    """Run the benchmark on each available article set."""
    news = news_paragraphs()
    if news:
        run("news", make_articles(n, news), repeats)
    run("dense", make_articles(n, [c["text"] for c in CASES]), repeats)


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    main(*args)
