"""Score the extractor against labelled items (the ``signals-dev`` JSONL format).

Metrics:

* micro precision/recall/F1 over (item, signal type) pairs, and the same per signal type;
* article modality accuracy;
* subject-country accuracy: the predicted primary subject (first of ``countries``) is in the
  gold ``countries`` set; when the gold set is empty the prediction must be empty too;
* a k-fold cross-validated estimate in which the one data-fitted knob, the per-type confidence
  threshold, is chosen on the training folds only and applied to the held-out fold.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from coupwatch.errors import InputError
from coupwatch.news.article import Article
from coupwatch.news.extract import THRESHOLD, Extraction, extract
from coupwatch.news.gazetteer import Gazetteer
from coupwatch.news.rules import SIGNAL_TYPES

THRESHOLD_GRID = (THRESHOLD, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)


@dataclass(frozen=True)
class Scored:
    """Gold labels beside one extraction."""

    item: dict
    extraction: Extraction

    @property
    def gold(self) -> set[str]:
        return set(self.item.get("signals") or [])

    def predicted(self, thresholds: dict[str, float] | None = None) -> set[str]:
        """Predicted types, optionally with stricter per-type thresholds."""
        limits = thresholds or {}
        return {s.type for s in self.extraction.signals if s.confidence >= limits.get(s.type, 0.0)}


def load_items(path: Path) -> list[dict]:
    """Read labelled items from a JSONL file."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read labelled items ({exc})") from exc
    items = []
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}, line {n}: not valid JSON ({exc.msg})") from exc
    return items


def item_article(item: dict) -> Article:
    """The :class:`Article` for a labelled item."""
    return Article(
        id=str(item["id"]),
        text=item["text"],
        title=item.get("title") or "",
        url=item.get("url"),
        date=item.get("date"),
    )


def score_items(items: Iterable[dict], gazetteer: Gazetteer | None = None) -> list[Scored]:
    """Run the extractor over labelled items."""
    return [Scored(item, extract(item_article(item), gazetteer)) for item in items]


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def signal_metrics(
    scored: Sequence[Scored], thresholds: dict[str, float] | None = None
) -> dict[str, dict[str, float]]:
    """Micro and per-type precision/recall/F1 over (item, type) pairs."""
    counts = {t: [0, 0, 0] for t in SIGNAL_TYPES}
    for s in scored:
        pred, gold = s.predicted(thresholds), s.gold
        for t in SIGNAL_TYPES:
            counts[t][0] += t in pred and t in gold
            counts[t][1] += t in pred and t not in gold
            counts[t][2] += t in gold and t not in pred
    out = {t: _prf(*c) for t, c in counts.items()}
    out["micro"] = _prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    return out


def subject_correct(s: Scored) -> bool:
    """Primary predicted subject in the gold set (both empty also counts as correct)."""
    gold = set(s.item.get("countries") or [])
    pred = s.extraction.countries
    return not pred if not gold else bool(pred) and pred[0] in gold


def _fit_thresholds(scored: Sequence[Scored]) -> dict[str, float]:
    chosen = {}
    for t in SIGNAL_TYPES:
        best = max(
            THRESHOLD_GRID,
            key=lambda th, t=t: (signal_metrics(scored, {t: th})[t]["f1"], -th),
        )
        chosen[t] = best
    return chosen


def cross_validate(scored: Sequence[Scored], folds: int = 5, seed: int = 0) -> dict[str, float]:
    """k-fold estimate of micro P/R/F1 with thresholds refitted on the training folds only."""
    order = list(range(len(scored)))
    random.Random(seed).shuffle(order)
    tp = fp = fn = 0
    for k in range(folds):
        held = [scored[i] for i in order[k::folds]]
        train = [scored[i] for i in order if i not in set(order[k::folds])]
        micro = signal_metrics(held, _fit_thresholds(train))["micro"]
        tp, fp, fn = tp + micro["tp"], fp + micro["fp"], fn + micro["fn"]
    return _prf(int(tp), int(fp), int(fn))


def evaluate(items: Sequence[dict], gazetteer: Gazetteer | None = None) -> dict[str, object]:
    """All metrics for ``items``, plus per-item predictions for inspection."""
    scored = score_items(items, gazetteer)
    n = len(scored) or 1
    return {
        "items": len(scored),
        "signals": signal_metrics(scored),
        "modality_accuracy": sum(s.extraction.modality == s.item.get("modality") for s in scored)
        / n,
        "subject_accuracy": sum(subject_correct(s) for s in scored) / n,
        "cross_validated": cross_validate(scored),
        "predictions": [
            {
                "id": s.item["id"],
                "gold": sorted(s.gold),
                "predicted": sorted(s.predicted()),
                "gold_modality": s.item.get("modality"),
                "modality": s.extraction.modality,
                "gold_countries": s.item.get("countries"),
                "countries": s.extraction.countries,
            }
            for s in scored
        ],
    }
