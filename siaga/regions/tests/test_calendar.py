"""A team schedules its own election stages; texts and alert rules in its region follow them."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from siaga.regions.calendar import election_calendar
from siaga.regions.models import ElectionKind, ScheduledStage
from siaga.reports.choices import Channel
from siaga.reports.services import ReportInput, analyse, submit_report
from siaga.teams.models import User

pytestmark = pytest.mark.django_db

PILKEL_DAY = dt.date(2026, 11, 29)


@pytest.fixture
def tabanan_pilkel() -> ScheduledStage:
    return ScheduledStage.objects.create(
        name="Pilkel Tabanan 2026",
        election=ElectionKind.PILKADES,
        region_id="51.02",
        stage="voting_counting",
        start=PILKEL_DAY,
        end=PILKEL_DAY,
    )


def test_a_scheduled_stage_applies_in_its_region_and_below_only(
    tabanan_pilkel: ScheduledStage,
) -> None:
    from siaga.analysis.elections import stage_on

    assert stage_on(PILKEL_DAY, election_calendar("51.02.06.2004")) == "voting_counting"
    assert stage_on(PILKEL_DAY, election_calendar("51.05")) is None  # Klungkung votes later
    assert stage_on(PILKEL_DAY, election_calendar(None)) is None


def test_a_report_on_pilkel_day_in_tabanan_reads_as_voting(
    tabanan_pilkel: ScheduledStage, tabanan_reporter: User
) -> None:
    report, _ = submit_report(
        ReportInput(
            raw_text="Ada pembagian amplop oleh tim calon perbekel di banjar pagi ini",
            channel=Channel.WEB,
            occurred_at=dt.datetime(2026, 11, 29, 7, 30, tzinfo=dt.timezone(dt.timedelta(hours=8))),
        ),
        reporter=tabanan_reporter,
    )
    analysed = analyse(report)
    assert analysed.suggestions["election_stage"] == "voting_counting"
    assert analysed.suggestions["cues"]["stage_from"] == "date"


def test_a_stage_cannot_end_before_it_starts() -> None:
    stage = ScheduledStage(
        name="Salah ketik",
        election=ElectionKind.PILKADES,
        stage="campaign",
        start=dt.date(2026, 12, 6),
        end=dt.date(2026, 11, 6),
    )
    with pytest.raises(ValidationError) as error:
        stage.full_clean()
    assert "end" in error.value.message_dict


def test_an_alert_rule_of_the_region_follows_its_scheduled_stage(
    tabanan_pilkel: ScheduledStage,
) -> None:
    from siaga.alerts.models import AlertRule, RuleKind
    from siaga.alerts.services import _in_stage

    rule = AlertRule(
        name="Laporan saat Pilkel", kind=RuleKind.REPORT_SEVERITY, stages=["voting_counting"]
    )
    morning = dt.datetime(2026, 11, 29, 1, 0, tzinfo=dt.UTC)  # 09.00 WITA
    rule.region_id = "51.02"
    assert _in_stage(rule, morning)
    rule.region_id = "51.05"
    assert not _in_stage(rule, morning)
