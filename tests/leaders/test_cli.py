"""The leader commands, end to end on the real store."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from coupwatch.cli.main import app
from coupwatch.leaders.api import leader_risk_for_country
from coupwatch.leaders.names import rank_names, similarity

KEYS = {
    "leader", "leader_id", "gwcode", "iso3", "country", "as_of", "horizon",
    "p_natural_death", "p_irregular", "p_regular", "p_remain",
}  # fmt: skip
runner = CliRunner()


def test_putin_json(leader_home: Path) -> None:
    result = runner.invoke(app, ["leader", "Vladimir Putin", "--as-of", "2019-12", "--format",
                                 "json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)
    assert set(row) == KEYS
    assert row["iso3"] == "RUS"
    total = row["p_natural_death"] + row["p_irregular"] + row["p_regular"] + row["p_remain"]
    assert total == pytest.approx(1.0)
    assert 0.005 < row["p_natural_death"] < 0.08


def test_ambiguous_name_lists_choices(leader_home: Path) -> None:
    result = runner.invoke(app, ["leader", "Mohamed", "--as-of", "2019-12"])
    assert result.exit_code == 2
    assert "several leaders" in result.stderr and "SOM" in result.stderr


def test_unknown_name_suggests(leader_home: Path) -> None:
    result = runner.invoke(app, ["leader", "Erdogen", "--as-of", "2019-12"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["leader", "Qwxyz Zzzz", "--as-of", "2019-12"])
    assert result.exit_code == 2
    assert "closest names" in result.stderr or "did you mean" in result.stderr


BAD_INPUT = [
    ["leaders", "--horizon", "61"],
    ["leaders", "--as-of", "2030-01"],
    ["leaders", "--as-of", "2019-13"],
    ["leaders", "--country", "XXX"],
]


@pytest.mark.parametrize("args", BAD_INPUT)
def test_bad_input_exits_2(leader_home: Path, args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2


def test_leaders_list_json(leader_home: Path) -> None:
    result = runner.invoke(app, ["leaders", "--country", "ZWE", "--as-of", "2017-06", "--format",
                                 "json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["leader"] for r in rows] == ["Mugabe"]
    assert set(rows[0]) == KEYS


def test_api_for_the_news_layer(leader_home: Path) -> None:
    row = leader_risk_for_country(365, "2019-12")
    assert row is not None and row["leader"] == "Putin"
    assert leader_risk_for_country(265, "2019-12") is None


@settings(max_examples=200, deadline=None)
@given(st.text(), st.text())
def test_name_matching_never_crashes(query: str, name: str) -> None:
    assert 0.0 <= similarity(query, name) <= 100.0
    for _, score in rank_names(query, pd.Series([name, "Putin", ""])):
        assert 0.0 <= score <= 100.0


def test_backtest_command_writes_csv_and_offline_report(leader_home: Path, tmp_path: Path) -> None:
    csv, html = tmp_path / "bt.csv", tmp_path / "bt.html"
    args = ["backtest-leaders", "--start", "2017", "--end", "2018", "--output", str(csv),
            "--report", str(html)]  # fmt: skip
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    predictions = pd.read_csv(csv)
    assert set(predictions["model"]) == {"lightgbm", "naive"}
    assert predictions["origin"].nunique() == 2
    page = html.read_text(encoding="utf-8")
    assert '<script src="http' not in page and "Calibration by cause" in page
    assert len(page) > 1_000_000  # plotly.js is embedded
