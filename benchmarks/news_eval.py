"""Evaluation of the news extractor: dev items, hand-written stories, and corpus false alarms.

Run: ``PYTHONPATH=src:. python benchmarks/news_eval.py``. Reads the labelled dev items and the
public corpora (CASE 2021 task 2, PLOVER, ConfliBERT CAMEO) in place from ``/work/shared``.
Prints markdown tables. The corpora are not labelled with our taxonomy: for each signal type,
the firing rate on the classes that resemble it is a rough recall check and the rate on all
other classes a false-alarm check.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pandas as pd

from coupwatch.geo.countries import load_countries
from coupwatch.news.article import Article
from coupwatch.news.evaluate import evaluate, load_items
from coupwatch.news.extract import extract
from coupwatch.news.gazetteer import Gazetteer, leaders_from_archigos
from coupwatch.news.rules import SIGNAL_TYPES
from tests.news.handwritten import CASES, FRESH_CASES, UNSEEN_CASES

SHARED = Path("/work/shared")
CASE_TSV = SHARED / "corpora/case2021_task2/test_set_final_release_with_labels_filtered.tsv"
PLOVER_JSON = SHARED / "corpora/plover_gsr/PLOVER_GSR_CAMEO.txt"
CAMEO_DIR = SHARED / "corpora/conflibert/cameo_class"
PROTEST = {"PEACE_PROTEST", "PROTEST_WITH_INTER", "VIOL_DEMONSTR", "FORCE_AGAINST_PROTEST"}
# Corpus classes that resemble a signal type (after the corpora README's suggested mapping).
RELATED: dict[str, set[str]] = {
    "civil_unrest": {f"case:{c}" for c in PROTEST} | {"plover:PROTEST", "cameo:4"},
    "military_defeat": {"case:NON_STATE_ACTOR_OVERTAKES_TER", "plover:RETREAT"},
    "troop_movement": {"plover:MOBILIZE", "case:CHANGE_TO_GROUP_ACT", "cameo:4"},
}


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


def corpus_texts() -> list[tuple[str, str]]:
    """(class, text) pairs from the three public corpora, where available."""
    rows: list[tuple[str, str]] = []
    if CASE_TSV.exists():
        with CASE_TSV.open(encoding="utf-8") as f:
            rows += [
                (f"case:{r['SubType']}", r["EventSnippet"])
                for r in csv.DictReader(f, delimiter="\t")
            ]
    if PLOVER_JSON.exists():
        records = json.loads(PLOVER_JSON.read_text(encoding="utf-8"))[1:]
        rows += [(f"plover:{r['event']}", r["text"]) for r in records]
    for name in ("train_filtered.tsv", "test_filtered.tsv"):
        path = CAMEO_DIR / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                text, _, label = line.rpartition("\t")
                rows.append((f"cameo:{label}", text))
    return rows


def _corpus_rates(gazetteer: Gazetteer) -> None:
    rows = corpus_texts()
    if not rows:
        return
    fired: dict[str, Counter[str]] = {t: Counter() for t in SIGNAL_TYPES}
    sizes: Counter[str] = Counter()
    for i, (label, text) in enumerate(rows):
        sizes[label] += 1
        for sig in extract(Article(f"c{i}", text), gazetteer).signals:
            fired[sig.type][label] += 1
    print(f"\n### Corpus firing rates ({len(rows)} snippets; not our taxonomy)\n")
    print("| signal | related classes | fired | other classes | fired | top other classes |")
    print("| --- | --- | ---: | ---: | ---: | --- |")
    for t in SIGNAL_TYPES:
        rel = RELATED.get(t, set())
        n_rel = sum(sizes[c] for c in rel)
        hit_rel = sum(fired[t][c] for c in rel)
        n_oth = sum(n for c, n in sizes.items() if c not in rel)
        hit_oth = sum(k for c, k in fired[t].items() if c not in rel)
        top = ", ".join(f"{c} {k}" for c, k in fired[t].most_common() if c not in rel)
        rel_cell = f"{hit_rel}/{n_rel} ({hit_rel / n_rel:.0%})" if n_rel else "—"
        names = ", ".join(sorted(rel)) or "—"
        oth_cell = f"{hit_oth} ({hit_oth / n_oth:.1%})"
        print(f"| {t} | {names} | {rel_cell} | {n_oth} | {oth_cell} | {top[:90]} |")


def main() -> None:
    """Print all evaluation tables."""
    archigos = SHARED / "data/archigos/Archigos_4.1.csv"
    leaders = leaders_from_archigos(pd.read_csv(archigos)) if archigos.exists() else None
    gazetteer = Gazetteer(load_countries(), leaders)
    _report("signals-dev", evaluate(load_items(SHARED / "signals-dev/items.jsonl"), gazetteer))
    _report("hand-written stories", evaluate(CASES, gazetteer))
    _report("hand-written stories, second set", evaluate(UNSEEN_CASES, gazetteer))
    _report("hand-written stories, third set", evaluate(FRESH_CASES, gazetteer))
    if CASE_TSV.exists():
        _case_check(gazetteer)
    _corpus_rates(gazetteer)


if __name__ == "__main__":
    main()
