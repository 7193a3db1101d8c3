"""Boundary polygons: loading a GeoJSON file keyed by Kemendagri code, point look-ups.

Shapes are repaired (many published ones self-intersect), simplified for the browser
and stored with their bounding box; the point inside each shape becomes the region's
marker position, replacing any approximate one.
"""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction
from shapely import make_valid
from shapely.geometry import Point, mapping, shape
from shapely.geometry.base import BaseGeometry

from siaga.lib.regioncodes import normalize_code
from siaga.regions.models import CoordinateSource, Region, RegionBoundary

ProgressFactory = Callable[[str, int], Callable[[int], None]]
# About 100 m at the equator: small enough for a kecamatan, light enough for a phone.
SIMPLIFY_DEGREES = 0.001
CODE_KEYS = ("kode", "code", "kode_wilayah", "kdepum", "id")


@dataclass
class BoundaryLoadResult:
    loaded: int = 0
    unknown_codes: list[str] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)
    points_dropped: int = 0


def read_features(path: Path) -> list[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        collection = json.load(handle)
    if collection.get("type") != "FeatureCollection":
        raise ValueError(f"{path} is not a GeoJSON FeatureCollection")
    features: list[dict[str, Any]] = collection["features"]
    return features


def feature_code(feature: dict[str, Any]) -> str | None:
    props = feature.get("properties") or {}
    for key in CODE_KEYS:
        if props.get(key):
            return normalize_code(str(props[key]))
    return None


def clean_geometry(raw: dict[str, Any]) -> BaseGeometry:
    geometry = shape(raw)
    if not geometry.is_valid:
        geometry = make_valid(geometry)
    return geometry.simplify(SIMPLIFY_DEGREES, preserve_topology=True)


def load_boundaries(
    path: Path, *, source: str = "", progress: ProgressFactory | None = None
) -> BoundaryLoadResult:
    """Store every feature whose code is a known region; report the rest by code."""
    known = set(Region.objects.values_list("code", flat=True))
    result = BoundaryLoadResult()
    rows: list[RegionBoundary] = []
    points: dict[str, tuple[float, float]] = {}
    features = read_features(path)
    step = progress("batas wilayah", len(features)) if progress else (lambda _n: None)
    for feature in features:
        step(1)
        code = feature_code(feature)
        if code is None or code not in known:
            result.unknown_codes.append(str(code))
            continue
        geometry = clean_geometry(feature["geometry"])
        if geometry.is_empty:
            result.invalid.append(code)
            continue
        min_lon, min_lat, max_lon, max_lat = geometry.bounds
        rows.append(
            RegionBoundary(
                region_id=code,
                geometry=mapping(geometry),
                source=source or path.name,
                min_longitude=min_lon,
                min_latitude=min_lat,
                max_longitude=max_lon,
                max_latitude=max_lat,
            )
        )
        inside = geometry.representative_point()
        points[code] = (round(inside.y, 6), round(inside.x, 6))
    with transaction.atomic():
        RegionBoundary.objects.filter(region_id__in=[r.region_id for r in rows]).delete()
        RegionBoundary.objects.bulk_create(rows, batch_size=500)
        _set_points(points)
        result.points_dropped = drop_points_outside_parents()
    result.loaded = len(rows)
    return result


def _set_points(points: dict[str, tuple[float, float]]) -> None:
    regions = [
        Region(code=c, latitude=lat, longitude=lon, coordinate_source=CoordinateSource.BOUNDARY)
        for c, (lat, lon) in points.items()
    ]
    Region.objects.bulk_update(
        regions, ["latitude", "longitude", "coordinate_source"], batch_size=2000
    )


def drop_points_outside_parents() -> int:
    """Clear GeoNames points that fall outside their parent's shape (a wrong name match)."""
    by_parent: dict[str, list[tuple[str, float, float]]] = defaultdict(list)
    for code, parent, lat, lon in Region.objects.filter(
        coordinate_source=CoordinateSource.GEONAMES, parent__isnull=False
    ).values_list("code", "parent_id", "latitude", "longitude"):
        if parent is not None and lat is not None and lon is not None:
            by_parent[parent].append((code, lat, lon))
    shapes = RegionBoundary.objects.filter(region_id__in=list(by_parent)).values_list(
        "region_id", "geometry"
    )
    dropped: list[str] = []
    for parent, geometry in shapes.iterator(chunk_size=200):
        # A little slack: simplified shapes cut corners off coastal villages.
        area = shape(geometry).buffer(0.01)
        dropped += [c for c, lat, lon in by_parent[parent] if not area.contains(Point(lon, lat))]
    for start in range(0, len(dropped), 2000):
        Region.objects.filter(code__in=dropped[start : start + 2000]).update(
            latitude=None, longitude=None, coordinate_source=CoordinateSource.NONE
        )
    return len(dropped)


def locate_point(latitude: float, longitude: float) -> Region | None:
    """The finest region whose boundary contains the point, or None without boundaries."""
    candidates = (
        RegionBoundary.objects.filter(
            min_longitude__lte=longitude,
            max_longitude__gte=longitude,
            min_latitude__lte=latitude,
            max_latitude__gte=latitude,
        )
        .select_related("region")
        .order_by("-region__level")
    )
    point = Point(longitude, latitude)
    for candidate in candidates:
        if shape(candidate.geometry).covers(point):
            return candidate.region
    return None
