"""The scope matrix: who reads and who changes what, region by region."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied

from siaga.regions.models import PollingStation, Region
from siaga.teams.access import can_change_region, can_read_region
from siaga.teams.models import Membership, Position, Team, User
from siaga.teams.services import add_member

pytestmark = pytest.mark.django_db

KLUNGKUNG_DESA = "51.05.03.2006"
TABANAN_DESA = "51.02.06.2004"


@pytest.fixture
def stations() -> dict[str, PollingStation]:
    return {
        code: PollingStation.objects.create(election_code="pilkada-2024", region_id=code, number=1)
        for code in (KLUNGKUNG_DESA, TABANAN_DESA, "19.71.01.1006")
    }


@pytest.mark.parametrize(
    ("who", "klungkung", "tabanan", "babel"),
    [
        ("klungkung_analyst", True, False, False),
        ("klungkung_coordinator", True, False, False),
        ("klungkung_liaison", True, False, False),
        ("tabanan_analyst", False, True, False),
        ("bali_observer", True, True, False),
        ("babel_analyst", False, False, True),
        ("national_admin", True, True, True),
    ],
)
def test_each_role_reads_exactly_its_own_subtree(
    request: pytest.FixtureRequest,
    stations: dict[str, PollingStation],
    who: str,
    klungkung: bool,
    tabanan: bool,
    babel: bool,
) -> None:
    user: User = request.getfixturevalue(who)
    visible = set(PollingStation.objects.visible_to(user).values_list("region_id", flat=True))
    assert (KLUNGKUNG_DESA in visible) is klungkung
    assert (TABANAN_DESA in visible) is tabanan
    assert ("19.71.01.1006" in visible) is babel
    assert can_read_region(user, KLUNGKUNG_DESA) is klungkung
    assert can_read_region(user, TABANAN_DESA) is tabanan


def test_a_klungkung_analyst_cannot_read_the_tabanan_team(
    klungkung_analyst: User, klungkung_team: Team, tabanan_team: Team
) -> None:
    visible = Team.objects.visible_to(klungkung_analyst)
    assert klungkung_team in visible
    assert tabanan_team not in visible
    assert not Membership.objects.visible_to(klungkung_analyst).filter(team=tabanan_team).exists()


def test_teams_above_a_user_are_visible_so_escalation_has_an_address(
    klungkung_analyst: User, bali_team: Team, babel_team: Team
) -> None:
    visible = Team.objects.visible_to(klungkung_analyst)
    assert bali_team in visible
    assert babel_team not in visible


def test_a_bali_observer_reads_both_regencies_but_changes_neither(
    bali_observer: User, klungkung_team: Team, tabanan_team: Team
) -> None:
    assert set(Team.objects.visible_to(bali_observer)) >= {klungkung_team, tabanan_team}
    assert not Team.objects.editable_by(bali_observer).exists()
    for team in (klungkung_team, tabanan_team):
        assert not can_change_region(bali_observer, team.region_id)
        with pytest.raises(PermissionDenied):
            add_member(team, by=bali_observer, person_name="X", position=Position.MEMBER)


def test_an_analyst_changes_only_inside_their_regency(
    klungkung_analyst: User, klungkung_team: Team, tabanan_team: Team
) -> None:
    assert list(Team.objects.editable_by(klungkung_analyst)) == [klungkung_team]
    with pytest.raises(PermissionDenied):
        add_member(tabanan_team, by=klungkung_analyst, person_name="X", position=Position.MEMBER)


def test_a_liaison_and_a_reporter_change_no_team(
    klungkung_liaison: User, klungkung_reporter: User, klungkung_team: Team
) -> None:
    for user in (klungkung_liaison, klungkung_reporter):
        assert not Team.objects.editable_by(user).exists()


def test_a_reporter_sees_only_their_own_account(
    klungkung_reporter: User, tabanan_reporter: User, klungkung_analyst: User
) -> None:
    assert list(User.objects.visible_to(klungkung_reporter)) == [klungkung_reporter]
    assert list(User.objects.visible_to(tabanan_reporter)) == [tabanan_reporter]


def test_an_analyst_sees_the_people_of_their_regency_only(
    klungkung_analyst: User, klungkung_reporter: User, tabanan_reporter: User
) -> None:
    visible = set(User.objects.visible_to(klungkung_analyst))
    assert klungkung_reporter in visible
    assert tabanan_reporter not in visible


def test_anonymous_and_deactivated_users_see_nothing(
    stations: dict[str, PollingStation], klungkung_analyst: User
) -> None:
    assert not PollingStation.objects.visible_to(AnonymousUser()).exists()
    klungkung_analyst.is_active = False
    assert not PollingStation.objects.visible_to(klungkung_analyst).exists()


def test_a_subtree_is_one_query_on_an_ancestor_column(
    django_assert_num_queries: object,
) -> None:
    klungkung = Region.objects.within("51.05")
    sql = str(klungkung.query)
    assert "regency_code" in sql
    assert (
        klungkung.filter(level=4).count()
        == Region.objects.filter(parent__parent__code="51.05").count()
    )
