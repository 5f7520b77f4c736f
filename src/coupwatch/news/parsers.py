"""Turn raw documents (plain text, HTML, JSONL, RSS/Atom) into :class:`Article` objects."""

from __future__ import annotations

import json
import re
import time

import feedparser
import trafilatura

from coupwatch.errors import InputError
from coupwatch.news.article import Article

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"[ \t]+")


def decode_text(data: bytes, name: str) -> str:
    """Decode UTF-8 bytes, refusing binary data; errors name the input."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text (bad byte at offset {exc.start})") from exc


def parse_text(text: str, name: str) -> Article:
    """A plain-text article; the first line becomes the title when it is short."""
    body = text.strip()
    if not body:
        raise InputError(f"{name}: empty file")
    first, _, rest = body.partition("\n")
    if rest.strip() and len(first) <= 200 and not first.rstrip().endswith((".", ":")):
        return Article(id=name, text=rest.strip(), title=first.strip(), source=name)
    return Article(id=name, text=body, source=name)


def parse_html(html: str, name: str, url: str | None = None) -> Article:
    """Main text, title and date of an HTML page (via trafilatura)."""
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        raise InputError(f"{name}: no readable article text in the HTML page")
    title = (doc.title or "").strip()
    if title and text.startswith(title):
        text = text[len(title) :].lstrip()
    return Article(
        id=url or name, text=text or title, title=title, url=url, date=doc.date, source=name
    )


def _optional_str(record: dict, key: str, where: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: field {key!r} must be a string")
    return value


def parse_jsonl(text: str, name: str) -> tuple[list[Article], list[str]]:
    """Articles from JSONL lines with ``id`` and ``text`` (``title``, ``url``, ``date`` optional).

    Bad lines are reported in the second list and skipped.
    """
    articles: list[Article] = []
    problems: list[str] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}, line {n}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise InputError(f"{where}: expected a JSON object")
            ident = record.get("id")
            body = record.get("text")
            if isinstance(ident, bool) or not isinstance(ident, str | int) or ident == "":
                raise InputError(f"{where}: field 'id' must be a non-empty string or integer")
            if not isinstance(body, str) or not body.strip():
                raise InputError(f"{where}: field 'text' must be a non-empty string")
            articles.append(
                Article(
                    id=str(ident),
                    text=body,
                    title=_optional_str(record, "title", where) or "",
                    url=_optional_str(record, "url", where),
                    date=_optional_str(record, "date", where),
                    source=name,
                )
            )
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not valid JSON ({exc.msg})")
        except InputError as exc:
            problems.append(str(exc))
    if not articles and not problems:
        problems.append(f"{name}: no articles in the JSONL file")
    return articles, problems


def _plain(html: str) -> str:
    return _SPACE.sub(" ", _TAG.sub(" ", html)).strip()


def looks_like_feed(data: bytes) -> bool:
    """Whether the bytes start like an RSS or Atom document."""
    head = data[:512].lstrip().lower()
    return head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed")


def parse_feed(data: bytes, name: str) -> list[Article]:
    """One article per RSS/Atom entry that has any text."""
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            raise InputError(f"{name}: not a valid RSS/Atom feed")
        raise InputError(f"{name}: the feed has no entries")
    articles = []
    for i, entry in enumerate(entries):
        content = entry.get("content") or []
        raw = (content[0].get("value") if content else None) or entry.get("summary") or ""
        text = _plain(raw) if "<" in raw else raw.strip()
        title = _plain(entry.get("title") or "")
        if not text and not title:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        link = entry.get("link")
        articles.append(
            Article(
                id=str(entry.get("id") or link or f"{name}#{i + 1}"),
                text=text or title,
                title=title,
                url=link,
                date=time.strftime("%Y-%m-%d", stamp) if stamp else None,
                source=name,
            )
        )
    if not articles:
        raise InputError(f"{name}: no entry in the feed has any text")
    return articles
