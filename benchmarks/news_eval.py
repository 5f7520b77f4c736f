"""Evaluation of the news extractor: dev items, hand-written stories, and a corpus sanity check.

Run: ``PYTHONPATH=src:. python benchmarks/news_eval.py``. Reads the labelled dev items and the
CASE 2021 snippets in place from ``/work/shared``. Prints markdown tables.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pandas as pd

from coupwatch.geo.countries import load_countries
from coupwatch.news.article import Article
from coupwatch.news.evaluate import evaluate, load_items
from coupwatch.news.extract import extract
from coupwatch.news.gazetteer import Gazetteer, leaders_from_archigos
from coupwatch.news.rules import SIGNAL_TYPES
from tests.news.handwritten import CASES

SHARED = Path("/work/shared")
CASE_TSV = SHARED / "corpora/case2021_task2/test_set_final_release_with_labels_filtered.tsv"
PROTEST = {"PEACE_PROTEST", "PROTEST_WITH_INTER", "VIOL_DEMONSTR", "FORCE_AGAINST_PROTEST"}


def _report(title: str, report: dict) -> None:
    print(f"\n### {title} ({report['items']} items)\n")
    print("| label | precision | recall | F1 | support |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label in (*SIGNAL_TYPES, "micro"):
        m = report["signals"][label]
        support = m["tp"] + m["fn"]
        print(f"| {label} | {m['precision']:.2f} | {m['recall']:.2f} | {m['f1']:.2f} | {support} |")
    cv = report["cross_validated"]
    print(f"\nmodality accuracy {report['modality_accuracy']:.3f}; ", end="")
    print(f"subject-country accuracy {report['subject_accuracy']:.3f}; ", end="")
    print(f"5-fold CV micro-F1 (thresholds refitted per fold) {cv['f1']:.3f}")


def _case_check(gazetteer: Gazetteer) -> None:
    rows = list(csv.DictReader(CASE_TSV.open(encoding="utf-8"), delimiter="\t"))
    fired: Counter[str] = Counter()
    unrest_hits = protest_rows = other_alarms = 0
    for row in rows:
        got = {s.type for s in extract(Article(row["id"], row["EventSnippet"]), gazetteer).signals}
        if row["SubType"] in PROTEST:
            protest_rows += 1
            unrest_hits += "civil_unrest" in got
        else:
            fired.update(got)
            other_alarms += bool(got - {"civil_unrest"})
    other = len(rows) - protest_rows
    print(f"\n### CASE 2021 snippets ({len(rows)}; not our taxonomy)\n")
    print(f"civil_unrest recall on protest classes: {unrest_hits}/{protest_rows}")
    print(f"non-protest snippets with any non-unrest signal: {other_alarms}/{other}")
    print(f"signals fired on non-protest snippets: {dict(fired.most_common())}")


def main() -> None:
    """Print all evaluation tables."""
    archigos = SHARED / "data/archigos/Archigos_4.1.csv"
    leaders = leaders_from_archigos(pd.read_csv(archigos)) if archigos.exists() else None
    gazetteer = Gazetteer(load_countries(), leaders)
    _report("signals-dev", evaluate(load_items(SHARED / "signals-dev/items.jsonl"), gazetteer))
    _report("hand-written stories", evaluate(CASES, gazetteer))
    if CASE_TSV.exists():
        _case_check(gazetteer)


if __name__ == "__main__":
    main()
