"""The analysis gazetteer built from the region table (current regions and aliases)."""

from __future__ import annotations

import threading
import time
from collections import defaultdict

from siaga.analysis.gazetteer import Gazetteer, PlaceRecord
from siaga.regions.models import Region, RegionAlias

_lock = threading.Lock()
_cached: tuple[float, Gazetteer] | None = None
# Rebuilt at most this often in a long-running worker, so a registry reload is seen.
GAZETTEER_SECONDS = 3600.0


def build_gazetteer() -> Gazetteer:
    aliases: dict[str, list[str]] = defaultdict(list)
    for code, name in RegionAlias.objects.values_list("region_id", "name"):
        aliases[code].append(name)
    rows = Region.objects.current().values_list("code", "name", "level", "type")
    return Gazetteer(
        PlaceRecord(code, name, level, type_, tuple(aliases.get(code, ())))
        for code, name, level, type_ in rows.iterator(chunk_size=5000)
    )


def gazetteer() -> Gazetteer:
    global _cached
    with _lock:
        if _cached is None or time.monotonic() - _cached[0] > GAZETTEER_SECONDS:
            _cached = (time.monotonic(), build_gazetteer())
        return _cached[1]


def forget_gazetteer() -> None:
    global _cached
    with _lock:
        _cached = None
