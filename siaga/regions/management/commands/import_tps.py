from __future__ import annotations

from siaga.regions.importers import PollingStationImporter
from siaga.regions.management.importing import ImportCommand


class Command(ImportCommand):
    help = "Import polling stations (TPS) from CSV; see docs/data-formats.md."
    importer_class = PollingStationImporter
