"""Pages for reporting (phone form, own reports), triage and coverage. Thin: forms and services."""

from __future__ import annotations

import re
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from siaga.regions.models import Region, in_region_q
from siaga.reports import services
from siaga.reports.choices import Category, Channel, Status
from siaga.reports.coverage import coverage, station_coverage, summary
from siaga.reports.forms import AssignForm, CommentForm, EditForm, MergeForm, RejectForm, ReportForm
from siaga.reports.models import IDENTITY_ROLES, Report
from siaga.teams.access import Role, scope_q
from siaga.teams.models import User

REPORTING_ROLES = {Role.REPORTER, Role.ANALYST, Role.COORDINATOR, Role.LIAISON, Role.ADMIN}


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


@login_required
def report_form(request: HttpRequest) -> HttpResponse:
    """The phone form. With JavaScript it queues offline and posts JSON; without, a plain POST."""
    user = _user(request)
    if user.role not in REPORTING_ROLES:
        raise PermissionDenied
    form = ReportForm(reporter=user)
    status = 200
    if request.method == "POST":
        form = ReportForm(request.POST, request.FILES, reporter=user)
        result = _submit(form, user)
        if isinstance(result, Report):
            if _wants_json(request):
                return JsonResponse(
                    {
                        "number": result.number,
                        "status": result.status,
                        "status_label": result.get_status_display(),
                    }
                )
            messages.success(
                request, _("Report %(number)s received. Thank you.") % {"number": result.number}
            )
            return redirect("my-reports")
        status = 422
        if _wants_json(request):
            return JsonResponse({"errors": result}, status=422)
    return render(request, "reports/form.html", {"form": form}, status=status)


def _submit(form: ReportForm, user: User) -> Report | list[dict[str, str]]:
    if not form.is_valid():
        return [
            {"field": f, "code": e.code or "invalid", "message": str(e.message % (e.params or {}))}
            for f, errs in form.errors.as_data().items()
            for e in errs
        ]
    data = form.cleaned_data
    photo = data.get("photo")
    photos = [services.Photo(photo.read(), photo.content_type or "", photo.name)] if photo else []
    try:
        report, _created = services.submit_report(
            services.ReportInput(
                raw_text=data["text"],
                channel=Channel.WEB,
                client_id=data["client_id"],
                region_code=data["region_code"],
                place_text=data["place_text"],
                latitude=data["latitude"],
                longitude=data["longitude"],
                categories=data["categories"],
                occurred_at=data["occurred_at"],
                injured=data["injured"],
                dead=data["dead"],
                is_protected=data["protected"],
                photos=photos,
                payload={k: v for k, v in form.data.items() if k != "csrfmiddlewaretoken"},
            ),
            reporter=user,
        )
    except services.ReportInputError as exc:
        for p in exc.problems:
            form.add_error(p.field if p.field in form.fields else None, p.message)
        return [{"field": p.field, "code": p.code, "message": p.message} for p in exc.problems]
    return report


@login_required
@require_POST
def checkin(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if user.region is None:
        raise PermissionDenied
    record, _created = services.record_checkin(
        user=user,
        region=user.region,
        channel=Channel.WEB,
        client_id=request.POST.get("client_id", ""),
    )
    if _wants_json(request):
        return JsonResponse({"id": record.pk})
    messages.success(
        request, _("Thank you. Nihil recorded for %(place)s.") % {"place": user.region.label}
    )
    return redirect("my-reports")


@login_required
def my_reports(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    reports = Report.objects.filter(reporter=user).select_related("region").order_by("-received_at")
    return render(request, "reports/mine.html", {"reports": reports[:100]})


# --- triage -------------------------------------------------------------------------


def _analyst(request: HttpRequest) -> User:
    user = _user(request)
    if user.role not in IDENTITY_ROLES:
        raise PermissionDenied
    return user


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    user = _analyst(request)
    reports = Report.objects.triageable_by(user).select_related("region", "assignee")
    status = request.GET.get("status", "open")
    if status == "open":
        reports = reports.open()
    elif status == "mine":
        reports = reports.filter(assignee=user).exclude(status__in=[Status.REJECTED, Status.MERGED])
    elif status in Status.values:
        reports = reports.filter(status=status)
    category = request.GET.get("category", "")
    if category in Category.values:
        reports = reports.filter(categories__icontains=f'"{category}"')
    region = request.GET.get("region", "")
    if region and Region.objects.filter(code=region).exists():
        reports = reports.filter(in_region_q(region))
    page = Paginator(reports.order_by("-received_at", "-id"), 30).get_page(request.GET.get("page"))
    return render(
        request,
        "reports/queue.html",
        {
            "page": page,
            "status": status,
            "category": category,
            "region": region,
            "statuses": Status.choices,
            "categories": Category.choices,
            "districts": Region.objects.filter(scope_q(user), level__in=[2, 3]).order_by("code")[
                :200
            ],
        },
    )


def _detail(
    request: HttpRequest, report: Report, user: User, status: int = 200, **forms: Any
) -> HttpResponse:
    colleagues = User.objects.visible_to(user).filter(
        role__in=[Role.ANALYST, Role.COORDINATOR, Role.LIAISON]
    )
    context = {
        "report": report,
        "reporter_label": report.reporter_label(user),
        "history": report.history.select_related("actor"),
        "duplicates": report.duplicates.all(),
        "reject_form": forms.get("reject_form") or RejectForm(),
        "edit_form": forms.get("edit_form")
        or EditForm(
            initial={
                "region_code": report.region_id,
                "categories": report.categories,
                "kind": report.kind,
                "severity": report.severity,
                "election_stage": report.election_stage,
            }
        ),
        "merge_form": forms.get("merge_form") or MergeForm(),
        "assign_form": forms.get("assign_form")
        or AssignForm(colleagues=colleagues, initial={"assignee": report.assignee}),
        "comment_form": forms.get("comment_form") or CommentForm(),
        "identity": forms.get("identity"),
        "error": forms.get("error"),
    }
    return render(request, "reports/_detail.html", context, status=status)


@login_required
def report_detail(request: HttpRequest, report_id: int) -> HttpResponse:
    user = _analyst(request)
    report = get_object_or_404(Report.objects.triageable_by(user), pk=report_id)
    if request.headers.get("HX-Request"):
        return _detail(request, report, user)
    return render(request, "reports/detail_page.html", {"report_id": report.pk, "report": report})


@login_required
@require_POST
def triage_action(request: HttpRequest, report_id: int, action: str) -> HttpResponse:
    user = _analyst(request)
    report = get_object_or_404(Report.objects.triageable_by(user), pk=report_id)
    handler = ACTIONS.get(action)
    if handler is None:
        raise PermissionDenied
    try:
        extra = handler(request, report, user)
    except services.ReportInputError as exc:
        return _detail(
            request, report, user, status=422, error="; ".join(p.message for p in exc.problems)
        )
    if extra:
        return _detail(request, report, user, status=422 if "error" in extra else 200, **extra)
    report.refresh_from_db()
    return _detail(request, report, user)


def _verify(request: HttpRequest, report: Report, user: User) -> dict[str, Any]:
    services.verify_report(report, by=user, note=request.POST.get("note", ""))
    return {}


def _reject(request: HttpRequest, report: Report, user: User) -> dict[str, Any]:
    form = RejectForm(request.POST)
    if not form.is_valid():
        return {"reject_form": form, "error": _("Say why the report is rejected.")}
    services.reject_report(report, by=user, reason=form.cleaned_data["reason"])
    return {}


def _edit(request: HttpRequest, report: Report, user: User) -> dict[str, Any]:
    form = EditForm(request.POST)
    if not form.is_valid():
        return {"edit_form": form, "error": _("Check the fields marked in red.")}
    data = form.cleaned_data
    region = (
        Region.objects.filter(code=data["region_code"]).first()
        if data["region_code"]
        else report.region
    )
    if data["region_code"] and region is None:
        form.add_error("region_code", _("Unknown region code."))
        return {"edit_form": form, "error": _("Unknown region code.")}
    services.edit_report(
        report,
        by=user,
        note=data["note"],
        region=region,
        categories=data["categories"],
        kind=data["kind"],
        severity=data["severity"],
        election_stage=data["election_stage"],
    )
    return {}


def _merge(request: HttpRequest, report: Report, user: User) -> dict[str, Any]:
    form = MergeForm(request.POST)
    if not form.is_valid():
        return {"merge_form": form, "error": _("Give the numbers of the duplicates.")}
    ids = [int(n) for n in re.findall(r"\d+", form.cleaned_data["duplicate_numbers"])]
    found = list(Report.objects.triageable_by(user).filter(pk__in=ids))
    if len(found) != len(set(ids)) or not found:
        form.add_error(
            "duplicate_numbers", _("Some of these reports do not exist or are outside your area.")
        )
        return {
            "merge_form": form,
            "error": _("Some of these reports do not exist or are outside your area."),
        }
    services.merge_reports(report, found, by=user)
    return {}


def _assign(request: HttpRequest, report: Report, user: User) -> dict[str, Any]:
    colleagues = User.objects.visible_to(user)
    form = AssignForm(request.POST, colleagues=colleagues)
    if not form.is_valid():
        return {"assign_form": form, "error": _("Choose a colleague.")}
    services.assign_report(report, by=user, assignee=form.cleaned_data["assignee"])
    return {}


def _comment(request: HttpRequest, report: Report, user: User) -> dict[str, Any]:
    form = CommentForm(request.POST)
    if not form.is_valid():
        return {"comment_form": form, "error": _("Write a comment.")}
    services.comment_report(report, by=user, text=form.cleaned_data["text"])
    return {}


def _reveal(request: HttpRequest, report: Report, user: User) -> dict[str, Any]:
    return {"identity": services.reveal_identity(report, by=user)}


ACTIONS = {
    "verify": _verify,
    "reject": _reject,
    "edit": _edit,
    "merge": _merge,
    "assign": _assign,
    "comment": _comment,
    "reveal": _reveal,
}


@login_required
def coverage_page(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if user.role == Role.REPORTER or user.region is None:
        raise PermissionDenied
    code = request.GET.get("region") or user.region_id
    region = get_object_or_404(Region.objects.filter(scope_q(user)), code=code)
    rows = coverage(region.code, now=timezone.now())
    state = request.GET.get("state", "")
    shown = [r for r in rows if r.state == state] if state else rows
    stations = station_coverage(region.code, now=timezone.now())
    return render(
        request,
        "reports/coverage.html",
        {
            "region": region,
            "rows": shown[:500],
            "summary": summary(rows),
            "state": state,
            "total": len(rows),
            "stations": stations[:500],
            "station_summary": summary(stations),
        },
    )


def service_worker(request: HttpRequest) -> HttpResponse:
    """Served from the site root so its scope covers /lapor/ (a static URL could not)."""
    from django.contrib.staticfiles import finders

    path = finders.find("reports/sw.js")
    with open(str(path), encoding="utf-8") as handle:
        body = handle.read()
    response = HttpResponse(body, content_type="application/javascript")
    response["Cache-Control"] = "no-cache"
    return response
