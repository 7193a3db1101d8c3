from __future__ import annotations

from django.urls import path

from siaga.alerts import views

urlpatterns = [
    path("peringatan/", views.alert_list, name="alerts"),
    path("peringatan/<int:pk>/", views.alert_detail, name="alert-detail"),
    path("peringatan/<int:pk>/terima/", views.acknowledge, name="alert-acknowledge"),
    path("peringatan/<int:pk>/tutup/", views.close, name="alert-close"),
    path("peringatan/<int:pk>/cap.xml", views.cap, name="alert-cap"),
]
