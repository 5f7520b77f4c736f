"""``coupwatch data fetch`` against a local HTTP server that mirrors the official files."""

from __future__ import annotations

import io
import socket
import threading
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from coupwatch.cli.main import app
from coupwatch.data import fetch
from coupwatch.data.convert import dta_to_csv, extract_member, rda_to_csv
from coupwatch.data.importer import plan_import, source_status
from coupwatch.data.registry import SOURCES
from coupwatch.data.spec import SourceSpec
from coupwatch.errors import SourceUnavailableError
from coupwatch.store import open_store

runner = CliRunner()
Snapshot = Callable[[], dict[str, object]]


@dataclass
class Reply:
    """What the test server answers for one path."""

    body: bytes
    content_type: str = "application/octet-stream"
    status: int = 200
    length: int | None = None  # Content-Length to announce; the body's length by default
    announce: bool = True  # False: no Content-Length, the body ends when the connection closes


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self.server.requests.append(self.path)
        reply = self.server.routes.get(self.path)
        if callable(reply):
            reply = reply()
        if reply is None:
            reply = Reply(b"not found", "text/plain", 404)
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        if reply.announce:
            self.send_header("Content-Length", str(reply.length or len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes: dict[str, Reply | Callable[[], Reply]] = {}
        self.requests: list[str] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/mirror"


def _archigos_dta(csv: Path) -> bytes:
    """The Archigos CSV as the Stata file the authors distribute (same columns and dates)."""
    frame = pd.read_csv(csv, keep_default_na=False, na_values=["NA"])
    frame = frame.drop(columns=[c for c in frame.columns if "." in c])
    for column in ("startdate", "enddate"):
        frame[column] = pd.to_datetime(frame[column])
    out = io.BytesIO()
    frame.to_stata(out, write_index=False, version=118)
    return out.getvalue()


def _cline_zip(csv: Path) -> bytes:
    """A Data Bank style archive: the data file beside a codebook."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Codebook.pdf", b"%PDF-1.4 placeholder")
        archive.write(csv, f"IDB-3143201/{csv.name}")
    return out.getvalue()


@pytest.fixture(scope="session")
def mirror_files(shared_data: Path) -> dict[str, bytes]:
    """The body served for each source, in its official download format."""
    found = {spec.name: path for path, spec in plan_import([shared_data]).files}
    bodies: dict[str, bytes] = {}
    for spec in SOURCES:
        path = found[spec.name]
        if spec.download_format == "rda":
            bodies[spec.name] = path.with_suffix(".rda").read_bytes()
        elif spec.download_format == "dta":
            bodies[spec.name] = _archigos_dta(path)
        elif spec.download_format == "zip":
            bodies[spec.name] = _cline_zip(path)
        else:
            bodies[spec.name] = path.read_bytes()
    return bodies


def route(spec_name: str) -> str:
    """The server path of a source under the mirror."""
    spec = next(s for s in SOURCES if s.name == spec_name)
    return f"/mirror/{spec.name}/{fetch.file_name(spec)}"


@pytest.fixture
def server(mirror_files: dict[str, bytes], monkeypatch: pytest.MonkeyPatch) -> Iterator[_Server]:
    """A mirror on 127.0.0.1 serving every source; retries wait no time."""
    monkeypatch.setattr(fetch, "BACKOFF", 0.0)
    httpd = _Server()
    for name, body in mirror_files.items():
        httpd.routes[route(name)] = Reply(body)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def _fetch(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["data", "fetch", *args])
    return result.exit_code, result.output


def _status() -> pd.DataFrame:
    with open_store(read_only=True) as store:
        return source_status(store).set_index("source")


def test_fetch_everything_matches_a_direct_import(
    home: Path, server: _Server, imported_store: Path
) -> None:
    code, output = _fetch("--mirror", server.url)
    assert code == 0, output
    assert f"fetched powell_thyne V2026.01.13: 477 rows from {server.url}/powell_thyne/" in output
    fetched = _status()
    with open_store(imported_store, read_only=True) as store:
        direct = source_status(store).set_index("source")
    columns = ["rows", "min_date", "max_date", "version"]
    pd.testing.assert_frame_equal(fetched[columns], direct[columns])
    # Only the Stata file converts to other bytes: R data files give exactly the CSV copies.
    same = [s.name for s in SOURCES if s.download_format != "dta"]
    assert (fetched.loc[same, "sha256"] == direct.loc[same, "sha256"]).all()
    assert fetched.loc["gw_states", "file_name"] == "gwstates.csv"
    assert sorted(server.requests) == sorted(route(s.name) for s in SOURCES)
    assert not list((home / "downloads").iterdir())


def test_mirror_from_the_environment_and_one_source(
    filled_home: Path, server: _Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(fetch.MIRROR_ENV, server.url)
    code, output = _fetch("--source", "powell_thyne")
    assert code == 0, output
    assert server.requests == [route("powell_thyne")]
    assert _status().loc["powell_thyne", "file_name"] == "powell_thyne_coups_final.txt"


def test_a_source_brings_what_it_needs_into_an_empty_store(home: Path, server: _Server) -> None:
    code, output = _fetch("--mirror", server.url, "--source", "democracy")
    assert code == 0, output
    assert set(_status().index) == {"gw_states", "democracy"}


def test_server_errors_are_retried(filled_home: Path, server: _Server) -> None:
    good = server.routes[route("powell_thyne")]
    answers = iter([Reply(b"busy", "text/plain", 503), good])
    server.routes[route("powell_thyne")] = lambda: next(answers)
    code, output = _fetch("--mirror", server.url, "--source", "powell_thyne")
    assert code == 0, output
    assert server.requests.count(route("powell_thyne")) == 2


def _refused(server: _Server, snapshot: Snapshot, *expected: str, source: str = "powell_thyne"):
    before = snapshot()
    code, output = _fetch("--mirror", server.url, "--source", source)
    assert code == 1, output
    assert "Traceback" not in output
    assert f"{server.url}/{source}/" in output
    assert source in output
    for text in expected:
        assert text in output
    assert snapshot() == before
    return output


def test_body_shorter_than_content_length_is_refused(
    filled_home: Path, server: _Server, mirror_files: dict[str, bytes], store_snapshot: Snapshot
) -> None:
    body = mirror_files["powell_thyne"]
    server.routes[route("powell_thyne")] = Reply(body[:5000], length=len(body))
    _refused(server, store_snapshot, f"received 5,000 of {len(body):,} bytes", "after 3 tries")
    assert server.requests.count(route("powell_thyne")) == fetch.ATTEMPTS


def test_csv_cut_mid_line_is_refused(
    filled_home: Path, server: _Server, mirror_files: dict[str, bytes], store_snapshot: Snapshot
) -> None:
    body = mirror_files["powell_thyne"]
    cut = body.index(b"\n", 9000) + 12
    server.routes[route("powell_thyne")] = Reply(body[:cut], "text/plain")
    _refused(server, store_snapshot, "ends in the middle of a line", "truncated")


def test_html_page_instead_of_data_is_refused(
    filled_home: Path, server: _Server, store_snapshot: Snapshot
) -> None:
    page = b"<!DOCTYPE html>\n<html><body>Sign in to continue</body></html>\n"
    server.routes[route("gw_states")] = Reply(page, "text/html; charset=utf-8")
    _refused(server, store_snapshot, "web page instead of the rda data file", source="gw_states")


def test_html_content_type_for_a_csv_is_refused(
    filled_home: Path, server: _Server, mirror_files: dict[str, bytes], store_snapshot: Snapshot
) -> None:
    server.routes[route("powell_thyne")] = Reply(mirror_files["powell_thyne"], "text/html")
    _refused(server, store_snapshot, "web page")


def test_invalid_data_in_a_download_is_refused(
    filled_home: Path, server: _Server, mirror_files: dict[str, bytes], store_snapshot: Snapshot
) -> None:
    body = mirror_files["powell_thyne"].replace(b",1950,", b",1850,", 1)
    server.routes[route("powell_thyne")] = Reply(body, "text/csv")
    _refused(server, store_snapshot, "is not valid", "'year' expected a value from 1945 to 2100")


def test_missing_file_on_the_server_is_refused(
    filled_home: Path, server: _Server, store_snapshot: Snapshot
) -> None:
    del server.routes[route("archigos")]
    _refused(server, store_snapshot, "404", "may have moved", source="archigos")


def test_announced_size_over_the_limit_is_refused(
    filled_home: Path, server: _Server, mirror_files: dict[str, bytes]
) -> None:
    server.routes[route("cline")] = Reply(mirror_files["cline"], length=10**9)
    with open_store() as store, pytest.raises(SourceUnavailableError, match="1,000,000,000 bytes"):
        fetch.fetch_sources(store, ["cline"], server.url)
    assert _status().loc["cline", "version"] == "v2.1.3"


def test_download_over_the_limit_is_stopped(
    filled_home: Path, server: _Server, mirror_files: dict[str, bytes]
) -> None:
    server.routes[route("cline")] = Reply(mirror_files["cline"], announce=False)
    with open_store() as store, pytest.raises(SourceUnavailableError, match="exceeded the limit"):
        fetch.fetch_sources(store, ["cline"], server.url, max_bytes=1000)


def test_unreachable_mirror_gives_offline_advice(
    filled_home: Path, store_snapshot: Snapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetch, "BACKOFF", 0.0)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    before = store_snapshot()
    code, output = _fetch("--mirror", f"http://127.0.0.1:{port}", "--source", "cline")
    assert code == 1, output
    assert "cannot download" in output and "ConnectError" in output
    assert "coupwatch data import FOLDER" in output and "COUPWATCH_DATA" in output
    assert store_snapshot() == before
    with open_store() as store, pytest.raises(SourceUnavailableError):
        fetch.fetch_sources(store, ["cline"], f"http://127.0.0.1:{port}")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--source", "polity"], "unknown source 'polity'"),
        (["--mirror", "ftp://example.org/data"], "expected an http:// or https:// URL"),
    ],
)
def test_bad_options_exit_2(home: Path, args: list[str], message: str) -> None:
    code, output = _fetch(*args)
    assert code == 2, output
    assert message in output


def test_every_source_has_an_official_download() -> None:
    for spec in SOURCES:
        assert spec.download_url is not None and spec.download_url.startswith("http")
        assert spec.download_url.endswith(fetch.file_name(spec)) or spec.download_format == "zip"
        if "github" in spec.download_url:
            assert spec.download_url.startswith("https://raw.githubusercontent.com/")


RDA_SOURCES = [s for s in SOURCES if s.download_format == "rda"]


@pytest.mark.parametrize("spec", RDA_SOURCES, ids=lambda s: s.name)
def test_rda_converts_to_the_csv_copy(spec: SourceSpec, shared_data: Path, tmp_path: Path) -> None:
    csv = next(path for path, s in plan_import([shared_data]).files if s is spec)
    target = tmp_path / "out.csv"
    rda_to_csv(csv.with_suffix(".rda"), target)
    assert target.read_bytes() == csv.read_bytes()


def test_rda_member_must_exist(shared_data: Path, tmp_path: Path) -> None:
    rda = shared_data / "state_lists" / "gwstates.rda"
    rda_to_csv(rda, tmp_path / "ok.csv", "gwstates")
    with pytest.raises(SourceUnavailableError, match=r"no object 'states' \(it holds gwstates\)"):
        rda_to_csv(rda, tmp_path / "out.csv", "states")


@pytest.mark.parametrize("convert", [rda_to_csv, dta_to_csv], ids=["rda", "dta"])
def test_unreadable_files_are_refused(convert: Callable, tmp_path: Path) -> None:
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x1f\x8b not really compressed")
    with pytest.raises(SourceUnavailableError, match=r"bad\.bin: not a readable"):
        convert(bad, tmp_path / "out.csv")


def test_zip_member_is_extracted(tmp_path: Path) -> None:
    archive = tmp_path / "all.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("docs/Codebook.pdf", b"%PDF")
        out.writestr("data/Coup_Data_v2.1.3.csv", b"a,b\n1,2\n")
    member = extract_member(archive, tmp_path, "coup_data_v*.csv")
    assert member == tmp_path / "Coup_Data_v2.1.3.csv"
    assert member.read_bytes() == b"a,b\n1,2\n"
    with pytest.raises(SourceUnavailableError, match="found none"):
        extract_member(archive, tmp_path, "*.dta")
    with pytest.raises(SourceUnavailableError, match=r"found docs/Codebook\.pdf, data/"):
        extract_member(archive, tmp_path, "*")
    with pytest.raises(SourceUnavailableError, match="not a readable zip"):
        extract_member(tmp_path / "Coup_Data_v2.1.3.csv", tmp_path, "*")


def test_a_csv_served_for_an_rda_source_is_refused(tmp_path: Path) -> None:
    payload = tmp_path / "gwstates.rda"
    payload.write_text("gwcode,gwc\n2,USA\n")
    spec = next(s for s in SOURCES if s.name == "gw_states")
    with pytest.raises(SourceUnavailableError, match="is not the rda file expected"):
        fetch.check_payload(spec, "http://127.0.0.1/x", payload, "application/octet-stream")
