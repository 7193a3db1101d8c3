"""The shared cast and region data every test can lean on.

Regions of Bali (51) and Kepulauan Bangka Belitung (19) are loaded once per test
database from the real registry. The cast, by who may see what:

- klungkung_analyst: reads and changes Kabupaten Klungkung (51.05) only.
- klungkung_coordinator: the same scope, leadership role.
- klungkung_liaison: reads Klungkung; changes nothing in teams.
- klungkung_reporter: a Bhabinkamtibmas in Desa Tangkas (51.05.03.2006); sees own things.
- tabanan_reporter: a perbekel in Desa Beraban, Kecamatan Kediri, Tabanan (51.02.06.2004).
- tabanan_analyst: reads and changes Kabupaten Tabanan (51.02) only.
- bali_observer: reads all of Bali (51), changes nothing.
- babel_analyst: reads and changes Kepulauan Bangka Belitung (19), nothing in Bali.
- national_admin: a superuser with no region; sees everything.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.hashers import make_password

from siaga.regions.models import Region
from siaga.teams.access import Role
from siaga.teams.models import Agency, Membership, Position, Team, User

PASSWORD = "rahasia-uji-123"
TEST_REGIONS = ("51", "19")


@pytest.fixture(autouse=True)
def _fast_hasher(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fresh_caches() -> Iterator[None]:
    """In-process caches must not carry rows from one test's database into the next."""
    from siaga.regions.gazetteer import forget_gazetteer
    from siaga.regions.models import forget_cached_regions
    from siaga.reports.services import forget_cached_tokens

    for forget in (forget_cached_regions, forget_cached_tokens, forget_gazetteer):
        forget()
    yield
    for forget in (forget_cached_regions, forget_cached_tokens, forget_gazetteer):
        forget()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: Any) -> Iterator[None]:
    from siaga.regions.services import load_regions

    with django_db_blocker.unblock():
        load_regions(only=TEST_REGIONS)
    yield
    with django_db_blocker.unblock():
        _end_stray_postgres_sessions()


def _end_stray_postgres_sessions() -> None:
    """Threads in the concurrency and browser tests may leave a session behind, and
    PostgreSQL refuses to drop a database somebody is connected to."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


def make_user(username: str, role: str, region: str | None, **extra: Any) -> User:
    return User.objects.create(
        username=username,
        role=role,
        region_id=region,
        password=make_password(PASSWORD),
        is_superuser=role == Role.ADMIN and region is None,
        is_staff=role == Role.ADMIN,
        **extra,
    )


@pytest.fixture
def klungkung_analyst(db: None) -> User:
    return make_user("klungkung.analis", Role.ANALYST, "51.05", first_name="Ni Kadek")


@pytest.fixture
def klungkung_coordinator(db: None) -> User:
    return make_user("klungkung.koordinator", Role.COORDINATOR, "51.05")


@pytest.fixture
def klungkung_liaison(db: None) -> User:
    return make_user("klungkung.penghubung", Role.LIAISON, "51.05")


@pytest.fixture
def klungkung_reporter(db: None) -> User:
    return make_user(
        "klungkung.pelapor",
        Role.REPORTER,
        "51.05.03.2006",
        field_title="Bhabinkamtibmas Desa Tangkas",
    )


@pytest.fixture
def tabanan_reporter(db: None) -> User:
    return make_user(
        "tabanan.pelapor", Role.REPORTER, "51.02.06.2004", field_title="Perbekel Desa Beraban"
    )


@pytest.fixture
def tabanan_analyst(db: None) -> User:
    return make_user("tabanan.analis", Role.ANALYST, "51.02")


@pytest.fixture
def bali_observer(db: None) -> User:
    return make_user("bali.pemantau", Role.OBSERVER, "51")


@pytest.fixture
def babel_analyst(db: None) -> User:
    return make_user("babel.analis", Role.ANALYST, "19")


@pytest.fixture
def national_admin(db: None) -> User:
    return make_user("admin", Role.ADMIN, None)


def make_team(code: str) -> Team:
    from siaga.teams.services import form_team, sync_agency_catalogue

    sync_agency_catalogue()
    region = Region.objects.get(code=code)
    team = form_team(region, decree_number=f"SK/{code}")
    police = Agency.objects.create(region=region, type_id="polri", name=f"Polres {region.name}")
    Membership.objects.create(
        team=team,
        person_name=f"Kapolres {region.name}",
        position=Position.VICE_CHAIR,
        agency=police,
    )
    return team


@pytest.fixture
def klungkung_team(db: None) -> Team:
    return make_team("51.05")


@pytest.fixture
def tabanan_team(db: None) -> Team:
    return make_team("51.02")


@pytest.fixture
def bali_team(db: None) -> Team:
    return make_team("51")


@pytest.fixture
def babel_team(db: None) -> Team:
    return make_team("19")


CHROMIUM = os.environ.get("SIAGA_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
needs_chromium = pytest.mark.skipif(
    not shutil.which(CHROMIUM), reason="Debian chromium is not installed"
)


@pytest.fixture
def phone(live_server: Any) -> Iterator[Any]:
    """A Playwright page in Debian's Chromium, 360×740, English browser locale.

    Request the data fixtures before this one: the live server's thread reads them.
    """
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    # Playwright's sync API runs an event loop in this thread; the live server's queries
    # happen in its own thread, so Django's async-safety guard does not apply here.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
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
            context = browser.new_context(
                viewport={"width": 360, "height": 740},
                locale="en-US",
                is_mobile=True,
                base_url=str(live_server),
            )
            yield context.new_page()
            browser.close()
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


def log_in(page: Any, username: str) -> None:
    page.goto("/masuk/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button.primary")
    page.wait_for_url(lambda url: "/masuk/" not in url)


@pytest.fixture
def warning_data(db: None) -> None:
    """The published frameworks and default alert rules, as the migrations left them
    (a browser test's flush removes migration data, so it is put back when missing)."""
    from siaga.alerts.defaults import ensure_default_rules
    from siaga.risk.services import ensure_published_frameworks

    ensure_published_frameworks()
    ensure_default_rules()


@pytest.fixture
def immediate_tasks(settings: Any) -> None:
    """Background tasks run at once, inside the request or service that enqueued them."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def klungkung_agencies(klungkung_team: Team) -> dict[str, Agency]:
    """The secretariat and the election bodies beside the team's Polres."""
    region = klungkung_team.region
    made = {
        code: Agency.objects.create(
            region=region, type_id=code, name=name, email=f"{code}@klungkung.example"
        )
        for code, name in [
            ("kesbangpol", "Badan Kesbangpol Klungkung"),
            ("kpu", "KPU Kabupaten Klungkung"),
            ("bawaslu", "Bawaslu Kabupaten Klungkung"),
            ("kemenag", "Kantor Kemenag Klungkung"),
        ]
    }
    made["polri"] = Agency.objects.get(region=region, type_id="polri")
    made["polri"].email = "polri@klungkung.example"
    made["polri"].save()
    return made
