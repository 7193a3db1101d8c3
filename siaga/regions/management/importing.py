"""Shared body of the CSV import commands: read, report every row error, write all or none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from siaga.regions.importers import CsvImporter


class ImportCommand(BaseCommand):
    importer_class: type[CsvImporter[Any]]

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                result = self.importer_class().run(handle)
        except FileNotFoundError as exc:
            raise CommandError(_("File not found: %(path)s") % {"path": path}) from exc
        except UnicodeDecodeError as exc:
            raise CommandError(
                _("%(path)s is not UTF-8 text; save it as CSV UTF-8.") % {"path": path}
            ) from exc
        if not result.ok:
            for error in result.errors:
                self.stderr.write(str(error))
            raise CommandError(
                _("%(n)d errors; nothing was imported. Fix the file and run again.")
                % {"n": len(result.errors)}
            )
        self.stdout.write(
            self.style.SUCCESS(
                _("Imported: %(created)d new, %(updated)d updated.")
                % {"created": result.created, "updated": result.updated}
            )
        )
