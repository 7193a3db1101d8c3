"""Coverage: silence past the schedule is flagged, not read as calm."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from siaga.regions.models import Region
from siaga.reports.choices import Channel
from siaga.reports.coverage import CALM, REPORTED, SILENT, UNCOVERED, coverage
from siaga.reports.models import CheckIn, ReportingSchedule
from siaga.reports.services import ReportInput, record_checkin, submit_report
from siaga.teams.models import User

pytestmark = pytest.mark.django_db
TANGKAS, GELGEL, KAMASAN = "51.05.03.2006", "51.05.03.2003", "51.05.03.2007"


def by_code(now: dt.datetime) -> dict[str, object]:
    return {row.region.code: row for row in coverage("51.05.03", now=now)}


def test_states_per_desa(klungkung_reporter: User, db: None) -> None:
    from siaga.conftest import make_user

    gelgel_officer = make_user("gelgel", "reporter", GELGEL)
    kamasan_officer = make_user("kamasan", "reporter", KAMASAN)
    submit_report(
        ReportInput(raw_text="ribut", channel=Channel.WEB, region_code=TANGKAS),
        reporter=klungkung_reporter,
    )
    record_checkin(user=gelgel_officer, region=Region.objects.get(code=GELGEL), channel=Channel.WEB)
    old = record_checkin(
        user=kamasan_officer, region=Region.objects.get(code=KAMASAN), channel=Channel.WEB
    )[0]
    CheckIn.objects.filter(pk=old.pk).update(checked_at=timezone.now() - dt.timedelta(days=9))
    rows = by_code(timezone.now())
    assert rows[TANGKAS].state == REPORTED  # type: ignore[attr-defined]
    assert rows[GELGEL].state == CALM  # type: ignore[attr-defined]
    assert rows[KAMASAN].state == SILENT  # type: ignore[attr-defined]
    assert [o.user.username for o in rows[KAMASAN].silent_officers] == ["kamasan"]  # type: ignore[attr-defined]
    assert rows["51.05.03.2001"].state == UNCOVERED  # type: ignore[attr-defined]


def test_a_campaign_schedule_makes_a_day_of_silence_count(db: None) -> None:
    from siaga.conftest import make_user

    officer = make_user("gelgel", "reporter", GELGEL)
    checkin, _ = record_checkin(
        user=officer, region=Region.objects.get(code=GELGEL), channel=Channel.WEB
    )
    CheckIn.objects.filter(pk=checkin.pk).update(checked_at=timezone.now() - dt.timedelta(hours=30))
    assert by_code(timezone.now())[GELGEL].state == CALM  # type: ignore[attr-defined]  # weekly default
    ReportingSchedule.objects.create(
        region_id="51.05",
        stage="campaign",
        interval_hours=24,
        starts_on=timezone.localdate() - dt.timedelta(days=3),
    )
    row = by_code(timezone.now())[GELGEL]
    assert (row.state, row.interval_hours) == (SILENT, 24)  # type: ignore[attr-defined]


def test_the_coverage_page_and_api(
    klungkung_analyst: User, klungkung_reporter: User, tabanan_analyst: User
) -> None:
    client = Client()
    client.force_login(klungkung_analyst)
    page = client.get(reverse("coverage"), {"region": "51.05.03"})
    assert page.status_code == 200 and "Tangkas" in page.content.decode()
    body = client.get("/api/v1/coverage", {"region": "51.05.03"}).json()
    assert body["summary"]["silent"] >= 1
    tangkas = next(r for r in body["rows"] if r["region_code"] == TANGKAS)
    assert tangkas["silent_officers"] == ["klungkung.pelapor"]
    other = Client()
    other.force_login(tabanan_analyst)
    assert other.get("/api/v1/coverage", {"region": "51.05.03"}).status_code == 403
    assert other.get(reverse("coverage"), {"region": "51.05.03"}).status_code == 404


def test_polling_stations_are_covered_by_the_reports_and_check_ins_that_name_them(
    klungkung_reporter: User, klungkung_analyst: User
) -> None:
    from siaga.regions.models import PollingStation
    from siaga.reports.coverage import station_coverage

    for number in (1, 2, 3):
        PollingStation.objects.create(
            election_code="pilkada-2024", region_id=TANGKAS, number=number
        )
    submit_report(
        ReportInput(
            raw_text="ricuh", channel=Channel.WEB, region_code=TANGKAS, polling_station_number=1
        ),
        reporter=klungkung_reporter,
    )
    record_checkin(
        user=klungkung_reporter,
        region=Region.objects.get(code=TANGKAS),
        channel=Channel.WEB,
        polling_station=PollingStation.objects.get(number=2),
    )
    states = {r.station.number: r.state for r in station_coverage("51.05", now=timezone.now())}
    assert states == {1: REPORTED, 2: CALM, 3: SILENT}
    client = Client()
    client.force_login(klungkung_analyst)
    body = client.get("/api/v1/coverage", {"region": "51.05.03"}).json()
    assert [s["state"] for s in body["polling_stations"]] == ["reported", "calm", "silent"]
    assert 'id="tps-coverage"' in client.get(reverse("coverage")).content.decode()
