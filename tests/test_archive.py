"""The forecast archive keeps every run, and the scorecard scores the closed ones."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from coupwatch.archive import archived_probabilities, archived_runs, archived_sources
from coupwatch.cli.main import app
from coupwatch.panel.months import month_index
from coupwatch.store import open_store

runner = CliRunner()


def test_two_forecasts_are_both_kept(filled_home: Path) -> None:
    first = runner.invoke(app, ["forecast", "--model", "logit", "--format", "csv"])
    second = runner.invoke(app, ["forecast", "--model", "base_rate", "--as-of", "2015-12",
                                 "--horizon", "6", "--format", "csv"])  # fmt: skip
    assert first.exit_code == 0, first.output
    assert second.exit_code == 0, second.output
    with open_store() as store:
        runs = archived_runs(store)
        probabilities = archived_probabilities(store)
        sources = archived_sources(store)
        versions = store.table("source_versions")
    assert runs["run_id"].tolist() == [1, 2]
    assert runs["model"].tolist() == ["logit", "base_rate"]
    assert runs["as_of"].tolist() == [month_index(2019, 12), month_index(2015, 12)]
    assert runs["horizon"].tolist() == [12, 6]
    assert runs["model_version"].str.startswith("0.").all()
    counts = probabilities.groupby("run_id").size()
    assert (counts > 150).all()
    csv = pd.read_csv(io.StringIO(first.stdout))
    archived = probabilities[probabilities["run_id"] == 1].set_index("gwcode")["probability"]
    pd.testing.assert_series_equal(
        archived.sort_index(),
        csv.set_index("gwcode")["p_attempt"].sort_index().rename("probability"),
        atol=1e-4,
        check_index_type=False,
    )
    for run_id in (1, 2):
        used = sources[sources["run_id"] == run_id]
        assert sorted(used["source"]) == sorted(versions["source"])
        assert set(used["sha256"]) == set(versions["sha256"])


def test_scorecard_scores_only_closed_windows(filled_home: Path) -> None:
    for as_of in ("2015-12", "2019-12"):
        result = runner.invoke(app, ["forecast", "--model", "logit", "--as-of", as_of,
                                     "--format", "json"])  # fmt: skip
        assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["scorecard", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    runs = [r for r in rows if r["run"] != "all"]
    assert [r["as_of"] for r in runs] == ["2015-12"]
    assert runs[0]["events"] >= 1
    assert 0.5 < runs[0]["auc_roc"] <= 1
    table = runner.invoke(app, ["scorecard"])
    assert table.exit_code == 0
    assert "2015-12" in table.stdout


def test_empty_archive_scorecard(filled_home: Path) -> None:
    result = runner.invoke(app, ["scorecard", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []
