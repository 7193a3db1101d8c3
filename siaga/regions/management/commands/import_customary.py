from __future__ import annotations

from siaga.regions.importers import CustomaryImporter
from siaga.regions.management.importing import ImportCommand


class Command(ImportCommand):
    help = "Import customary units (desa adat, banjar) from CSV; see docs/data-formats.md."
    importer_class = CustomaryImporter
