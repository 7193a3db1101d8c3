from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

from siaga.api.api import api

admin.site.site_header = "Siaga"
admin.site.site_title = "Siaga"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("siaga.teams.urls")),
    path("", include("siaga.reports.urls")),
    path("", include("siaga.monitoring.urls")),
    path("", include("siaga.risk.urls")),
    path("", include("siaga.alerts.urls")),
    path("", include("siaga.dashboard.urls")),
]
