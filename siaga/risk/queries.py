"""Reads for the vulnerability pages: aggregated on the server, one level at a time, so a
national view sends 38 provinces, never 83,000 desa or a million reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from django.db.models import Case, F, FloatField, Sum, Value, When
from django.utils import timezone

from siaga.analysis import scoring
from siaga.lib.regioncodes import ANCESTOR_FIELDS
from siaga.lib.taxonomy import ELECTION_STAGES
from siaga.regions.maps import country_map, region_map
from siaga.regions.models import Region, in_region_q
from siaga.risk.models import Indicator, IndicatorValue, RegionScore, ScoreHistory, Signal
from siaga.risk.services import COLUMNS, half_life_days


@dataclass(frozen=True)
class Filters:
    stage: str | None = None
    category: str | None = None
    days: int | None = None

    @property
    def dynamic_only(self) -> bool:
        """A category or a period asks about signals, not the standing index."""
        return bool(self.category or self.days)

    @classmethod
    def from_query(cls, query: Any) -> Filters:
        from siaga.lib.taxonomy import CATEGORIES

        stage = query.get("stage") or None
        category = query.get("category") or None
        days = query.get("days") or ""
        return cls(
            stage=stage if stage in ELECTION_STAGES else None,
            category=category if category in CATEGORIES else None,
            days=int(days) if days.isdigit() and 0 < int(days) <= 366 else None,
        )


def _severity_weight() -> Case:
    return Case(
        *(When(severity=s, then=Value(float(w))) for s, w in enumerate(scoring.SEVERITY_WEIGHT)),
        default=Value(0.0),
        output_field=FloatField(),
    )


def _filtered_evidence(scope: str | None, child_level: int, filters: Filters) -> dict[str, float]:
    """Signal weight per child region under the filters (no decay: the period bounds it)."""
    signals = Signal.objects.all()
    if scope:
        signals = signals.filter(in_region_q(scope))
    if filters.category:
        signals = signals.filter(category=filters.category)
    if filters.days:
        signals = signals.filter(occurred_at__gte=timezone.now() - dt.timedelta(days=filters.days))
    if filters.stage:
        signals = signals.filter(stage__in=[filters.stage, ""])
    column = ANCESTOR_FIELDS[child_level]
    rows = signals.values(column).annotate(total=Sum(F("weight") * _severity_weight()))
    return {r[column]: float(r["total"] or 0.0) for r in rows if r[column]}


def scored_map(scope: Region | None, filters: Filters) -> dict[str, Any]:
    """The scope's children as GeoJSON features carrying score, level and top categories."""
    data = region_map(scope) if scope is not None else country_map()
    codes = [f["properties"]["code"] for f in data["features"]]
    child_level = scope.level + 1 if scope is not None else 1
    rows = {s.region_id: s for s in RegionScore.objects.filter(region_id__in=codes)}
    filtered = (
        _filtered_evidence(scope.code if scope else None, child_level, filters)
        if filters.dynamic_only
        else {}
    )
    for feature in data["features"]:
        props = feature["properties"]
        row = rows.get(props["code"])
        if filters.dynamic_only:
            score = float(scoring.evidence_score(filtered.get(props["code"], 0.0)))
        else:
            score = row.for_stage(filters.stage) if row else 0.0
        props["score"] = round(score, 1)
        props["rating"] = scoring.IKP_2024.rating(score, props["level"])
        props["categories"] = top_categories(row.categories if row else {}, 3)
    return data


def top_categories(stored: list[float] | dict[str, float], limit: int) -> list[dict[str, Any]]:
    """The categories that weigh most, from a score row's per-category evidence (a list
    in taxonomy order)."""
    from siaga.lib.taxonomy import CATEGORIES

    evidence = dict(zip(CATEGORIES, stored, strict=False)) if isinstance(stored, list) else stored
    total = sum(evidence.values())
    ranked = sorted(evidence.items(), key=lambda kv: -kv[1])[:limit]
    # A share under one percent explains nothing; it is the tail of a withdrawn signal.
    return [
        {"code": c, "share": round(v / total, 2)}
        for c, v in ranked
        if total > 0 and v / total >= 0.01
    ]


@dataclass
class Hotspot:
    region: Region
    score: float
    rating: int
    categories: list[dict[str, Any]]


def hotspots(scope: Region | None, filters: Filters, *, limit: int = 20) -> list[Hotspot]:
    """The most vulnerable regions in scope, two levels down (desa for a kabupaten,
    kecamatan for a province, kabupaten nationally), desa at most."""
    rows = RegionScore.objects.filter(level=hotspot_level(scope))
    if scope is not None:
        rows = rows.filter(in_region_q(scope.code, prefix="region__"))
    order = f"-score_{filters.stage}" if filters.stage else "-score"
    top = list(rows.select_related("region").order_by(order, "region_id")[:limit])
    return [
        Hotspot(
            region=row.region,
            score=round(row.for_stage(filters.stage), 1),
            rating=scoring.IKP_2024.rating(row.for_stage(filters.stage), row.level),
            categories=top_categories(row.categories, 3),
        )
        for row in top
        if row.for_stage(filters.stage) > 0
    ]


@dataclass
class Explanation:
    score: float
    rating: int
    static: float | None
    dynamic: float
    by_stage: list[tuple[str, float]]
    indicators: list[dict[str, Any]] = field(default_factory=list)
    rolled_up: bool = False
    categories: list[dict[str, Any]] = field(default_factory=list)
    signals: list[dict[str, Any]] = field(default_factory=list)


def explain(
    region: Region, stage: str | None = None, *, now: dt.datetime | None = None
) -> Explanation:
    now = now or timezone.now()
    row = RegionScore.objects.filter(pk=region.code).first()
    column = 0 if not stage else 1 + ELECTION_STAGES.index(stage)
    if row is None:
        return Explanation(0.0, 0, None, 0.0, [])
    factor = float(scoring.decay((now - row.evidence_at).total_seconds() / 86400, half_life_days()))
    evidence = (row.evidence or [0.0] * COLUMNS)[column] * factor
    static = (row.static or [None] * COLUMNS)[column]
    indicators = _indicator_lines(region, stage)
    return Explanation(
        score=round(row.for_stage(stage), 1),
        rating=row.rating,
        static=None if static is None else round(static, 1),
        dynamic=round(float(scoring.evidence_score(evidence)), 1),
        by_stage=[(s, round(row.for_stage(s), 1)) for s in ELECTION_STAGES],
        indicators=indicators,
        rolled_up=static is not None and not indicators,
        categories=top_categories(row.categories, 6),
        signals=_top_signals(region, now),
    )


def _indicator_lines(region: Region, stage: str | None) -> list[dict[str, Any]]:
    latest: dict[int, IndicatorValue] = {}
    values = (
        IndicatorValue.objects.filter(region=region, polling_station__isnull=True)
        .filter(indicator__framework__is_active=True)
        .select_related("indicator__framework", "indicator__dimension__parent")
        .order_by("observed_on", "id")
    )
    for value in values:
        latest[value.indicator_id] = value
    lines = []
    for value in latest.values():
        indicator: Indicator = value.indicator
        if stage and indicator.stages and stage not in indicator.stages:
            continue
        low, high = indicator.scale_min, indicator.scale_max
        scaled = float(
            scoring.normalise(
                np.array([value.value]),
                np.array([low]),
                np.array([high]),
                np.array([indicator.direction == "up"]),
            )[0]
        )
        lines.append(
            {
                "indicator": indicator,
                "value": value,
                "scaled": round(100 * scaled, 1),
                "weight": round(indicator.effective_weight(), 2),
            }
        )
    return sorted(lines, key=lambda line: -line["scaled"] * line["weight"])


def _top_signals(region: Region, now: dt.datetime, limit: int = 8) -> list[dict[str, Any]]:
    recent = list(
        Signal.objects.filter(in_region_q(region.code))
        .order_by("-occurred_at")
        .values("report_id", "item_id", "category", "severity", "weight", "occurred_at")[:500]
    )
    contributions = scoring.signal_weights(
        np.array([s["severity"] for s in recent], dtype=np.int64),
        np.array([s["weight"] for s in recent], dtype=np.float64),
        np.array([(now - s["occurred_at"]).total_seconds() / 86400 for s in recent]),
        half_life_days(),
    )
    for signal, contribution in zip(recent, contributions.tolist(), strict=True):
        signal["contribution"] = contribution
    recent.sort(key=lambda s: -s["contribution"])
    return recent[:limit]


def history(region: Region, days: int = 90) -> list[tuple[dt.date, float]]:
    since = timezone.localdate() - dt.timedelta(days=days)
    return list(
        ScoreHistory.objects.filter(region=region, day__gte=since)
        .order_by("day")
        .values_list("day", "score")
    )


def sparkline(points: list[tuple[dt.date, float]], width: int = 320, height: int = 80) -> str:
    """An SVG polyline of the score history (0-100 upwards), drawn on the server."""
    if not points:
        return ""
    if len(points) == 1:  # one day is a level line, not an invisible dot
        points = [(points[0][0] - dt.timedelta(days=1), points[0][1]), points[0]]
    first = points[0][0]
    span = max((points[-1][0] - first).days, 1)

    def x(day: dt.date) -> float:
        return (day - first).days / span * (width - 8) + 4

    def y(score: float) -> float:
        return height - 4 - score / 100 * (height - 8)

    return " ".join(f"{x(day):.1f},{y(score):.1f}" for day, score in points)


def hotspot_level(scope: Region | None) -> int:
    """Two levels below the scope (kabupaten nationally), never finer than desa."""
    return min((scope.level if scope is not None else 0) + 2, 4)
