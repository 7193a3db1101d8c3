from __future__ import annotations

from django.urls import path

from siaga.risk import views

urlpatterns = [
    path("rawan/", views.vulnerability_map, name="risk-map"),
    path("rawan/penilaian/", views.assessment, name="risk-assessment"),
    path("rawan/impor/", views.import_values, name="risk-import"),
    path("rawan/<str:code>/", views.region_page, name="risk-region"),
]
