"""Demo vulnerability data: invented values, marked as such, so the map is not empty.

None of these numbers are published figures: the source of every value says "contoh".
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from siaga.regions.models import PollingStation, Region
from siaga.risk.models import Framework, Indicator, IndicatorValue
from siaga.risk.services import record_value
from siaga.teams.models import Membership, Position, Team, User

DEMO_SOURCE = "Data contoh (demo), bukan angka resmi"
# Invented IKP sub-dimension scores per Bali kabupaten (0-100).
IKP_DEMO = {
    "51.01": 18.0,
    "51.02": 24.0,
    "51.03": 15.0,
    "51.04": 21.0,
    "51.05": 32.0,
    "51.06": 12.0,
    "51.07": 17.0,
    "51.08": 27.0,
    "51.71": 30.0,
}
# Invented conflict sources in Klungkung villages (Nusa Penida and Banjarangkan).
SOURCES_DEMO = [
    ("51.05.01", "batas-wilayah"),
    ("51.05.03", "agama-suku-etnis"),
]
TPS_DEMO = [("51.05.01", 3, True), ("51.05.03", 7, False)]


@transaction.atomic
def seed_risk_demo() -> int:
    """Create the demo values once; returns how many were created."""
    if IndicatorValue.objects.filter(source=DEMO_SOURCE).exists():
        return 0
    admin = (
        User.objects.filter(username="admin").first()
        or User.objects.filter(is_superuser=True).first()
    )
    if admin is None:
        return 0
    on = timezone.localdate() - dt.timedelta(days=30)
    created = _ikp(admin, on) + _sources(admin, on) + _stations(admin, on)
    _chair_account()
    return created


def _ikp(admin: User, on: dt.date) -> int:
    ikp = Framework.objects.get(code="ikp-2024")
    indicator = Indicator.objects.get(framework=ikp, code="skor-keamanan")
    count = 0
    for code, score in IKP_DEMO.items():
        region = Region.objects.filter(code=code).first()
        if region is not None:
            record_value(
                indicator=indicator,
                region=region,
                value=score,
                observed_on=on,
                source=DEMO_SOURCE,
                by=admin,
            )
            count += 1
    return count


def _first_village(district: str) -> Region | None:
    return Region.objects.filter(parent_id=district, level=4).order_by("code").first()


def _sources(admin: User, on: dt.date) -> int:
    framework = Framework.objects.get(code="sumber-konflik-uu-7-2012")
    count = 0
    for district, code in SOURCES_DEMO:
        village = _first_village(district)
        if village is not None:
            indicator = Indicator.objects.get(framework=framework, code=code)
            record_value(
                indicator=indicator,
                region=village,
                value=1,
                observed_on=on,
                source=DEMO_SOURCE,
                by=admin,
            )
            count += 1
    return count


def _stations(admin: User, on: dt.date) -> int:
    framework = Framework.objects.get(code="tps-rawan-pilkada-2024")
    hard = Indicator.objects.get(framework=framework, code="sulit-dijangkau")
    count = 0
    for district, number, hard_to_reach in TPS_DEMO:
        village = _first_village(district)
        if village is None:
            continue
        station, _ = PollingStation.objects.get_or_create(
            election_code="pilkada-2024",
            region=village,
            number=number,
            defaults={"hard_to_reach": hard_to_reach, "registered_voters": 250},
        )
        record_value(
            indicator=hard,
            region=village,
            polling_station=station,
            value=1 if hard_to_reach else 0,
            observed_on=on,
            source=DEMO_SOURCE,
            by=admin,
        )
        count += 1
    return count


def _chair_account() -> None:
    """The Klungkung coordinator sits as the team's head in the demo, so escalation has
    someone to reach at its third step."""
    coordinator = User.objects.filter(username="klungkung.koordinator").first()
    team = Team.objects.filter(region_id="51.05", is_active=True).first()
    if coordinator and team:
        Membership.objects.filter(team=team, position=Position.CHAIR, user__isnull=True).update(
            user=coordinator
        )
