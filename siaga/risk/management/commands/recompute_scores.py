from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils.translation import gettext as _

from siaga.monitoring.models import Item
from siaga.reports.models import Report
from siaga.risk.models import Signal
from siaga.risk.services import recompute_all, sync_item, sync_report


class Command(BaseCommand):
    help = (
        "Recompute every region's and polling station's vulnerability score from indicator "
        "values and signals. --resync first rebuilds the signals of every report and item."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--resync", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["resync"]:
            Signal.objects.all().delete()  # rebuilt whole, with every derived column
            for report in Report.objects.iterator(chunk_size=2000):
                sync_report(report)
            for item in Item.objects.iterator(chunk_size=2000):
                sync_item(item)
        result = recompute_all()
        seconds = sum(result.seconds.values())
        self.stdout.write(
            _("Scores: %(regions)d regions, %(tps)d TPS, %(signals)d signals in %(s).1f s.")
            % {
                "regions": result.regions,
                "tps": result.polling_stations,
                "signals": result.signals,
                "s": seconds,
            }
        )
