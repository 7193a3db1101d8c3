"""Background work for early warning: thin wrappers that load by id and call services."""

from __future__ import annotations

from django.db import transaction
from django_tasks import task

from siaga.alerts.models import Delivery
from siaga.alerts.services import deliver, evaluate_report, rating_alerts
from siaga.monitoring.models import Item
from siaga.reports.models import Report
from siaga.risk.services import apply_changes, sync_item, sync_report


@task()
def react_to_report(report_id: int) -> None:
    """A report changed: bring its signals in line, move the scores, evaluate rules."""
    with transaction.atomic():
        report = (
            Report.objects.select_related("region", "polling_station").filter(pk=report_id).first()
        )
        if report is None:
            return
        moved = apply_changes(sync_report(report))
        evaluate_report(report, moved)


@task()
def react_to_item(item_id: int) -> None:
    with transaction.atomic():
        item = Item.objects.filter(pk=item_id).first()
        if item is not None:
            rating_alerts(apply_changes(sync_item(item)), item.fetched_at, {"items": [item.pk]})


@task()
def deliver_task(delivery_id: int) -> None:
    delivery = Delivery.objects.select_related("alert__region").filter(pk=delivery_id).first()
    if delivery is None:
        return
    retry = deliver(delivery)
    # Backends that cannot defer leave the retry to `alerts-tick` (retry_due_deliveries).
    if retry is not None and deliver_task.get_backend().supports_defer:
        deliver_task.using(run_after=retry).enqueue(delivery_id)
