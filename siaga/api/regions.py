from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.errors import HttpError

from siaga.regions.boundaries import locate_point
from siaga.regions.maps import region_map
from siaga.regions.models import Region

router = Router(tags=["regions"])


class RegionOut(Schema):
    code: str
    name: str
    level: int
    type: str
    parent_code: str | None
    postal_code: str
    latitude: float | None
    longitude: float | None
    coordinate_source: str

    @staticmethod
    def resolve_parent_code(obj: Region) -> str | None:
        return obj.parent_id


class RegionDetailOut(RegionOut):
    path: list[RegionOut]
    children: list[RegionOut]

    @staticmethod
    def resolve_path(obj: Region) -> list[Region]:
        return obj.path()

    @staticmethod
    def resolve_children(obj: Region) -> list[Region]:
        return list(obj.children.current())


@router.get("/{code}", response=RegionDetailOut)
def region_detail(request: HttpRequest, code: str) -> Region:
    return get_object_or_404(Region, code=code)


@router.get("/{code}/map", response=dict[str, Any])
def region_map_features(request: HttpRequest, code: str) -> dict[str, Any]:
    """The region's children as GeoJSON: shapes where boundaries are loaded, else points."""
    region = get_object_or_404(Region, code=code)
    return region_map(region)


class LocateOut(Schema):
    found: bool
    region: RegionOut | None


@router.get("/locate/point", response=LocateOut)
def locate(request: HttpRequest, lat: float, lon: float) -> dict[str, Any]:
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise HttpError(422, "lat/lon out of range")
    region = locate_point(lat, lon)
    return {"found": region is not None, "region": region}
