"""Out-of-sample skill of every model, 2010–2019, beside the published anchors.

Yearly rolling origins (December of the year before), 12-month horizon, coup attempts: one
forecast per country-year, as in the published country-year figures. The naive score ranks
countries by their exponentially decayed count of earlier attempts; its half-life is the one
with the best AUC-ROC on 1990–2009, chosen before 2010–2019 is looked at. Also times the full
monthly rolling backtest 1990–2019 of the default model.

Run: ``COUPWATCH_DATA=/path/to/data python benchmarks/backtest_skill.py [OUTPUT.md]``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from coupwatch.backtest.metrics import score_all_kinds, skill
from coupwatch.backtest.runner import run_backtest
from coupwatch.backtest.splits import ExpandingWindow
from coupwatch.cli.setup import ensure_data
from coupwatch.data.registry import REQUIRED_FOR_PANEL
from coupwatch.models.registry import DEFAULT_MODEL, MODELS
from coupwatch.panel.build import Panel, build_panel, load_tables
from coupwatch.store import open_store

TEST = (2010, 2019)
VALIDATION = (1990, 2009)
NAIVE_FEATURES = ("attempt_decay_1y", "attempt_decay_5y", "attempt_decay_20y")
#: Published 2010–2019 out-of-sample country-year figures (AUC-ROC, AUC-PR).
ANCHORS = {
    "Beger et al. model (published)": (0.794, 0.048),
    "naive decayed history (published)": (0.75, 0.055),
}
OUTPUT = Path(__file__).with_name("backtest_results.md")

#: How the default was chosen (validation only; written before the test years were scored).
CHOICE_INTRO = """## How the default was chosen

The search used only the 1990–2009 yearly rolling origins (80 attempt country-years), with
a rule written down before any new candidate was scored on 2010–2019: *highest validation
AUC-ROC among candidates with Brier skill > 0.03 and AUC-PR ≥ 0.10; candidates within 0.005
AUC-ROC of the best count as tied, and the tie goes to the higher AUC-PR (then the simpler
model).* Of the new candidates only the winner was then scored on 2010–2019, once (the
table above). This was not a blind search:
the 2010–2019 figures of the earlier default (`calibrated_logit`) and of `lightgbm` and
`ensemble` had already been seen when it started. With 80 validation events, differences
of a few thousandths in AUC-ROC between the candidates below are noise.
"""
#: (candidate, AUC-ROC, AUC-PR, Brier skill, top-20 recall) on 1990–2009 yearly origins.
CHOICE_ROWS = [
    (
        "`calibrated_logit` (earlier default)",
        "0.822",
        "0.114",
        "0.079",
        "0.438",
    ),
    (
        "logit C=0.05, 8-year half-life",
        "0.829",
        "0.116",
        "0.052",
        "0.438",
    ),
    (
        "logit, C 0.01–1 × half-life 5/8/12 years (15 fits)",
        "0.827–0.831",
        "0.111–0.124",
        "0.041–0.059",
        "0.400–0.450",
    ),
    (
        "logit, no recency weighting (C 0.01–1)",
        "0.815–0.817",
        "0.115–0.119",
        "0.006–0.013",
        "0.400–0.412",
    ),
    (
        "logit, log counts / all negatives / yearly rows",
        "0.822 / 0.828 / 0.832",
        "0.116 / 0.114 / 0.108",
        "0.049 / 0.053 / 0.060",
        "0.425 / 0.425 / 0.438",
    ),
    (
        "logit + Cline plots (4 counts) / + conspiracies decayed",
        "0.829 / 0.829",
        "0.108 / 0.115",
        "0.045 / 0.051",
        "0.388 / 0.438",
    ),
    (
        "logit + recent successes, failures, leader and regime changes",
        "0.826",
        "0.108",
        "0.042",
        "0.412",
    ),
    (
        "logit + new leader (≤ 1 and ≤ 2 years)",
        "0.828",
        "0.127",
        "0.053",
        "0.425",
    ),
    (
        "logit + interactions (military × recent coups, coup leader ≤ 2 years)",
        "0.828",
        "0.127",
        "0.058",
        "0.425",
    ),
    (
        "logit + GDP growth shocks / + 3–6-month regional contagion",
        "0.831 / 0.829",
        "0.113 / 0.117",
        "0.051 / 0.052",
        "0.412 / 0.438",
    ),
    (
        "`lightgbm` (7 leaves, 150 trees)",
        "0.826",
        "0.091",
        "0.026",
        "0.425",
    ),
    (
        "lightgbm, 11 tuning variants (leaves 3–15, trees 80–300, half-life, λ, no monotone …)",
        "0.817–0.827",
        "0.082–0.101",
        "0.000–0.045",
        "0.375–0.438",
    ),
    (
        "lightgbm + Cline / recent changes / new leader + interactions / growth + contagion",
        "0.821–0.827",
        "0.087–0.099",
        "0.020–0.027",
        "0.388–0.425",
    ),
    (
        "`ensemble`, uncalibrated",
        "0.828",
        "0.113",
        "0.048",
        "–",
    ),
    (
        "rank average of logit and lightgbm (8 pairs)",
        "0.818–0.822",
        "0.093–0.110",
        "–",
        "0.362–0.500",
    ),
    (
        "log-odds blend logit + lightgbm, 8 pairs × weight 0.5/0.7",
        "0.832–0.835",
        "0.111–0.127",
        "0.052–0.065",
        "0.388–0.463",
    ),
    (
        "blends Platt-calibrated on the latest 5–10 years (7 variants)",
        "0.823–0.826",
        "0.102–0.119",
        "0.068–0.081",
        "0.412–0.463",
    ),
    (
        "blend + a model of the 6- or 24-month outcome (stacked horizons, 6 variants)",
        "0.830–0.832",
        "0.124–0.127",
        "0.009–0.081",
        "0.412–0.450",
    ),
    (
        "**`blend`**: 0.7 logit (C=0.05, 8-y half-life) + 0.3 lightgbm (3 leaves), + interactions",
        "**0.832**",
        "**0.127**",
        "**0.065**",
        "**0.463**",
    ),
]
CHOICE_OUTRO = """The best eligible AUC-ROC was 0.835 (a blend with a logit fitted on yearly
rows); of the candidates within 0.005 of it, two had the highest AUC-PR (0.127), and the
simpler one — `blend`, whose components see the same features — was chosen. The two
interaction features (`military_x_recent_coups`, `coup_leader_still_new`) are now part of
the panel, which also moved the 2010–2019 figures of the other registry models a little
(`lightgbm` AUC-ROC 0.798 → 0.792, `calibrated_logit` AUC-PR 0.087 → 0.084). Over
1980–2009 (about 150 events; a check, not part of the rule) `blend` scored AUC-ROC 0.818,
AUC-PR 0.142, against 0.806 and 0.129 for `calibrated_logit`. The Cline Center plot counts
were neutral or worse on validation and were left out (they also end in 2019).

A second round, with the same rule written down again before any score, tried two
covariates from the coup literature that the panel did not have, each added to `blend`
and scored on the same 1990–2009 origins: ethnic exclusion from power (EPR: excluded
population share, fractionalisation, groups in power) and military size and spending (COW
National Material Capabilities: log spending per soldier relative to the year's median,
personnel per 1,000 people, one-year change in spending). Validation AUC-ROC / AUC-PR /
Brier skill: EPR 0.834 / 0.126 / 0.065, military 0.829 / 0.119 / 0.061, both 0.830 / 0.120 /
0.061, against 0.832 / 0.127 / 0.065 for `blend`. EPR and `blend` tie on AUC-ROC and the tie
goes to `blend` on AUC-PR, so the default did not change and nothing new was scored on
2010–2019.

A third round, again with the rule written down first, tried the electoral calendar from
REIGN's election list (legislative and executive votes; an event dated month m known from
m+1): E1, the log of months since the last vote (capped at 20 years), a vote in the last six
months and a flag for no vote on record; E2, E1 plus an announced election still pending and
the count of failed, delayed or voided elections in the past year. Validation AUC-ROC /
AUC-PR / Brier skill: E1 0.834 / 0.1273 / 0.063, E2 0.833 / 0.120 / 0.061, `blend` 0.832 /
0.1270 / 0.065. All three tie on AUC-ROC and E1 has the higher AUC-PR by 0.0002, so the rule
picks E1 — by a margin that is noise with 80 events, as EPR's loss was in the second round.
E1's three columns are now part of the panel, and the table at the top is from that panel;
scored once, the default moved from AUC-ROC 0.790 / AUC-PR 0.086 to 0.791 / 0.080 on
2010–2019. The leader models keep the panel they were validated on, without these columns.
"""


def naive_scores(panel: Panel, years: tuple[int, int], feature: str) -> pd.DataFrame:
    """Rows of a yearly backtest where the forecast is the decayed attempt count itself."""
    frames = []
    for fold in ExpandingWindow(*years).split(panel.frame["mi"]):
        test = panel.frame.iloc[fold.test]
        base = panel.frame.iloc[fold.train]["attempt_h12"].mean()
        frames.append(
            pd.DataFrame(
                {
                    "y": test["attempt_h12"].to_numpy(),
                    "p": test[feature].to_numpy(),
                    "origin": fold.origin,
                    "base_rate": base,
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def naive_row(panel: Panel) -> tuple[str, dict[str, float], float]:
    """Pick the naive half-life on the validation years, then score it on the test years."""
    validation = {
        f: skill(*(naive_scores(panel, VALIDATION, f)[c] for c in ("y", "p", "base_rate")))
        for f in NAIVE_FEATURES
    }
    best = max(NAIVE_FEATURES, key=lambda f: validation[f]["auc_roc"])
    rows = naive_scores(panel, TEST, best)
    overall = skill(rows["y"], rows["p"], rows["base_rate"], rows["origin"])
    per_year = [
        skill(part["y"], part["p"], part["base_rate"])["auc_roc"]
        for _, part in rows.groupby("origin")
    ]
    overall["brier"] = overall["brier_skill"] = float("nan")
    return best, overall, float(np.nanstd(per_year))


def _cell(value: float) -> str:
    return "–" if value is None or np.isnan(value) else f"{value:.3f}"


def other_kinds_table(every_kind: pd.DataFrame) -> list[str]:
    """Pooled skill for successful coups and failed attempts, every model."""
    lines = [
        "| kind | model | events | AUC-ROC (90% interval) | AUC-PR | Brier skill | top-20 recall |",
        "|---|---|---|---|---|---|---|",
    ]
    pooled = every_kind[(every_kind["year"] == "all") & (every_kind["kind"] != "attempt")]
    for row in pooled.itertuples():
        lines.append(
            f"| {row.kind} | {row.model} | {row.events:.0f} | {_cell(row.auc_roc)} "
            f"({row.auc_roc_low:.2f}–{row.auc_roc_high:.2f}) | {_cell(row.auc_pr)} | "
            f"{_cell(row.brier_skill)} | {_cell(row.recall_top20)} |"
        )
    return lines


def markdown(
    every_kind: pd.DataFrame,
    naive: tuple[str, dict[str, float], float],
    timings: dict[str, float],
    n_forecasts: int,
    jobs: int,
    cores: int,
) -> str:
    """The results section."""
    scores = every_kind[every_kind["kind"] == "attempt"]
    lines = [
        "## Forecast skill: rolling backtest 2010–2019",
        "",
        "Yearly origins (December of the previous year), 12-month horizon, coup attempts "
        "(Powell & Thyne): one out-of-sample forecast per country-year. Models and "
        "hyper-parameters were chosen on 1990–2009 rolling origins only. Brier skill is "
        "against the training base rate; top-20 recall is the share of attempt country-years "
        "ranked in the top 20 of their year; spread is the standard deviation of the yearly "
        "AUC-ROC; the 90% interval is a bootstrap over the pooled forecasts.",
        "",
        "| model | AUC-ROC | 90% interval | AUC-PR | Brier | Brier skill | top-20 recall "
        "| AUC-ROC spread |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for model, part in scores.groupby("model", sort=False):
        a = part[part["year"] == "all"].iloc[0]
        spread = part[part["year"] != "all"]["auc_roc"].std(ddof=0)
        marker = " (default)" if model == DEFAULT_MODEL else ""
        lines.append(
            f"| {model}{marker} | {_cell(a.auc_roc)} | {a.auc_roc_low:.2f}–{a.auc_roc_high:.2f} "
            f"| {_cell(a.auc_pr)} | {_cell(a.brier)} | {_cell(a.brier_skill)} | "
            f"{_cell(a.recall_top20)} | {_cell(spread)} |"
        )
    feature, figures, spread = naive
    lines.append(
        f"| naive `{feature}` (no model) | {_cell(figures['auc_roc'])} | – | "
        f"{_cell(figures['auc_pr'])} | – | – | {_cell(figures['recall_top20'])} | "
        f"{_cell(spread)} |"
    )
    for name, (roc, pr) in ANCHORS.items():
        lines.append(f"| {name} | {roc:.3f} | – | {pr:.3f} | – | – | – | – |")
    default = scores[(scores["model"] == DEFAULT_MODEL) & (scores["year"] == "all")].iloc[0]
    events = int(default["events"])
    verdicts = []
    for i, (name, column) in enumerate((("AUC-ROC", "auc_roc"), ("AUC-PR", "auc_pr"))):
        value = default[column]
        others = [(f"the {n}: {v[i]:.3f}", v[i]) for n, v in ANCHORS.items()]
        others.append((f"the naive score here: {figures[column]:.3f}", figures[column]))
        parts = [f"{'above' if value > ref else 'not above'} {text}" for text, ref in others]
        verdicts.append(f"{name} {value:.3f} is {', '.join(parts)}")
    lines += [
        "",
        f"Default model: {'; '.join(verdicts)}. Brier skill {default['brier_skill']:.3f}. "
        f"The test years hold only {events} attempt country-years, so one event more or less "
        "in the top ranks moves AUC-ROC by a few hundredths: the 90% interval of the default "
        f"runs from {default['auc_roc_low']:.2f} to {default['auc_roc_high']:.2f}.",
        "",
        "The same run, successful coups and failed attempts (fewer events still):",
        "",
        *other_kinds_table(every_kind),
        "",
        f"Timings ({jobs} threads on {cores} core{'s' if cores != 1 else ''}, BLAS on one "
        "thread; the machine is shared, so expect ±30%):",
        "",
        f"* every model, yearly 2010–2019 (what `coupwatch backtest --start 2010 --end 2019 "
        f"--model all` fits and predicts): {timings['all_models']:.1f} s;",
        f"* the full monthly rolling backtest 1990–2019 of the default model (`{DEFAULT_MODEL}`, "
        "attempt, success and failed; refit every 12 months at the December origin, each "
        "month's forecast from the latest fit made at or before it — the default of "
        f"`--step month`): {timings['monthly']:.1f} s for {n_forecasts} forecasts.",
        "",
    ]
    return "\n".join(lines) + "\n" + choice_section()


def choice_section() -> str:
    """The "How the default was chosen" section: rule, validation table, verdict."""
    header = [
        "| candidate (1990–2009 validation) | AUC-ROC | AUC-PR | Brier skill | top-20 recall |",
        "|---|---|---|---|---|",
    ]
    rows = ["| " + " | ".join(row) + " |" for row in CHOICE_ROWS]
    return "\n".join([CHOICE_INTRO, *header, *rows, "", CHOICE_OUTRO])


def main() -> None:
    """Run the backtests and write the markdown section."""
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT
    with open_store(read_only=True) as store:
        ready = set(REQUIRED_FOR_PANEL) <= store.imported_sources()
        tables = load_tables(store) if ready else None
    if tables is None:
        with open_store() as store:
            ensure_data(store)
            tables = load_tables(store)
    panel = build_panel(tables)
    jobs = min(2, os.cpu_count() or 1)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else jobs
    timings = {}
    start = time.perf_counter()
    result = run_backtest(panel, ExpandingWindow(*TEST), list(MODELS), n_jobs=jobs)
    timings["all_models"] = time.perf_counter() - start
    every_kind = score_all_kinds(result)
    naive = naive_row(panel)
    start = time.perf_counter()
    monthly = run_backtest(panel, ExpandingWindow(1990, 2019, step="month"), [DEFAULT_MODEL],
                           refit_every=12, n_jobs=jobs)  # fmt: skip
    timings["monthly"] = time.perf_counter() - start
    text = markdown(every_kind, naive, timings, len(monthly), jobs, cores)
    output.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
