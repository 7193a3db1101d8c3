from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from siaga.monitoring.models import SourceKind
from siaga.monitoring.services import import_files, source_for


class Command(BaseCommand):
    help = "Import .txt, .html and .eml files (a drop folder or single files) into a source."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--source", required=True)
        parser.add_argument("--region", help="region the source covers (for a new source)")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            source = source_for(
                options["source"], kind=SourceKind.FILES, region_code=options["region"]
            )
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        files = [
            p
            for path in options["paths"]
            for p in (sorted(path.iterdir()) if path.is_dir() else [path])
        ]
        result = import_files(source, files)
        self.stdout.write(
            f"{result.stored} new, {result.already_known} known, {result.signals} signals"
        )
