from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from siaga.analysis.model import cache_dir, default_model, extra_labels_path, read_labels

SHOWN_PROBLEMS = 20


class Command(BaseCommand):
    help = (
        "Train the analysis model the worker uses: the corpus's train split plus the "
        "corrections in $SIAGA_EXTRA_LABELS (a file written by siaga export-labels). "
        "--check FILE only validates a labels file. Restart the worker to use a new model."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--check", type=Path, help="validate this labels file and stop")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["check"] is not None:
            rows, problems = self._read(options["check"])
            self._report_problems(problems)
            if problems:
                raise CommandError(f"{len(problems)} baris tidak dapat dipakai.")
            self.stdout.write(f"{len(rows)} contoh berlabel siap dipakai.")
            return
        extra = extra_labels_path()
        corrections = 0
        if extra is not None:
            rows, problems = self._read(extra)
            self._report_problems(problems)
            corrections = len(rows)
        default_model.cache_clear()
        model = default_model()
        self.stdout.write(
            f"Model siap: {len(model.vocabulary):,} fitur, {corrections} koreksi tim ikut "
            f"dilatih; tersimpan di {cache_dir()}."
        )

    @staticmethod
    def _read(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
        if not path.exists():
            raise CommandError(f"Berkas label tidak ditemukan: {path}")
        return read_labels(path)

    def _report_problems(self, problems: list[str]) -> None:
        for problem in problems[:SHOWN_PROBLEMS]:
            self.stderr.write(f"dilewati, {problem}")
        if len(problems) > SHOWN_PROBLEMS:
            self.stderr.write(f"… dan {len(problems) - SHOWN_PROBLEMS} baris lain.")
