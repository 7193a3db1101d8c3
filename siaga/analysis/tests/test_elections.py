"""The election calendar names the stage in effect on a day."""

from __future__ import annotations

import datetime as dt

import pytest

from siaga.analysis.elections import (
    CALENDAR,
    StageWindow,
    parse_day,
    stage_of_categories,
    stage_on,
)
from siaga.lib.taxonomy import ELECTION_STAGES


@pytest.mark.parametrize(
    ("day", "stage"),
    [
        ("2024-01-16", "campaign"),  # Pemilu 2024 campaign
        ("2024-02-12", "quiet_period"),
        ("2024-02-14", "voting_counting"),
        ("2024-03-01", "recapitulation"),
        ("2024-08-28", "candidate_registration"),  # inside the Pilkada voter updating
        ("2024-07-01", "voter_registration"),
        ("2024-11-27", "voting_counting"),  # Pilkada 2024 voting day
        ("2025-02-20", "inauguration"),  # inside the dispute window: the shorter wins
        ("2026-11-22", None),
    ],
)
def test_the_shortest_window_covering_a_day_is_its_stage(day: str, stage: str | None) -> None:
    assert stage_on(dt.date.fromisoformat(day)) == stage


def test_every_window_uses_a_taxonomy_stage_and_ends_after_it_starts() -> None:
    assert all(w.stage in ELECTION_STAGES and w.start <= w.end for w in CALENDAR)


def test_a_local_calendar_can_be_given() -> None:
    pilkades = [
        StageWindow(
            "pilkades-tabanan", "voting_counting", dt.date(2026, 12, 6), dt.date(2026, 12, 6)
        )
    ]
    assert stage_on(dt.date(2026, 12, 6), pilkades) == "voting_counting"


def test_an_election_category_names_the_stage_when_nothing_else_does() -> None:
    assert stage_of_categories(["demonstration", "polling_station_unrest"]) == "voting_counting"
    assert stage_of_categories(["criminal_violence"]) is None


def test_dates_are_read_from_text_dates_and_datetimes() -> None:
    assert parse_day("2024-11-27") == dt.date(2024, 11, 27)
    assert parse_day("2024-11-27T08:00:00+08:00") == dt.date(2024, 11, 27)
    wita = dt.timezone(dt.timedelta(hours=8))
    assert parse_day(dt.datetime(2024, 11, 27, 8, 0, tzinfo=wita)) == dt.date(2024, 11, 27)
    assert parse_day("") is None
    with pytest.raises(ValueError):
        parse_day("kemarin")


def test_a_clash_over_a_disputed_count_is_placed_after_the_vote() -> None:
    assert stage_of_categories(["supporters_clash", "election_result_dispute"]) == "recapitulation"
    assert stage_of_categories(["supporters_clash", "money_politics"]) == "campaign"
