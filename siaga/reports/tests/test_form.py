"""The phone form without JavaScript, and its JSON path used by the offline outbox."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from siaga.reports.models import CheckIn, Report
from siaga.teams.models import User

pytestmark = pytest.mark.django_db


def logged_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_form_offers_the_desa_of_the_officers_kecamatan(klungkung_reporter: User) -> None:
    page = logged_in(klungkung_reporter).get(reverse("report-form")).content.decode()
    assert 'value="51.05.03.2006"' in page and 'value="51.05.03.2003"' in page
    assert 'value="51.02.06.2004"' not in page


def test_a_plain_post_creates_the_report_and_lists_it(klungkung_reporter: User) -> None:
    client = logged_in(klungkung_reporter)
    response = client.post(
        reverse("report-form"),
        {
            "client_id": "f-1",
            "text": "Baliho dirusak",
            "region_code": "51.05.03.2006",
            "categories": ["election_campaign_violation"],
            "injured": "0",
        },
        follow=True,
    )
    report = Report.objects.get()
    assert report.categories == ["election_campaign_violation"]
    assert report.number in response.content.decode()


def test_a_bad_post_keeps_what_was_typed(klungkung_reporter: User) -> None:
    response = logged_in(klungkung_reporter).post(
        reverse("report-form"),
        {
            "client_id": "f-2",
            "text": "Ada yang luka",
            "injured": "-3",
            "place_text": "Banjar Kangin",
        },
    )
    assert response.status_code == 422
    page = response.content.decode()
    assert "Ada yang luka" in page and 'value="Banjar Kangin"' in page
    assert not Report.objects.exists()


def test_the_json_path_answers_with_the_number_and_repeats_are_the_same(
    klungkung_reporter: User,
) -> None:
    client = logged_in(klungkung_reporter)
    data = {"client_id": "f-3", "text": "ada sembako dibagi"}
    first = client.post(reverse("report-form"), data, HTTP_ACCEPT="application/json").json()
    again = client.post(reverse("report-form"), data, HTTP_ACCEPT="application/json").json()
    assert first["number"] == again["number"]
    errors = client.post(
        reverse("report-form"), {"client_id": "f-4"}, HTTP_ACCEPT="application/json"
    )
    assert errors.status_code == 422 and errors.json()["errors"][0]["field"] == "text"


def test_nihil_from_the_form(klungkung_reporter: User) -> None:
    logged_in(klungkung_reporter).post(reverse("checkin"))
    assert CheckIn.objects.get().region_id == "51.05.03.2006"


def test_my_reports_lists_only_mine(klungkung_reporter: User, tabanan_reporter: User) -> None:
    logged_in(tabanan_reporter).post(
        reverse("report-form"), {"client_id": "t-1", "text": "di tabanan"}
    )
    page = logged_in(klungkung_reporter).get(reverse("my-reports")).content.decode()
    assert "di tabanan" not in page


def test_observers_do_not_get_the_form(bali_observer: User) -> None:
    assert logged_in(bali_observer).get(reverse("report-form")).status_code == 403


def test_the_service_worker_is_served_from_the_root(client: Client) -> None:
    response = client.get("/sw.js")
    assert response.status_code == 200 and "caches" in response.content.decode()


def test_a_time_typed_in_bali_is_read_as_wita(klungkung_reporter: User) -> None:
    logged_in(klungkung_reporter).post(
        reverse("report-form"),
        {
            "client_id": "f-tz",
            "text": "ribut",
            "occurred_at": "2024-11-27T21:00",
        },
    )
    occurred = Report.objects.get().occurred_at
    assert occurred is not None and occurred.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
    assert (occurred.hour, occurred.minute) == (13, 0)
