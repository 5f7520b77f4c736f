"""Fit the missed-sign model, choose its settings on later years held out, and score it once on
fresh sets.

Run: ``COUPWATCH_DATA=../shared/data PYTHONPATH=src:. python benchmarks/train_missed_signs.py
DIR [--write]``, where ``DIR`` holds the blind-labelled real sets of news_real_eval.py (the
texts belong to their publishers and are not in the repository).

1. The rules alone read the signals-dev items and every set (:func:`rule_reading`).
2. Validation by time, never by set: the sets were collected from the same stored pages over
   the same years, so a model fitted on some sets meets the same events in the others. For each
   cut year (2022, 2023, 2024) the learned check and the model are fitted on the articles dated
   before it and score the articles from it on. Pooled over the three cuts, each setting
   (penalty × threshold) admits the types whose additions were right at least twice as often
   as wrong (and at least three times), and the setting with the best micro-F1 wins; settings
   within 0.002 of the best count as tied, and the tie goes to the higher threshold, then the
   smaller penalty. This rule was written down before any fresh set was scored.
3. Fitted on dev and the sets before the fresh ones (:data:`FIT_SPLITS`) and scored once on
   the fresh sets (:data:`FRESH_SPLITS`): the shipped check alone against check and model.
4. With ``--write`` the chosen model, fitted on dev and :data:`FIT_SPLITS`, is written to
   ``src/coupwatch/news/missed_signs.json``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.progress import track

from coupwatch.news.evaluate import item_article, load_items
from coupwatch.news.extract import check_text, rule_reading
from coupwatch.news.missed_signs import MissedSigns, article_features, fit_missed_signs
from coupwatch.news.rules import SIGNAL_TYPES
from coupwatch.news.signal_check import (
    SignalCheck,
    check_inputs,
    default_signal_check,
    fit_signal_check,
)

HERE = Path(__file__).parent
MODEL_FILE = HERE.parent / "src" / "coupwatch" / "news" / "missed_signs.json"
SHARED = (
    Path(os.environ["COUPWATCH_DATA"]).resolve().parent
    if os.environ.get("COUPWATCH_DATA")
    else HERE.parent.parent / "shared"
)
#: The real sets the model is fitted on, in the order they were collected.
FIT_SPLITS = (*"abcdefghijklmnopqrstuvwxyz", *(f"z{c}" for c in "abcdefghijklmnopqrstu"))
#: Sets collected after the model was last fitted, scored once by it: ZV to ZY.
FRESH_SPLITS = tuple(f"z{c}" for c in "vwxy")
CUT_YEARS = (2022, 2023, 2024)
PENALTIES = (0.03, 0.1, 0.3, 1.0)
THRESHOLDS = (0.6, 0.7, 0.8, 0.9)
#: A type is admitted when its additions were right at least this many times as often as wrong,
MIN_RIGHT_PER_WRONG = 2
#: and right at least this many times.
MIN_RIGHT = 3
#: Settings within this micro-F1 of the best are tied.
TIE = 0.002
#: The shipped check's settings (benchmarks/train_signal_check.py), refitted in each cut.
CHECK_C, CHECK_THRESHOLD = 10.0, 0.5


def read_items(folder: Path, splits: Sequence[str], dev: bool) -> list[dict]:
    """Items with what the rules alone found, their sentence inputs, check text and year."""
    items = load_items(SHARED / "signals-dev" / "items.jsonl") if dev else []
    for split in splits:
        items += load_items(folder / f"real_{split}.jsonl")
    for item in track(items, description="reading articles"):
        article = item_article(item)
        signals, sentences = rule_reading(article)
        item["_found"] = {s.type: (s.confidence, len(s.evidence)) for s in signals}
        item["_sentences"] = sentences
        item["_inputs"] = article_features(sentences, item["_found"])
        item["_text"] = check_text(article)
        item["_year"] = int(str(item.get("date") or "0")[:4] or 0)
        item["_gold"] = set(item.get("signals") or [])
    return items


def fitted_check(train: list[dict]) -> SignalCheck:
    """The learned check with the shipped settings and types, fitted on ``train``."""
    inputs = check_inputs([i["_text"] for i in train], [i["_found"] for i in train])
    types = list(default_signal_check().checks)
    return fit_signal_check(inputs, [i["_gold"] for i in train], CHECK_C, CHECK_THRESHOLD, types)


def fitted_model(
    train: list[dict], c: float, threshold: float, types: Sequence[str]
) -> MissedSigns:
    """The missed-sign model for ``types`` fitted on ``train``."""
    inputs, gold = [i["_inputs"] for i in train], [i["_gold"] for i in train]
    return fit_missed_signs(inputs, gold, c, threshold, types)


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def validation(items: list[dict]) -> list[tuple[float, float, float, float, dict]]:
    """Per setting: (micro-F1, penalty, threshold, F1 of the check alone, admitted types with
    their right and wrong additions), pooled over the cut years."""
    rows = []  # (kept, probabilities by penalty, gold)
    for cut in CUT_YEARS:
        train = [i for i in items if i["_year"] < cut]
        test = [i for i in items if i["_year"] >= cut]
        check = fitted_check(train)
        probs = {}
        for c in PENALTIES:
            model = fitted_model(train, c, 1.0, SIGNAL_TYPES)
            probs[c] = [model.probabilities(i["_inputs"], SIGNAL_TYPES) for i in test]
        for k, item in enumerate(test):
            kept = check.keep(item["_text"], item["_found"])
            rows.append((kept, {c: p[k] for c, p in probs.items()}, item["_gold"]))
    base = [0, 0, 0]
    for kept, _, gold in rows:
        base = [base[0] + len(kept & gold), base[1] + len(kept - gold), base[2] + len(gold - kept)]
    results = []
    for c in PENALTIES:
        for threshold in THRESHOLDS:
            adds: dict[str, list[int]] = {}
            for kept, probs, gold in rows:
                for t, p in probs[c].items():
                    if t not in kept and p >= threshold:
                        adds.setdefault(t, [0, 0])[t not in gold] += 1
            admitted = {
                t: (right, wrong)
                for t, (right, wrong) in adds.items()
                if right >= MIN_RIGHT and right >= MIN_RIGHT_PER_WRONG * wrong
            }
            right = sum(r for r, _ in admitted.values())
            wrong = sum(w for _, w in admitted.values())
            f1 = _f1(base[0] + right, base[1] + wrong, base[2] - right)
            results.append((f1, c, threshold, _f1(*base), admitted))
    return results


def choose(results: list[tuple[float, float, float, float, dict]]):
    """The setting the rule picks: best micro-F1, ties to the higher threshold, then the
    smaller penalty."""
    best = max(r[0] for r in results)
    tied = [r for r in results if r[0] >= best - TIE]
    return min(tied, key=lambda r: (-r[2], r[1]))


def held_out(fresh: list[dict], model: MissedSigns) -> None:
    """Score the shipped check alone, and check and ``model``, on each fresh set."""
    check = default_signal_check()
    for split in dict.fromkeys(i["id"].rsplit("-", 1)[0] for i in fresh):
        part = [i for i in fresh if i["id"].rsplit("-", 1)[0] == split]
        before, after, added = [0, 0, 0], [0, 0, 0], [0, 0]
        for item in part:
            kept = check.keep(item["_text"], item["_found"])
            more = set(model.added(item["_sentences"], item["_found"], kept))
            gold = item["_gold"]
            for pred, acc in ((kept, before), (kept | more, after)):
                acc[0] += len(pred & gold)
                acc[1] += len(pred - gold)
                acc[2] += len(gold - pred)
            added[0] += len(more & gold)
            added[1] += len(more - gold)
        print(
            f"{split} ({len(part)} items): check alone {_f1(*before):.3f} "
            f"(tp/fp/fn {'/'.join(map(str, before))}), with the model {_f1(*after):.3f} "
            f"(tp/fp/fn {'/'.join(map(str, after))}): {added[0]} right and {added[1]} wrong added"
        )


def main() -> None:
    """Validate, score once on the fresh sets, and with ``--write`` write the model."""
    folder = Path(sys.argv[1])
    items = read_items(folder, FIT_SPLITS, dev=True)
    results = validation(items)
    print("| penalty | threshold | micro-F1 (check alone) | admitted types: right/wrong added |")
    print("| ---: | ---: | ---: | --- |")
    for f1, c, threshold, base, admitted in sorted(results, key=lambda r: -r[0])[:8]:
        types = ", ".join(f"{t} {r}/{w}" for t, (r, w) in sorted(admitted.items()))
        print(f"| {c} | {threshold} | {f1:.4f} ({base:.4f}) | {types} |")
    _, c, threshold, _, admitted = choose(results)
    types = [t for t in SIGNAL_TYPES if t in admitted]
    print(f"\nchosen: penalty {c}, threshold {threshold}, types {', '.join(types)}")
    model = fitted_model(items, c, threshold, types)
    present = [s for s in FRESH_SPLITS if (folder / f"real_{s}.jsonl").exists()]
    held_out(read_items(folder, present, dev=False), model)
    if "--write" in sys.argv:
        MODEL_FILE.write_text(model.to_json(), encoding="utf-8")
        print(f"wrote {MODEL_FILE}")


if __name__ == "__main__":
    main()
