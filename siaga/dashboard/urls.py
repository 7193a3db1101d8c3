from __future__ import annotations

from django.urls import path

from siaga.dashboard import views

urlpatterns = [
    path("", views.home, name="home"),
    path("wilayah/", views.region_browser, name="region-browser"),
    path("wilayah/<str:code>/", views.region_browser, name="region-browser-at"),
]
