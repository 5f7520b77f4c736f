"""The one guarded way the news layer fetches a URL.

Only http and https; body size, time and number of redirects are all bounded.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from coupwatch.errors import InputError

MAX_BYTES = 5_000_000
TIMEOUT_SECONDS = 15.0
MAX_REDIRECTS = 5
USER_AGENT = "coupwatch-news/0.1 (+https://github.com/coupwatch)"


@dataclass(frozen=True)
class Fetched:
    """A fetched document."""

    url: str
    final_url: str
    content: bytes
    content_type: str


def check_url(url: str) -> None:
    """Raise :class:`InputError` unless ``url`` is an absolute http or https URL."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise InputError(f"{url}: only absolute http:// or https:// URLs can be fetched")


def fetch(
    url: str,
    max_bytes: int = MAX_BYTES,
    timeout: float = TIMEOUT_SECONDS,
    max_redirects: int = MAX_REDIRECTS,
) -> Fetched:
    """GET ``url`` and return its body; any failure is an :class:`InputError` naming the URL."""
    check_url(url)
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=max_redirects,
                timeout=timeout,
                headers={"User-Agent": USER_AGENT},
            ) as client,
            client.stream("GET", url) as response,
        ):
            check_url(str(response.url))
            if response.status_code >= 400:
                raise InputError(f"{url}: the server answered HTTP {response.status_code}")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise InputError(f"{url}: document is larger than the {max_bytes:,}-byte limit")
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > max_bytes:
                    raise InputError(f"{url}: document is larger than the {max_bytes:,}-byte limit")
            return Fetched(
                url, str(response.url), bytes(body), response.headers.get("content-type", "")
            )
    except httpx.TooManyRedirects as exc:
        raise InputError(f"{url}: more than {max_redirects} redirects") from exc
    except httpx.TimeoutException as exc:
        raise InputError(f"{url}: timed out after {timeout:g} s") from exc
    except httpx.HTTPError as exc:
        raise InputError(f"{url}: cannot fetch ({type(exc).__name__}: {exc})") from exc
