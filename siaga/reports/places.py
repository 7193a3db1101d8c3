"""Where a report happened: from a code, a written place name, or GPS.

Name look-ups search only the reporter's region subtree, so "Kediri" from a Tabanan
officer is Kecamatan Kediri in Bali, never Kota Kediri in East Java.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from siaga.lib.regioncodes import contains, is_code, normalize_code
from siaga.lib.text import normalize_name
from siaga.regions.boundaries import locate_point
from siaga.regions.models import Level, Region, RegionAlias, in_region_q
from siaga.reports.choices import PlaceMethod

_LEVEL_WORDS = {
    "desa": Level.VILLAGE, "ds": Level.VILLAGE, "kel": Level.VILLAGE, "kelurahan": Level.VILLAGE,
    "dusun": Level.VILLAGE, "banjar": Level.VILLAGE,
    "kec": Level.DISTRICT, "kecamatan": Level.DISTRICT, "distrik": Level.DISTRICT,
    "kab": Level.REGENCY, "kabupaten": Level.REGENCY, "kota": Level.REGENCY,
}  # fmt: skip
_PART = re.compile(r"^(?P<word>[a-z]+)\.?\s+(?P<name>.+)$")
# Beyond this a GPS fix is not "in" the nearest known village.
MAX_NEAREST_KM = 15.0


@dataclass(frozen=True)
class Placement:
    region: Region | None
    method: str


def resolve_place(
    *,
    scope: str | None,
    region_code: str = "",
    place_text: str = "",
    latitude: float | None = None,
    longitude: float | None = None,
) -> Placement:
    """The finest region the input supports; `None` when nothing matched inside the scope."""
    if region_code:
        code = normalize_code(region_code)
        region = Region.objects.filter(code=code).first() if code else None
        if region is not None:
            return Placement(region, PlaceMethod.CODE)
    if place_text:
        region = match_place_text(place_text, scope=scope)
        if region is not None:
            return Placement(region, PlaceMethod.NAME)
    if latitude is not None and longitude is not None:
        region = locate_point(latitude, longitude) or nearest_village(latitude, longitude, scope)
        if region is not None:
            return Placement(region, PlaceMethod.GPS)
    return Placement(None, "")


def split_place(text: str) -> list[tuple[int | None, str]]:
    """ "Desa Tangkas, Kec. Klungkung" → [(4, "tangkas"), (3, "klungkung")]."""
    parts: list[tuple[int | None, str]] = []
    for raw in re.split(r"[,;/]|\s-\s", text):
        piece = " ".join(raw.lower().split())
        if not piece:
            continue
        match = _PART.match(piece)
        if match and match["word"] in _LEVEL_WORDS:
            parts.append((_LEVEL_WORDS[match["word"]], normalize_name(match["name"])))
        else:
            parts.append((None, normalize_name(piece)))
    return parts


def match_place_text(text: str, *, scope: str | None) -> Region | None:
    code = normalize_code(text)
    if code and is_code(code):
        return Region.objects.filter(code=code).first()
    parts = split_place(text)
    if not parts:
        return None
    level, name = parts[0]
    candidates = _named(name, level, scope)
    for parent_level, parent_name in parts[1:]:
        if len(candidates) <= 1:
            break
        parents = _named(parent_name, parent_level, scope)
        narrowed = [c for c in candidates if any(contains(p.code, c.code) for p in parents)]
        candidates = narrowed or candidates
    if len(candidates) > 1:
        finest = max(c.level for c in candidates)
        candidates = [c for c in candidates if c.level == finest]
    return candidates[0] if len(candidates) == 1 else None


def _named(name: str, level: int | None, scope: str | None) -> list[Region]:
    if not name:
        return []
    regions = Region.objects.current()
    if scope:
        regions = regions.filter(in_region_q(scope))
    if level is not None:
        regions = regions.filter(level=level)
    by_alias = RegionAlias.objects.filter(normalized=name).values_list("region_id", flat=True)
    matches = list(regions.filter(name__iexact=name)) + list(
        regions.filter(code__in=list(by_alias))
    )
    return list({r.code: r for r in matches}.values())


def nearest_village(latitude: float, longitude: float, scope: str | None) -> Region | None:
    """The closest desa with a known point, within MAX_NEAREST_KM, when no boundary helps."""
    box = MAX_NEAREST_KM / 111.0
    villages = Region.objects.filter(
        level=Level.VILLAGE,
        latitude__range=(latitude - box, latitude + box),
        longitude__range=(longitude - box, longitude + box),
    )
    if scope:
        villages = villages.filter(in_region_q(scope))
    best: tuple[float, Region] | None = None
    for village in villages:
        assert village.latitude is not None and village.longitude is not None  # noqa: S101
        km = haversine_km(latitude, longitude, village.latitude, village.longitude)
        if km <= MAX_NEAREST_KM and (best is None or km < best[0]):
            best = (km, village)
    return best[1] if best else None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))
