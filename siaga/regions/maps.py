"""What a map of one region shows: its children as GeoJSON features, never more.

Shapes come from loaded boundaries; a child without one is a point at its centroid; a
child with neither is listed with no geometry, so the page can show it as a list.
"""

from __future__ import annotations

from typing import Any

from siaga.regions.models import Region, RegionBoundary


def region_map(region: Region, *, focus: str | None = None) -> dict[str, Any]:
    children = list(region.children.current().order_by("code"))
    shapes = dict(
        RegionBoundary.objects.filter(region__in=[region, *children]).values_list(
            "region_id", "geometry"
        )
    )
    return {
        "type": "FeatureCollection",
        "region": _properties(region),
        "focus": focus,
        "outline": shapes.get(region.code),
        "features": [_feature(child, shapes.get(child.code)) for child in children],
    }


def _properties(region: Region) -> dict[str, Any]:
    return {
        "code": region.code,
        "name": region.name,
        "label": region.label,
        "level": region.level,
        "latitude": region.latitude,
        "longitude": region.longitude,
    }


def _feature(region: Region, shape: dict[str, Any] | None) -> dict[str, Any]:
    geometry = shape
    if geometry is None and region.has_coordinates:
        geometry = {"type": "Point", "coordinates": [region.longitude, region.latitude]}
    return {"type": "Feature", "properties": _properties(region), "geometry": geometry}


def country_map() -> dict[str, Any]:
    """The provinces as points, for a national administrator who has no region.

    Province shapes for the whole country weigh megabytes; a phone gets points.
    """
    provinces = Region.objects.current().filter(level=1).order_by("code")
    return {
        "type": "FeatureCollection",
        "region": None,
        "outline": None,
        "features": [_feature(p, None) for p in provinces],
    }
