"""``coupwatch data import`` and ``status`` on the real files, and refusal of bad input."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from coupwatch.cli import data as data_cli
from coupwatch.cli.main import app
from coupwatch.data.importer import plan_import, source_status
from coupwatch.data.reader import read_rows, typed_frame
from coupwatch.data.spec import SourceSpec
from coupwatch.errors import InputError
from coupwatch.store import open_store

runner = CliRunner()

PT_NAME = "powell_thyne_coups_V2026.01.13_through2019.csv"
CLINE_NAME = "Coup_Data_v2.1.3_through2019.csv"

#: Rows and first/last year of each source in the shared data.
EXPECTED = {
    "gw_states": (239, 1816, 2006),
    "cow_states": (243, 1816, 1992),
    "cow_gw_crosswalk": (17916, 1816, 2025),
    "powell_thyne": (477, 1950, 2019),
    "cline": (954, 1945, 2019),
    "archigos": (3409, 1840, 2015),
    "reign_leaders": (2471, 1921, 2019),
    "reign_regimes": (619, 1741, 2019),
    "reign_elections": (4099, 1915, 2019),
    "democracy": (20849, 1816, 2025),
    "gdp_pop": (19667, 1816, 2019),
    "infant_mortality": (9656, 1960, 2021),
    "armed_conflict": (11916, 1946, 2021),
}

Snapshot = Callable[[], dict[str, object]]


def _import(*paths: Path) -> tuple[int, str]:
    result = runner.invoke(app, ["data", "import", *map(str, paths)])
    return result.exit_code, result.output


def _pt_lines(shared_data: Path) -> list[bytes]:
    return (shared_data / "powell_thyne" / PT_NAME).read_bytes().splitlines(keepends=True)


def _refused(path: Path, snapshot: Snapshot, *expected: str) -> str:
    """Import ``path`` into the filled store and check it is refused and nothing changed."""
    before = snapshot()
    code, output = _import(path)
    assert code == 2, output
    assert "Traceback" not in output
    assert output.count("error:") == 1
    assert path.name in output
    for text in expected:
        assert text in output
    assert snapshot() == before
    return output


def test_import_every_source_with_plausible_rows_and_dates(home: Path, shared_data: Path) -> None:
    code, output = _import(shared_data)
    assert code == 0, output
    assert "imported powell_thyne V2026.01.13: 477 rows" in output
    with open_store() as store:
        status = source_status(store).set_index("source")
        assert set(status.index) == set(EXPECTED)
        for name, (rows, first, last) in EXPECTED.items():
            row = status.loc[name]
            assert row["rows"] == rows, name
            assert row["min_date"].year == first, name
            assert row["max_date"].year == last, name
            assert len(row["sha256"]) == 64
        assert status.loc["powell_thyne", "version"] == "V2026.01.13"
        assert status.loc["cline", "version"] == "v2.1.3"
        pt = store.source_table("powell_thyne")
        gw_codes = set(store.source_table("gw_states")["gwcode"])
    assert pt["gwcode"].notna().all()
    assert set(pt["gwcode"]) <= gw_codes
    assert pt["year"].between(1950, 2019).all()
    assert set(pt["coup"]) == {1, 2}
    assert (pt["success"] == (pt["coup"] == 2)).all()
    sha = hashlib.sha256((shared_data / "powell_thyne" / PT_NAME).read_bytes()).hexdigest()
    assert status.loc["powell_thyne", "sha256"] == sha


def test_status_lists_every_source(filled_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data_cli.console, "width", 160)
    result = runner.invoke(app, ["data", "status"])
    assert result.exit_code == 0, result.output
    for name in EXPECTED:
        assert name in result.output
    assert "V2026.01.13" in result.output
    assert "17,916" in result.output
    assert "1950-01-01" in result.output


def test_status_of_an_empty_store(home: Path) -> None:
    result = runner.invoke(app, ["data", "status"])
    assert result.exit_code == 0
    assert "the store is empty" in result.output


def test_truncated_csv_is_refused(
    filled_home: Path, shared_data: Path, tmp_path: Path, store_snapshot: Snapshot
) -> None:
    lines = _pt_lines(shared_data)
    cut = lines[300].index(b",") + 3  # inside the second field of line 301
    bad = tmp_path / PT_NAME
    bad.write_bytes(b"".join(lines[:300]) + lines[300][:cut])
    _refused(bad, store_snapshot, "line 301", "truncated")


def test_missing_column_is_refused(
    filled_home: Path, shared_data: Path, tmp_path: Path, store_snapshot: Snapshot
) -> None:
    lines = _pt_lines(shared_data)
    bad = tmp_path / PT_NAME
    bad.write_bytes(lines[0].replace(b"ccode,", b"cow,", 1) + b"".join(lines[1:]))
    _refused(bad, store_snapshot, "missing column(s) ccode")


def test_wrong_columns_are_refused(
    filled_home: Path, shared_data: Path, tmp_path: Path, store_snapshot: Snapshot
) -> None:
    bad = tmp_path / PT_NAME
    bad.write_bytes((shared_data / "cline_coup_detat" / CLINE_NAME).read_bytes())
    _refused(bad, store_snapshot, "missing column(s)", "ccode")


def test_unknown_country_code_is_refused(
    filled_home: Path, shared_data: Path, tmp_path: Path, store_snapshot: Snapshot
) -> None:
    lines = _pt_lines(shared_data)
    fields = lines[100].split(b",")
    assert fields[1].isdigit()
    fields[1] = b"9999"
    lines[100] = b",".join(fields)
    bad = tmp_path / PT_NAME
    bad.write_bytes(b"".join(lines))
    _refused(bad, store_snapshot, "'ccode'", "line 101 ('9999')")


def test_duplicate_rows_are_refused(
    filled_home: Path, shared_data: Path, tmp_path: Path, store_snapshot: Snapshot
) -> None:
    lines = (shared_data / "cline_coup_detat" / CLINE_NAME).read_bytes().splitlines(True)
    bad = tmp_path / CLINE_NAME
    bad.write_bytes(b"".join([*lines[:50], lines[20], *lines[50:]]))
    _refused(bad, store_snapshot, "duplicate rows (line 21, line 51)", "coup_id")


def test_latin1_bytes_in_a_utf8_source_are_refused(
    filled_home: Path, shared_data: Path, tmp_path: Path, store_snapshot: Snapshot
) -> None:
    lines = _pt_lines(shared_data)
    lines[10] = lines[10].replace(b",", "é,".encode("latin-1"), 1)
    bad = tmp_path / PT_NAME
    bad.write_bytes(b"".join(lines))
    _refused(bad, store_snapshot, "line 11", "0xe9", "UTF-8")


def test_empty_file_is_refused(filled_home: Path, tmp_path: Path, store_snapshot: Snapshot) -> None:
    bad = tmp_path / PT_NAME
    bad.write_bytes(b"")
    _refused(bad, store_snapshot, "empty")


def test_binary_file_is_refused(
    filled_home: Path, shared_data: Path, tmp_path: Path, store_snapshot: Snapshot
) -> None:
    bad = tmp_path / PT_NAME
    bad.write_bytes((shared_data / "isard" / "gw_system.rda").read_bytes())
    _refused(bad, store_snapshot, "binary")


def test_unknown_file_is_refused(
    filled_home: Path, tmp_path: Path, store_snapshot: Snapshot
) -> None:
    bad = tmp_path / "notes.csv"
    bad.write_text("a,b\n1,2\n")
    _refused(bad, store_snapshot, "not recognised")


def test_newer_version_replaces_the_old_one(
    filled_home: Path, shared_data: Path, tmp_path: Path
) -> None:
    text = (shared_data / "powell_thyne" / PT_NAME).read_text()
    text = text.replace("V2026.01.13", "V2026.09.30")
    row = text.splitlines()[1].split(",")
    row[4:7] = ["2020", "3", "15"]  # a synthetic row, only to carry the year 2020
    newer = tmp_path / "powell_thyne_coups_V2026.09.30_through2020.csv"
    newer.write_text(text + ",".join(row) + "\n")
    code, output = _import(newer)
    assert code == 0, output
    with open_store() as store:
        status = source_status(store).set_index("source").loc["powell_thyne"]
        log = store.con.execute(
            "SELECT version, sha256, rows FROM import_log WHERE source = 'powell_thyne' "
            "ORDER BY imported_at"
        ).fetchall()
    assert status["version"] == "V2026.09.30"
    assert status["sha256"] == hashlib.sha256(newer.read_bytes()).hexdigest()
    assert status["rows"] == 478
    assert status["max_date"].date() == dt.date(2020, 12, 31)
    assert status["file_name"] == newer.name
    assert [(v, r) for v, _, r in log] == [("V2026.01.13", 477), ("V2026.09.30", 478)]


def test_failure_in_a_folder_import_changes_nothing(
    filled_home: Path, shared_data: Path, tmp_path: Path, store_snapshot: Snapshot
) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    for path, spec in plan_import([shared_data]).files:
        if spec.name == "reign_elections":
            lines = path.read_bytes().splitlines(keepends=True)
            fields = lines[2000].split(b",")
            column = lines[0].rstrip().split(b",").index(b"elec_month")
            fields[column] = b"13"
            lines[2000] = b",".join(fields)
            (folder / path.name).write_bytes(b"".join(lines))
        else:
            (folder / path.name).symlink_to(path)
    before = store_snapshot()
    code, output = _import(folder)
    assert code == 2, output
    assert "line 2001" in output and "elec_month" in output and "1 to 12" in output
    assert "imported" not in output
    assert store_snapshot() == before


def test_missing_path_is_refused(home: Path, tmp_path: Path) -> None:
    code, output = _import(tmp_path / "nowhere")
    assert code == 2
    assert "no such file or folder" in output


_HOLD_LOCK = """
import sys, duckdb
con = duckdb.connect(sys.argv[1])
print("locked", flush=True)
sys.stdin.read()
"""


def test_import_while_another_process_writes_exits_1(
    filled_home: Path, shared_data: Path, store_snapshot: Snapshot
) -> None:
    before = store_snapshot()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(filled_home / "coupwatch.duckdb")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        code, output = _import(shared_data / "powell_thyne" / PT_NAME)
    finally:
        holder.communicate("", timeout=30)
    assert code == 1, output
    assert "another coupwatch process" in output
    assert "Traceback" not in output
    assert store_snapshot() == before


def test_import_without_paths_is_a_usage_error(home: Path) -> None:
    result = runner.invoke(app, ["data", "import"])
    assert result.exit_code == 2


# Property tests of the strict reader: anything either parses or is refused with InputError.

SPEC = SourceSpec(
    name="sample",
    title="sample table",
    citation="",
    url="",
    licence=None,
    file_patterns=("sample*.csv",),
    columns={"code": "int", "share": "float", "flag": "bool", "day": "date", "name": "str"},
    code_system="none",
    key=("code", "day"),
    value_ranges={"share": (0, 1)},
)
HEADER = "code,share,flag,day,name\n"
NAMES = list(SPEC.columns)
CHARS = st.sampled_from(list('0123456789.-eE ,"\r\nabTRUEfalse\x00é:+T'))
VALUE = st.one_of(
    st.text(alphabet=CHARS, max_size=8),
    st.integers().map(str),
    st.floats().map(str),
    st.dates().map(str),
    st.datetimes().map(lambda d: d.isoformat() + "+01:00"),
    st.sampled_from(["TRUE", "false", "1", "NA", "", "0.5"]),
)
LINE = st.lists(VALUE, min_size=len(NAMES) - 1, max_size=len(NAMES) + 1).map(",".join)
HEADERS = st.one_of(
    st.just(HEADER),
    st.tuples(
        st.permutations(NAMES), st.lists(st.sampled_from([*NAMES, "extra", ""]), max_size=2)
    ).map(lambda parts: ",".join([*parts[0], *parts[1]]) + "\n"),
    LINE.map(lambda line: line + "\n"),
)


def _read(folder: Path, data: bytes) -> None:
    path = folder / "sample.csv"
    path.write_bytes(data)
    try:
        typed_frame(read_rows(path, SPEC), SPEC)
    except InputError as exc:
        assert str(path) in str(exc)


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=300))
def test_arbitrary_bytes_parse_or_raise_input_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    _read(tmp_path_factory.getbasetemp(), data)


@settings(max_examples=300, deadline=None)
@given(header=HEADERS, rows=st.lists(LINE, max_size=6))
def test_csv_like_text_parses_or_raises_input_error(
    tmp_path_factory: pytest.TempPathFactory, header: str, rows: list[str]
) -> None:
    _read(tmp_path_factory.getbasetemp(), (header + "\n".join(rows)).encode())


@settings(max_examples=100, deadline=None)
@given(values=st.lists(st.one_of(st.none(), st.integers(-(2**53) + 1, 2**53 - 1)), min_size=1))
def test_int_columns_round_trip(tmp_path_factory: pytest.TempPathFactory, values: list) -> None:
    path = tmp_path_factory.getbasetemp() / "sample.csv"
    lines = [HEADER.rstrip("\n")]
    lines += [f"{'' if v is None else v},0.5,TRUE,2000-01-{i % 28 + 1:02d},x" for i, v in
              enumerate(values)]  # fmt: skip
    spec = SourceSpec(**{**SPEC.__dict__, "key": ()})
    path.write_text("\n".join(lines) + "\n")
    frame = typed_frame(read_rows(path, spec), spec)
    assert [None if v is pd.NA else int(v) for v in frame["code"]] == values
