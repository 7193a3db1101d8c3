"""Pages that read across apps: the home map and the region browser."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from siaga.regions.maps import country_map, region_map
from siaga.regions.models import Level, Region
from siaga.teams.models import Team, User


def _map_settings() -> dict[str, str]:
    return {
        "tile_url": settings.SIAGA_MAP_TILE_URL,
        "tile_attribution": settings.SIAGA_MAP_TILE_ATTRIBUTION,
    }


@login_required
def home(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    region = user.region
    # A village has nothing below it: show its district, with the village picked out.
    shown = region.parent if region is not None and region.level == Level.VILLAGE else region
    features = region_map(shown, focus=region.code if region else None) if shown else country_map()
    mapped = sum(1 for f in features["features"] if f["geometry"])
    context: dict[str, Any] = {
        "region": region,
        "path": region.path() if region is not None else [],
        "map_data": features,
        "map_settings": _map_settings(),
        "mapped": mapped,
        "unmapped": len(features["features"]) - mapped,
        "team_count": Team.objects.visible_to(user).active().count(),
    }
    return render(request, "dashboard/home.html", context)


@login_required
def region_browser(request: HttpRequest, code: str | None = None) -> HttpResponse:
    """Kemendagri regions as a list, for places without coordinates and for checking codes."""
    user: User = request.user  # type: ignore[assignment]
    region = get_object_or_404(Region, code=code) if code else user.region
    parent_filter = Q(parent=region) if region is not None else Q(level=1)
    children = (
        Region.objects.current()
        .filter(parent_filter)
        .annotate(child_count=Count("children"))
        .order_by("code")
    )
    query = request.GET.get("q", "").strip()
    matches = (
        Region.objects.current().filter(name__icontains=query).order_by("level", "code")[:50]
        if len(query) >= 3
        else None
    )
    return render(
        request,
        "dashboard/regions.html",
        {
            "region": region,
            "path": region.path() if region is not None else [],
            "children": children,
            "query": query,
            "matches": matches,
        },
    )
