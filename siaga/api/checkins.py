from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import override
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from siaga.lib.regioncodes import normalize_code
from siaga.regions.models import PollingStation, Region
from siaga.reports.choices import Channel
from siaga.reports.coverage import coverage, station_coverage, summary
from siaga.reports.services import FieldProblem, ReportInputError, record_checkin
from siaga.teams.access import can_read_region
from siaga.teams.models import User

router = Router(tags=["check-ins and coverage"])


class CheckInIn(Schema):
    region_code: str = Field("", description="defaults to the officer's own region")
    tps_number: int | None = Field(None, ge=1)
    client_id: str = Field("", max_length=100)
    note: str = Field("", max_length=250)


class CheckInOut(Schema):
    id: int
    region_code: str
    checked_at: dt.datetime
    created: bool


@router.post("/checkins", response={200: CheckInOut, 201: CheckInOut})
def create_checkin(request: HttpRequest, payload: CheckInIn) -> tuple[int, dict[str, Any]]:
    """ "Nihil": nothing to report in this area now."""
    user: User = request.user  # type: ignore[assignment]
    code = normalize_code(payload.region_code) if payload.region_code else user.region_id
    region = Region.objects.filter(code=code).first() if code else None
    with override("id"):
        if region is None:
            raise ReportInputError(
                [FieldProblem("region_code", "unknown_region", "Kode wilayah tidak dikenal.")]
            )
        station = None
        if payload.tps_number is not None:
            station = PollingStation.objects.filter(
                region=region, number=payload.tps_number
            ).first()
        checkin, created = record_checkin(
            user=user,
            region=region,
            channel=Channel.API,
            client_id=payload.client_id,
            polling_station=station,
            note=payload.note,
        )
    body = {
        "id": checkin.pk,
        "region_code": checkin.region_id,
        "checked_at": checkin.checked_at,
        "created": created,
    }
    return (201 if created else 200), body


class OfficerOut(Schema):
    username: str
    name: str
    last_report: dt.datetime | None
    last_checkin: dt.datetime | None


class CoverageRowOut(Schema):
    region_code: str
    region_name: str
    state: str
    interval_hours: int
    last_report: dt.datetime | None
    last_checkin: dt.datetime | None
    officers: list[OfficerOut]
    silent_officers: list[str]


class StationRowOut(Schema):
    election: str
    region_code: str
    number: int
    state: str
    interval_hours: int
    last_report: dt.datetime | None
    last_checkin: dt.datetime | None


class CoverageOut(Schema):
    region: str
    summary: dict[str, int]
    rows: list[CoverageRowOut]
    polling_stations: list[StationRowOut]


class CoverageQuery(Schema):
    region: str = ""


@router.get("/coverage", response=CoverageOut)
def get_coverage(request: HttpRequest, query: Query[CoverageQuery]) -> dict[str, Any]:
    """Per desa: reported, calm (nihil), silent past the schedule, or without an officer."""
    user: User = request.user  # type: ignore[assignment]
    code = normalize_code(query.region) if query.region else user.region_id
    if code is None or not can_read_region(user, code):
        raise HttpError(403, "outside_scope")
    now = timezone.now()
    rows = coverage(code, now=now)
    stations = station_coverage(code, now=now)
    return {
        "region": code,
        "summary": summary(rows),
        "rows": [
            {
                "region_code": r.region.code,
                "region_name": r.region.name,
                "state": r.state,
                "interval_hours": r.interval_hours,
                "last_report": r.last_report,
                "last_checkin": r.last_checkin,
                "officers": [
                    {
                        "username": o.user.username,
                        "name": str(o.user),
                        "last_report": o.last_report,
                        "last_checkin": o.last_checkin,
                    }
                    for o in r.officers
                ],
                "silent_officers": [o.user.username for o in r.silent_officers],
            }
            for r in rows
        ],
        "polling_stations": [
            {
                "election": s.station.election_code,
                "region_code": s.station.region_id,
                "number": s.station.number,
                "state": s.state,
                "interval_hours": s.interval_hours,
                "last_report": s.last_report,
                "last_checkin": s.last_checkin,
            }
            for s in stations
        ],
    }
