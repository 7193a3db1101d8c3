from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import override
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from siaga.lib.regioncodes import normalize_code
from siaga.regions.models import in_region_q
from siaga.reports.choices import Channel
from siaga.reports.models import Report, can_see_identity
from siaga.reports.services import ReportInput, submit_report
from siaga.teams.access import Role
from siaga.teams.models import User

router = Router(tags=["reports"])
SUBMIT_ROLES = {Role.REPORTER, Role.ANALYST, Role.COORDINATOR, Role.LIAISON, Role.ADMIN}


class ReportIn(Schema):
    text: str = Field(..., max_length=5000, description="what happened, exactly as written")
    client_id: str = Field(
        "", max_length=100, description="id made by the client; a repeat returns the first report"
    )
    region_code: str = Field("", max_length=20, description="Kemendagri code, dotted or digits")
    place_text: str = Field(
        "", max_length=250, description='place as written, e.g. "Desa Tangkas, Kec. Klungkung"'
    )
    latitude: float | None = None
    longitude: float | None = None
    tps_number: int | None = Field(None, ge=1)
    categories: list[str] = []
    kind: str = ""
    severity: int | None = None
    election_stage: str = ""
    occurred_at: dt.datetime | None = None
    injured: int | None = None
    dead: int | None = None
    protected: bool = False


class ReportOut(Schema):
    id: int
    number: str
    client_id: str
    channel: str
    status: str
    received_at: dt.datetime
    occurred_at: dt.datetime | None
    text: str
    region_code: str | None
    region_name: str | None
    place_method: str
    place_text: str
    latitude: float | None
    longitude: float | None
    categories: list[str]
    kind: str
    severity: int | None
    election_stage: str
    injured: int | None
    dead: int | None
    protected: bool
    reporter: str
    duplicate_of: int | None


def serialize(report: Report, viewer: User) -> dict[str, Any]:
    return {
        "id": report.pk,
        "number": report.number,
        "client_id": report.client_id,
        "channel": report.channel,
        "status": report.status,
        "received_at": report.received_at,
        "occurred_at": report.occurred_at,
        "text": report.raw_text,
        "region_code": report.region_id,
        "region_name": report.region.name if report.region else None,
        "place_method": report.place_method,
        "place_text": report.place_text,
        "latitude": report.latitude,
        "longitude": report.longitude,
        "categories": report.categories,
        "kind": report.kind,
        "severity": report.severity,
        "election_stage": report.election_stage,
        "injured": report.injured,
        "dead": report.dead,
        "protected": report.is_protected,
        "duplicate_of": report.duplicate_of_id,
        "reporter": report.reporter_label(viewer)
        if report.is_protected or can_see_identity(viewer, report)
        else "",
    }


@router.post("", response={200: ReportOut, 201: ReportOut})
def create_report(request: HttpRequest, payload: ReportIn) -> tuple[int, dict[str, Any]]:
    """Submit a report. 201 with the new report; 200 with the first one for a repeated client_id."""
    user: User = request.user  # type: ignore[assignment]
    if user.role not in SUBMIT_ROLES:
        raise HttpError(403, "observers_cannot_submit")
    with override("id"):
        report, created = submit_report(
            ReportInput(
                raw_text=payload.text,
                channel=Channel.API,
                client_id=payload.client_id,
                region_code=payload.region_code,
                place_text=payload.place_text,
                latitude=payload.latitude,
                longitude=payload.longitude,
                polling_station_number=payload.tps_number,
                categories=payload.categories,
                kind=payload.kind,
                severity=payload.severity,
                election_stage=payload.election_stage,
                occurred_at=payload.occurred_at,
                injured=payload.injured,
                dead=payload.dead,
                is_protected=payload.protected,
                payload=payload.dict() | {"occurred_at": str(payload.occurred_at or "")},
            ),
            reporter=user,
        )
    return (201 if created else 200), serialize(report, user)


class ReportFilters(Schema):
    region: str = Field("", description="region code: reports in it and below it")
    status: str = ""
    category: str = ""
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    limit: int = Field(50, ge=1, le=500)
    offset: int = Field(0, ge=0)


class ReportPage(Schema):
    count: int
    limit: int
    offset: int
    results: list[ReportOut]


@router.get("", response=ReportPage)
def list_reports(request: HttpRequest, filters: Query[ReportFilters]) -> dict[str, Any]:
    """Reports the caller may see, newest first."""
    user: User = request.user  # type: ignore[assignment]
    reports = Report.objects.visible_to(user).select_related("region", "reporter", "contact")
    if filters.region:
        code = normalize_code(filters.region)
        if code is None:
            raise HttpError(422, "bad_region_code")
        reports = reports.filter(in_region_q(code))
    if filters.status:
        reports = reports.filter(status=filters.status)
    if filters.category:
        reports = reports.filter(categories__icontains=f'"{filters.category}"')
    if filters.since:
        reports = reports.filter(received_at__gte=filters.since)
    if filters.until:
        reports = reports.filter(received_at__lt=filters.until)
    page = list(
        reports.order_by("-received_at", "-id")[filters.offset : filters.offset + filters.limit]
    )
    return {
        "count": reports.count(),
        "limit": filters.limit,
        "offset": filters.offset,
        "results": [serialize(r, user) for r in page],
    }


@router.get("/{report_id}", response=ReportOut)
def get_report(request: HttpRequest, report_id: int) -> dict[str, Any]:
    user: User = request.user  # type: ignore[assignment]
    report = get_object_or_404(Report.objects.visible_to(user), pk=report_id)
    return serialize(report, user)
