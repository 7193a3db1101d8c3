from __future__ import annotations

import pytest

from siaga.reports.models import Report
from siaga.teams.demo import USERS, seed_demo
from siaga.teams.models import Team, User

pytestmark = pytest.mark.django_db


def test_the_demo_creates_three_teams_every_role_and_some_reports_once() -> None:
    first = seed_demo(password="demo-siaga-123")
    assert set(first) == {u.username for u in USERS}
    assert {t.region_id for t in Team.objects.active()} == {"51.05", "51.02", "19"}
    assert set(User.objects.values_list("role", flat=True)) == {
        "admin",
        "analyst",
        "coordinator",
        "liaison",
        "reporter",
        "observer",
    }
    assert Report.objects.count() == 4
    assert seed_demo() == {}
    assert Report.objects.count() == 4 and Team.objects.count() == 3


def test_reset_passwords_prints_new_ones() -> None:
    seed_demo(password="demo-siaga-123")
    new = seed_demo(reset_passwords=True)
    assert new.keys() == {u.username for u in USERS}
    assert User.objects.get(username="bali.pemantau").check_password(new["bali.pemantau"])
