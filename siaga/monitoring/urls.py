from __future__ import annotations

from django.urls import path

from siaga.monitoring import views

urlpatterns = [
    path("pantauan/", views.review_queue, name="monitoring-queue"),
    path("pantauan/unggah/", views.upload, name="monitoring-upload"),
    path("pantauan/<int:item_id>/<slug:decision>/", views.review, name="monitoring-review"),
]
