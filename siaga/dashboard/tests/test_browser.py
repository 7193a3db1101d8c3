"""A Klungkung analyst on a phone: log in, see the map of their regency, switch language.

Drives Debian's Chromium (/usr/bin/chromium) through Playwright; never downloads a
browser. Screenshots land in test-artifacts/ for a person to look at.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from siaga.conftest import ARTIFACTS, log_in, make_user, needs_chromium
from siaga.regions.boundaries import load_boundaries
from siaga.regions.services import load_regions
from siaga.teams.access import Role

FIXTURES = Path(__file__).parent / "fixtures"
pytestmark = [pytest.mark.browser, needs_chromium]


@pytest.fixture
def klungkung(transactional_db: None) -> None:
    load_regions(only=("51.05",))
    load_boundaries(FIXTURES / "klungkung-kecamatan.geojson", source="test")
    make_user("klungkung.analis", Role.ANALYST, "51.05", first_name="Ni Kadek")


def test_an_analyst_on_a_phone_logs_in_sees_the_map_and_switches_language(
    klungkung: None, phone: Any
) -> None:
    from playwright.sync_api import expect

    phone.goto("/")
    expect(phone.locator("h1")).to_have_text("Masuk ke Siaga")
    log_in(phone, "klungkung.analis")

    expect(phone.locator("h1")).to_have_text("Kabupaten Klungkung")
    expect(phone.locator("#map[data-ready=true]")).to_be_visible()
    assert phone.locator("#map path.leaflet-interactive").count() == 4
    expect(phone.locator("nav.mainnav")).to_contain_text("Beranda")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    phone.screenshot(path=str(ARTIFACTS / "home-id-360.png"), full_page=True)

    phone.click("form.lang button[value=en]")
    expect(phone.locator("nav.mainnav")).to_contain_text("Home")
    expect(phone.locator("html")).to_have_attribute("lang", "en")
    phone.screenshot(path=str(ARTIFACTS / "home-en-360.png"), full_page=True)

    phone.click("form.lang button[value=id]")
    expect(phone.locator("nav.mainnav")).to_contain_text("Beranda")
