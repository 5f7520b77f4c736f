"""Fit the learned signal check and record how much it helps on articles it was not fitted to.

Run: ``COUPWATCH_DATA=../shared/data PYTHONPATH=src:. python benchmarks/train_signal_check.py
DIR [--write]``, where ``DIR`` holds the blind-labelled real sets of news_real_eval.py
(``real_a.jsonl`` … ``real_zu.jsonl``, :data:`CHECK_SPLITS`; the texts belong to their
publishers and are not in the repository).

1. The rules alone (``extract(..., check=False)``) read the signals-dev items and every set.
2. The penalty and threshold are chosen by leave-one-set-out over the sets before the last two
   (each held out in turn, the check fitted on dev and the others), by pooled micro-F1; then,
   with that choice, only the types whose errors the check cut by at least two over those
   held-out sets are checked.
3. With that choice, the check is fitted on dev and those sets and scored once on the last two
   sets, which it has not seen: rules alone against rules plus check.
4. With ``--write`` the check is refitted on everything and written to
   ``src/coupwatch/news/signal_check.json``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from coupwatch.news.evaluate import item_article, load_items
from coupwatch.news.extract import check_text, extract
from coupwatch.news.rules import SIGNAL_TYPES
from coupwatch.news.signal_check import SignalCheck, check_inputs, fit_signal_check

HERE = Path(__file__).parent
MODEL_FILE = HERE.parent / "src" / "coupwatch" / "news" / "signal_check.json"
SHARED = (
    Path(os.environ["COUPWATCH_DATA"]).resolve().parent
    if os.environ.get("COUPWATCH_DATA")
    else HERE.parent.parent / "shared"
)
PENALTIES = (1.0, 3.0, 10.0)
#: The real sets the shipped check was fitted on, in the order they were collected; the last
#: two are its held-out test here, and sets collected after them are its fresh test in
#: news_real_eval.py.
CHECK_SPLITS = (*"abcdefghijklmnopqrstuvwxyz", *(f"z{c}" for c in "abcdefghijklmnopqrstu"))
#: A type is checked only if the check removed at least this many errors on validation.
MIN_ERRORS_CUT = 2
THRESHOLDS = (0.5, 0.6)


def read_sets(folder: Path) -> dict[str, list[dict]]:
    """Dev items and the real sets, each item with what the rules alone found."""
    sets = {"dev": load_items(SHARED / "signals-dev" / "items.jsonl")}
    for split in CHECK_SPLITS:
        sets[split] = load_items(folder / f"real_{split}.jsonl")
    for items in sets.values():
        for item in items:
            article = item_article(item)
            found = extract(article, check=False).signals
            item["_found"] = {s.type: (s.confidence, len(s.evidence)) for s in found}
            item["_text"] = check_text(article)
    return sets


def _counts(items: list[dict], kept: list[set[str]]) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for item, k in zip(items, kept, strict=True):
        gold = set(item.get("signals") or [])
        tp, fp, fn = tp + len(k & gold), fp + len(k - gold), fn + len(gold - k)
    return tp, fp, fn


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def fitted(
    train: list[dict], c: float, threshold: float, types: Sequence[str] = SIGNAL_TYPES
) -> SignalCheck:
    """The check fitted on ``train``."""
    inputs = check_inputs([i["_text"] for i in train], [i["_found"] for i in train])
    gold = [set(i.get("signals") or []) for i in train]
    return fit_signal_check(inputs, gold, c, threshold, types)


def score(
    train: list[dict], test: list[dict], c: float, threshold: float, types: Sequence[str]
) -> tuple[int, int, int]:
    """Counts on ``test`` with the check fitted on ``train``."""
    check = fitted(train, c, threshold, types)
    return _counts(test, [check.keep(i["_text"], i["_found"]) for i in test])


def errors_cut_by_type(
    sets: dict[str, list[dict]], validation: list[str], held: list[str], c: float, threshold: float
) -> dict[str, int]:
    """Per type, how many errors (false alarms dropped minus true signs lost) the check removes
    over the validation sets, each held out in turn."""
    cut = dict.fromkeys(SIGNAL_TYPES, 0)
    for name in validation:
        check = fitted(
            [i for n, it in sets.items() if n not in (name, *held) for i in it], c, threshold
        )
        for item in sets[name]:
            gold = set(item.get("signals") or [])
            for t in set(item["_found"]) - check.keep(item["_text"], item["_found"]):
                cut[t] += -1 if t in gold else 1
    return cut


def rules_only(items: list[dict]) -> tuple[int, int, int]:
    """Counts of the rules alone."""
    return _counts(items, [set(i["_found"]) for i in items])


def main() -> None:
    sets = read_sets(Path(sys.argv[1]))
    real = [name for name in sets if name != "dev"]
    validation, held = real[:-2], real[-2:]
    print(f"validation sets {', '.join(validation)}; held-out sets {', '.join(held)}")
    totals = {(c, t): np.zeros(3, dtype=int) for c in PENALTIES for t in THRESHOLDS}
    for c in PENALTIES:
        for name in validation:
            train = [i for n, items in sets.items() if n not in (name, *held) for i in items]
            check = fitted(train, c, THRESHOLDS[0])
            for t in THRESHOLDS:  # the threshold does not change the fit
                at = SignalCheck(check.checks, t)
                totals[c, t] += _counts(
                    sets[name], [at.keep(i["_text"], i["_found"]) for i in sets[name]]
                )
    choices = {k: _f1(*v) for k, v in totals.items()}
    for (c, t), f1 in choices.items():
        print(f"  C={c} threshold={t}: leave-one-set-out micro-F1 {f1:.3f}")
    best = max(choices, key=lambda k: (choices[k], -k[0]))
    cut = errors_cut_by_type(sets, validation, held, *best)
    types = [t for t in SIGNAL_TYPES if cut[t] >= MIN_ERRORS_CUT]
    print("errors cut by type: " + ", ".join(f"{t} {cut[t]}" for t in SIGNAL_TYPES))
    print(f"checked types (cut at least {MIN_ERRORS_CUT}): {', '.join(types)}")
    base = sum((np.array(rules_only(sets[n])) for n in validation), np.zeros(3, dtype=int))
    print(
        f"rules alone on the validation sets: {_f1(*base):.3f}; chosen C={best[0]}, "
        f"threshold={best[1]}"
    )
    train = [i for n, items in sets.items() if n not in held for i in items]
    test = [i for n in held for i in sets[n]]
    before, after = rules_only(test), score(train, test, *best, types)
    print(
        f"held-out sets {', '.join(held)} ({len(test)} items): rules alone micro-F1 "
        f"{_f1(*before):.3f} (tp/fp/fn {before}), with the check {_f1(*after):.3f} "
        f"(tp/fp/fn {after})"
    )
    if "--write" in sys.argv:
        everything = [i for items in sets.values() for i in items]
        check = fitted(everything, *best, types)
        MODEL_FILE.write_text(check.to_json(), encoding="utf-8")
        weights = sum(len(c.columns) for c in check.checks.values())
        print(f"fitted on {len(everything)} items ({weights} weights); written to {MODEL_FILE}")


if __name__ == "__main__":
    main()
