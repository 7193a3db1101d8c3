from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from siaga.monitoring.models import SourceKind
from siaga.monitoring.services import import_social_export, source_for


class Command(BaseCommand):
    help = "Import a social-media export (CSV or JSON with a text column) into a source."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--source", required=True)
        parser.add_argument("--region", help="region the source covers (for a new source)")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            source = source_for(
                options["source"], kind=SourceKind.SOCIAL, region_code=options["region"]
            )
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        try:
            result = import_social_export(source, options["file"])
        except (OSError, ValueError) as exc:
            raise CommandError(f"{options['file']}: {exc}") from exc
        self.stdout.write(
            f"{result.stored} new, {result.already_known} known, {result.signals} signals"
        )
