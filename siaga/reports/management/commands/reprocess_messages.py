from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from siaga.reports.channels import process
from siaga.reports.models import InboundMessage


class Command(BaseCommand):
    help = "Process stored SMS/WhatsApp messages that have not become a report or check-in."

    def handle(self, *args: Any, **options: Any) -> None:
        pending = InboundMessage.objects.filter(
            processed_at__isnull=True
        ) | InboundMessage.objects.exclude(error="")
        count = 0
        for message in pending.filter(report__isnull=True, checkin__isnull=True).order_by("id"):
            process(message)
            count += 1
        self.stdout.write(f"{count}")
