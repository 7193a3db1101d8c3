from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from siaga.lib.progress import Progress
from siaga.regions.boundaries import load_boundaries


class Command(BaseCommand):
    help = (
        "Load boundary polygons from a GeoJSON FeatureCollection (optionally .gz) whose "
        "features carry the Kemendagri code in properties.kode (or code)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--source", default="", help="credit shown with the shapes")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.exists():
            raise CommandError(_("File not found: %(path)s") % {"path": path})

        def progress(label: str, total: int) -> Callable[[int], None]:
            return Progress(label, total, stream=sys.stderr).advance

        try:
            result = load_boundaries(path, source=options["source"], progress=progress)
        except (ValueError, KeyError) as exc:
            raise CommandError(
                _("%(path)s cannot be read as GeoJSON: %(error)s") % {"path": path, "error": exc}
            ) from exc
        self.stdout.write(
            self.style.SUCCESS(_("Boundaries loaded: %(n)s") % {"n": f"{result.loaded:,}"})
        )
        if result.unknown_codes:
            sample = ", ".join(result.unknown_codes[:10])
            self.stdout.write(
                _("Unknown codes (%(n)d): %(sample)s")
                % {"n": len(result.unknown_codes), "sample": sample}
            )
        if result.invalid:
            self.stdout.write(
                _("Empty after repair: %(codes)s") % {"codes": ", ".join(result.invalid)}
            )
        if result.points_dropped:
            self.stdout.write(
                _("GeoNames points outside their parent's boundary removed: %(n)s")
                % {"n": f"{result.points_dropped:,}"}
            )
