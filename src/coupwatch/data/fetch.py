"""``coupwatch data fetch``: download the sources from their official sites and import them.

Each file is streamed to a ``.part`` file and renamed only once it is complete and looks like
what was expected (not cut short, not an HTML page). Files distributed as R data, Stata or zip
files are converted to the CSV layout their source reads. Everything downloaded is then imported
in one transaction, so nothing is stored when any source failed.

A mirror (``--mirror`` or ``$COUPWATCH_MIRROR``) serves each file as
``<mirror>/<source name>/<file name>``, the file name being the last part of the official URL
(or ``<source name>.<format>`` when that has no extension).
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
import time
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

import httpx
from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TransferSpeedColumn,
)

from coupwatch import __version__
from coupwatch.config import DATA_ENV, home_dir
from coupwatch.data import registry
from coupwatch.data.convert import dta_to_csv, extract_member, rda_to_csv
from coupwatch.data.importer import ImportPlan, PreparedSource, import_files
from coupwatch.data.reader import delimiter_for
from coupwatch.data.spec import SourceSpec
from coupwatch.errors import InputError, SourceUnavailableError
from coupwatch.store import Store

MIRROR_ENV = "COUPWATCH_MIRROR"
#: Largest file accepted; the biggest official file is a few MiB.
MAX_BYTES = 100 * 2**20
ATTEMPTS = 3
#: Seconds before the first retry; doubled for each further one.
BACKOFF = 1.0
TIMEOUT = httpx.Timeout(60.0, connect=10.0)

_TEXT_FORMATS = ("csv", "tsv")
_RDA_MAGIC = (b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00", b"RDX", b"RDA")


class _Retryable(Exception):
    """A failure worth another attempt (network trouble, server error, cut-short body)."""

    def __init__(self, message: str, offline: bool = False) -> None:
        super().__init__(message)
        self.offline = offline


def _official_url(spec: SourceSpec) -> str:
    if spec.download_url is None:
        raise InputError(f"{spec.name}: no download address is known; import it from a file")
    return spec.download_url


def file_name(spec: SourceSpec) -> str:
    """The name of the downloaded file: the last part of the official URL, with an extension."""
    name = unquote(PurePosixPath(urlsplit(_official_url(spec)).path).name)
    return name if PurePosixPath(name).suffix else f"{spec.name}.{spec.download_format}"


def source_url(spec: SourceSpec, mirror: str | None = None) -> str:
    """Where to download ``spec`` from: its official file, or its place under ``mirror``."""
    if mirror is None:
        return _official_url(spec)
    return f"{mirror.rstrip('/')}/{spec.name}/{file_name(spec)}"


def resolve_mirror(mirror: str | None) -> str | None:
    """The mirror to use (the option, else ``$COUPWATCH_MIRROR``), checked to be an http URL."""
    mirror = mirror or os.environ.get(MIRROR_ENV) or None
    if mirror is not None:
        parts = urlsplit(mirror)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InputError(f"mirror {mirror!r}: expected an http:// or https:// URL")
    return mirror


def select_sources(names: Iterable[str] | None, imported: set[str]) -> list[SourceSpec]:
    """The named sources (all when none are named) plus what they need that is not stored."""
    if not names:
        return list(registry.SOURCES)
    wanted = {registry.source(name).name for name in names}
    pending = list(wanted)
    while pending:
        for dependency in registry.source(pending.pop()).depends_on:
            if dependency not in wanted and dependency not in imported:
                wanted.add(dependency)
                pending.append(dependency)
    return [spec for spec in registry.SOURCES if spec.name in wanted]


def _offline_advice(spec: SourceSpec) -> str:
    return (
        f"If this machine is offline or the site is down, download the file by hand from "
        f"{spec.url} (and any other sources you need), then run `coupwatch data import FOLDER` "
        f"or set {DATA_ENV}=FOLDER; or fetch from a copy with --mirror URL or {MIRROR_ENV}."
    )


def _stream(
    client: httpx.Client,
    spec: SourceSpec,
    url: str,
    target: Path,
    progress: Progress,
    max_bytes: int,
) -> str:
    """Download ``url`` to ``target`` once; returns the content type."""
    part = target.with_name(target.name + ".part")
    task = progress.add_task(spec.name, total=None)
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 500:
                raise _Retryable(f"the server answered {response.status_code}")
            if response.status_code >= 400:
                raise SourceUnavailableError(
                    f"{spec.name}: {url} answered {response.status_code} "
                    f"{response.reason_phrase}; the file may have moved, see {spec.url}"
                )
            announced = _content_length(response)
            if announced is not None and announced > max_bytes:
                raise SourceUnavailableError(
                    f"{spec.name}: {url} announces {announced:,} bytes, more than the limit of "
                    f"{max_bytes:,}; refusing to download it"
                )
            progress.update(task, total=announced)
            with part.open("wb") as out:
                try:
                    for chunk in response.iter_bytes():
                        out.write(chunk)
                        if response.num_bytes_downloaded > max_bytes:
                            raise SourceUnavailableError(
                                f"{spec.name}: the download from {url} exceeded the limit of "
                                f"{max_bytes:,} bytes; stopped"
                            )
                        progress.update(task, completed=response.num_bytes_downloaded)
                except (httpx.RemoteProtocolError, httpx.ReadError, httpx.DecodingError) as exc:
                    received = response.num_bytes_downloaded
                    if announced is not None and received < announced:
                        raise _Retryable(_cut_short(received, announced)) from exc
                    raise _Retryable(f"the connection broke off ({exc})") from exc
            received = response.num_bytes_downloaded
            if announced is not None and received < announced:
                raise _Retryable(_cut_short(received, announced))
            part.replace(target)
            return response.headers.get("content-type", "")
    finally:
        progress.remove_task(task)
        part.unlink(missing_ok=True)


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length")
    return int(value) if value is not None and value.isdigit() else None


def _cut_short(received: int, announced: int) -> str:
    return f"the download was cut short: received {received:,} of {announced:,} bytes"


def download(
    client: httpx.Client,
    spec: SourceSpec,
    url: str,
    target: Path,
    progress: Progress,
    max_bytes: int = MAX_BYTES,
) -> str:
    """Download ``url`` to ``target``, retrying network trouble; returns the content type."""
    failure = _Retryable("no attempt was made")
    for attempt in range(ATTEMPTS):
        if attempt:
            time.sleep(BACKOFF * 2 ** (attempt - 1))
        try:
            return _stream(client, spec, url, target, progress, max_bytes)
        except _Retryable as exc:
            failure = exc
        except httpx.TransportError as exc:
            reason = str(exc) or "no answer"
            failure = _Retryable(f"{type(exc).__name__}: {reason}", offline=True)
    advice = _offline_advice(spec)
    if failure.offline:
        raise SourceUnavailableError(f"{spec.name}: cannot download {url} ({failure}). {advice}")
    raise SourceUnavailableError(f"{spec.name}: {url}: {failure} after {ATTEMPTS} tries. {advice}")


def check_payload(spec: SourceSpec, url: str, path: Path, content_type: str) -> None:
    """Refuse an HTML page served in place of data, a file of the wrong kind or a cut-off CSV."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype", b"<html")) or content_type.startswith("text/html"):
        raise SourceUnavailableError(
            f"{spec.name}: {url} served a web page instead of the {spec.download_format} data "
            f"file (an error or sign-in page?). {_offline_advice(spec)}"
        )
    kind = spec.download_format
    if (kind == "rda" and not head.startswith(_RDA_MAGIC)) or (
        kind == "zip" and not zipfile.is_zipfile(path)
    ):
        raise SourceUnavailableError(
            f"{spec.name}: the file from {url} is not the {kind} file expected"
        )
    if kind in _TEXT_FORMATS:
        _check_last_line(spec, url, path.read_bytes())


def _check_last_line(spec: SourceSpec, url: str, data: bytes) -> None:
    """A text file that does not end with a line break must end with a whole row."""
    if not data or data.endswith(b"\n"):
        return
    header, _, _ = data.partition(b"\n")
    last = data.rsplit(b"\n", 1)[-1]
    header_text = header.decode(spec.encoding, errors="replace").rstrip("\r")
    delimiter = delimiter_for(spec, header_text)

    def fields(line: bytes) -> int:
        text = line.decode(spec.encoding, errors="replace")
        return len(next(csv.reader(io.StringIO(text), delimiter=delimiter), []))

    expected, found = fields(header), fields(last)
    if last.count(b'"') % 2 or found != expected:
        raise SourceUnavailableError(
            f"{spec.name}: the file from {url} ends in the middle of a line ({found} of "
            f"{expected} fields): the download was truncated; try again"
        )


def convert(spec: SourceSpec, payload: Path, folder: Path) -> Path:
    """The CSV file the source reads, made from the downloaded ``payload``."""
    kind = spec.download_format
    if kind in _TEXT_FORMATS:
        return payload
    if kind == "zip":
        return extract_member(payload, folder, spec.download_member or "*.csv")
    target = folder / f"{PurePosixPath(payload.name).stem}.csv"
    if kind == "rda":
        rda_to_csv(payload, target, spec.download_member)
    else:
        dta_to_csv(payload, target)
    return target


@contextlib.contextmanager
def _progress_bar(progress: Progress | None) -> Iterator[Progress]:
    if progress is not None:
        yield progress
        return
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        yield bar


def fetch_sources(
    store: Store,
    names: Iterable[str] | None = None,
    mirror: str | None = None,
    progress: Progress | None = None,
    max_bytes: int = MAX_BYTES,
) -> list[PreparedSource]:
    """Download the named sources (all by default) and import them in one transaction."""
    mirror = resolve_mirror(mirror)
    specs = select_sources(names, store.imported_sources())
    headers = {"User-Agent": f"coupwatch/{__version__}", "Accept-Encoding": "identity"}
    folder = home_dir() / "downloads"
    folder.mkdir(exist_ok=True)
    with (
        tempfile.TemporaryDirectory(prefix="fetch-", dir=folder) as tmp,
        httpx.Client(timeout=TIMEOUT, follow_redirects=True, headers=headers) as client,
        _progress_bar(progress) as bar,
    ):
        files: list[tuple[Path, SourceSpec]] = []
        urls: dict[str, str] = {}
        for spec in specs:
            url = source_url(spec, mirror)
            workdir = Path(tmp) / spec.name
            workdir.mkdir()
            payload = workdir / file_name(spec)
            content_type = download(client, spec, url, payload, bar, max_bytes)
            check_payload(spec, url, payload, content_type)
            files.append((convert(spec, payload, workdir), spec))
            urls[spec.name] = url
        current: list[tuple[Path, SourceSpec]] = []
        try:
            return import_files(
                store,
                ImportPlan(files, []),
                on_file=lambda path, spec: current.append((path, spec)),
            )
        except InputError as exc:
            if not current:
                raise
            path, spec = current[-1]
            problem = str(exc).replace(str(path), path.name)
            raise SourceUnavailableError(
                f"{spec.name}: the file downloaded from {urls[spec.name]} is not valid: {problem}"
            ) from exc
