from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db.models import Q

from siaga.reports.choices import Status
from siaga.reports.models import HistoryAction, Report


class Command(BaseCommand):
    help = (
        "Write reports a person has verified or corrected as labelled JSON Lines (the gold "
        "format of the analysis corpus), for retraining and evaluation."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--region", default="", help="only reports in this region subtree")

    def handle(self, *args: Any, **options: Any) -> None:
        corrected = Report.objects.filter(history__action=HistoryAction.EDITED)
        reports = Report.objects.filter(
            Q(status__in=[Status.VERIFIED, Status.IN_RESPONSE, Status.RESOLVED])
            | Q(pk__in=corrected)
        ).distinct()
        if options["region"]:
            from siaga.regions.models import in_region_q

            reports = reports.filter(in_region_q(options["region"]))
        for report in reports.order_by("pk").iterator():
            edited = sorted(
                {
                    field
                    for row in report.history.filter(action=HistoryAction.EDITED)
                    for field in row.changes
                }
            )
            self.stdout.write(
                json.dumps(
                    {
                        "id": f"report-{report.pk}",
                        "text": report.raw_text,
                        "published": report.received_at.date().isoformat(),
                        "kind": report.kind or None,
                        "categories": report.categories,
                        "severity": report.severity,
                        "election_stage": report.election_stage or None,
                        "places": [{"code": report.region_id}] if report.region_id else [],
                        "source": f"report:{report.channel}",
                        "corrected": edited,
                    },
                    ensure_ascii=False,
                )
            )
