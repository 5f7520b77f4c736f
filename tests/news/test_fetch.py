"""The guarded fetcher against a real HTTP server on the loopback interface."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from coupwatch.errors import InputError
from coupwatch.news.fetch import fetch
from coupwatch.news.ingest import read_inputs

PAGE = (
    b"<html><head><title>Army takes state TV</title></head><body><article>"
    b"<h1>Army takes state TV</h1><p>Soldiers seized the state broadcaster in Bamako early on "
    b"Wednesday and armoured vehicles took up positions around the presidential palace, "
    b"witnesses said. The president's whereabouts were unknown.</p></article></body></html>"
)
FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>n</title><item><title>Protests'
    b"</title><description>Thousands of protesters marched in Khartoum against the government."
    b"</description></item></channel></rss>"
)


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        routes = {
            "/page": (200, "text/html", PAGE),
            "/feed": (200, "application/rss+xml", FEED),
            "/big": (200, "text/plain", b"x" * 200_000),
            "/missing": (404, "text/html", b"<html><body>Not found</body></html>"),
            "/broken": (500, "text/html", b"<html><body>Server error</body></html>"),
        }
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        if self.path == "/ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/file")
            self.end_headers()
            return
        status, kind, body = routes.get(self.path, (404, "text/plain", b"no"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if self.path != "/big":
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_fetch_html_page(server: str) -> None:
    got = fetch(f"{server}/page")
    assert got.content == PAGE
    assert got.content_type.startswith("text/html")


def test_size_limit_exceeded(server: str) -> None:
    with pytest.raises(InputError, match="larger than the 1,000-byte limit"):
        fetch(f"{server}/big", max_bytes=1000)


def test_non_http_scheme_refused() -> None:
    for url in ("ftp://127.0.0.1/x", "file:///etc/passwd", "javascript:alert(1)"):
        with pytest.raises(InputError, match="only absolute http"):
            fetch(url)


def test_redirect_to_other_scheme_refused(server: str) -> None:
    with pytest.raises(InputError, match=r"/ftp: "):
        fetch(f"{server}/ftp")


def test_redirect_loop_is_limited(server: str) -> None:
    with pytest.raises(InputError, match="more than 3 redirects"):
        fetch(f"{server}/loop", max_redirects=3)


def test_unreachable_port() -> None:
    url = f"http://127.0.0.1:{_free_port()}/page"
    with pytest.raises(InputError, match=r"cannot fetch"):
        fetch(url, timeout=2)


def test_http_error_pages(server: str) -> None:
    with pytest.raises(InputError, match="HTTP 404"):
        fetch(f"{server}/missing")
    with pytest.raises(InputError, match="HTTP 500"):
        fetch(f"{server}/broken")


def test_read_inputs_from_urls(server: str) -> None:
    batch = read_inputs([f"{server}/page", f"{server}/feed", f"{server}/missing"])
    assert [a.title for a in batch.articles] == ["Army takes state TV", "Protests"]
    assert batch.articles[0].url == f"{server}/page"
    assert len(batch.problems) == 1 and "/missing" in batch.problems[0]
