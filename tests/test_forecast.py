"""``coupwatch forecast`` end to end on the real data, and the baseline model's explanations."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from coupwatch.cli.main import app
from coupwatch.forecast import forecast, training_rows
from coupwatch.models.logit import LogitModel
from coupwatch.panel.build import Panel
from coupwatch.panel.months import month_index

runner = CliRunner()
COLUMNS = ["gwcode", "iso3", "country", "as_of", "horizon", "p_attempt", "rank", "drivers"]


def test_forecast_csv_ranks_about_190_countries(filled_home: Path) -> None:
    result = runner.invoke(app, ["forecast", "--format", "csv"])
    assert result.exit_code == 0, result.output
    table = pd.read_csv(io.StringIO(result.stdout))
    assert list(table.columns) == COLUMNS
    assert 190 <= len(table) <= 200
    assert table["rank"].tolist() == list(range(1, len(table) + 1))
    assert table["p_attempt"].is_monotonic_decreasing
    assert table["p_attempt"].between(0, 1).all()
    assert (table["as_of"] == "2019-12").all()
    assert table["iso3"].notna().all()
    assert table["drivers"].str.count(";").eq(2).all()


def test_forecast_json_top_and_as_of(filled_home: Path) -> None:
    result = runner.invoke(app, ["forecast", "--as-of", "2010-12", "--horizon", "6",
                                 "--top", "5", "--format", "json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert len(records) == 5
    assert {r["as_of"] for r in records} == {"2010-12"}
    assert all(len(r["drivers"]) == 3 for r in records)
    assert set(records[0]) == set(COLUMNS)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--as-of", "2031-01"], "outside the data"),
        (["--as-of", "1950-06"], "outside the data"),
        (["--as-of", "2019-13"], "YYYY-MM"),
        (["--horizon", "0"], "1 to 36"),
        (["--horizon", "48"], "1 to 36"),
    ],
)
def test_bad_requests_exit_2(filled_home: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["forecast", *args])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_empty_store_imports_from_coupwatch_data(
    home: Path, shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COUPWATCH_DATA", str(shared_data))
    result = runner.invoke(app, ["forecast", "--top", "3", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert (home / "coupwatch.duckdb").exists()
    status = runner.invoke(app, ["data", "status"])
    assert "powell_thyne" in status.stdout


def test_training_never_sees_open_outcome_windows(panel: Panel) -> None:
    as_of = month_index(2005, 12)
    rows = training_rows(panel, as_of, 12, "attempt")
    assert (rows["mi"] + 11 <= as_of).all()
    assert rows["attempt_h12"].notna().all()


def test_logit_contributions_add_up_to_the_log_odds(panel: Panel) -> None:
    train = training_rows(panel, month_index(2009, 12), 12, "attempt")
    model = LogitModel().fit(train[panel.features], train["attempt_h12"].astype(int).to_numpy())
    target = panel.frame[panel.frame["mi"] == month_index(2010, 1)][panel.features]
    p = model.predict_proba(target)[:, 1]
    intercept = model.pipeline_.named_steps["logit"].intercept_[0]
    log_odds = model.contributions(target).sum(axis=1) + intercept
    np.testing.assert_allclose(log_odds, np.log(p / (1 - p)), rtol=1e-6, atol=1e-8)


def test_forecast_ranks_recent_coup_countries_above_stable_democracies(panel: Panel) -> None:
    table = forecast(panel, month_index(2019, 12), 12).table.set_index("iso3")
    for risky in ("SDN", "BDI"):
        for stable in ("CHE", "SWE", "CAN"):
            assert table.at[risky, "p_attempt"] > 5 * table.at[stable, "p_attempt"]
