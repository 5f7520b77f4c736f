"""Read articles from files, folders and URLs, reporting bad inputs without stopping the rest."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from coupwatch.errors import InputError
from coupwatch.news.article import Article
from coupwatch.news.fetch import MAX_BYTES, fetch
from coupwatch.news.parsers import (
    decode_text,
    looks_like_feed,
    parse_feed,
    parse_html,
    parse_jsonl,
    parse_text,
)

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}
FOLDER_SUFFIXES = HTML_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES | TEXT_SUFFIXES


@dataclass
class Batch:
    """Articles read so far and the problems met on the way."""

    articles: list[Article] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def extend(self, other: Batch) -> None:
        """Append another batch."""
        self.articles += other.articles
        self.problems += other.problems


def is_url(spec: str) -> bool:
    """Whether an input names a URL (any scheme) rather than a path."""
    return "://" in spec


def read_url(url: str) -> Batch:
    """Fetch a URL and read it as a feed or an HTML page."""
    got = fetch(url)
    kind = got.content_type.lower()
    if "xml" in kind or "rss" in kind or "atom" in kind or looks_like_feed(got.content):
        return Batch(parse_feed(got.content, url))
    html = decode_text(got.content, url)
    if "html" in kind or "<html" in html[:2000].lower():
        return Batch([parse_html(html, url, url=url)])
    return Batch([parse_text(html, url)])


def read_file(path: Path) -> Batch:
    """Read one file according to its suffix (or, for unknown suffixes, its content)."""
    name = str(path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"{name}: {size:,} bytes is larger than the {MAX_BYTES:,}-byte limit")
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix in FEED_SUFFIXES or (suffix not in HTML_SUFFIXES and looks_like_feed(data)):
        return Batch(parse_feed(data, name))
    text = decode_text(data, name)
    if suffix in JSONL_SUFFIXES:
        return Batch(*parse_jsonl(text, name))
    if suffix in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
        return Batch([parse_html(text, name)])
    return Batch([replace(parse_text(text, path.name), source=name)])


def _folder_files(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES and not p.name.startswith(".")
    )


def read_one(spec: str) -> Batch:
    """Read one input (URL, file or folder); a whole-input failure raises :class:`InputError`."""
    if is_url(spec):
        return read_url(spec)
    path = Path(spec)
    if not path.exists():
        raise InputError(f"{spec}: no such file or folder")
    if path.is_dir():
        batch = Batch()
        files = _folder_files(path)
        if not files:
            raise InputError(f"{spec}: the folder has no .txt, .html, .jsonl or feed files")
        for file in files:
            batch.extend(_guarded(str(file), lambda f=file: read_file(f)))
        return batch
    return read_file(path)


def _guarded(spec: str, reader: Callable[[], Batch]) -> Batch:
    try:
        return reader()
    except InputError as exc:
        return Batch(problems=[str(exc)])
    except OSError as exc:
        return Batch(problems=[f"{spec}: cannot read ({exc.strerror or exc})"])


def read_inputs(specs: Iterable[str]) -> Batch:
    """Read every input; bad ones are listed in ``problems`` and the rest still read."""
    batch = Batch()
    for spec in specs:
        batch.extend(_guarded(spec, lambda s=spec: read_one(s)))
    return batch
