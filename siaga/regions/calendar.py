"""The election calendar for a place: the national stage windows and the stages a team
scheduled for its own region (a kabupaten's village-head elections, a re-vote)."""

from __future__ import annotations

from django.db.models import Q

from siaga.analysis.elections import CALENDAR, StageWindow
from siaga.lib.regioncodes import ancestors_and_self
from siaga.regions.models import ScheduledStage


def election_calendar(code: str | None) -> tuple[StageWindow, ...]:
    """Windows that apply at `code`: nationwide ones and those scheduled for it or any
    region above it. Without a place, the nationwide ones."""
    here = Q(region__isnull=True)
    if code:
        here |= Q(region_id__in=ancestors_and_self(code))
    scheduled = ScheduledStage.objects.filter(here)
    local = tuple(
        StageWindow(row.name, row.stage, row.start, row.end)
        for row in scheduled.only("name", "stage", "start", "end")
    )
    return CALENDAR + local
