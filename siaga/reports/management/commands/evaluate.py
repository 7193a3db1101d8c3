from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from siaga.analysis.elections import parse_day
from siaga.analysis.evaluate import Scores, cross_validate, score
from siaga.analysis.gazetteer import Gazetteer
from siaga.analysis.model import Model, corpus, default_model, train
from siaga.analysis.pipeline import analyze
from siaga.regions.gazetteer import gazetteer


class Command(BaseCommand):
    help = (
        "Score the analysis pipeline against a gold JSON Lines file: per-category "
        "precision/recall/F1, macro-F1, kind accuracy, severity exact and within-one, stage "
        "accuracy, place precision/recall at desa, kecamatan and kabupaten level. The gold "
        "format is documented in siaga/analysis/evaluate.py. With --cross-validate, score "
        "a leave-templates-out cross-validation of the corpus's train split instead (tune "
        "on this, never on the frozen test split)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("gold", type=Path, nargs="?")
        parser.add_argument("--region-hint", default="")
        parser.add_argument("--cross-validate", action="store_true")
        parser.add_argument("--folds", type=int, default=5)

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["cross_validate"] and options["gold"] is None:
            raise CommandError("Give a gold JSON Lines file, or --cross-validate.")
        if options["cross_validate"] and options["folds"] < 2:
            raise CommandError("--folds must be at least 2.")
        places = gazetteer()
        hint = options["region_hint"] or None
        if options["cross_validate"]:
            result = self._cross_validate(places, hint, options["folds"])
        else:
            result = self._score_gold(options["gold"], places, hint)
        self._print(result)

    def _score_gold(self, path: Path, places: Gazetteer, hint: str | None) -> Scores:
        gold = [
            self._read(path, n, line)
            for n, line in enumerate(path.open(encoding="utf-8"), 1)
            if line.strip()
        ]
        predicted = [self._analyze(g, places, hint, default_model()) for g in gold]
        return score(gold, predicted)

    def _cross_validate(self, places: Gazetteer, hint: str | None, folds: int) -> Scores:
        result, _ = cross_validate(
            corpus("train"),
            lambda row, model: self._analyze(row, places, hint, model),
            train,
            folds=folds,
        )
        return result

    @staticmethod
    def _analyze(
        item: dict[str, Any], places: Gazetteer, hint: str | None, model: Model
    ) -> dict[str, Any]:
        return analyze(
            item["text"],
            gazetteer=places,
            hint=hint,
            item_id=item["id"],
            model=model,
            published=item.get("published"),
        ).as_dict()

    def _print(self, result: Scores) -> None:
        for label, s in sorted(result.per_category.items()):
            self.stdout.write(
                f"{label:<30} P {s['precision']:.2f} R {s['recall']:.2f} "
                f"F1 {s['f1']:.2f} (n={s['support']:.0f})"
            )
        for level, s in result.places.items():
            self.stdout.write(
                f"places {level:<10} P {s['precision']:.2f} R {s['recall']:.2f} F1 {s['f1']:.2f}"
            )
        if result.kind_confusions:
            self.stdout.write(
                "kind, gold→read: "
                + ", ".join(f"{pair} {n}" for pair, n in result.kind_confusions.items())
            )
        self.stdout.write(
            json.dumps(
                {
                    "texts": result.count,
                    "macro_f1": result.macro_f1,
                    "kind_accuracy": result.kind_accuracy,
                    "severity_exact": result.severity_exact,
                    "severity_within_one": result.severity_within_one,
                    "stage_accuracy": result.stage_accuracy,
                    "place_f1": {k: v["f1"] for k, v in result.places.items()},
                }
            )
        )

    @staticmethod
    def _read(path: Path, number: int, line: str) -> dict[str, Any]:
        try:
            item: dict[str, Any] = json.loads(line)
            if "text" not in item:
                item["text"] = (path.parent / item["text_file"]).read_text(encoding="utf-8")
            item.setdefault("id", str(number))
            item["published"] = parse_day(item.get("published"))
            return item
        except (ValueError, KeyError, OSError) as exc:
            raise CommandError(f"{path}:{number}: {exc}") from exc
