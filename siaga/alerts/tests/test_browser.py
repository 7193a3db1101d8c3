"""On a phone: the Klungkung analyst sees the vulnerability map light up after a severe
report, and acknowledges the alert it raised with one tap."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from siaga.alerts.services import evaluate_report
from siaga.conftest import ARTIFACTS, log_in, make_team, make_user, needs_chromium
from siaga.regions.boundaries import load_boundaries
from siaga.regions.services import load_regions
from siaga.reports.choices import Channel, Status
from siaga.reports.models import Report
from siaga.risk.services import apply_changes, recompute_all, sync_report
from siaga.teams.access import Role
from siaga.teams.models import Agency

FIXTURES = Path(__file__).resolve().parents[2] / "dashboard" / "tests" / "fixtures"
pytestmark = [pytest.mark.browser, needs_chromium]


@pytest.fixture
def severe_clash_in_tangkas(transactional_db: None, warning_data: None) -> None:
    load_regions(only=("51.05",))
    load_boundaries(FIXTURES / "klungkung-kecamatan.geojson", source="test")
    make_user("klungkung.analis", Role.ANALYST, "51.05", first_name="Ni Kadek")
    team = make_team("51.05")
    Agency.objects.create(region=team.region, type_id="kesbangpol", name="Kesbangpol Klungkung")
    now = timezone.now()
    report = Report.objects.create(
        client_id="browser-1",
        channel=Channel.WEB,
        raw_text="Bentrok pendukung, tiga orang luka",
        region_id="51.05.03.2006",
        categories=["supporters_clash"],
        severity=3,
        status=Status.VERIFIED,
        received_at=now,
        occurred_at=now,
    )
    recompute_all()
    evaluate_report(report, apply_changes(sync_report(report)))


def test_the_map_shows_the_hotspot_and_the_alert_is_acknowledged(
    severe_clash_in_tangkas: None, phone: Any
) -> None:
    from playwright.sync_api import expect

    log_in(phone, "klungkung.analis")
    phone.goto("/rawan/")
    expect(phone.locator("#map[data-ready=true]")).to_be_visible()
    assert phone.locator("#map path.leaflet-interactive").count() == 4
    expect(phone.locator("#hotspots li").first).to_contain_text("Tangkas")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    phone.screenshot(path=str(ARTIFACTS / "risk-map-360.png"), full_page=True)

    phone.goto("/peringatan/")
    phone.locator("#alerts a").first.click()
    phone.fill("#acknowledge-form input[name=note]", "Polres sudah ke lokasi")
    phone.click("#acknowledge-form button")
    expect(phone.locator("#alert-status")).to_have_attribute("data-status", "acknowledged")
    expect(phone.locator("#acknowledge-form")).to_have_count(0)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    phone.screenshot(path=str(ARTIFACTS / "alert-acknowledged-360.png"), full_page=True)

    phone.goto("/rawan/51.05.03.2006/")
    expect(phone.locator("#region-score")).not_to_have_text("0,0")
    phone.screenshot(path=str(ARTIFACTS / "risk-region-360.png"), full_page=True)


@pytest.fixture
def klungkung_analyst_only(transactional_db: None, warning_data: None) -> None:
    load_regions(only=("51.05",))
    make_user("klungkung.analis", Role.ANALYST, "51.05", first_name="Ni Kadek")


def test_an_assessment_typed_on_a_phone_survives_a_reload(
    klungkung_analyst_only: None, phone: Any
) -> None:
    from playwright.sync_api import expect

    log_in(phone, "klungkung.analis")
    phone.goto("/rawan/penilaian/")
    phone.fill("#id_region", "51.05.03.2006")
    phone.fill("#id_note", "Batas setra dengan banjar tetangga masih dipersoalkan")
    phone.reload()
    expect(phone.locator("#id_note")).to_have_value(
        "Batas setra dengan banjar tetangga masih dipersoalkan"
    )
    expect(phone.locator("#id_region")).to_have_value("51.05.03.2006")
