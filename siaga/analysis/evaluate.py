"""Scores of predicted readings against gold labels (pure).

Gold format (JSON Lines), one object per text:
    {"id": "...", "text": "..." | "text_file": "path relative to the gold file",
     "published": "YYYY-MM-DD" (optional), "kind": "meeting", "categories": ["..."], "severity": 1,
     "election_stage": "campaign" | null, "places": [{"code": "51.05.02.2002"}]}
`siaga export-labels` writes this format from reports people corrected.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from siaga.lib.regioncodes import ancestors_and_self, level_of

LEVEL_NAMES = {2: "kabupaten", 3: "kecamatan", 4: "desa"}


@dataclass
class Scores:
    per_category: dict[str, dict[str, float]] = field(default_factory=dict)
    macro_f1: float = 0.0
    kind_accuracy: float = 0.0
    severity_exact: float = 0.0
    severity_within_one: float = 0.0
    stage_accuracy: float = 0.0
    places: dict[str, dict[str, float]] = field(default_factory=dict)
    kind_confusions: dict[str, int] = field(default_factory=dict)  # "threat→incident": n
    count: int = 0


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "support": tp + fn,
    }


def _at_level(codes: Sequence[str], level: int) -> set[str]:
    return {ancestors_and_self(c)[level - 1] for c in codes if level_of(c) >= level}


def score(gold: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]]) -> Scores:
    by_id = {p["id"]: p for p in predicted}
    pairs = [(g, by_id[g["id"]]) for g in gold if g["id"] in by_id]
    result = Scores(count=len(pairs))
    if not pairs:
        return result
    labels = sorted({c for g, _ in pairs for c in g.get("categories", [])})
    for label in labels:
        tp = sum(1 for g, p in pairs if label in g["categories"] and label in p["categories"])
        fp = sum(1 for g, p in pairs if label not in g["categories"] and label in p["categories"])
        fn = sum(1 for g, p in pairs if label in g["categories"] and label not in p["categories"])
        result.per_category[label] = _prf(tp, fp, fn)
    result.macro_f1 = round(
        sum(v["f1"] for v in result.per_category.values()) / max(len(labels), 1), 3
    )
    n = len(pairs)
    result.kind_accuracy = round(sum(g.get("kind") == p["kind"] for g, p in pairs) / n, 3)
    confusions = Counter(
        f"{g.get('kind')}→{p['kind']}" for g, p in pairs if g.get("kind") != p["kind"]
    )
    result.kind_confusions = dict(confusions.most_common())
    graded = [(g["severity"], p["severity"]) for g, p in pairs if g.get("severity") is not None]
    if graded:
        result.severity_exact = round(sum(a == b for a, b in graded) / len(graded), 3)
        result.severity_within_one = round(sum(abs(a - b) <= 1 for a, b in graded) / len(graded), 3)
    result.stage_accuracy = round(
        sum(
            (g.get("election_stage") or None) == (p.get("election_stage") or None) for g, p in pairs
        )
        / n,
        3,
    )
    for level, name in LEVEL_NAMES.items():
        tp = fp = fn = 0
        for g, p in pairs:
            gold_codes = _at_level([x["code"] for x in g.get("places", [])], level)
            predicted_codes = _at_level([x["code"] for x in p.get("places", [])], level)
            tp += len(gold_codes & predicted_codes)
            fp += len(predicted_codes - gold_codes)
            fn += len(gold_codes - predicted_codes)
        result.places[name] = _prf(tp, fp, fn)
    return result


def template_folds(rows: Sequence[dict[str, Any]], folds: int, seed: int) -> list[int]:
    """A fold number per row such that a template's renderings never straddle folds: a
    held-out fold then measures reading new wordings, as the frozen test split does."""
    # A template's fold hangs on its own id alone, so adding wordings to the corpus
    # never moves the others between folds and figures before and after compare.
    keys = [str(r.get("template") or r["id"]) for r in rows]
    return [_fold_of(key, folds, seed) for key in keys]


def _fold_of(key: str, folds: int, seed: int) -> int:
    digest = hashlib.sha256(f"{seed}:{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % folds


def cross_validate(
    rows: Sequence[dict[str, Any]],
    read: Callable[[dict[str, Any], Any], dict[str, Any]],
    fit: Callable[[Sequence[dict[str, Any]]], Any],
    *,
    folds: int = 5,
    seed: int = 7,
) -> tuple[Scores, list[dict[str, Any]]]:
    """Leave-templates-out cross-validation: `fit` a model on all folds but one, `read`
    each row of that fold with it; scores over every row, and the readings in row order."""
    assignment = template_folds(rows, folds, seed)
    predicted: list[dict[str, Any]] = [{} for _ in rows]
    for fold in range(folds):
        model = fit([r for r, f in zip(rows, assignment, strict=True) if f != fold])
        for position, (row, f) in enumerate(zip(rows, assignment, strict=True)):
            if f == fold:
                predicted[position] = read(row, model)
    return score(rows, predicted), predicted
