"""Parsers and validators: JSONL records, feeds from arbitrary bytes, evidence offsets."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coupwatch.errors import InputError
from coupwatch.news.article import Article
from coupwatch.news.extract import extract
from coupwatch.news.parsers import decode_text, parse_feed, parse_html, parse_jsonl

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)


@given(st.lists(st.one_of(st.text(max_size=60), _json_values.map(json.dumps)), max_size=8))
def test_jsonl_parser_never_crashes(lines: list[str]) -> None:
    articles, problems = parse_jsonl("\n".join(lines), "in.jsonl")
    assert all(a.text.strip() and a.id for a in articles)
    assert all(p.startswith("in.jsonl") for p in problems)


@given(
    st.lists(
        st.fixed_dictionaries(
            {"id": st.one_of(st.integers(), st.text(min_size=1)), "text": st.text(min_size=1)},
            optional={"title": st.text(), "url": st.text(), "date": st.text()},
        ),
        min_size=1,
        max_size=5,
    )
)
def test_jsonl_parser_keeps_valid_records(records: list[dict]) -> None:
    articles, problems = parse_jsonl("\n".join(json.dumps(r) for r in records), "in.jsonl")
    expected = [r for r in records if r["text"].strip()]
    assert [a.id for a in articles] == [str(r["id"]) for r in expected]
    assert len(problems) == len(records) - len(expected)


def test_jsonl_bad_line_names_the_line() -> None:
    good = json.dumps({"id": "a", "text": "Troops in the streets."})
    articles, problems = parse_jsonl(f"{good}\n{{oops\n" + json.dumps({"id": "b"}), "x.jsonl")
    assert [a.id for a in articles] == ["a"]
    assert problems[0].startswith("x.jsonl, line 2")
    assert "line 3" in problems[1] and "'text'" in problems[1]


@given(st.binary(max_size=2000))
@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_feed_parser_on_arbitrary_bytes(data: bytes) -> None:
    try:
        articles = parse_feed(data, "feed.xml")
    except InputError as exc:
        assert str(exc).startswith("feed.xml")
    else:
        assert all(isinstance(a, Article) and a.text for a in articles)


def test_feed_parser_reads_rss_entries() -> None:
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
    <item><title>Army seizes state TV</title><link>http://example.org/1</link>
    <description>&lt;p&gt;Soldiers took over the state broadcaster.&lt;/p&gt;</description>
    <pubDate>Mon, 15 Jul 2019 10:00:00 GMT</pubDate></item></channel></rss>"""
    (article,) = parse_feed(rss, "f.xml")
    assert article.url == "http://example.org/1"
    assert article.date == "2019-07-15"
    assert article.text == "Soldiers took over the state broadcaster."


def test_not_a_feed_is_input_error() -> None:
    with pytest.raises(InputError, match=r"^f\.xml: "):
        parse_feed(b"just words, no XML", "f.xml")


def test_html_with_only_scripts_is_input_error() -> None:
    with pytest.raises(InputError, match="no readable article text"):
        parse_html("<html><head><script>var a = 1;</script></head><body></body></html>", "p.html")


def test_decode_rejects_binary_and_latin1() -> None:
    with pytest.raises(InputError, match="binary"):
        decode_text(b"\x00\x01abc", "b.bin")
    with pytest.raises(InputError, match="not UTF-8"):
        decode_text("café".encode("latin-1"), "l.txt")


_PHRASES = [
    "Soldiers seized the state broadcaster.",
    "Tanks were deployed around the presidential palace in Bamako.",
    "The army chief warned the military could intervene.",
    "Thousands of protesters marched against the government.",
    "The president has not been seen in public since his stroke.",
    "A coup attempt is under way, officials said.",
    "Mutineers blocked the roads.\n\n",
    "It could be a transfer coup.",
    "“We will not hesitate to step in,” the general said.",
]


@given(st.lists(st.sampled_from(_PHRASES) | st.text(max_size=40), min_size=1, max_size=12))
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_evidence_offsets_are_valid(parts: list[str]) -> None:
    text = " ".join(parts)
    title = parts[0][:60]
    got = extract(Article("p", text, title))
    for signal in got.signals:
        assert 0.0 <= signal.confidence <= 1.0
        assert signal.modality in ("reported", "speculative")
        for ev in signal.evidence:
            source = title if ev.field == "title" else text
            assert source[ev.start : ev.end] == ev.text
    assert got.modality in ("reported", "speculative", "mixed")
