"""Score the news extractor on real 2020+ articles, labelled blind, in sets collected in turn.

Run: ``PYTHONPATH=src:. python benchmarks/news_real_eval.py DIR``, where ``DIR`` holds the sets
``real_a.jsonl`` … ``real_z.jsonl``, ``real_za.jsonl`` … ``real_zz.jsonl`` and ``real_ya.jsonl``
… ``real_yk.jsonl`` (:data:`SPLITS`, in the order they were collected) in the schema of
``signals-dev/items.jsonl``. Each set was collected and labelled blind, scored once while
unseen, and then used to revise the rules, so only a set's first score estimates performance
on new text (see news_results.md). The article texts belong to their publishers and are not in
the repository: ``news_real_labels.jsonl`` here keeps every item's URL, labels and the sha256
of its text, so a copy collected again from the URLs can be checked against them. Some sets
were also labelled a second time, independently (``real_{split}_second_labels.jsonl``): the
agreement between the two labellings needs no texts and is printed every time, and with
``DIR`` the extractor is also scored against the second labelling.
Without ``DIR`` the script prints only the counts and that agreement.
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
SPLITS = (
    *"abcdefghijklmnopqrstuvwxyz",
    *(f"z{c}" for c in "abcdefghijklmnopqrstuvwxyz"),
    *(f"y{c}" for c in "abcdefghijk"),
)
LABEL_FIELDS = ("id", "url", "title", "date", "countries", "signals", "modality", "notes")


def text_digest(text: str) -> str:
    """sha256 of an article text, as recorded in the label file."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_labels(folder: Path) -> None:
    """Record the labels, URLs and text digests of every set (never the texts), with the second,
    independent labelling of a set where ``real_{split}_second_labels.jsonl`` holds one."""
    rows = []
    for split in SPLITS:
        if not (folder / f"real_{split}.jsonl").exists():
            continue
        second = folder / f"real_{split}_second_labels.jsonl"
        again = {r["id"]: r for r in load_items(second)} if second.exists() else {}
        for item in load_items(folder / f"real_{split}.jsonl"):
            row = {field: item.get(field) for field in LABEL_FIELDS}
            row |= {"split": split, "text_sha256": text_digest(item["text"])}
            if item["id"] in again:
                row["second_labelling"] = {
                    k: again[item["id"]][k] for k in ("countries", "signals", "modality")
                }
            rows.append(row)
    LABELS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


def check_texts(items: list[dict]) -> None:
    """Refuse texts that differ from the ones the labels were made for."""
    recorded = {r["id"]: r["text_sha256"] for r in load_items(LABELS)}
    changed = [i["id"] for i in items if recorded.get(i["id"]) != text_digest(i["text"])]
    if changed:
        raise SystemExit(f"texts differ from the labelled ones: {', '.join(changed)}")


def report(split: str, items: list[dict]) -> None:
    """Print micro and per-label figures for one set."""
    result = evaluate(items)
    micro = result["signals"]["micro"]
    print(f"\n#### real_{split}: {len(items)} items\n")
    print(f"micro precision {micro['precision']:.2f}, recall {micro['recall']:.2f}, "
          f"**F1 {micro['f1']:.2f}**; modality accuracy {result['modality_accuracy']:.2f}; "
          f"subject-country accuracy {result['subject_accuracy']:.2f}\n")  # fmt: skip
    print("| label | precision | recall | F1 | support |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label in SIGNAL_TYPES:
        m = result["signals"][label]
        support = m["tp"] + m["fn"]
        print(f"| {label} | {m['precision']:.2f} | {m['recall']:.2f} | {m['f1']:.2f} | {support} |")


def labeller_agreement(rows: list[dict]) -> str:
    """Micro-F1, modality and subject agreement of the second labellings with the first, per
    set that has one and pooled."""
    pairs = [(r, r["second_labelling"]) for r in rows if r.get("second_labelling")]
    if not pairs:
        return "no second labelling recorded"
    lines = []
    for split in [*dict.fromkeys(r["split"] for r, _ in pairs), None]:
        part = [(a, b) for a, b in pairs if split is None or a["split"] == split]
        tp = sum(len(set(a["signals"]) & set(b["signals"])) for a, b in part)
        disagree = sum(len(set(a["signals"]) ^ set(b["signals"])) for a, b in part)
        modality = sum(a["modality"] == b["modality"] for a, b in part) / len(part)
        subject = sum(
            (not a["countries"] and not b["countries"])
            or (bool(b["countries"]) and b["countries"][0] in a["countries"])
            for a, b in part
        ) / len(part)
        where = f"set {split.upper()}" if split else "all"
        lines.append(
            f"two blind labellings, {where} ({len(part)} items): micro-F1 "
            f"{2 * tp / (2 * tp + disagree):.2f}, modality {modality:.2f}, subject {subject:.2f}"
        )
    return "\n".join(lines)


def second_labelling_items(items: list[dict], rows: list[dict]) -> list[dict]:
    """The items of a set with their second labelling in place of the first (only those that
    have one)."""
    again = {r["id"]: r["second_labelling"] for r in rows if r.get("second_labelling")}
    return [item | again[item["id"]] for item in items if item["id"] in again]


def main() -> None:
    """Score every set whose texts are given, then print the label counts.

    With ``--record`` the label file is (re)written from ``DIR`` first.
    """
    if len(sys.argv) > 1:
        folder = Path(sys.argv[1])
        if "--record" in sys.argv or not LABELS.exists():
            write_labels(folder)
        for split in SPLITS:
            if not (folder / f"real_{split}.jsonl").exists():
                continue
            items = load_items(folder / f"real_{split}.jsonl")
            check_texts(items)
            report(split, items)
            again = second_labelling_items(items, load_items(LABELS))
            if again:
                report(f"{split}, scored against the second labelling", again)
    rows = load_items(LABELS)
    for split in SPLITS:
        part = [r for r in rows if r["split"] == split]
        if not part:
            continue
        counts = Counter(label for r in part for label in r["signals"])
        negatives = sum(not r["signals"] for r in part)
        print(
            f"\nreal_{split}: {len(part)} items, {negatives} without a signal; "
            + ", ".join(f"{k} {v}" for k, v in counts.most_common())
        )

    print("\n" + labeller_agreement(rows))


if __name__ == "__main__":
    main()
