"""Score the news extractor on real 2020+ articles, labelled blind, in two halves split by event.

Run: ``PYTHONPATH=src:. python benchmarks/news_real_eval.py DIR``, where ``DIR`` holds
``real_a.jsonl`` (the half used while developing rules) and ``real_b.jsonl`` (the held-out half)
in the schema of ``signals-dev/items.jsonl``. The article texts belong to their publishers and
are not in the repository: ``news_real_labels.jsonl`` here keeps every item's URL, labels and
the sha256 of its text, so a copy collected again from the URLs can be checked against them.
Without ``DIR`` the script only writes the label file's counts.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

from coupwatch.news.evaluate import evaluate, load_items
from coupwatch.news.rules import SIGNAL_TYPES

LABELS = Path(__file__).with_name("news_real_labels.jsonl")
SPLITS = {"a": "development half (rules revised on it)", "b": "held-out half (scored once)"}
LABEL_FIELDS = ("id", "url", "title", "date", "countries", "signals", "modality", "notes")


def text_digest(text: str) -> str:
    """sha256 of an article text, as recorded in the label file."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_labels(folder: Path) -> None:
    """Record the labels, URLs and text digests of both halves (never the texts)."""
    rows = []
    for split in SPLITS:
        for item in load_items(folder / f"real_{split}.jsonl"):
            row = {field: item.get(field) for field in LABEL_FIELDS}
            rows.append(row | {"split": split, "text_sha256": text_digest(item["text"])})
    LABELS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


def check_texts(items: list[dict]) -> None:
    """Refuse texts that differ from the ones the labels were made for."""
    recorded = {r["id"]: r["text_sha256"] for r in load_items(LABELS)}
    changed = [i["id"] for i in items if recorded.get(i["id"]) != text_digest(i["text"])]
    if changed:
        raise SystemExit(f"texts differ from the labelled ones: {', '.join(changed)}")


def report(split: str, items: list[dict]) -> None:
    """Print micro and per-label figures for one half."""
    result = evaluate(items)
    micro = result["signals"]["micro"]
    print(f"\n#### real_{split}: {SPLITS[split]}, {len(items)} items\n")
    print(f"micro precision {micro['precision']:.2f}, recall {micro['recall']:.2f}, "
          f"**F1 {micro['f1']:.2f}**; modality accuracy {result['modality_accuracy']:.2f}; "
          f"subject-country accuracy {result['subject_accuracy']:.2f}\n")  # fmt: skip
    print("| label | precision | recall | F1 | support |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label in SIGNAL_TYPES:
        m = result["signals"][label]
        support = m["tp"] + m["fn"]
        print(f"| {label} | {m['precision']:.2f} | {m['recall']:.2f} | {m['f1']:.2f} | {support} |")


def main() -> None:
    """Score both halves if their texts are given, then print the label counts."""
    if len(sys.argv) > 1:
        folder = Path(sys.argv[1])
        if not LABELS.exists():
            write_labels(folder)
        for split in SPLITS:
            items = load_items(folder / f"real_{split}.jsonl")
            check_texts(items)
            report(split, items)
    rows = load_items(LABELS)
    for split in SPLITS:
        part = [r for r in rows if r["split"] == split]
        counts = Counter(label for r in part for label in r["signals"])
        negatives = sum(not r["signals"] for r in part)
        print(
            f"\nreal_{split}: {len(part)} items, {negatives} without a signal; "
            + ", ".join(f"{k} {v}" for k, v in counts.most_common())
        )


if __name__ == "__main__":
    main()
