"""Every write to regions: loading the registry, coordinates, boundaries, imports."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from siaga.lib.regioncodes import ancestor_columns
from siaga.lib.text import normalize_name
from siaga.regions import coordinates
from siaga.regions.data.aliases import LANDMARKS, PROVINCE_ALIASES, REGENCY_ALIASES
from siaga.regions.models import (
    AliasKind,
    CoordinateSource,
    Level,
    Region,
    RegionAlias,
    ScheduledStage,
    forget_cached_regions,
)
from siaga.regions.registry import RegistryRegion, iter_registry, on_path
from siaga.teams.access import AnyUser, can_change_region

BATCH = 2000
ProgressFactory = Callable[[str, int], Callable[[int], None]]


def _no_progress(_label: str, _total: int) -> Callable[[int], None]:
    return lambda _step: None


@dataclass
class LoadResult:
    created: int = 0
    updated: int = 0
    retired: int = 0
    unchanged: int = 0
    aliases_created: int = 0
    coordinates_set: int = 0
    per_level: dict[int, int] = field(default_factory=dict)

    @property
    def changed_anything(self) -> bool:
        return bool(
            self.created
            or self.updated
            or self.retired
            or self.aliases_created
            or self.coordinates_set
        )


_COMPARED = ("parent_id", "name", "level", "type", "postal_code", "valid_until")


def _as_region(record: RegistryRegion) -> Region:
    return Region(
        code=record.code,
        parent_id=record.parent_code,
        name=record.name,
        level=record.level,
        type=record.type,
        postal_code=record.postal_code,
        **ancestor_columns(record.code),
    )


def load_regions(
    *, only: tuple[str, ...] = (), progress: ProgressFactory = _no_progress
) -> LoadResult:
    """Bring the region table in line with the registry; a second run changes nothing.

    New regions are inserted, changed ones updated (a renamed region keeps its old name
    as an alias), and regions that left the registry are retired, never deleted, because
    reports and teams still point at them.
    """
    records = list(iter_registry(only))
    result = LoadResult()
    with transaction.atomic():
        existing = {
            row[0]: row[1:]
            for row in Region.objects.values_list("code", *_COMPARED)
            if not only or on_path(row[0], only)
        }
        to_create, to_update, former_names = _diff(records, existing, result)
        step = progress("wilayah", len(to_create) + len(to_update))
        for start in range(0, len(to_create), BATCH):
            batch = to_create[start : start + BATCH]
            Region.objects.bulk_create(batch, batch_size=BATCH)
            step(len(batch))
        for start in range(0, len(to_update), BATCH):
            batch = to_update[start : start + BATCH]
            Region.objects.bulk_update(
                batch, [f for f in _COMPARED if f != "parent_id"] + ["parent"]
            )
            step(len(batch))
        result.retired = _retire_missing(records, existing)
        result.aliases_created = _ensure_aliases(records, former_names)
        result.coordinates_set = assign_approximate_coordinates()
    forget_cached_regions()
    result.per_level = dict(
        Counter(Region.objects.current().values_list("level", flat=True).order_by())
    )
    return result


def _diff(
    records: list[RegistryRegion],
    existing: dict[str, tuple[object, ...]],
    result: LoadResult,
) -> tuple[list[Region], list[Region], dict[str, str]]:
    to_create: list[Region] = []
    to_update: list[Region] = []
    former_names: dict[str, str] = {}
    for record in records:
        wanted = (record.parent_code, record.name, record.level, record.type, record.postal_code)
        have = existing.get(record.code)
        if have is None:
            to_create.append(_as_region(record))
        elif have != (*wanted, None):
            if have[1] != record.name:
                former_names[record.code] = str(have[1])
            to_update.append(_as_region(record))
        else:
            result.unchanged += 1
    result.created, result.updated = len(to_create), len(to_update)
    return to_create, to_update, former_names


def _retire_missing(records: list[RegistryRegion], existing: dict[str, tuple[object, ...]]) -> int:
    listed = {r.code for r in records}
    gone = [code for code, have in existing.items() if code not in listed and have[-1] is None]
    today = timezone.localdate()
    for start in range(0, len(gone), BATCH):
        Region.objects.filter(code__in=gone[start : start + BATCH]).update(valid_until=today)
    return len(gone)


def _wanted_aliases(
    records: list[RegistryRegion], former_names: dict[str, str]
) -> list[tuple[str, str, str]]:
    wanted: list[tuple[str, str, str]] = []
    for record in records:
        if record.level == Level.REGENCY:
            short = record.name.removeprefix("Kabupaten ").removeprefix("Kota ")
            wanted.append((record.code, short, AliasKind.SHORT))
            wanted += [
                (record.code, a, AliasKind.ABBREVIATION)
                for a in REGENCY_ALIASES.get(record.code, ())
            ]
            wanted += [(record.code, a, AliasKind.LANDMARK) for a in LANDMARKS.get(record.code, ())]
        if record.level == Level.PROVINCE:
            wanted += [
                (record.code, a, AliasKind.ABBREVIATION)
                for a in PROVINCE_ALIASES.get(record.code, ())
            ]
    wanted += [(code, old, AliasKind.FORMER) for code, old in former_names.items()]
    return wanted


def _ensure_aliases(records: list[RegistryRegion], former_names: dict[str, str]) -> int:
    have = set(RegionAlias.objects.values_list("region_id", "normalized"))
    new: list[RegionAlias] = []
    for code, name, kind in _wanted_aliases(records, former_names):
        key = (code, normalize_name(name))
        if key not in have:
            have.add(key)
            new.append(RegionAlias(region_id=code, name=name, normalized=key[1], kind=kind))
    RegionAlias.objects.bulk_create(new, batch_size=BATCH)
    return len(new)


def assign_approximate_coordinates() -> int:
    """Fill GeoNames and median-of-children points, never over boundary or manual ones."""
    replaceable = {"", CoordinateSource.GEONAMES, CoordinateSource.CHILDREN}
    rows = list(
        Region.objects.values_list(
            "code", "name", "level", "latitude", "longitude", "coordinate_source"
        )
    )
    named = [coordinates.NamedRegion(code, name, level) for code, name, level, *_ in rows]
    points = coordinates.match_places(named, coordinates.load_geonames_places())
    fixed = {
        code: (lat, lon)
        for code, _n, _l, lat, lon, src in rows
        if src not in replaceable and lat is not None and lon is not None
    }
    codes_by_level: dict[int, list[str]] = {}
    for code, _n, level, *_ in rows:
        codes_by_level.setdefault(level, []).append(code)
    derived = coordinates.fill_from_children(codes_by_level, {**points, **fixed})
    wanted: dict[str, tuple[float, float, str]] = {
        **{c: (*p, CoordinateSource.GEONAMES) for c, p in points.items() if c not in fixed},
        **{c: (*p, CoordinateSource.CHILDREN) for c, p in derived.items() if c not in fixed},
    }
    changed: list[Region] = []
    for code, _n, _l, old_lat, old_lon, old_src in rows:
        want = wanted.get(code)
        if want is None:
            continue
        lat, lon, src = round(want[0], 6), round(want[1], 6), want[2]
        if (lat, lon, src) != (old_lat, old_lon, old_src):
            changed.append(Region(code=code, latitude=lat, longitude=lon, coordinate_source=src))
    Region.objects.bulk_update(
        changed, ["latitude", "longitude", "coordinate_source"], batch_size=BATCH
    )
    return len(changed)


# --- election stages a team schedules --------------------------------------------------


def schedule_stage(by: AnyUser, *, region: Region, **fields: object) -> ScheduledStage:
    """Add a stage of a local election for a region the user may change; the row is
    validated as the admin form would (a stage ending before it starts is refused)."""
    if not can_change_region(by, region.code):
        raise PermissionDenied
    stage = ScheduledStage(region=region, **fields)
    stage.full_clean()
    stage.save()
    return stage


def remove_scheduled_stage(by: AnyUser, stage: ScheduledStage) -> None:
    """Only a stage scheduled for a region the user may change; nationwide rows are
    the admin's."""
    if stage.region_id is None or not can_change_region(by, stage.region_id):
        raise PermissionDenied
    stage.delete()
