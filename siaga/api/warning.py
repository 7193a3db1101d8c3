"""Vulnerability scores and alerts over HTTP: what the map shows, and acknowledging."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from siaga.alerts.cap import cap_xml
from siaga.alerts.models import Alert, AlertStatus
from siaga.alerts.services import acknowledge_alert
from siaga.regions.models import Region
from siaga.risk import queries
from siaga.teams.access import can_read_region
from siaga.teams.models import User

router = Router(tags=["vulnerability and alerts"])


class ScoreQuery(Schema):
    region: str = Field("", description="scope; defaults to the user's region")
    stage: str = Field("", description="an election stage code, or empty for all stages")
    category: str = Field("", description="only signals of this category (no indices)")
    days: int | None = Field(None, ge=1, le=366, description="only signals of the last N days")


class AreaScore(Schema):
    code: str
    name: str
    level: int
    score: float
    rating: int = Field(description="0 rendah, 1 sedang, 2 tinggi (IKP 2024 thresholds)")
    categories: list[dict[str, Any]]


@router.get("/scores", response=list[AreaScore])
def scores(request: HttpRequest, query: Query[ScoreQuery]) -> list[dict[str, Any]]:
    """The children of a region with their scores: what the vulnerability map colours."""
    user: User = request.user  # type: ignore[assignment]
    code = query.region or user.region_id or ""
    if code and not can_read_region(user, code):
        raise HttpError(403, "Wilayah ini di luar wilayah tugas Anda.")
    if not code and not user.is_superuser:
        raise HttpError(403, "Akun ini tidak memiliki wilayah.")
    scope = get_object_or_404(Region, code=code) if code else None
    filters = queries.Filters.from_query(query.dict())
    data = queries.scored_map(scope, filters)
    return [f["properties"] for f in data["features"]]


class AlertOut(Schema):
    id: int
    identifier: str
    headline: str
    region_code: str
    category: str
    severity: int
    status: str
    step: int
    created_at: dt.datetime
    evidence: dict[str, Any]


def _out(alert: Alert) -> dict[str, Any]:
    return {
        "id": alert.pk,
        "identifier": str(alert.identifier),
        "headline": alert.headline,
        "region_code": alert.region_id,
        "category": alert.category,
        "severity": alert.severity,
        "status": alert.status,
        "step": alert.step,
        "created_at": alert.created_at,
        "evidence": alert.evidence,
    }


@router.get("/alerts", response=list[AlertOut])
def alerts(request: HttpRequest, status: str = AlertStatus.OPEN) -> list[dict[str, Any]]:
    user: User = request.user  # type: ignore[assignment]
    rows = Alert.objects.for_user(user).filter(status=status).order_by("-created_at")[:200]
    return [_out(a) for a in rows]


class Acknowledgement(Schema):
    note: str = Field("", max_length=500)


@router.post("/alerts/{alert_id}/acknowledge", response=AlertOut)
def acknowledge(request: HttpRequest, alert_id: int, payload: Acknowledgement) -> dict[str, Any]:
    user: User = request.user  # type: ignore[assignment]
    alert = get_object_or_404(Alert.objects.for_user(user), pk=alert_id)
    try:
        return _out(acknowledge_alert(alert, by=user, note=payload.note))
    except PermissionDenied as problem:
        raise HttpError(403, "Anda tidak dapat menerima peringatan ini.") from problem


@router.get("/alerts/{alert_id}/cap", response={200: None})
def cap(request: HttpRequest, alert_id: int) -> HttpResponse:
    """The alert as CAP 1.2 XML (OASIS Common Alerting Protocol)."""
    user: User = request.user  # type: ignore[assignment]
    alert = get_object_or_404(
        Alert.objects.for_user(user).select_related("region", "rule"), pk=alert_id
    )
    return HttpResponse(cap_xml(alert), content_type="application/cap+xml; charset=utf-8")
