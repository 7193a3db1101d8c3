from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "siaga.alerts"
    verbose_name = _("Early warning")

    def ready(self) -> None:
        from siaga.alerts import receivers  # noqa: F401  (reacts to report and item changes)
