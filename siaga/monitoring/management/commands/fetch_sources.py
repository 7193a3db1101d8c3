from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from siaga.monitoring.fetch import Fetcher
from siaga.monitoring.models import Source, SourceKind
from siaga.monitoring.services import fetch_source


class Command(BaseCommand):
    help = (
        "Fetch every feed and page source that is due (run it from cron or a systemd timer, "
        "e.g. every 10 minutes); each source keeps its own interval."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        fetcher = Fetcher()
        for source in Source.objects.filter(
            is_active=True, kind__in=[SourceKind.FEED, SourceKind.PAGE]
        ):
            result = fetch_source(source, fetcher=fetcher)
            state = source.last_error or f"{result.stored} new, {result.signals} signals"
            self.stdout.write(f"{source.name}: {state}")
