"""A self-contained HTML report of a backtest: curves, calibration, separation, model table."""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.offline import get_plotlyjs
from sklearn.metrics import precision_recall_curve, roc_curve

from coupwatch.backtest.metrics import reliability_table

_TABLE_COLUMNS = {
    "model": "model",
    "n": "forecasts",
    "events": "events",
    "auc_roc": "AUC-ROC",
    "auc_roc_low": "AUC-ROC 90% low",
    "auc_roc_high": "AUC-ROC 90% high",
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


#: Section headings of the outcome kinds.
KIND_TITLES = {
    "attempt": "Coup attempts (successful or failed)",
    "success": "Successful coups",
    "failed": "Failed coup attempts",
}

_FIGURES = (roc_figure, pr_figure, calibration_figure, separation_figure)

_UNCERTAINTY_NOTE = (
    "<p>Coups are rare: a test period holds a few dozen events at most, so one event more "
    "or less near the top of the ranking moves AUC-ROC by a few hundredths. The 90% "
    "interval resamples the forecasts with replacement; differences between models inside "
    "it are not evidence that one is better.</p>"
)


def comparison_table(scores: pd.DataFrame) -> str:
    """HTML table of the pooled skill of every model."""
    overall = scores[scores["year"] == "all"][list(_TABLE_COLUMNS)]
    overall = overall.astype({"n": int, "events": int}).rename(columns=_TABLE_COLUMNS)
    return overall.to_html(index=False, float_format=lambda v: f"{v:.3f}", border=0, na_rep="–")


def kind_section(result: pd.DataFrame, scores: pd.DataFrame, kind: str) -> str:
    """One outcome kind: model table, AUC-ROC per year and the four plots."""
    scores = scores[scores["kind"] == kind]
    heading = f"<h2 id='{kind}'>{html.escape(KIND_TITLES[kind])}</h2>"
    if not scores["events"].any():
        return f"{heading}<p>No such event in the period scored: nothing to plot.</p>"
    per_year = scores[scores["year"] != "all"].pivot(index="year", columns="model",
                                                      values="auc_roc")  # fmt: skip
    plots = [fig(result, kind).to_html(full_html=False, include_plotlyjs=False) for fig in _FIGURES]
    return (
        f"{heading}<h3>Models compared</h3>{comparison_table(scores)}"
        "<h3>AUC-ROC per year</h3>"
        f"{per_year.to_html(float_format=lambda v: f'{v:.3f}', border=0, na_rep='–')}"
        + "".join(plots)
    )


def render_report(result: pd.DataFrame, scores: pd.DataFrame, title: str) -> str:
    """The whole report as one HTML page with plotly.js inlined once (no network needed).

    ``scores`` holds the rows of :func:`~coupwatch.backtest.metrics.score_all_kinds`; every
    kind in it gets a section.
    """
    kinds = [kind for kind in KIND_TITLES if kind in set(scores["kind"])]
    links = " · ".join(f"<a href='#{k}'>{html.escape(KIND_TITLES[k])}</a>" for k in kinds)
    sections = [kind_section(result, scores, kind) for kind in kinds]
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title>"
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{padding:4px 10px;text-align:right}</style>"
        f"<script>{get_plotlyjs()}</script></head><body>"
        f"<h1>{html.escape(title)}</h1><p>{links}</p>{_UNCERTAINTY_NOTE}"
        + "".join(sections)
        + "</body></html>"
    )
