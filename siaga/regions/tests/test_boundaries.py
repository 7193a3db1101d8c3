from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from siaga.regions.boundaries import load_boundaries, locate_point
from siaga.regions.models import CoordinateSource, Region, RegionBoundary

pytestmark = pytest.mark.django_db


def square(lon: float, lat: float, size: float) -> dict[str, Any]:
    return {
        "type": "Polygon",
        "coordinates": [
            [
                [lon, lat],
                [lon + size, lat],
                [lon + size, lat + size],
                [lon, lat + size],
                [lon, lat],
            ]
        ],
    }


def write(tmp_path: Path, features: list[tuple[str, dict[str, Any]]]) -> Path:
    path = tmp_path / "batas.geojson"
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {"type": "Feature", "properties": {"kode": code}, "geometry": geometry}
                    for code, geometry in features
                ],
            }
        )
    )
    return path


def test_a_point_is_found_in_the_finest_loaded_region(tmp_path: Path) -> None:
    load_boundaries(
        write(
            tmp_path,
            [
                ("51.05", square(115.3, -8.9, 0.5)),
                ("51.05.03", square(115.35, -8.6, 0.1)),
            ],
        )
    )
    found = locate_point(-8.55, 115.40)
    assert found is not None and found.code == "51.05.03"
    assert locate_point(-8.8, 115.5).code == "51.05"  # type: ignore[union-attr]
    assert locate_point(0.0, 100.0) is None


def test_the_point_inside_the_shape_becomes_the_marker(tmp_path: Path) -> None:
    load_boundaries(write(tmp_path, [("51.05.03", square(115.35, -8.6, 0.1))]))
    klungkung = Region.objects.get(code="51.05.03")
    assert klungkung.coordinate_source == CoordinateSource.BOUNDARY
    assert 115.35 < klungkung.longitude < 115.45  # type: ignore[operator]


def test_a_self_intersecting_shape_is_repaired_not_refused(tmp_path: Path) -> None:
    bowtie = {
        "type": "Polygon",
        "coordinates": [
            [
                [115.3, -8.6],
                [115.5, -8.4],
                [115.5, -8.6],
                [115.3, -8.4],
                [115.3, -8.6],
            ]
        ],
    }
    result = load_boundaries(write(tmp_path, [("51.05.02", bowtie)]))
    assert result.loaded == 1
    assert RegionBoundary.objects.filter(region_id="51.05.02").exists()


def test_unknown_codes_are_reported(tmp_path: Path) -> None:
    result = load_boundaries(write(tmp_path, [("99.99", square(0, 0, 1))]))
    assert result.loaded == 0
    assert result.unknown_codes == ["99.99"]


def test_a_geonames_point_outside_its_district_is_dropped(tmp_path: Path) -> None:
    Region.objects.filter(code="51.05.03.2006").update(
        latitude=-7.0, longitude=110.0, coordinate_source=CoordinateSource.GEONAMES
    )
    result = load_boundaries(write(tmp_path, [("51.05.03", square(115.35, -8.6, 0.1))]))
    assert result.points_dropped == 1
    assert Region.objects.get(code="51.05.03.2006").latitude is None


def test_the_command_refuses_a_file_that_is_not_geojson(tmp_path: Path) -> None:
    path = tmp_path / "bukan.geojson"
    path.write_text('{"type": "Feature"}')
    with pytest.raises(Exception, match="GeoJSON"):
        call_command("load_boundaries", str(path))
