from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from siaga.conftest import PASSWORD
from siaga.teams.models import Membership, Team, User

pytestmark = pytest.mark.django_db


def logged_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_pages_need_a_login(client: Client) -> None:
    for name in ("home", "team", "account", "region-browser"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_logging_in_with_a_password_opens_the_home_page(
    client: Client, klungkung_analyst: User
) -> None:
    response = client.post(reverse("login"), {"username": "klungkung.analis", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get(reverse("home")).status_code == 200


def test_a_wrong_password_is_refused_in_indonesian(client: Client, klungkung_analyst: User) -> None:
    response = client.post(reverse("login"), {"username": "klungkung.analis", "password": "salah"})
    assert response.status_code == 200
    assert "sandi yang benar" in response.content.decode().lower()


def test_the_home_page_lists_the_districts_of_the_users_regency(klungkung_analyst: User) -> None:
    page = logged_in(klungkung_analyst).get(reverse("home")).content.decode()
    for district in ("Nusa Penida", "Banjarangkan", "Klungkung", "Dawan"):
        assert district in page
    assert 'id="map-data"' in page


def test_the_team_page_shows_members_agencies_and_duties(
    klungkung_analyst: User, klungkung_team: Team
) -> None:
    page = logged_in(klungkung_analyst).get(reverse("team")).content.decode()
    assert klungkung_team.name in page
    assert "Kapolres Kabupaten Klungkung" in page
    assert "Bhabinkamtibmas" in page  # the duties of the police


def test_an_analyst_adds_a_member_through_htmx(
    klungkung_analyst: User, klungkung_team: Team
) -> None:
    response = logged_in(klungkung_analyst).post(
        reverse("team-add-member", args=[klungkung_team.pk]),
        {"person_name": "Ketut Fiktif", "title": "Ketua KPU", "position": "anggota"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    assert "Ketut Fiktif" in response.content.decode()
    assert Membership.objects.filter(team=klungkung_team, person_name="Ketut Fiktif").exists()


def test_a_bad_member_form_keeps_what_was_typed_and_explains(
    klungkung_analyst: User, klungkung_team: Team
) -> None:
    response = logged_in(klungkung_analyst).post(
        reverse("team-add-member", args=[klungkung_team.pk]),
        {"person_name": "Ketut Fiktif", "title": "Ketua KPU", "position": "raja"},
    )
    assert response.status_code == 422
    page = response.content.decode()
    assert 'value="Ketut Fiktif"' in page
    assert 'value="Ketua KPU"' in page
    assert 'role="alert"' in page


def test_an_observer_may_not_add_a_member(bali_observer: User, klungkung_team: Team) -> None:
    response = logged_in(bali_observer).post(
        reverse("team-add-member", args=[klungkung_team.pk]),
        {"person_name": "X", "position": "anggota"},
    )
    assert response.status_code == 403
    assert (
        "Tambah anggota"
        not in logged_in(bali_observer)
        .get(reverse("team-detail", args=[klungkung_team.pk]))
        .content.decode()
    )


def test_a_klungkung_analyst_cannot_open_the_tabanan_team(
    klungkung_analyst: User, tabanan_team: Team
) -> None:
    client = logged_in(klungkung_analyst)
    assert client.get(reverse("team-detail", args=[tabanan_team.pk])).status_code == 403
    assert (
        client.post(
            reverse("team-add-member", args=[tabanan_team.pk]),
            {"person_name": "X", "position": "anggota"},
        ).status_code
        == 404
    )


def test_pages_are_indonesian_by_default_even_for_an_english_browser(
    klungkung_analyst: User,
) -> None:
    page = logged_in(klungkung_analyst).get(reverse("home"), HTTP_ACCEPT_LANGUAGE="en-US")
    assert '<html lang="id">' in page.content.decode()
    assert "Beranda" in page.content.decode()


def test_the_language_switch_turns_pages_english(klungkung_analyst: User) -> None:
    client = logged_in(klungkung_analyst)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    page = client.get(reverse("home")).content.decode()
    assert '<html lang="en">' in page
    assert "Home" in page


def test_a_user_changes_their_password(client: Client, klungkung_analyst: User) -> None:
    client.force_login(klungkung_analyst)
    response = client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "Tangkas-aman-2024",
            "new_password2": "Tangkas-aman-2024",
        },
    )
    assert response.status_code == 302
    klungkung_analyst.refresh_from_db()
    assert klungkung_analyst.check_password("Tangkas-aman-2024")


def test_the_region_browser_finds_a_village_by_name(klungkung_analyst: User) -> None:
    page = logged_in(klungkung_analyst).get(reverse("region-browser"), {"q": "Tangkas"})
    assert "51.05.03.2006" in page.content.decode()


def test_the_menu_depends_on_the_role(klungkung_reporter: User, national_admin: User) -> None:
    reporter_page = logged_in(klungkung_reporter).get(reverse("home")).content.decode()
    admin_page = logged_in(national_admin).get(reverse("home")).content.decode()
    assert reverse("admin:index") not in reporter_page
    assert reverse("admin:index") in admin_page


def test_an_analyst_schedules_the_pilkel_and_can_take_it_back(
    tabanan_analyst: User, tabanan_team: Team
) -> None:
    from siaga.regions.models import ScheduledStage

    client = logged_in(tabanan_analyst)
    response = client.post(
        reverse("team-add-stage", args=[tabanan_team.pk]),
        {
            "name": "Pilkel Tabanan 2026",
            "election": "pilkades",
            "stage": "voting_counting",
            "start": "2026-12-06",
            "end": "2026-12-06",
        },
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    assert "Pilkel Tabanan 2026" in response.content.decode()
    stage = ScheduledStage.objects.get(name="Pilkel Tabanan 2026")
    assert stage.region_id == tabanan_team.region_id
    removed = client.post(reverse("team-remove-stage", args=[tabanan_team.pk, stage.pk]))
    assert removed.status_code == 200 and not ScheduledStage.objects.exists()


def test_a_stage_ending_before_it_starts_keeps_what_was_typed_and_explains(
    tabanan_analyst: User, tabanan_team: Team
) -> None:
    response = logged_in(tabanan_analyst).post(
        reverse("team-add-stage", args=[tabanan_team.pk]),
        {
            "name": "Pilkel Tabanan 2026",
            "election": "pilkades",
            "stage": "campaign",
            "start": "2026-12-06",
            "end": "2026-11-06",
        },
    )
    assert response.status_code == 422
    page = response.content.decode()
    assert 'value="Pilkel Tabanan 2026"' in page and 'value="2026-11-06"' in page
    assert "Hari terakhir jatuh sebelum hari pertama" in page


def test_an_observer_may_not_schedule_a_stage(bali_observer: User, tabanan_team: Team) -> None:
    response = logged_in(bali_observer).post(
        reverse("team-add-stage", args=[tabanan_team.pk]),
        {
            "name": "X",
            "election": "pilkades",
            "stage": "campaign",
            "start": "2026-12-06",
            "end": "2026-12-06",
        },
    )
    assert response.status_code == 403
