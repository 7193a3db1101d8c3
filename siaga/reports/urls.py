from __future__ import annotations

from django.urls import path

from siaga.reports import views, webhooks

urlpatterns = [
    path("lapor/", views.report_form, name="report-form"),
    path("lapor/nihil/", views.checkin, name="checkin"),
    path("lapor/saya/", views.my_reports, name="my-reports"),
    path("triase/", views.queue, name="triage"),
    path("triase/<int:report_id>/", views.report_detail, name="triage-detail"),
    path("triase/<int:report_id>/<slug:action>/", views.triage_action, name="triage-action"),
    path("cakupan/", views.coverage_page, name="coverage"),
    path("sw.js", views.service_worker, name="service-worker"),
    path("webhooks/gateway/", webhooks.gateway, name="webhook-gateway"),
    path("webhooks/whatsapp/", webhooks.whatsapp, name="webhook-whatsapp"),
    path("webhooks/sms/", webhooks.sms, name="webhook-sms"),
]
