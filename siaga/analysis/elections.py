"""Which election stage a day falls in, and which stage a kind of trouble belongs to.

A text rarely names its stage. When it does not, the day it was published (or the event
happened) places it in the national election calendar, and failing that the category
does: supporters clash in the campaign, TPS unrest happens at voting and counting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from siaga.lib.taxonomy import ELECTION_STAGES


@dataclass(frozen=True)
class StageWindow:
    election: str
    stage: str
    start: dt.date
    end: dt.date  # inclusive

    def covers(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def _window(election: str, stage: str, start: str, end: str) -> StageWindow:
    return StageWindow(election, stage, dt.date.fromisoformat(start), dt.date.fromisoformat(end))


# Stage dates of the 2024 elections as the KPU scheduled them (PKPU 3/2022 for the
# general election, PKPU 2/2024 for the simultaneous regional elections), and the
# simultaneous inauguration of regional heads. Windows overlap; the shortest one that
# covers a day is the stage that day (candidate registration inside voter updating).
# The national inauguration (October 2024) is left out: it fell inside the regional
# campaign, which is what the teams were watching then.
CALENDAR: tuple[StageWindow, ...] = (
    _window("pemilu-2024", "party_verification", "2022-07-29", "2022-12-14"),
    _window("pemilu-2024", "voter_registration", "2022-10-14", "2023-06-21"),
    _window("pemilu-2024", "candidate_registration", "2023-04-24", "2023-11-25"),
    _window("pemilu-2024", "campaign", "2023-11-28", "2024-02-10"),
    _window("pemilu-2024", "quiet_period", "2024-02-11", "2024-02-13"),
    _window("pemilu-2024", "voting_counting", "2024-02-14", "2024-02-15"),
    _window("pemilu-2024", "recapitulation", "2024-02-16", "2024-03-20"),
    _window("pemilu-2024", "dispute_resolution", "2024-03-21", "2024-06-10"),
    _window("pilkada-2024", "voter_registration", "2024-05-31", "2024-09-23"),
    _window("pilkada-2024", "candidate_registration", "2024-08-27", "2024-09-22"),
    _window("pilkada-2024", "campaign", "2024-09-25", "2024-11-23"),
    _window("pilkada-2024", "quiet_period", "2024-11-24", "2024-11-26"),
    _window("pilkada-2024", "voting_counting", "2024-11-27", "2024-11-28"),
    _window("pilkada-2024", "recapitulation", "2024-11-29", "2024-12-16"),
    _window("pilkada-2024", "dispute_resolution", "2024-12-17", "2025-02-24"),
    _window("pilkada-2024", "inauguration", "2025-02-20", "2025-02-20"),
)

# The stage the taxonomy ties each kind of election trouble to, when nothing else tells.
# Money politics and the neutrality of civil servants run throughout an election: they
# get no stage of their own (and so count in every stage of a region's score).
CATEGORY_STAGE: dict[str, str] = {
    "election_campaign_violation": "campaign",
    "supporters_clash": "campaign",
    "voter_list_problem": "voter_registration",
    "election_logistics": "logistics_distribution",
    "polling_station_unrest": "voting_counting",
    "election_result_dispute": "recapitulation",
}


def stage_on(day: dt.date, calendar: Iterable[StageWindow] = CALENDAR) -> str | None:
    """The stage in effect on a day: the shortest window covering it, or None."""
    covering = [w for w in calendar if w.covers(day)]
    if not covering:
        return None
    return min(covering, key=lambda w: w.days).stage


def stage_of_categories(categories: Iterable[str]) -> str | None:
    """The latest stage among the election categories', if any: supporters who clash
    over a disputed count ("bentrok … dipicu ketidakpuasan atas kinerja KPU") clash
    after the vote, not in the campaign their kind of trouble usually belongs to."""
    stages = [CATEGORY_STAGE[c] for c in categories if c in CATEGORY_STAGE]
    return max(stages, key=ELECTION_STAGES.index, default=None)


def parse_day(value: object) -> dt.date | None:
    """A date from "YYYY-MM-DD", an ISO date-time, a date or a datetime; None if absent.
    Raises ValueError for text that is not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value.strip()[:10])
    raise ValueError(f"not a date: {value!r}")
