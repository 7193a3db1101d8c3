"""On a phone: a report typed offline arrives once when the signal returns; triage and
coverage pages work at 360 px. Screenshots go to test-artifacts/."""

from __future__ import annotations

from typing import Any

import pytest

from siaga.conftest import ARTIFACTS, log_in, make_user, needs_chromium
from siaga.regions.services import load_regions
from siaga.reports.choices import Channel
from siaga.reports.models import Report
from siaga.reports.services import ReportInput, submit_report
from siaga.teams.access import Role

pytestmark = [pytest.mark.browser, needs_chromium]


@pytest.fixture
def klungkung(transactional_db: None) -> None:
    load_regions(only=("51.05",))
    make_user("klungkung.pelapor", Role.REPORTER, "51.05.03.2006", first_name="Aipda Made")
    analyst = make_user("klungkung.analis", Role.ANALYST, "51.05", first_name="Ni Kadek")
    reporter = make_user("gelgel.pelapor", Role.REPORTER, "51.05.03.2003")
    for text in (
        "LAPOR#Gelgel#politik uang#amplop dibagi di balai banjar",
        "ada hoaks di grup WA soal pura, warga mulai panas",
    ):
        submit_report(
            ReportInput(raw_text=text, channel=Channel.SMS, place_text="Desa Gelgel"),
            reporter=reporter,
        )
    assert analyst.pk


def test_a_report_typed_offline_arrives_once_when_the_signal_returns(
    klungkung: None, phone: Any
) -> None:
    from playwright.sync_api import expect

    log_in(phone, "klungkung.pelapor")
    phone.goto("/lapor/")
    phone.wait_for_function("navigator.serviceWorker && navigator.serviceWorker.ready")
    phone.context.set_offline(True)
    phone.click("label.chip:has-text('Politik uang')")
    phone.fill("#id_text", "Warga dibagi amplop di balai banjar, jam 21.00")
    phone.select_option("#id_region_code", "51.05.03.2006")
    phone.screenshot(path=str(ARTIFACTS / "report-form-360.png"), full_page=True)
    phone.click("#report-form button.primary")
    expect(phone.locator("#outbox-status")).to_contain_text("Tersimpan di ponsel")
    assert Report.objects.filter(reporter__username="klungkung.pelapor").count() == 0

    phone.reload()  # offline reload: the service worker serves the form, the outbox survives
    expect(phone.locator("#outbox-status")).to_have_attribute("data-pending", "1")

    phone.context.set_offline(False)
    expect(phone.locator("#outbox-status")).to_contain_text("LAP-", timeout=15000)
    sent = Report.objects.filter(reporter__username="klungkung.pelapor")
    assert sent.count() == 1
    assert sent.get().categories == ["money_politics"]
    phone.goto("/lapor/saya/")
    expect(phone.locator("#my-reports")).to_contain_text(sent.get().number)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360


def test_an_analyst_verifies_from_the_queue_and_sees_coverage(klungkung: None, phone: Any) -> None:
    from playwright.sync_api import expect

    log_in(phone, "klungkung.analis")
    phone.goto("/triase/")
    expect(phone.locator("#queue li")).to_have_count(2)
    phone.locator("#queue li a").first.click()
    expect(phone.locator("#detail h2")).to_contain_text("LAP-")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360  # long SMS words wrap
    phone.screenshot(path=str(ARTIFACTS / "triage-360.png"), full_page=True)
    phone.click("#detail button.primary")
    expect(phone.locator("#detail h2 .tag")).to_have_text("Terverifikasi")
    phone.goto("/cakupan/?region=51.05.03")
    expect(phone.locator("h1")).to_contain_text("Klungkung")
    phone.screenshot(path=str(ARTIFACTS / "coverage-360.png"), full_page=True)
