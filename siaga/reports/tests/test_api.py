"""The reports API: token auth, 201/200/422, listing in scope, filters."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client

from siaga.reports.models import Report
from siaga.reports.services import create_token
from siaga.teams.models import User

pytestmark = pytest.mark.django_db


def api(user: User) -> Client:
    return Client(HTTP_AUTHORIZATION=f"Bearer {create_token(user)}")


def post(client: Client, body: dict[str, object]) -> tuple[int, Any]:
    response = client.post("/api/v1/reports", json.dumps(body), content_type="application/json")
    return response.status_code, response.json()


def test_a_new_report_is_201_and_a_repeat_is_200_with_the_same_report(
    klungkung_reporter: User,
) -> None:
    client = api(klungkung_reporter)
    status, first = post(
        client,
        {
            "text": "Baliho paslon dirusak",
            "client_id": "c-1",
            "region_code": "51.05.03.2006",
            "categories": ["election_campaign_violation"],
        },
    )
    assert status == 201
    assert first["region_code"] == "51.05.03.2006" and first["number"].startswith("LAP-")
    status, again = post(client, {"text": "Baliho paslon dirusak", "client_id": "c-1"})
    assert status == 200 and again["id"] == first["id"]


def test_bad_input_is_422_with_english_codes_and_indonesian_messages(
    klungkung_reporter: User,
) -> None:
    status, body = post(api(klungkung_reporter), {"text": "", "severity": 7, "categories": ["x"]})
    assert status == 422
    errors = {e["field"]: e for e in body["errors"]}
    assert errors["text"]["code"] == "required"
    assert errors["severity"]["code"] == "out_of_range"
    assert "Tingkat" in errors["severity"]["message"] or "0" in errors["severity"]["message"]


def test_a_malformed_body_is_422_in_the_same_shape(klungkung_reporter: User) -> None:
    status, body = post(api(klungkung_reporter), {"client_id": "c-2", "injured": "banyak"})
    assert status == 422
    codes = {(e["field"], e["code"]) for e in body["errors"]}
    assert ("text", "required") in codes and ("injured", "not_a_number") in codes
    assert all(e["message"] for e in body["errors"])


def test_no_token_is_401_and_a_bad_token_is_401(client: Client) -> None:
    assert client.get("/api/v1/reports").status_code == 401
    bad = Client(HTTP_AUTHORIZATION="Bearer sg_nonsense")
    assert bad.get("/api/v1/reports").status_code == 401


def test_an_observer_cannot_submit(bali_observer: User) -> None:
    status, _body = post(api(bali_observer), {"text": "x"})
    assert status == 403


def test_listing_shows_only_what_the_caller_may_see(
    klungkung_reporter: User,
    tabanan_reporter: User,
    klungkung_analyst: User,
    bali_observer: User,
    babel_analyst: User,
) -> None:
    post(api(klungkung_reporter), {"text": "di Tangkas", "region_code": "51.05.03.2006"})
    post(api(tabanan_reporter), {"text": "di Beraban", "region_code": "51.02.06.2004"})

    def texts(user: User, query: str = "") -> set[str]:
        body = api(user).get(f"/api/v1/reports{query}").json()
        return {r["text"] for r in body["results"]}

    assert texts(klungkung_reporter) == {"di Tangkas"}
    assert texts(tabanan_reporter) == {"di Beraban"}
    assert texts(klungkung_analyst) == {"di Tangkas"}
    assert texts(bali_observer) == {"di Tangkas", "di Beraban"}
    assert texts(babel_analyst) == set()
    assert texts(bali_observer, "?region=51.02") == {"di Beraban"}


def test_a_report_outside_scope_is_404(klungkung_analyst: User, tabanan_reporter: User) -> None:
    _status, made = post(api(tabanan_reporter), {"text": "di Beraban"})
    assert api(klungkung_analyst).get(f"/api/v1/reports/{made['id']}").status_code == 404
    assert api(tabanan_reporter).get(f"/api/v1/reports/{made['id']}").status_code == 200


def test_filters_by_status_category_and_time(
    klungkung_reporter: User, klungkung_analyst: User
) -> None:
    client = api(klungkung_reporter)
    post(
        client, {"text": "amplop", "categories": ["money_politics"], "region_code": "51.05.03.2006"}
    )
    post(client, {"text": "tempat tidak jelas"})
    analyst = api(klungkung_analyst)
    money = analyst.get("/api/v1/reports?category=money_politics").json()
    assert [r["text"] for r in money["results"]] == ["amplop"]
    review = analyst.get("/api/v1/reports?status=needs_review").json()
    assert [r["text"] for r in review["results"]] == ["tempat tidak jelas"]
    assert analyst.get("/api/v1/reports?since=2099-01-01T00:00:00Z").json()["count"] == 0
    page = analyst.get("/api/v1/reports?limit=1").json()
    assert page["count"] == 2 and len(page["results"]) == 1


def test_a_protected_reporter_is_masked_for_an_observer(
    klungkung_reporter: User, bali_observer: User, klungkung_analyst: User
) -> None:
    _s, made = post(
        api(klungkung_reporter),
        {"text": "rahasia", "protected": True, "region_code": "51.05.03.2006"},
    )
    seen_by_observer = api(bali_observer).get(f"/api/v1/reports/{made['id']}").json()
    assert seen_by_observer["reporter"] in ("Identitas dilindungi", "Protected identity")
    assert "klungkung" not in json.dumps(seen_by_observer)


def test_the_create_token_command_prints_a_working_token(
    klungkung_reporter: User, capsys: pytest.CaptureFixture[str]
) -> None:
    call_command("create_token", "klungkung.pelapor")
    token = capsys.readouterr().out.strip()
    response = Client(HTTP_AUTHORIZATION=f"Bearer {token}").get("/api/v1/reports")
    assert response.status_code == 200


def test_the_openapi_document_lists_the_report_endpoints(client: Client) -> None:
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/reports" in paths and "/api/v1/coverage" in paths


def test_a_checkin_is_recorded_once(klungkung_reporter: User) -> None:
    client = api(klungkung_reporter)
    first = client.post(
        "/api/v1/checkins", json.dumps({"client_id": "n-1"}), content_type="application/json"
    )
    again = client.post(
        "/api/v1/checkins", json.dumps({"client_id": "n-1"}), content_type="application/json"
    )
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["region_code"] == "51.05.03.2006"
    assert Report.objects.count() == 0
