from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone
from django.utils.translation import gettext as _

from siaga.alerts.services import (
    escalate_due,
    flush_outbound,
    retry_due_deliveries,
    scan_spikes,
)
from siaga.risk.models import RegionScore
from siaga.risk.services import recompute_all


class Command(BaseCommand):
    help = (
        "The clock of early warning: escalate alerts nobody acknowledged in time, look for "
        "spikes, send waiting SMS/WhatsApp replies, and recompute all scores once a day. "
        "With --every N it repeats every N seconds (make run starts it so)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--every", type=int, default=0, help="repeat every N seconds")

    def handle(self, *args: Any, **options: Any) -> None:
        while True:
            self._tick()
            if not options["every"]:
                return
            time.sleep(options["every"])

    def _tick(self) -> None:
        now = timezone.now()
        escalated = escalate_due(now)
        spikes = scan_spikes(now)
        sent = flush_outbound() + retry_due_deliveries(now)
        latest = (
            RegionScore.objects.order_by("-computed_at")
            .values_list("computed_at", flat=True)
            .first()
        )
        if latest is None or timezone.localdate(latest) < timezone.localdate(now):
            recompute_all(now)
        if escalated or spikes or sent:
            self.stdout.write(
                _("%(e)d escalated, %(s)d spike alerts, %(m)d messages sent")
                % {"e": len(escalated), "s": len(spikes), "m": sent}
            )
