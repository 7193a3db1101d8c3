"""Who reported, who checked in, and who has been silent past the schedule, per desa.

Silence is not calm: a desa whose officers have neither reported nor sent "nihil" within
the schedule's interval is flagged, so the team asks before assuming all is well.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db.models import Max, QuerySet

from siaga.lib.regioncodes import contains
from siaga.regions.models import Level, PollingStation, Region, in_region_q
from siaga.reports.models import CheckIn, Report, ReportingSchedule
from siaga.teams.access import Role
from siaga.teams.models import User

REPORTED, CALM, SILENT, UNCOVERED = "reported", "calm", "silent", "uncovered"


@dataclass
class OfficerActivity:
    user: User
    last_report: dt.datetime | None = None
    last_checkin: dt.datetime | None = None

    @property
    def last_seen(self) -> dt.datetime | None:
        times = [t for t in (self.last_report, self.last_checkin) if t is not None]
        return max(times) if times else None


@dataclass
class CoverageRow:
    region: Region
    interval_hours: int
    state: str
    last_report: dt.datetime | None
    last_checkin: dt.datetime | None
    officers: list[OfficerActivity] = field(default_factory=list)

    @property
    def silent_officers(self) -> list[OfficerActivity]:
        return [o for o in self.officers if _older(o.last_seen, self.interval_hours, self._now)]

    _now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC), repr=False)


def _older(moment: dt.datetime | None, hours: int, now: dt.datetime) -> bool:
    return moment is None or now - moment > dt.timedelta(hours=hours)


def interval_for(code: str, schedules: list[ReportingSchedule]) -> int:
    """The strictest schedule in force over the region; the default otherwise."""
    hours = [s.interval_hours for s in schedules if contains(s.region_id, code)]
    return min(hours) if hours else settings.SIAGA_DEFAULT_REPORT_INTERVAL_HOURS


def coverage(scope: str, *, now: dt.datetime, limit: int = 2000) -> list[CoverageRow]:
    villages = list(
        Region.objects.current()
        .filter(in_region_q(scope), level=Level.VILLAGE)
        .order_by("code")[:limit]
    )
    codes = [v.code for v in villages]
    last_report = _latest(
        Report.objects.filter(in_region_q(scope), village_code__in=codes),
        "village_code",
        "received_at",
    )
    last_checkin = _latest(
        CheckIn.objects.filter(in_region_q(scope), village_code__in=codes),
        "village_code",
        "checked_at",
    )
    officers = _officers(scope)
    schedules = _schedules(scope, now)
    rows = []
    for village in villages:
        hours = interval_for(village.code, schedules)
        row = CoverageRow(
            region=village,
            interval_hours=hours,
            state=UNCOVERED,
            last_report=last_report.get(village.code),
            last_checkin=last_checkin.get(village.code),
            officers=[o for o in officers if contains(village.code, o.user.region_id or "")],
            _now=now,
        )
        row.state = _state(row, now)
        rows.append(row)
    return rows


def _state(row: CoverageRow, now: dt.datetime) -> str:
    if not _older(row.last_report, row.interval_hours, now):
        return REPORTED
    if not _older(row.last_checkin, row.interval_hours, now):
        return CALM
    return SILENT if row.officers else UNCOVERED


def _latest(rows: QuerySet[Any], group: str, time: str) -> dict[Any, dt.datetime]:
    """The newest `time` per value of `group`, in one grouped query."""
    return dict(rows.values_list(group).annotate(Max(time)).order_by())


def _officers(scope: str) -> list[OfficerActivity]:
    users = list(
        User.objects.filter(role=Role.REPORTER, is_active=True)
        .filter(in_region_q(scope, prefix="region__"))
        .select_related("region")
    )
    reports = _latest(Report.objects.filter(reporter__in=users), "reporter", "received_at")
    checkins = _latest(CheckIn.objects.filter(user__in=users), "user", "checked_at")
    return [OfficerActivity(u, reports.get(u.pk), checkins.get(u.pk)) for u in users]


@dataclass
class StationRow:
    station: PollingStation
    interval_hours: int
    state: str
    last_report: dt.datetime | None
    last_checkin: dt.datetime | None


def station_coverage(
    scope: str, *, now: dt.datetime, election: str = "", limit: int = 2000
) -> list[StationRow]:
    """The same states per TPS, from reports and check-ins that name the TPS.

    A TPS has no officer of its own in Siaga (its supervisor reports through the desa),
    so one that nobody reported on or checked in for is silent, never "no officer".
    """
    stations = PollingStation.objects.filter(in_region_q(scope)).select_related("region")
    if election:
        stations = stations.filter(election_code=election)
    chosen = list(stations.order_by("region_id", "number")[:limit])
    ids = [s.pk for s in chosen]
    last_report = _latest(
        Report.objects.filter(polling_station_id__in=ids), "polling_station_id", "received_at"
    )
    last_checkin = _latest(
        CheckIn.objects.filter(polling_station_id__in=ids), "polling_station_id", "checked_at"
    )
    schedules = _schedules(scope, now)
    rows = []
    for station in chosen:
        hours = interval_for(station.region_id, schedules)
        reported, checked = last_report.get(station.pk), last_checkin.get(station.pk)
        state = (
            REPORTED
            if not _older(reported, hours, now)
            else CALM
            if not _older(checked, hours, now)
            else SILENT
        )
        rows.append(StationRow(station, hours, state, reported, checked))
    return rows


def _schedules(scope: str, now: dt.datetime) -> list[ReportingSchedule]:
    """Schedules over the scope (from above it) and inside it, in force now."""
    inside = ReportingSchedule.objects.filter(
        region__in=Region.objects.filter(in_region_q(scope)), starts_on__lte=now.date()
    ).exclude(ends_on__lt=now.date())
    return list(ReportingSchedule.objects.in_force(scope, now.date())) + list(inside)


def summary(rows: list[CoverageRow] | list[StationRow]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        counts[row.state] += 1
    return {state: counts[state] for state in (REPORTED, CALM, SILENT, UNCOVERED)}
