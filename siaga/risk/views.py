"""Vulnerability pages: the map with its hotspot list, a region's page, exports,
assessments and imports. Thin: scope, parse the query, call queries or services."""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from siaga.regions.models import Region, in_region_q
from siaga.reports.choices import Category, Stage
from siaga.reports.models import Report
from siaga.risk import importing, queries
from siaga.risk.forms import AssessmentForm, ImportForm
from siaga.risk.models import Framework
from siaga.risk.services import record_value
from siaga.risk.tasks import recompute_scores, refresh_region_static
from siaga.teams.access import CHANGE_ROLES, can_read_region
from siaga.teams.models import User

RATING_LABELS = {0: "rendah", 1: "sedang", 2: "tinggi"}


def _scope(request: HttpRequest) -> Region | None:
    user: User = request.user  # type: ignore[assignment]
    code = request.GET.get("region") or (user.region_id or "")
    if not code:
        if not user.is_superuser:
            raise PermissionDenied
        return None
    if not can_read_region(user, code):
        raise PermissionDenied
    region = get_object_or_404(Region, code=code)
    # A desa has no children to colour: show its kecamatan.
    return region.parent if region.level == 4 and region.parent else region


def _filter_context(filters: queries.Filters) -> dict[str, Any]:
    return {
        "filters": filters,
        "stages": Stage.choices,
        "categories": Category.choices,
        "periods": [(7, _("7 days")), (30, _("30 days")), (90, _("90 days")), (365, _("1 year"))],
    }


@login_required
def vulnerability_map(request: HttpRequest) -> HttpResponse:
    scope = _scope(request)
    filters = queries.Filters.from_query(request.GET)
    data = queries.scored_map(scope, filters)
    fmt = request.GET.get("format")
    if fmt == "geojson":
        return _geojson_download(data, scope)
    if fmt == "csv":
        return _csv_download(data, scope)
    spots = queries.hotspots(scope, filters)
    context = {
        "scope": scope,
        "path": scope.path() if scope else [],
        "map_data": data,
        "hotspots": spots,
        "hotspot_level": queries.hotspot_level(scope),
        "query": request.GET.urlencode(),
        "map_settings": {
            "tile_url": settings.SIAGA_MAP_TILE_URL,
            "tile_attribution": settings.SIAGA_MAP_TILE_ATTRIBUTION,
        },
        **_filter_context(filters),
    }
    return render(request, "risk/map.html", context)


def _file_name(scope: Region | None, suffix: str) -> str:
    place = (scope.code if scope else "indonesia").replace(".", "")
    return f"siaga-kerawanan-{place}-{timezone.localdate():%Y%m%d}.{suffix}"


def _geojson_download(data: dict[str, Any], scope: Region | None) -> HttpResponse:
    response = JsonResponse({"type": "FeatureCollection", "features": data["features"]})
    response["Content-Disposition"] = f'attachment; filename="{_file_name(scope, "geojson")}"'
    return response


def _csv_download(data: dict[str, Any], scope: Region | None) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_file_name(scope, "csv")}"'
    writer = csv.writer(response)
    writer.writerow(["kode", "nama", "skor", "tingkat", "kategori_utama", "lintang", "bujur"])
    for feature in data["features"]:
        p = feature["properties"]
        writer.writerow(
            [
                p["code"],
                p["name"],
                p["score"],
                RATING_LABELS[p["rating"]],
                " ".join(c["code"] for c in p["categories"]),
                p["latitude"] or "",
                p["longitude"] or "",
            ]
        )
    return response


@login_required
def region_page(request: HttpRequest, code: str) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    if not can_read_region(user, code):
        raise PermissionDenied
    region = get_object_or_404(Region, code=code)
    filters = queries.Filters.from_query(request.GET)
    explanation = queries.explain(region, filters.stage)
    points = queries.history(region)
    reports = (
        Report.objects.visible_to(user)
        .filter(in_region_q(code))
        .select_related("region")
        .order_by("-received_at")[:10]
    )
    context = {
        "region": region,
        "path": region.path(),
        "explanation": explanation,
        "history": points,
        "sparkline": queries.sparkline(points),
        "reports": reports,
        "can_assess": user.role in CHANGE_ROLES,
        **_filter_context(filters),
    }
    return render(request, "risk/region.html", context)


def _analyst(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    if user.role not in CHANGE_ROLES:
        raise PermissionDenied
    return user


@login_required
def assessment(request: HttpRequest) -> HttpResponse:
    user = _analyst(request)
    form = AssessmentForm(
        request.POST or None, user=user, initial={"region": request.GET.get("region", "")}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        record_value(
            indicator=data["indicator"],
            region=data["region_obj"],
            polling_station=data["station"],
            value=data["value"],
            observed_on=data["observed_on"],
            source=data["source"],
            note=data["note"],
            by=user,
        )
        refresh_region_static.enqueue(data["region_obj"].code)
        messages.success(
            request,
            _("Saved. The score of %(place)s will be updated.") % {"place": data["region_obj"]},
        )
        return redirect(f"{request.path}?region={data['region_obj'].code}")
    status = 422 if request.method == "POST" else 200
    return render(request, "risk/assessment.html", {"form": form}, status=status)


def _upload_dir() -> Path:
    folder = Path(settings.MEDIA_ROOT) / "indicator-imports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@login_required
def import_values(request: HttpRequest) -> HttpResponse:
    """Upload, look at the preview with every row error, then confirm: the file is kept
    on the server between the two steps, so a weak connection uploads it once."""
    user = _analyst(request)
    if request.method == "POST" and request.POST.get("token"):
        return _confirm_import(request, user)
    form = ImportForm(request.POST or None, request.FILES or None)
    context: dict[str, Any] = {"form": form}
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read()
        token = uuid.uuid4().hex
        (_upload_dir() / token).write_bytes(data)
        framework = form.cleaned_data["framework"]
        preview = importing.parse(
            framework,
            upload.name,
            data,
            by=user,
            default_date=form.cleaned_data["observed_on"],
            source=form.cleaned_data["source"],
        )
        request.session[f"import-{token}"] = {
            "framework": framework.pk,
            "name": upload.name,
            "observed_on": form.cleaned_data["observed_on"].isoformat(),
            "source": form.cleaned_data["source"],
        }
        context.update(
            {
                "preview": preview,
                "token": token,
                "sample": preview.values[:20],
                "file_name": upload.name,
            }
        )
        return render(request, "risk/import.html", context, status=200 if preview.ok else 422)
    return render(
        request, "risk/import.html", context, status=422 if request.method == "POST" else 200
    )


def _confirm_import(request: HttpRequest, user: User) -> HttpResponse:
    token = request.POST["token"]
    meta = request.session.pop(f"import-{token}", None)
    path = _upload_dir() / token
    if meta is None or not token.isalnum() or not path.exists():
        raise Http404
    framework = get_object_or_404(Framework, pk=meta["framework"])
    preview = importing.parse(
        framework,
        meta["name"],
        path.read_bytes(),
        by=user,
        default_date=dt.date.fromisoformat(meta["observed_on"]),
        source=meta["source"],
    )
    if not preview.ok:
        return render(
            request, "risk/import.html", {"form": ImportForm(), "preview": preview}, status=422
        )
    batch = importing.commit(
        framework, preview, by=user, file_name=meta["name"], source=meta["source"]
    )
    path.unlink(missing_ok=True)
    recompute_scores.enqueue()
    messages.success(
        request, _("%(n)d values imported; scores are being recomputed.") % {"n": batch.rows}
    )
    return redirect("risk-import")
