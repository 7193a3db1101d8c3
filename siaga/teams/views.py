from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from siaga.lib.regioncodes import ancestors_and_self
from siaga.regions.models import ScheduledStage
from siaga.regions.services import remove_scheduled_stage, schedule_stage
from siaga.teams import services
from siaga.teams.access import can_change_region
from siaga.teams.forms import MemberForm, ScheduledStageForm
from siaga.teams.models import Membership, Team, User


def _teams_for(user: User) -> list[Team]:
    members = Prefetch(
        "memberships",
        queryset=Membership.objects.current().select_related("agency__type", "user"),
    )
    return list(
        Team.objects.visible_to(user).active().select_related("region").prefetch_related(members)
    )


def _own_team(user: User, teams: list[Team]) -> Team | None:
    """The team of the user's region, or of the nearest region above it."""
    by_region = {t.region_id: t for t in teams}
    for code in reversed(ancestors_and_self(user.region_id or "")):
        if code in by_region:
            return by_region[code]
    return teams[0] if teams else None


@login_required
def team_page(request: HttpRequest, team_id: int | None = None) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    teams = _teams_for(user)
    if team_id is None:
        team = _own_team(user, teams)
    else:
        team = next((t for t in teams if t.pk == team_id), None)
        if team is None:
            raise PermissionDenied
    return render(request, "teams/team.html", _team_context(user, team, teams))


def _team_context(user: User, team: Team | None, teams: list[Team]) -> dict[str, object]:
    agencies = {}
    if team is not None:
        for m in team.memberships.all():
            if m.agency is not None:
                agencies[m.agency.pk] = m.agency
    return {
        "team": team,
        "teams": teams,
        "agencies": sorted(agencies.values(), key=lambda a: (a.type.ordering, a.name)),
        "can_change": team is not None and can_change_region(user, team.region_id),
        "form": MemberForm(team=team) if team is not None else None,
        "stages": _stages_for(team) if team is not None else [],
        "stage_form": ScheduledStageForm(),
    }


def _stages_for(team: Team) -> list[ScheduledStage]:
    """Stages scheduled for the team's region, above it, or nationwide; the latest first."""
    stages = ScheduledStage.objects.applying_at(team.region_id).select_related("region")
    return list(stages.order_by("-start"))


@login_required
@require_POST
def add_stage(request: HttpRequest, team_id: int) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    team = get_object_or_404(Team.objects.visible_to(user).select_related("region"), pk=team_id)
    if not can_change_region(user, team.region_id):
        raise PermissionDenied
    form = ScheduledStageForm(request.POST)
    status = 200
    if form.is_valid():
        try:
            schedule_stage(user, region=team.region, **form.cleaned_data)
            form = ScheduledStageForm()
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
    if form.errors:
        status = 422
    return _render_stages(request, user, team, form, status)


@login_required
@require_POST
def remove_stage(request: HttpRequest, team_id: int, stage_id: int) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    team = get_object_or_404(Team.objects.visible_to(user).select_related("region"), pk=team_id)
    stage = get_object_or_404(ScheduledStage, pk=stage_id)
    remove_scheduled_stage(user, stage)
    return _render_stages(request, user, team, ScheduledStageForm(), 200)


def _render_stages(
    request: HttpRequest, user: User, team: Team, form: ScheduledStageForm, status: int
) -> HttpResponse:
    context = {
        "team": team,
        "stages": _stages_for(team),
        "stage_form": form,
        "can_change": can_change_region(user, team.region_id),
    }
    if form.errors:
        context["stage_message"] = _("The stage was not saved. Check the fields marked in red.")
    return render(request, "teams/_stages.html", context, status=status)


@login_required
@require_POST
def add_member(request: HttpRequest, team_id: int) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    team = get_object_or_404(Team.objects.visible_to(user), pk=team_id)
    if not can_change_region(user, team.region_id):
        raise PermissionDenied
    form = MemberForm(request.POST, team=team)
    status = 200
    if form.is_valid():
        try:
            services.add_member(team, by=user, **form.cleaned_data)
            form = MemberForm(team=team)
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
            status = 422
    else:
        status = 422
    teams = _teams_for(user)
    team = next(t for t in teams if t.pk == team_id)
    context = {**_team_context(user, team, teams), "form": form}
    if form.errors:
        context["form_message"] = _("The member was not added. Check the fields marked in red.")
    return render(request, "teams/_members.html", context, status=status)


@login_required
def account(request: HttpRequest) -> HttpResponse:
    return render(request, "teams/account.html")
