"""Alert pages: my alerts, one alert with its evidence and trail, acknowledge, CAP."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_POST

from siaga.alerts.cap import cap_xml
from siaga.alerts.models import Alert, AlertStatus
from siaga.alerts.services import acknowledge_alert, can_acknowledge, close_alert, mark_seen
from siaga.reports.models import Report
from siaga.teams.models import User


@login_required
def alert_list(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    status = request.GET.get("status", AlertStatus.OPEN)
    alerts = (
        Alert.objects.for_user(user)
        .filter(status=status)
        .select_related("region", "rule")
        .order_by("-severity", "-created_at")[:100]
    )
    return render(
        request,
        "alerts/list.html",
        {"alerts": alerts, "status": status, "statuses": AlertStatus.choices},
    )


@login_required
def alert_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    alert = get_object_or_404(
        Alert.objects.for_user(user).select_related("region", "rule", "acknowledged_by"), pk=pk
    )
    mark_seen(user, [alert])
    reports = Report.objects.visible_to(user).filter(pk__in=alert.evidence.get("reports", []))
    return render(
        request,
        "alerts/detail.html",
        {
            "alert": alert,
            "reports": reports,
            "recipients": alert.recipients.select_related("user", "agency"),
            "deliveries": alert.deliveries.exclude(channel="in_app"),
            "events": alert.events.select_related("actor"),
            "can_acknowledge": alert.status == AlertStatus.OPEN and can_acknowledge(user, alert),
        },
    )


@login_required
@require_POST
def acknowledge(request: HttpRequest, pk: int) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    alert: Alert = get_object_or_404(Alert.objects.for_user(user), pk=pk)
    alert = acknowledge_alert(alert, by=user, note=request.POST.get("note", ""))
    return render(request, "alerts/_status.html", {"alert": alert})


@login_required
@require_POST
def close(request: HttpRequest, pk: int) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    alert: Alert = get_object_or_404(Alert.objects.for_user(user), pk=pk)
    alert = close_alert(alert, by=user, note=request.POST.get("note", ""))
    return render(request, "alerts/_status.html", {"alert": alert})


@login_required
def cap(request: HttpRequest, pk: int) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    if user.role == "reporter":
        raise PermissionDenied
    alert = get_object_or_404(Alert.objects.for_user(user).select_related("region", "rule"), pk=pk)
    response = HttpResponse(cap_xml(alert), content_type="application/cap+xml; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="siaga-alert-{alert.pk}.cap.xml"'
    return response
