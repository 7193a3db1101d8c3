"""The election calendar for a place: the national stage windows and the stages a team
scheduled for its own region (a kabupaten's village-head elections, a re-vote)."""

from __future__ import annotations

from siaga.analysis.elections import CALENDAR, StageWindow
from siaga.regions.models import ScheduledStage


def election_calendar(code: str | None) -> tuple[StageWindow, ...]:
    """Windows that apply at `code`: nationwide ones and those scheduled for it or any
    region above it. Without a place, the nationwide ones."""
    scheduled = ScheduledStage.objects.applying_at(code).only("name", "stage", "start", "end")
    local = tuple(StageWindow(row.name, row.stage, row.start, row.end) for row in scheduled)
    return CALENDAR + local
