from __future__ import annotations

import pytest
from django.test import Client

from siaga.teams.models import Team, User

pytestmark = pytest.mark.django_db


def test_the_openapi_document_is_served(client: Client) -> None:
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert "/api/v1/regions/{code}" in response.json()["paths"]


def test_the_api_refuses_anonymous_callers(client: Client) -> None:
    assert client.get("/api/v1/regions/51.05").status_code == 401


def test_a_region_comes_with_its_path_and_children(client: Client, klungkung_analyst: User) -> None:
    client.force_login(klungkung_analyst)
    body = client.get("/api/v1/regions/51.05").json()
    assert body["name"] == "Kabupaten Klungkung"
    assert [r["code"] for r in body["path"]] == ["51", "51.05"]
    assert len(body["children"]) == 4


def test_an_unknown_region_is_404(client: Client, klungkung_analyst: User) -> None:
    client.force_login(klungkung_analyst)
    assert client.get("/api/v1/regions/99.99").status_code == 404


def test_the_map_lists_children_even_without_coordinates(
    client: Client, klungkung_analyst: User
) -> None:
    client.force_login(klungkung_analyst)
    body = client.get("/api/v1/regions/51.05.03/map").json()
    assert body["type"] == "FeatureCollection"
    assert any(f["properties"]["code"] == "51.05.03.2006" for f in body["features"])


def test_teams_are_listed_within_scope_only(
    client: Client, klungkung_analyst: User, klungkung_team: Team, tabanan_team: Team
) -> None:
    client.force_login(klungkung_analyst)
    names = [t["name"] for t in client.get("/api/v1/teams").json()]
    assert names == [klungkung_team.name]


def test_locating_a_point_outside_the_globe_is_a_422(
    client: Client, klungkung_analyst: User
) -> None:
    client.force_login(klungkung_analyst)
    assert client.get("/api/v1/regions/locate/point", {"lat": 123, "lon": 0}).status_code == 422
