"""Scores move with values and signals, at every level, and the quick path agrees with
the full recompute."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from siaga.regions.models import PollingStation, Region
from siaga.reports.choices import Channel, Status
from siaga.reports.models import Report
from siaga.risk.models import Framework, Indicator, RegionScore, ScoreHistory
from siaga.risk.services import (
    apply_changes,
    recompute_all,
    record_value,
    refresh_static,
    sync_report,
)
from siaga.teams.models import User

pytestmark = pytest.mark.django_db

TANGKAS = "51.05.03.2006"  # Desa Tangkas, Kecamatan Klungkung, Kabupaten Klungkung
NOW = dt.datetime(2024, 11, 20, 9, 0, tzinfo=dt.UTC)


def report(
    place: str = TANGKAS,
    *,
    severity: int = 3,
    status: str = Status.VERIFIED,
    categories: list[str] | None = None,
    stage: str = "",
    days_ago: float = 0.0,
    station: PollingStation | None = None,
) -> Report:
    when = NOW - dt.timedelta(days=days_ago)
    return Report.objects.create(
        client_id=f"t-{Report.objects.count()}-{place}-{severity}-{days_ago}",
        channel=Channel.WEB,
        raw_text="bentrok antarpendukung",
        region_id=place,
        polling_station=station,
        categories=categories or ["supporters_clash"],
        severity=severity,
        status=status,
        election_stage=stage,
        received_at=when,
        occurred_at=when,
    )


def score(code: str, stage: str | None = None) -> float:
    row = RegionScore.objects.filter(pk=code).first()
    return row.for_stage(stage) if row else 0.0


def indicator(framework: str, code: str) -> Indicator:
    return Indicator.objects.get(framework__code=framework, code=code)


def test_a_verified_severe_report_raises_desa_kecamatan_kabupaten_and_province() -> None:
    recompute_all(NOW)
    apply_changes(sync_report(report()), NOW)
    # One severity-3 report weighs 1.0: 100 * (1 - e^(-1/4)) = 22.1 at every level above it.
    for code in [TANGKAS, "51.05.03", "51.05", "51"]:
        assert score(code) == pytest.approx(22.12, abs=0.01), code
    assert score("51.02") == 0.0


def test_the_quick_update_agrees_with_a_full_recompute() -> None:
    signals = [
        report(severity=4, days_ago=10),
        report("51.05.01.2001", severity=2, status=Status.NEW, days_ago=3),
        report(categories=["money_politics"], stage="campaign", days_ago=40),
    ]
    recompute_all(NOW)
    for made in signals:
        apply_changes(sync_report(made), NOW)
    quick = {r.region_id: (r.score, r.score_campaign) for r in RegionScore.objects.all()}
    recompute_all(NOW)
    full = {r.region_id: (r.score, r.score_campaign) for r in RegionScore.objects.all()}
    assert set(quick) >= set(full)
    for code, values in full.items():
        assert quick[code] == pytest.approx(values, abs=0.02), code


def test_unverified_reports_count_less_and_rejected_ones_not_at_all() -> None:
    recompute_all(NOW)
    apply_changes(sync_report(report(status=Status.NEW)), NOW)
    unverified = score(TANGKAS)
    rejected = report("51.05.01.2001", status=Status.REJECTED)
    assert sync_report(rejected) == []
    assert 0 < unverified < 22.12 / 2
    assert score("51.05.01.2001") == 0.0


def test_a_rejected_report_takes_its_weight_back() -> None:
    made = report()
    recompute_all(NOW)
    apply_changes(sync_report(made), NOW)
    made.status = Status.REJECTED
    made.save()
    apply_changes(sync_report(made), NOW)
    assert score(TANGKAS) == pytest.approx(0.0, abs=0.01)


def test_old_reports_weigh_less_by_the_half_life(settings: object) -> None:
    recompute_all(NOW)
    apply_changes(sync_report(report(severity=4, days_ago=30)), NOW)
    # Severity 4 weighs 2.0, halved after 30 days: 100 * (1 - e^(-1/4)).
    assert score(TANGKAS) == pytest.approx(22.12, abs=0.01)


def test_stage_scores_count_reports_of_that_stage_and_of_none() -> None:
    recompute_all(NOW)
    apply_changes(sync_report(report(categories=["money_politics"], stage="campaign")), NOW)
    assert score(TANGKAS, "campaign") > 0
    assert (
        score(TANGKAS, "voter_registration") == 0.0
    )  # money politics is mapped to campaign stages
    apply_changes(sync_report(report(categories=["sara_identity_religion"])), NOW)
    assert score(TANGKAS, "voter_registration") > 0  # no stage: counts in every stage


def test_published_index_values_roll_up_to_the_province(national_admin: User) -> None:
    keamanan = indicator("ikp-2024", "skor-keamanan")
    for code, value in [("51.05", 30.0), ("51.02", 10.0)]:
        record_value(
            indicator=keamanan,
            region=Region.objects.get(code=code),
            value=value,
            observed_on=NOW.date(),
            source="uji",
            by=national_admin,
        )
    recompute_all(NOW)
    assert score("51.05") == pytest.approx(30.0)
    assert score("51") == pytest.approx(20.0)  # mean of the assessed kabupaten
    assert RegionScore.objects.get(pk="51.05").rating == 1  # sedang by IKP 2024


def test_a_checklist_assessment_counts_what_it_left_out_as_absent(national_admin: User) -> None:
    village = Region.objects.get(code=TANGKAS)
    record_value(
        indicator=indicator("sumber-konflik-uu-7-2012", "batas-wilayah"),
        region=village,
        value=1,
        observed_on=NOW.date(),
        source="uji",
        by=national_admin,
    )
    recompute_all(NOW)
    assert score(TANGKAS) == pytest.approx(20.0)  # one of five conflict sources present


def test_refresh_static_updates_the_chain_after_one_value(national_admin: User) -> None:
    recompute_all(NOW)
    village = Region.objects.get(code=TANGKAS)
    record_value(
        indicator=indicator("sumber-konflik-uu-7-2012", "agama-suku-etnis"),
        region=village,
        value=1,
        observed_on=NOW.date(),
        source="uji",
        by=national_admin,
    )
    refresh_static(TANGKAS)
    assert score(TANGKAS) == pytest.approx(20.0)
    assert score("51.05.03") == pytest.approx(20.0)


def test_polling_station_flags_reach_their_desa(national_admin: User) -> None:
    village = Region.objects.get(code=TANGKAS)
    station = PollingStation.objects.create(
        election_code="pilkada-2024", region=village, number=1, hard_to_reach=True
    )
    checklist = Framework.objects.get(code="tps-rawan-pilkada-2024")
    for code in ["sulit-dijangkau", "riwayat-kekerasan"]:
        record_value(
            indicator=Indicator.objects.get(framework=checklist, code=code),
            region=village,
            polling_station=station,
            value=1,
            observed_on=NOW.date(),
            source="uji",
            by=national_admin,
        )
    recompute_all(NOW)
    assert station.score.score > 0
    assert score(TANGKAS) == pytest.approx(station.score.score)


def test_every_recompute_keeps_one_history_row_per_region_and_day() -> None:
    report()
    apply_changes(sync_report(Report.objects.get()), NOW)
    recompute_all(NOW)
    recompute_all(NOW + dt.timedelta(hours=1))
    recompute_all(NOW + dt.timedelta(days=1))
    days = list(ScoreHistory.objects.filter(region_id="51.05").values_list("day", flat=True))
    assert days == [NOW.date(), (NOW + dt.timedelta(days=1)).date()]


def test_recompute_without_anything_leaves_no_rows() -> None:
    result = recompute_all(timezone.now())
    assert result.regions > 0 and result.signals == 0
    assert RegionScore.objects.count() == 0
