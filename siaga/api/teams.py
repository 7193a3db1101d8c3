from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from ninja import Router, Schema

from siaga.teams.models import Membership, Team

router = Router(tags=["teams"])


class MembershipOut(Schema):
    person_name: str
    title: str
    position: str
    agency: str | None

    @staticmethod
    def resolve_agency(obj: Membership) -> str | None:
        return obj.agency.name if obj.agency else None


class TeamOut(Schema):
    id: int
    name: str
    region_code: str
    decree_number: str
    decree_date: dt.date | None
    period_start: dt.date | None
    period_end: dt.date | None
    members: list[MembershipOut]

    @staticmethod
    def resolve_region_code(obj: Team) -> str:
        return obj.region_id

    @staticmethod
    def resolve_members(obj: Team) -> list[Membership]:
        return [m for m in obj.memberships.all() if m.ended_on is None]


@router.get("", response=list[TeamOut])
def list_teams(request: HttpRequest) -> list[Team]:
    """Active teams the caller may see: their own subtree and the teams above it."""
    return list(
        Team.objects.visible_to(request.user).active().prefetch_related("memberships__agency")
    )
