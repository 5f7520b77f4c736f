"""Temporal splits, the backtest runner, its metrics and the ``backtest`` command."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import average_precision_score, brier_score_loss, log_loss, roc_auc_score
from typer.testing import CliRunner

from coupwatch.backtest.metrics import (
    _auc_by_ranks,
    auc_interval,
    recall_at_k,
    reliability_table,
    score_all_kinds,
    score_backtest,
    skill,
)
from coupwatch.backtest.runner import CSV_COLUMNS, refit_blocks, run_backtest
from coupwatch.backtest.splits import ExpandingWindow
from coupwatch.cli.main import app
from coupwatch.panel.build import Panel
from coupwatch.panel.months import month_index

runner = CliRunner()


def test_yearly_origins_are_the_decembers_before_each_year() -> None:
    splitter = ExpandingWindow(2015, 2017)
    assert splitter.origins() == [month_index(y, 12) for y in (2014, 2015, 2016)]
    assert len(ExpandingWindow(2015, 2016, step="month")) == 24


@pytest.mark.parametrize("horizon", [1, 6, 12])
@pytest.mark.parametrize("step", ["year", "month"])
def test_folds_never_train_on_open_windows(panel: Panel, horizon: int, step: str) -> None:
    mi = panel.frame["mi"].to_numpy()
    folds = list(ExpandingWindow(2010, 2011, horizon, step).split(mi))
    assert folds
    for fold in folds:
        assert (mi[fold.train] + horizon - 1 <= fold.origin).all()
        assert (mi[fold.test] == fold.origin + 1).all()
        assert len(fold.test) > 150
        closed = np.flatnonzero(mi + horizon - 1 <= fold.origin)
        np.testing.assert_array_equal(fold.train, closed)


def test_refit_blocks_only_reuse_models_fitted_earlier(panel: Panel) -> None:
    folds = list(ExpandingWindow(2010, 2012, step="month").split(panel.frame["mi"]))
    blocks = refit_blocks(folds, 12)
    assert [len(b) for b in blocks] == [12, 12, 12]
    for block in blocks:
        fitted = block[0]
        for fold in block:
            assert fold.origin - fitted.origin < 12
            assert set(fitted.train) <= set(fold.train)


def test_bad_splitter_arguments() -> None:
    with pytest.raises(ValueError):
        ExpandingWindow(2016, 2015)
    with pytest.raises(ValueError):
        ExpandingWindow(2015, 2016, step="week")


def test_metrics_equal_sklearn() -> None:
    rng = np.random.default_rng(1)
    y = (rng.random(400) < 0.1).astype(int)
    p = np.clip(0.05 + 0.3 * y * rng.random(400) + 0.1 * rng.random(400), 0, 1)
    figures = skill(y, p, 0.1)
    assert figures["auc_roc"] == pytest.approx(roc_auc_score(y, p))
    assert figures["auc_pr"] == pytest.approx(average_precision_score(y, p))
    assert figures["brier"] == pytest.approx(brier_score_loss(y, p))
    assert figures["log_loss"] == pytest.approx(log_loss(y, p))
    reference = brier_score_loss(y, np.full(400, 0.1))
    assert figures["brier_skill"] == pytest.approx(1 - brier_score_loss(y, p) / reference)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.booleans(), st.integers(0, 20)), min_size=2, max_size=80).filter(
        lambda rows: 0 < sum(y for y, _ in rows) < len(rows)
    )
)
def test_rank_auc_equals_sklearn_with_ties(rows: list[tuple[bool, int]]) -> None:
    y = np.array([int(a) for a, _ in rows])
    p = np.array([b / 20 for _, b in rows])
    assert _auc_by_ranks(y[None, :], p[None, :])[0] == pytest.approx(roc_auc_score(y, p))


def test_auc_interval_brackets_the_pooled_figure_and_narrows_with_events() -> None:
    rng = np.random.default_rng(3)
    widths = []
    for n in (400, 8000):
        y = (rng.random(n) < 0.05).astype(int)
        p = 0.3 * y + rng.random(n)
        low, high = auc_interval(y, p)
        assert low < roc_auc_score(y, p) < high
        widths.append(high - low)
    assert widths[1] < widths[0] / 2
    assert np.isnan(auc_interval(np.zeros(10), rng.random(10))[0])


def test_recall_at_k_counts_events_ranked_in_their_origin() -> None:
    y = np.array([1, 0, 0, 0, 1, 0])
    p = np.array([0.9, 0.5, 0.1, 0.8, 0.2, 0.7])
    groups = np.array([0, 0, 0, 1, 1, 1])
    assert recall_at_k(y, p, groups, 1) == 0.5
    assert recall_at_k(y, p, groups, 3) == 1.0


def test_reliability_table_bins_cover_every_forecast() -> None:
    rng = np.random.default_rng(2)
    p = rng.random(1000) * 0.2
    y = (rng.random(1000) < p).astype(int)
    table = reliability_table(y, p)
    assert table["n"].sum() == 1000
    assert table["mean_forecast"].is_monotonic_increasing
    assert table["observed"].mean() == pytest.approx(y.mean(), abs=0.01)


def test_runner_predicts_every_country_year(panel: Panel) -> None:
    result = run_backtest(panel, ExpandingWindow(2015, 2016), ["base_rate", "logit"])
    assert set(CSV_COLUMNS) <= set(result.columns)
    assert set(result["origin"]) == {"2014-12", "2015-12"}
    per_origin = result.groupby(["model", "origin"]).size()
    assert (per_origin > 150).all()
    assert result["outcome_attempt"].notna().all()
    scores = score_backtest(result)
    logit = scores[(scores["model"] == "logit") & (scores["year"] == "all")].iloc[0]
    base = scores[(scores["model"] == "base_rate") & (scores["year"] == "all")].iloc[0]
    assert logit["auc_roc"] > 0.75
    assert logit["auc_roc"] > base["auc_roc"]
    assert logit["auc_roc_low"] < logit["auc_roc"] < logit["auc_roc_high"]
    assert set(scores["year"]) == {"all", "2015", "2016"}
    every_kind = score_all_kinds(result)
    assert set(every_kind["kind"]) == {"attempt", "success", "failed"}
    pooled = every_kind[every_kind["year"] == "all"].set_index(["kind", "model"])
    assert pooled.loc[("success", "logit"), "events"] < pooled.loc[("attempt", "logit"), "events"]


def test_backtest_command_writes_csv_and_report(filled_home: Path, tmp_path: Path) -> None:
    output, report = tmp_path / "bt.csv", tmp_path / "bt.html"
    result = runner.invoke(app, ["backtest", "--start", "2015", "--end", "2016",
                                 "--model", "base_rate,logit", "--output", str(output),
                                 "--report", str(report)])  # fmt: skip
    assert result.exit_code == 0, result.output
    table = pd.read_csv(output)
    assert list(table.columns) == CSV_COLUMNS
    assert set(table["model"]) == {"base_rate", "logit"}
    assert set(table["origin"]) == {"2014-12", "2015-12"}
    assert (table["horizon"] == 12).all()
    assert table[["p_attempt", "p_success", "p_failed"]].stack().between(0, 1).all()
    assert set(table["outcome_attempt"]) <= {0, 1}
    page = report.read_text()
    assert "<script src=" not in page and "cdn" not in page.lower().split("plotly.js")[0]
    assert "Plotly.newPlot" in page and "logit" in page
    for heading in ("Coup attempts", "Successful coups", "Failed coup attempts"):
        assert heading in page
    kinds_with_events = sum(table[f"outcome_{k}"].any() for k in ("attempt", "success", "failed"))
    assert kinds_with_events >= 2
    assert page.count('class="plotly-graph-div"') == 4 * kinds_with_events
    if kinds_with_events < 3:
        assert "No such event in the period scored" in page


def test_unknown_outcomes_stay_empty(filled_home: Path, tmp_path: Path) -> None:
    output = tmp_path / "late.csv"
    args = ["--start", "2019", "--end", "2020", "--horizon", "24", "--model", "base_rate"]
    result = runner.invoke(app, ["backtest", *args, "--output", str(output)])
    assert result.exit_code == 0, result.output
    table = pd.read_csv(output)
    assert table.loc[table["origin"] == "2019-12", "outcome_attempt"].isna().all()
    assert table.loc[table["origin"] == "2018-12", "outcome_attempt"].isna().all()
    assert (table["horizon"] == 24).all()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--start", "2016", "--end", "2015"], "after"),
        (["--horizon", "0"], "1 to 36"),
        (["--horizon", "37"], "1 to 36"),
        (["--start", "1955", "--end", "1956"], "outside the data"),
        (["--start", "2030", "--end", "2031"], "outside the data"),
        (["--model", "oracle"], "unknown model"),
        (["--output", "/nonexistent/dir/bt.csv"], "does not exist"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(
    filled_home: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    output = folder / "bt.csv"
    base = {"--start": "2015", "--end": "2015", "--output": str(output), "--model": "base_rate"}
    pairs = dict(zip(args[::2], args[1::2], strict=True))
    argv = [x for k, v in {**base, **pairs}.items() for x in (k, v)]
    result = runner.invoke(app, ["backtest", *argv])
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert os.listdir(folder) == []


def test_folder_as_output_is_refused(filled_home: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["backtest", "--start", "2015", "--end", "2015",
                                 "--output", str(tmp_path)])  # fmt: skip
    assert result.exit_code == 2
    assert "is a folder" in result.output
