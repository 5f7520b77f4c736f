"""Self-contained HTML report of a leader backtest (plotly, no CDN)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from coupwatch.leaders.causes import EXIT_CAUSES


def write_report(summary: pd.DataFrame, calibration: pd.DataFrame, path: Path) -> None:
    """Write the summary table and per-cause calibration plots to ``path``."""
    figure = make_subplots(rows=1, cols=len(EXIT_CAUSES), subplot_titles=EXIT_CAUSES)
    for col, cause in enumerate(EXIT_CAUSES, start=1):
        part = calibration.loc[calibration["cause"] == cause]
        for model, rows in part.groupby("model", sort=False):
            rows = rows.sort_values("predicted")
            figure.add_trace(
                go.Scatter(
                    x=rows["predicted"], y=rows["observed"], mode="lines+markers", name=model,
                    legendgroup=model, showlegend=col == 1, text=rows["n"].map("n={}".format),
                ),
                row=1, col=col,
            )  # fmt: skip
        top = float(part[["predicted", "observed"]].to_numpy().max()) if len(part) else 1.0
        figure.add_trace(
            go.Scatter(x=[0, top], y=[0, top], mode="lines", line={"dash": "dot", "color": "grey"},
                       showlegend=False),
            row=1, col=col,
        )  # fmt: skip
        figure.update_xaxes(title_text="predicted 6-month incidence", row=1, col=col)
    figure.update_yaxes(title_text="observed", row=1, col=1)
    figure.update_layout(title="Calibration by cause", height=450)
    html = (
        "<html><head><meta charset='utf-8'><title>Leader backtest</title></head><body>"
        "<h1>Leader exit backtest</h1>"
        + summary.to_html(index=False, float_format=lambda v: f"{v:.4f}")
        + figure.to_html(full_html=False, include_plotlyjs=True)
        + "</body></html>"
    )
    path.write_text(html, encoding="utf-8")
