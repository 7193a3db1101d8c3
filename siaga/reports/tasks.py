"""Background work for reports: thin wrappers that load by id and call a service."""

from __future__ import annotations

from django_tasks import task

from siaga.reports.models import Report
from siaga.reports.services import analyse


@task()
def analyse_report(report_id: int) -> None:
    report = Report.objects.filter(pk=report_id).first()
    if report is not None:
        analyse(report)
