"""Reports and monitored items announce changes; early warning reacts in the background."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver

from siaga.monitoring.signals import item_reviewed
from siaga.reports.signals import report_changed


@receiver(report_changed)
def _report_changed(sender: Any, report: Any, **_: Any) -> None:
    from siaga.alerts.tasks import react_to_report

    react_to_report.enqueue(report.pk)


@receiver(item_reviewed)
def _item_reviewed(sender: Any, item: Any, **_: Any) -> None:
    from siaga.alerts.tasks import react_to_item

    react_to_item.enqueue(item.pk)
