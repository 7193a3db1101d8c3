from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from siaga.teams.models import User

pytestmark = pytest.mark.django_db


def test_a_village_reporter_sees_their_district_with_their_village_picked_out(
    client: Client, klungkung_reporter: User
) -> None:
    client.force_login(klungkung_reporter)
    response = client.get(reverse("home"))
    data = response.context["map_data"]
    assert data["region"]["code"] == "51.05.03"
    assert data["focus"] == "51.05.03.2006"
    assert '<li aria-current="true"><a href="/wilayah/51.05.03.2006/"><b>Desa Tangkas</b>' in (
        response.content.decode()
    )


def test_a_national_admin_sees_the_provinces(client: Client, national_admin: User) -> None:
    client.force_login(national_admin)
    features = client.get(reverse("home")).context["map_data"]["features"]
    assert {f["properties"]["code"] for f in features} >= {"51", "19"}
