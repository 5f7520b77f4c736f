"""A self-contained HTML report of a backtest: curves, calibration, separation, model table."""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from sklearn.metrics import precision_recall_curve, roc_curve

from coupwatch.backtest.metrics import reliability_table

_TABLE_COLUMNS = {
    "model": "model",
    "n": "forecasts",
    "events": "events",
    "auc_roc": "AUC-ROC",
    "auc_pr": "AUC-PR",
    "brier": "Brier",
    "brier_skill": "Brier skill",
    "log_loss": "log loss",
    "recall_top10": "top-10 recall",
    "recall_top20": "top-20 recall",
    "recall_top30": "top-30 recall",
}


def _known(result: pd.DataFrame, kind: str) -> pd.DataFrame:
    return result.dropna(subset=[f"outcome_{kind}"])


def roc_figure(result: pd.DataFrame, kind: str) -> go.Figure:
    """ROC curve of every model."""
    fig = go.Figure()
    for model, part in _known(result, kind).groupby("model", sort=False):
        fpr, tpr, _ = roc_curve(part[f"outcome_{kind}"], part[f"p_{kind}"])
        fig.add_scatter(x=fpr, y=tpr, mode="lines", name=str(model))
    fig.add_scatter(x=[0, 1], y=[0, 1], mode="lines", name="chance", line={"dash": "dot"})
    fig.update_layout(title="ROC curve", xaxis_title="false positive rate",
                      yaxis_title="true positive rate")  # fmt: skip
    return fig


def pr_figure(result: pd.DataFrame, kind: str) -> go.Figure:
    """Precision-recall curve of every model."""
    fig = go.Figure()
    for model, part in _known(result, kind).groupby("model", sort=False):
        precision, recall, _ = precision_recall_curve(part[f"outcome_{kind}"], part[f"p_{kind}"])
        fig.add_scatter(x=recall, y=precision, mode="lines", name=str(model))
    fig.update_layout(title="Precision-recall curve", xaxis_title="recall",
                      yaxis_title="precision")  # fmt: skip
    return fig


def calibration_figure(result: pd.DataFrame, kind: str) -> go.Figure:
    """Observed frequency against mean forecast, in equal-count bins, per model."""
    fig = go.Figure()
    top = 0.0
    for model, part in _known(result, kind).groupby("model", sort=False):
        table = reliability_table(part[f"outcome_{kind}"], part[f"p_{kind}"])
        top = max(top, table["mean_forecast"].max(), table["observed"].max())
        fig.add_scatter(x=table["mean_forecast"], y=table["observed"], mode="lines+markers",
                        name=str(model))  # fmt: skip
    fig.add_scatter(x=[0, top], y=[0, top], mode="lines", name="perfect", line={"dash": "dot"})
    fig.update_layout(title="Calibration (10 equal-count bins)", xaxis_title="mean forecast",
                      yaxis_title="observed frequency")  # fmt: skip
    return fig


def separation_figure(result: pd.DataFrame, kind: str) -> go.Figure:
    """Separation plot: forecasts sorted low to high, events marked as bars, one row per model."""
    known = _known(result, kind)
    models = list(dict.fromkeys(known["model"]))
    fig = go.Figure()
    for row, model in enumerate(models):
        part = known[known["model"] == model].sort_values(f"p_{kind}")
        position = np.arange(len(part)) / max(len(part) - 1, 1)
        events = part[f"outcome_{kind}"].to_numpy() == 1
        fig.add_bar(x=position[events], y=[0.8] * int(events.sum()), base=row + 0.1,
                    width=1 / max(len(part), 1) * 3, name="event",
                    marker_color="firebrick", showlegend=row == 0)  # fmt: skip
        fig.add_scatter(x=position, y=row + 0.1 + 0.8 * part[f"p_{kind}"].to_numpy(),
                        mode="lines", name="forecast",
                        line={"color": "black"}, showlegend=row == 0)  # fmt: skip
    fig.update_layout(
        title="Separation plot (forecasts ranked low to high; red bars are events)",
        xaxis_title="rank of forecast (share)",
        yaxis={"tickvals": [r + 0.5 for r in range(len(models))], "ticktext": models},
        height=140 + 120 * len(models),
    )
    return fig


def comparison_table(scores: pd.DataFrame) -> str:
    """HTML table of the pooled skill of every model."""
    overall = scores[scores["year"] == "all"][list(_TABLE_COLUMNS)]
    overall = overall.astype({"n": int, "events": int}).rename(columns=_TABLE_COLUMNS)
    return overall.to_html(index=False, float_format=lambda v: f"{v:.3f}", border=0)


def render_report(result: pd.DataFrame, scores: pd.DataFrame, title: str, kind: str) -> str:
    """The whole report as one HTML page with plotly.js inlined (no network needed)."""
    figures = [roc_figure, pr_figure, calibration_figure, separation_figure]
    parts = [
        fig(result, kind).to_html(full_html=False, include_plotlyjs=(i == 0))
        for i, fig in enumerate(figures)
    ]
    per_year = scores[scores["year"] != "all"].pivot(index="year", columns="model",
                                                      values="auc_roc")  # fmt: skip
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title>"
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{padding:4px 10px;text-align:right}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><h2>Models compared</h2>{comparison_table(scores)}"
        "<h2>AUC-ROC per year</h2>"
        f"{per_year.to_html(float_format=lambda v: f'{v:.3f}', border=0, na_rep='–')}"
        + "".join(parts)
        + "</body></html>"
    )
