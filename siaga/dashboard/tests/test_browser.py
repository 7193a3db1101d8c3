"""A Klungkung analyst on a phone: log in, see the map of their regency, switch language.

Drives Debian's Chromium (/usr/bin/chromium) through Playwright; never downloads a
browser. Screenshots land in test-artifacts/ for a person to look at.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import ViewportSize

from siaga.conftest import PASSWORD, make_user
from siaga.regions.boundaries import load_boundaries
from siaga.regions.services import load_regions
from siaga.teams.access import Role

CHROMIUM = os.environ.get("SIAGA_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
FIXTURES = Path(__file__).parent / "fixtures"
PHONE: ViewportSize = {"width": 360, "height": 740}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="Debian chromium is not installed"),
]


@pytest.fixture
def page(live_server: object, transactional_db: None) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    load_regions(only=("51.05",))
    load_boundaries(FIXTURES / "klungkung-kecamatan.geojson", source="test")
    make_user("klungkung.analis", Role.ANALYST, "51.05", first_name="Ni Kadek")
    ARTIFACTS.mkdir(exist_ok=True)
    # Playwright's sync API runs an event loop in this thread; the live server's queries
    # happen in its own thread, so Django's async-safety guard does not apply here.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
            ],
        )
        context = browser.new_context(viewport=PHONE, locale="en-US", is_mobile=True)
        yield context.new_page()
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


def test_an_analyst_on_a_phone_logs_in_sees_the_map_and_switches_language(
    page: object, live_server: object
) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    base = str(live_server)
    page.goto(base + "/")
    expect(page.locator("h1")).to_have_text("Masuk ke Siaga")
    page.fill("#id_username", "klungkung.analis")
    page.fill("#id_password", PASSWORD)
    page.click("button.primary")

    expect(page.locator("h1")).to_have_text("Kabupaten Klungkung")
    expect(page.locator("#map[data-ready=true]")).to_be_visible()
    assert page.locator("#map path.leaflet-interactive").count() == 4
    expect(page.locator("nav.mainnav")).to_contain_text("Beranda")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.screenshot(path=str(ARTIFACTS / "home-id-360.png"), full_page=True)

    page.click("form.lang button[value=en]")
    expect(page.locator("nav.mainnav")).to_contain_text("Home")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.screenshot(path=str(ARTIFACTS / "home-en-360.png"), full_page=True)

    page.click("form.lang button[value=id]")
    expect(page.locator("nav.mainnav")).to_contain_text("Beranda")
