"""Background work for vulnerability scores."""

from __future__ import annotations

from django_tasks import task

from siaga.risk.services import recompute_all, refresh_static


@task()
def recompute_scores() -> None:
    recompute_all()


@task()
def refresh_region_static(region_code: str) -> None:
    """A value was recorded: the place's chain of regions gets its static part again;
    a rating that rises here raises the same alerts as one raised by reports."""
    from django.utils import timezone

    from siaga.alerts.services import rating_alerts

    rating_alerts(refresh_static(region_code), timezone.now(), {"values": [region_code]})
