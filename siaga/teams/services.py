"""Every write to teams, agencies and accounts."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from siaga.regions.models import Region
from siaga.teams.access import AnyUser, Role, can_change_region
from siaga.teams.data.agencies import AGENCY_TYPES
from siaga.teams.models import Agency, AgencyType, Membership, Position, Team, User


def sync_agency_catalogue(model: type[AgencyType] = AgencyType) -> int:
    """Create or update the agency types from the shipped catalogue; returns how many were new.

    Migrations pass their historical model.
    """
    changed = 0
    for order, item in enumerate(AGENCY_TYPES):
        _obj, created = model.objects.update_or_create(
            code=item["code"], defaults={**item, "ordering": order}
        )
        changed += int(created)
    return changed


def create_account(
    username: str,
    *,
    password: str,
    role: str,
    region: Region | None,
    full_name: str = "",
    agency: Agency | None = None,
    phone: str = "",
    field_title: str = "",
) -> User:
    """An account with its role and scope; only a national administrator may lack a region."""
    if role not in Role.values:
        raise ValidationError({"role": _("Unknown role.")})
    if region is None and role != Role.ADMIN:
        raise ValidationError(
            {"region": _("Every user except a national administrator needs a region.")}
        )
    first, _sep, last = full_name.partition(" ")
    user = User(
        username=username,
        role=role,
        region=region,
        agency=agency,
        phone=phone,
        field_title=field_title,
        first_name=first,
        last_name=last,
        is_staff=role == Role.ADMIN,
        is_superuser=role == Role.ADMIN,
    )
    user.set_password(password)
    user.full_clean()
    user.save()
    return user


def form_team(
    region: Region,
    *,
    name: str = "",
    decree_number: str = "",
    decree_date: dt.date | None = None,
    period_start: dt.date | None = None,
    period_end: dt.date | None = None,
) -> Team:
    """The active team of a region; a new decree replaces the previous team, which is kept."""
    with transaction.atomic():
        current = Team.objects.select_for_update().filter(region=region, is_active=True).first()
        if current and current.decree_number == decree_number:
            return current
        if current:
            current.is_active = False
            current.save(update_fields=["is_active"])
        return Team.objects.create(
            region=region,
            name=name
            or _("Integrated Team for Handling Social Conflict of %(region)s")
            % {"region": region.name},
            decree_number=decree_number,
            decree_date=decree_date,
            period_start=period_start,
            period_end=period_end,
        )


def ensure_agency(region: Region, *, type_code: str, name: str) -> Agency:
    agency, _created = Agency.objects.get_or_create(
        region=region, name=name, defaults={"type_id": type_code}
    )
    return agency


def add_member(
    team: Team,
    *,
    by: AnyUser,
    person_name: str,
    position: str,
    title: str = "",
    agency: Agency | None = None,
    user: User | None = None,
    phone: str = "",
) -> Membership:
    """Seat a person in a team. Analysts, coordinators and admins of the region may."""
    if not can_change_region(by, team.region_id):
        raise PermissionDenied(_("You may not change this team."))
    if position not in Position.values:
        raise ValidationError({"position": _("Unknown position.")})
    if (
        position == Position.CHAIR
        and team.memberships.current().filter(position=Position.CHAIR).exists()
    ):
        raise ValidationError(
            {"position": _("This team already has a chair; end that seat first.")}
        )
    if agency is not None and not _agency_serves(agency, team):
        raise ValidationError(
            {"agency": _("The agency must belong to the team's region or above it.")}
        )
    membership = Membership(
        team=team,
        person_name=person_name.strip(),
        position=position,
        title=title.strip(),
        agency=agency,
        user=user,
        phone=phone.strip(),
    )
    membership.full_clean()
    membership.save()
    return membership


def end_membership(membership: Membership, *, by: AnyUser, on: dt.date) -> Membership:
    if not can_change_region(by, membership.team.region_id):
        raise PermissionDenied(_("You may not change this team."))
    membership.ended_on = on
    membership.save(update_fields=["ended_on"])
    return membership


def _agency_serves(agency: Agency, team: Team) -> bool:
    team_code, agency_code = team.region_id, agency.region_id
    return team_code == agency_code or team_code.startswith(agency_code + ".")
