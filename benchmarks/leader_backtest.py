"""Leader-exit backtest: the competing-risks model against the naive logit, beside published
anchors, plus a check of the natural-death part against age-specific mortality.

Run: ``python benchmarks/leader_backtest.py [START END]`` (default 2000 2019) with the store at
``$COUPWATCH_HOME`` already holding the sources. Writes ``benchmarks/leader_results.md``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from coupwatch.leaders.backtest import calibration, run_backtest, summarise
from coupwatch.leaders.frame import LeaderData, features, load_leader_data, spell_months
from coupwatch.leaders.risk import forecast_leaders
from coupwatch.store import open_store

OUT = Path(__file__).with_name("leader_results.md")
AGE_BANDS = [40, 50, 60, 65, 70, 75, 80, 85, 120]
#: Annual probability of death, men, U.S. Social Security Administration period life table
#: (single ages 60, 70, 80; the widely reproduced SSA actuarial table).
LIFE_TABLE = {"[60, 65)": 0.0123, "[70, 75)": 0.0289, "[80, 85)": 0.0717}
ANCHORS = [
    ("Ward & Beger 2017, 6-month irregular exit (with event data)", "auc_roc_irregular_6m", 0.875),
    ("Ward & Beger 2017", "auc_pr_irregular_6m", 0.111),
    ("Ward & Beger 2017", "brier_irregular_6m", 0.0078),
    ("LightGBM survival model on REIGN, any exit", "c_index_any_exit", 0.726),
]
PROBABILITIES = ("p_natural_death", "p_irregular", "p_regular", "p_remain")
STRETCH = {
    "auc_roc_irregular_6m": 0.88,
    "auc_pr_irregular_6m": 0.12,
    "brier_irregular_6m": 0.0078,
    "c_index_any_exit": 0.75,
}


NOTES = [
    "## Method notes",
    "",
    "- Spells: Archigos 4.1 to 2015-12-31, matched to REIGN by state, start date (±92 days) "
    "and name similarity (then, for spells running at the end of 2015, the REIGN spell in "
    "office on that day with a similar name). REIGN supplies military careers and end dates "
    "after 2015; unmatched REIGN spells running into 2016 are added from 2016-01 on, and "
    "states Archigos leaves out (microstates) come wholly from REIGN. A spell ending on "
    "2015-12-31 counts as running whatever its Archigos exit says (one reads Natural Death).",
    "- Causes: natural death = Archigos natural death or retirement for ill health; "
    "irregular = Archigos irregular, foreign removal and suicide (forced exits). REIGN exits "
    "carry no cause: a successful Powell & Thyne coup in the exit month or the month before "
    "makes them irregular, an exit within 6 months after a held election regular, anything "
    "else `unknown` (e.g. Karimov 2016): never counted as regular; its exit month is dropped "
    "from training (censored for every cause) and such windows are left out of the "
    "cause-specific measures.",
    "- Model: cause-specific discrete-time hazards on leader-months. Boosted trees (LightGBM) "
    "for irregular and regular exits on leader features (age, tenure, military career, entry "
    "by coup, return to office), the electoral calendar (months since the last held election "
    "and to the next one projected from the state's median interval between regular "
    "elections) and country-panel features (coup history and decay, regional contagion, "
    "regime family, democracy, income, population, conflict, region); a logit on age, tenure "
    "and income for natural death. Cumulative incidence by chaining monthly hazards with "
    "tenure, age and the electoral clock advancing and the country features held at the "
    "origin. The naive baseline is one multinomial logit on log tenure, age and coup attempts "
    "in the last 10 years.",
    "- Tried and not kept: calendar year in the natural-death logit halves the natural-death "
    "probabilities (about 1.6% at 70–74, half the life-table rate) and lowers the irregular "
    "AUC-ROC; smaller trees (7 leaves) raised AUC-ROC but lowered AUC-PR. Tree settings were fixed "
    "before the first backtest and not tuned to years or leaders.",
    "- Reading the mortality table: the model's 12-month natural-death probability rises with "
    "age much as the life table does and sits close to it at 60–64 and 70–74; the empirical "
    "leader rate is a little lower at 60–69 and 80–84 (few leaders, better care; the 80+ bands "
    "rest on a handful of deaths). In the 2000–2019 backtest windows the model over-predicts "
    "natural death (observed about half of predicted), partly because leader mortality fell "
    "over the decades and partly because post-2015 deaths in office are coded `unknown`.",
    "- Country coup forecast (added after the first backtest): for each calendar year a "
    "country-panel logit (`LogitModel`) fitted on country-months whose 12-month attempt "
    "window had closed by the December before predicts every country-month of that year; its "
    "12-month attempt probability is a feature of the irregular and regular trees, for "
    "training rows and forecasts alike, so no row sees a model trained on its own future. "
    "Chosen on validation origins 1985–1999 (33 irregular exits, lightgbm only) before the "
    "2000–2019 run: without it C-index 0.645, AUC-ROC 0.792, AUC-PR 0.057, Brier 0.0120; with "
    "it 0.645 / 0.797 / 0.064 / 0.0120. Also tried there and not kept: a logit for irregular "
    "exits on ten features (AUC-ROC 0.745); more regularised trees (7 leaves, 200 per leaf, "
    "λ 20) for irregular exits (AUC-PR 0.070 but AUC-ROC 0.792 and C-index 0.642). The "
    "2000–2019 figures above were run once, after that choice. "
    "On 2000–2019 it moved C-index 0.678 → 0.682, AUC-PR 0.027 → 0.028, Brier 0.0058 → 0.0058 "
    "and AUC-ROC 0.823 → 0.809 (down): a mixed result on 22 events, kept as chosen on validation. "
    "To keep a call fast the panel model is now refitted every 3 years instead of yearly "
    "(each block still trained only through the December before it); the figures above are "
    "from that version (2000–2019 with yearly refits: 0.682 / 0.809 / 0.028 / 0.0058).",
    "- Events are few: about 20 irregular exits across the 20 origins, so AUC-PR moves a lot "
    "with one or two cases.",
    "",
]


def empirical_natural_death(data: LeaderData) -> pd.Series:
    """Annualised rate of natural-death exits per leader-month, 1950 to the end, by age band."""
    rows = spell_months(data.spells, data.data_end)
    age = features(data, rows)["age"]
    band = pd.cut(age, AGE_BANDS, right=False).astype(str)
    monthly = (rows["label"] == 1).groupby(band).mean()
    return 1 - (1 - monthly) ** 12


def mortality_table(data: LeaderData, predictions: pd.DataFrame) -> pd.DataFrame:
    """Mean 12-month natural-death probability by age band: model, naive, data, life table."""
    band = pd.cut(predictions["age"], AGE_BANDS, right=False).astype(str)
    predicted = predictions.assign(band=band).pivot_table(
        index="band", columns="model", values="p_natural_death_12m", aggfunc="mean"
    )
    counts = predictions.loc[predictions["model"] == "lightgbm"].assign(band=band).groupby("band")
    table = predicted.assign(
        leader_origins=counts.size(),
        data_annual_rate=empirical_natural_death(data),
        life_table_men=pd.Series(LIFE_TABLE),
    )
    return table.loc[[b for b in table.index if b != "nan"]]


def _cell(value: object) -> str:
    if isinstance(value, float | np.floating):
        return "" if np.isnan(value) else f"{value:.4f}"
    return str(value)


def _md(frame: pd.DataFrame, index: bool = False) -> str:
    """A pipe table (markdown) of ``frame``."""
    table = frame.reset_index() if index else frame
    head = [str(c) for c in table.columns]
    body = [[_cell(v) for v in row] for row in table.itertuples(index=False)]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in body])


def main(start: int = 2000, end: int = 2019) -> None:
    """Run the backtest and write the results file."""
    with open_store(read_only=True) as store:
        begun = time.perf_counter()
        data = load_leader_data(store)
        loaded = time.perf_counter() - begun
    begun = time.perf_counter()
    putin = forecast_leaders(data, None, 12, gwcode=365).table()
    one = time.perf_counter() - begun
    begun = time.perf_counter()
    predictions = run_backtest(data, start, end)
    elapsed = time.perf_counter() - begun
    summary = summarise(predictions).set_index("model")
    measures = list(STRETCH)
    lower_better = {"brier_irregular_6m"}
    versus = pd.DataFrame(
        {
            "model": summary.loc["lightgbm", measures],
            "naive": summary.loc["naive", measures],
            "stretch": pd.Series(STRETCH),
        }
    )
    versus["model beats naive"] = [
        (m < n) if k in lower_better else (m > n)
        for k, m, n in zip(versus.index, versus["model"], versus["naive"], strict=True)
    ]
    anchors = pd.DataFrame(
        [
            {"anchor": a, "measure": k, "published": v, "this model": summary.loc["lightgbm", k]}
            for a, k, v in ANCHORS
        ]
    )
    mortality = mortality_table(data, predictions)
    lines = [
        "# Leader exits: backtest results",
        "",
        f"Rolling yearly origins {start}–{end} (as of January; trained on leader-months whose "
        "6-month window had closed), leaders in office at each origin. Generated by "
        "`benchmarks/leader_backtest.py`.",
        "",
        _md(summary.reset_index()),
        "",
        "## Model against the naive baseline (logit on tenure, age, past coups)",
        "",
        _md(versus, index=True),
        "",
        "## Published anchors",
        "",
        "Not like-for-like: Ward & Beger (2017) use ICEWS event data and a different sample; "
        "the anchors are for orientation only.",
        "",
        _md(anchors),
        "",
        "## Natural death against age-specific mortality",
        "",
        "Mean predicted 12-month natural-death probability (natural death or retirement for ill "
        "health) by age at the origin, the annualised rate in the leader-months 1950–2019, and "
        "the annual probability of death of men at ages 60, 70 and 80 from the U.S. Social "
        "Security Administration period life table (q60 = 0.0123, q70 = 0.0289, q80 = 0.0717).",
        "",
        _md(mortality, index=True),
        "",
        "## Calibration (6-month cumulative incidence)",
        "",
        _md(calibration(predictions)),
        "",
        *NOTES,
        "## Timings",
        "",
        f"- loading spells, country panel and elections: {loaded:.1f} s",
        f"- one forecast (fit + predict, Russia 2019-12): {one:.1f} s",
        f"- backtest ({summary['origins'].iloc[0]} origins × 2 models): {elapsed:.0f} s",
        "- Putin, 12 months after 2019-12: "
        + ", ".join(f"{k} {float(putin.iloc[0][k]):.4f}" for k in PROBABILITIES),
        "",
    ]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(OUT.read_text(encoding="utf-8"))
    assert np.isfinite(summary.to_numpy(dtype=float)).all()


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
