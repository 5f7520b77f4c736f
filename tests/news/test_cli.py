"""The news commands through typer's test runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from coupwatch.cli.news import register

STORY = (
    "Army seizes power in Niamey\n"
    "Soldiers detained the president on Thursday and announced on state television that they "
    "had seized power. Armoured vehicles took up positions around the presidential palace, "
    "residents said, and the internet was cut."
)


@pytest.fixture
def app() -> typer.Typer:
    application = typer.Typer()
    register(application)
    return application


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "niger.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_extract_jsonl_and_show(app: typer.Typer, story: Path, home: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["signals", "extract", str(story), str(home / "missing.txt")])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    record = json.loads(lines[0])
    assert record["id"] == "niger.txt"
    assert record["countries"] == ["NER"]
    assert {"coup_event", "blackout", "troop_movement"} <= {s["type"] for s in record["signals"]}
    assert set(record) == {"id", "countries", "signals", "modality", "hedges", "sources"}
    assert "missing.txt" in result.stderr
    shown = runner.invoke(app, ["signals", "show", "--country", "NER"])
    assert shown.exit_code == 0 and "coup_event" in shown.stdout


def test_extract_table_no_store(app: typer.Typer, story: Path, home: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        app, ["signals", "extract", str(story), "--format", "table", "--no-store"]
    )
    assert result.exit_code == 0 and "niger.txt" in result.stdout
    shown = runner.invoke(app, ["signals", "show"])
    assert "no stored signals" in shown.stdout


def test_read_text_and_json(app: typer.Typer, story: Path, home: Path) -> None:
    runner = CliRunner()
    text = runner.invoke(app, ["read", str(story)])
    assert text.exit_code == 0
    assert "Reported signs" in text.stdout and "Set beside the record" in text.stdout
    assert "no forecast available" in text.stdout
    data = json.loads(runner.invoke(app, ["read", str(story), "--format", "json"]).stdout)
    assert data["claims"].startswith("Soldiers detained the president")
    assert "coup_event" in {s["type"] for s in data["reported"]}
    assert "residents" in data["quoted"]


def test_read_says_how_far_to_trust_the_reading(app: typer.Typer, story: Path, home: Path) -> None:
    runner = CliRunner()
    text = runner.invoke(app, ["read", str(story)]).stdout
    assert "How far to trust this" in " ".join(text.split())
    data = json.loads(runner.invoke(app, ["read", str(story), "--format", "json"]).stdout)
    assert 0 < data["reliability"]["precision"] < 1 and 0 < data["reliability"]["recall"] < 1
    assert all(0 < s["unseen_f1"] <= 1 for s in data["reported"] + data["speculated"])


@pytest.mark.parametrize(
    "args",
    [
        ["signals", "extract", "/nonexistent/file.txt"],
        ["signals", "extract", "ftp://127.0.0.1/x"],
        ["read", "/nonexistent/file.txt"],
        ["signals", "show", "--since", "2019-13"],
        ["signals", "show", "--country", "Sudan"],
    ],
)
def test_bad_input_exits_2(app: typer.Typer, args: list[str], home: Path) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert "error" in result.stderr


def test_empty_file_exits_2(app: typer.Typer, tmp_path: Path, home: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["signals", "extract", str(empty)])
    assert result.exit_code == 2
    assert "empty.txt: empty file" in result.stderr


def test_internal_failure_exits_1(
    app: typer.Typer, story: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*_: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("coupwatch.cli.news.extract", boom)
    result = CliRunner().invoke(app, ["signals", "extract", str(story), "--no-store"])
    assert result.exit_code == 1
    assert "internal error" in result.stderr
