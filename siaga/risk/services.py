"""Writes for vulnerability: frameworks, values, signals and scores.

Scores are computed by the pure functions of `siaga.analysis.scoring`; this module only
moves rows into arrays and back. `recompute_all` rebuilds every score; `apply_changes`
updates the few rows one new or changed signal touches.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

import numpy as np
import orjson
from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from siaga.analysis import scoring
from siaga.lib.regioncodes import ancestors_and_self, level_of
from siaga.lib.taxonomy import CATEGORIES, ELECTION_STAGES
from siaga.monitoring.models import Item, ItemStatus
from siaga.regions.models import PollingStation, Region
from siaga.reports.choices import Status
from siaga.reports.models import Report
from siaga.risk.models import (
    STAGE_SLOTS,
    Dimension,
    Framework,
    Indicator,
    IndicatorValue,
    RegionScore,
    ScoreHistory,
    Signal,
    SignalSource,
    TpsScore,
    kind_code,
    region_key,
)
from siaga.teams.models import User

COLUMNS = 1 + len(ELECTION_STAGES)  # overall, then one per stage
STATUS_WEIGHT = {
    Status.VERIFIED: 1.0,
    Status.IN_RESPONSE: 1.0,
    Status.RESOLVED: 1.0,
    Status.NEW: 0.3,
    Status.NEEDS_REVIEW: 0.3,
}
CONFIRMED_ITEM_WEIGHT = 0.7
TPS_LEVEL = 5


def half_life_days() -> float:
    return float(getattr(settings, "SIAGA_RISK_HALF_LIFE_DAYS", scoring.DEFAULT_HALF_LIFE_DAYS))


# --- frameworks ---------------------------------------------------------------------


def ensure_published_frameworks() -> None:
    """Load the preloaded frameworks if they are missing (a flushed test database)."""
    from siaga.risk.frameworks import FRAMEWORKS, load

    if Framework.objects.filter(code__in=[f["code"] for f in FRAMEWORKS]).count() < len(FRAMEWORKS):
        for data in FRAMEWORKS:
            load(data, Framework, Dimension, Indicator)


@dataclass
class IndicatorSet:
    """The active indicators as arrays, in a fixed order."""

    indicators: list[Indicator]
    position: dict[int, int]
    low: scoring.Floats
    high: scoring.Floats
    higher_is_worse: Any
    weights: scoring.Floats  # columns x indicators
    checklists: list[Any]  # per checklist framework, the positions of its indicators
    category_columns: scoring.Floats  # categories x columns: 1 where a category counts

    @classmethod
    def active(cls) -> IndicatorSet:
        indicators = list(
            Indicator.objects.filter(framework__is_active=True)
            .select_related("dimension__parent", "framework")
            .order_by("id")
        )
        checklists: dict[int, list[int]] = defaultdict(list)
        for i, indicator in enumerate(indicators):
            if indicator.framework.is_checklist:
                checklists[indicator.framework_id].append(i)
        weights = np.zeros((COLUMNS, len(indicators)))
        counts = np.zeros((len(CATEGORIES), COLUMNS))
        mapped = np.zeros(len(CATEGORIES), dtype=bool)
        for i, indicator in enumerate(indicators):
            columns = _columns(indicator.stages)
            weights[columns, i] = indicator.effective_weight()
            for category in indicator.categories:
                if category in CATEGORIES:
                    c = CATEGORIES.index(category)
                    mapped[c] = True
                    counts[c, columns] = 1.0
        # A category no indicator claims still counts, in every stage.
        counts[~mapped, :] = 1.0
        return cls(
            indicators=indicators,
            position={ind.pk: i for i, ind in enumerate(indicators)},
            low=np.array([i.scale_min for i in indicators], dtype=np.float64),
            high=np.array([i.scale_max for i in indicators], dtype=np.float64),
            higher_is_worse=np.array([i.direction == "up" for i in indicators]),
            weights=weights,
            checklists=[np.array(p, dtype=np.int64) for p in checklists.values()],
            category_columns=counts,
        )

    def composite(self, rows: Any, columns: Any, values: Any, size: int) -> scoring.Floats:
        """Places x stage columns from values given one per entry (place row, indicator
        position, value; oldest first): the newest value of each pair counts."""
        if len(rows) == 0:
            return np.full((size, COLUMNS), np.nan)
        newest = scoring.latest_per_key(rows * len(self.indicators) + columns)
        rows, columns, values = rows[newest], columns[newest], values[newest]
        scaled = scoring.normalise(
            values, self.low[columns], self.high[columns], self.higher_is_worse[columns]
        )
        return scoring.sparse_composite(rows, columns, scaled, self.weights, size, self.checklists)

    def stage_shares(self, categories: Any, stages: Any) -> scoring.Floats:
        """Per signal, which columns its weight counts in: overall always; a stage column
        when the category's indicators matter then and the signal has that stage or none."""
        shares: scoring.Floats = (
            self.category_columns[categories].copy() if len(categories) else np.zeros((0, COLUMNS))
        )
        in_stage = (stages[:, None] == 0) | (stages[:, None] == np.arange(COLUMNS)[None, :])
        shares *= in_stage
        shares[:, 0] = 1.0
        return shares


def _columns(stages: Sequence[str]) -> list[int]:
    if not stages:
        return list(range(COLUMNS))
    return [0] + [1 + ELECTION_STAGES.index(s) for s in stages if s in ELECTION_STAGES]


# --- values ---------------------------------------------------------------------------


def record_value(
    *,
    indicator: Indicator,
    region: Region,
    value: float,
    observed_on: dt.date,
    source: str,
    by: User,
    polling_station: PollingStation | None = None,
    note: str = "",
    batch: Any = None,
) -> IndicatorValue:
    return IndicatorValue.objects.create(
        indicator=indicator,
        region=region,
        polling_station=polling_station,
        value=value,
        observed_on=observed_on,
        source=source,
        note=note,
        entered_by=by,
        batch=batch,
    )


# --- signals ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One signal's weight added (or, negative, taken away) at a place."""

    region: str
    polling_station: int | None
    category: str
    severity: int
    stage: str
    weight: float
    occurred_at: dt.datetime


def sync_report(report: Report) -> list[Change]:
    """Bring the report's signals in line with it; return what changed."""
    weight = (
        STATUS_WEIGHT.get(Status(report.status), 0.0) if report.status in Status.values else 0.0
    )
    wanted = []
    if weight > 0 and report.region_id and report.severity:
        wanted = [
            Signal(
                source=SignalSource.REPORT,
                report=report,
                region_id=report.region_id,
                polling_station_id=report.polling_station_id,
                category=category,
                severity=report.severity,
                stage=report.election_stage or "",
                weight=weight,
                occurred_at=report.occurred_at or report.received_at,
            )
            for category in (report.categories or ["other"])
        ]
    return _replace(Signal.objects.filter(report=report), wanted)


def sync_item(item: Item) -> list[Change]:
    wanted = []
    if item.status == ItemStatus.CONFIRMED and item.region_id and item.severity:
        wanted = [
            Signal(
                source=SignalSource.ITEM,
                item=item,
                region_id=item.region_id,
                category=category,
                severity=item.severity,
                stage=str(item.reading.get("election_stage") or ""),
                weight=CONFIRMED_ITEM_WEIGHT,
                occurred_at=item.published_at or item.fetched_at,
            )
            for category in (item.categories or ["other"])
        ]
    return _replace(Signal.objects.filter(item=item), wanted)


def _replace(existing: Any, wanted: list[Signal]) -> list[Change]:
    old = list(existing)
    key = lambda s: (  # noqa: E731
        s.region_id,
        s.polling_station_id,
        s.category,
        s.severity,
        s.stage,
        s.weight,
        s.occurred_at,
    )
    if sorted(map(key, old), key=str) == sorted(map(key, wanted), key=str):
        return []
    existing.delete()
    for signal in wanted:
        signal.save()
    return [_change(s, -1.0) for s in old] + [_change(s, 1.0) for s in wanted]


def _change(signal: Signal, sign: float) -> Change:
    return Change(
        region=signal.region_id,
        polling_station=signal.polling_station_id,
        category=signal.category,
        severity=signal.severity,
        stage=signal.stage,
        weight=sign * signal.weight,
        occurred_at=signal.occurred_at,
    )


# --- scores: everything at once ---------------------------------------------------------


@dataclass
class Recompute:
    regions: int = 0
    polling_stations: int = 0
    signals: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


def recompute_all(
    now: dt.datetime | None = None, *, persist: bool = True, history: bool = True
) -> Recompute:
    """Every region's and TPS's score, overall and per stage, from all values and signals,
    then (unless `history` is off) the day's history snapshot."""
    import time

    now = now or timezone.now()
    clock = time.perf_counter()
    result = Recompute()
    indicators = IndicatorSet.active()
    tree, region_count, tps_ids = _tree()
    index = tree.index()
    static = _static(tree, index, indicators)
    result.seconds["load_static"] = time.perf_counter() - clock
    evidence, by_category, result.signals = _evidence(tree, index, indicators, now)
    result.seconds["load_signals"] = time.perf_counter() - clock - sum(result.seconds.values())
    scores = scoring.combine(static, scoring.evidence_score(evidence))
    ratings = scoring.IKP_2024.ratings(scores[:, 0], tree.level)
    result.seconds["compute"] = time.perf_counter() - clock - sum(result.seconds.values())
    result.regions, result.polling_stations = region_count, len(tps_ids)
    if persist:
        _persist(tree, region_count, tps_ids, static, evidence, by_category, scores, ratings, now)
        result.seconds["persist"] = time.perf_counter() - clock - sum(result.seconds.values())
        if history:
            snapshot_history(now.date())
            result.seconds["history"] = time.perf_counter() - clock - sum(result.seconds.values())
    return result


def _tree() -> tuple[scoring.Tree, int, list[int]]:
    regions = list(
        Region.objects.filter(valid_until__isnull=True).values_list("code", "parent_id", "level")
    )
    stations = list(PollingStation.objects.values_list("pk", "region_id"))
    keys = [r[0] for r in regions] + [f"tps:{pk}" for pk, _ in stations]
    parents = [r[1] for r in regions] + [code for _, code in stations]
    levels = [r[2] for r in regions] + [TPS_LEVEL] * len(stations)
    return scoring.Tree.build(keys, parents, levels), len(regions), [pk for pk, _ in stations]


def _place_key(region: str, tps: int | None) -> str:
    return f"tps:{tps}" if tps else region


def _static(tree: scoring.Tree, index: dict[str, int], indicators: IndicatorSet) -> scoring.Floats:
    """Each place's own composite from its newest values, then rolled up the tree."""
    rows, columns, values = _value_columns(index, indicators)
    return tree.roll_up_means(indicators.composite(rows, columns, values, len(tree.keys)))


def _value_columns(index: dict[str, int], indicators: IndicatorSet) -> tuple[Any, Any, Any]:
    """Every value of an active indicator as arrays (place, indicator position, value),
    oldest observation first, read with one plain query and ordered here."""
    with connection.cursor() as cursor:
        cursor.execute(
            # The date as text: no date objects to build, and ISO dates sort as text.
            "SELECT region_id, polling_station_id, indicator_id, value, "
            "CAST(observed_on AS TEXT), id FROM risk_indicatorvalue"
        )
        fetched = cursor.fetchall()
    if not fetched:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    regions, stations, indicator_ids, values, observed, ids = zip(*fetched, strict=True)
    order = np.lexsort((np.asarray(ids), np.asarray(observed)))
    keys = [f"tps:{t}" if t else r for r, t in zip(regions, stations, strict=True)]
    rows = np.fromiter(map(index.get, keys, repeat(-1)), dtype=np.int64, count=len(keys))
    # Inactive frameworks' indicators have no position: their values drop out here.
    columns = np.fromiter(
        map(indicators.position.get, indicator_ids, repeat(-1)), dtype=np.int64, count=len(keys)
    )
    rows, columns = rows[order], columns[order]
    values_array = np.asarray(values, dtype=np.float64)[order]
    keep = (rows >= 0) & (columns >= 0)
    return rows[keep], columns[keep], values_array[keep]


def _evidence(
    tree: scoring.Tree, index: dict[str, int], indicators: IndicatorSet, now: dt.datetime
) -> tuple[scoring.Floats, scoring.Floats, int]:
    nodes, kinds, w = _signal_columns(tree, index, now)
    cats, stages = kinds // STAGE_SLOTS, kinds % STAGE_SLOTS
    size = len(tree.keys)
    evidence = np.zeros((size, COLUMNS))
    shares = indicators.stage_shares(cats, stages)
    for column in range(COLUMNS):
        evidence[:, column] = np.bincount(nodes, weights=w * shares[:, column], minlength=size)
    by_category = scoring.accumulate(size, nodes, cats, w, len(CATEGORIES))
    return tree.subtree_sums(evidence), tree.subtree_sums(by_category), len(nodes)


KIND_SLOTS = 4096  # kind_code < 17 * 16: packed beside the region key in one integer


def _signal_columns(
    tree: scoring.Tree, index: dict[str, int], now: dt.datetime
) -> tuple[Any, Any, Any]:
    """Every signal as (place, kind code, decayed weight) arrays.

    A million rows cost what Python objects cost, so the query returns two numbers per
    signal: region key and kind packed in one integer, and the weight already decayed
    to `now` by the database (both SQLite and PostgreSQL have exp()).
    """
    rate = float(np.log(2.0) / (half_life_days() * 86400.0))
    packed_key = f"region_key * {KIND_SLOTS} + kind_code"
    with _numeric_cursor() as cursor:
        if _has_exp():
            cursor.execute(
                f"SELECT {packed_key}, base_weight * exp((occurred_ts - %s) * %s) "  # noqa: S608
                "FROM risk_signal WHERE polling_station_id IS NULL",
                [now.timestamp(), rate],
            )
        else:
            cursor.execute(
                f"SELECT {packed_key}, base_weight, occurred_ts FROM risk_signal "  # noqa: S608
                "WHERE polling_station_id IS NULL"
            )
        fetched = cursor.fetchall()
        cursor.execute(
            "SELECT polling_station_id, region_key, kind_code, base_weight, occurred_ts "
            "FROM risk_signal WHERE polling_station_id IS NOT NULL"
        )
        at_stations = cursor.fetchall()
    # Numbers only, so numpy converts the rows in C; packed keys stay below 2^53 and
    # survive the float64 round trip exactly.
    table = np.array(fetched, dtype=np.float64).reshape(len(fetched), 3 - _has_exp())
    packed = table[:, 0].astype(np.int64)
    weights = table[:, 1]
    if fetched and not _has_exp():
        weights = weights * np.exp((table[:, 2] - now.timestamp()) * rate)
    nodes = _nodes_for(tree, packed // KIND_SLOTS)
    kinds = packed % KIND_SLOTS
    extra = _station_signals(at_stations, tree, index, now, rate)
    nodes, kinds, weights = (
        np.concatenate([a, b]) for a, b in zip((nodes, kinds, weights), extra, strict=True)
    )
    keep = nodes >= 0
    return nodes[keep], kinds[keep], weights[keep]


def _station_signals(
    rows: list[tuple[Any, ...]],
    tree: scoring.Tree,
    index: dict[str, int],
    now: dt.datetime,
    rate: float,
) -> tuple[Any, Any, Any]:
    """The few signals placed at a TPS: their own node when the TPS is in the tree."""
    if not rows:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    stations, keys, kinds, base, times = (np.array(c) for c in zip(*rows, strict=True))
    nodes = _nodes_for(tree, keys.astype(np.int64))
    for position, station in enumerate(stations.tolist()):
        nodes[position] = index.get(f"tps:{station}", nodes[position])
    weights = base.astype(np.float64) * np.exp((times.astype(np.float64) - now.timestamp()) * rate)
    return nodes, kinds.astype(np.int64), weights


def _numeric_cursor() -> Any:
    """PostgreSQL sends numbers in binary, skipping a million text-to-float parses."""
    connection.ensure_connection()
    if connection.vendor == "postgresql":
        import psycopg

        # Django's psycopg connections make client-side-binding cursors, which cannot
        # receive binary results: this one binds on the server.
        return _BinaryCursor(psycopg.Cursor(connection.connection))
    return connection.cursor()


class _BinaryCursor:
    """A psycopg cursor whose every query asks for binary results."""

    def __init__(self, cursor: Any) -> None:
        self.cursor = cursor

    def __enter__(self) -> _BinaryCursor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.cursor.close()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.cursor.execute(sql, params or None, binary=True)

    def fetchall(self) -> list[tuple[Any, ...]]:
        return list(self.cursor.fetchall())


@functools.cache
def _has_exp() -> bool:
    with connection.cursor() as cursor:
        try:
            cursor.execute("SELECT exp(0.0)")
        except Exception:  # noqa: BLE001 (an SQLite built without math functions)
            return False
    return True


def _nodes_for(tree: scoring.Tree, keys: Any) -> Any:
    region_count = int(np.count_nonzero(tree.level <= 4))
    numeric = np.array([region_key(k) for k in tree.keys[:region_count]], dtype=np.int64)
    order = np.argsort(numeric)
    ordered = numeric[order]
    position = np.minimum(np.searchsorted(ordered, keys), len(ordered) - 1)
    return np.where(ordered[position] == keys, order[position], -1)


def _json_rows(matrix: scoring.Floats) -> list[str]:
    """One JSON array per row; NaN (no value) becomes null."""
    return [orjson.dumps(row).decode() for row in matrix.tolist()]


def _persist(
    tree: scoring.Tree,
    region_count: int,
    tps_ids: list[int],
    static: scoring.Floats,
    evidence: scoring.Floats,
    by_category: scoring.Floats,
    scores: scoring.Floats,
    ratings: Any,
    now: dt.datetime,
) -> None:
    """Write the rows of places that have anything to show, replacing the old ones.

    Old rows are deleted and new ones inserted with plain multi-row INSERTs, the same
    SQL on SQLite and PostgreSQL: building model instances for 90,000 rows would cost
    more than the arithmetic that produced them.
    """
    has_data = ~np.all(np.isnan(static), axis=1) | (evidence[:, 0] > 1e-9)
    rounded = np.round(scores, 2)
    chosen = np.flatnonzero(has_data[:region_count])
    region_rows = [
        (tree.keys[i], level, *row_scores, rating, static_json, evidence_json, now, cats, now)
        for i, level, row_scores, rating, static_json, evidence_json, cats in zip(
            chosen,
            tree.level[chosen].tolist(),
            rounded[chosen].tolist(),
            np.asarray(ratings)[chosen].tolist(),
            _json_rows(np.round(static[chosen], 3)),
            _json_rows(np.round(evidence[chosen], 5)),
            _json_rows(np.round(by_category[chosen], 5)),
            strict=True,
        )
    ]
    tps_rows = [
        (
            pk,
            tree.keys[int(tree.parent[region_count + j])],
            float(rounded[region_count + j, 0]),
            int(ratings[region_count + j]),
            now,
            "[]",
        )
        for j, pk in enumerate(tps_ids)
        if has_data[region_count + j]
    ]
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Scores are derived data, rebuilt from values and signals at will: this
            # commit need not wait for its WAL to reach the disk.
            cursor.execute("SET LOCAL synchronous_commit TO OFF")
        # Rows of places that have gone quiet must not linger with old scores.
        # (TRUNCATE on PostgreSQL: no dead rows left behind by every recompute.)
        if connection.vendor == "postgresql":
            cursor.execute("TRUNCATE risk_regionscore, risk_tpsscore")
        else:
            RegionScore.objects.all().delete()
            TpsScore.objects.all().delete()
        _insert_rows(cursor, "risk_regionscore", _REGION_COLUMNS, region_rows)
        _insert_rows(cursor, "risk_tpsscore", _TPS_COLUMNS, tps_rows)


_SCORE_COLUMNS = ["score", *(f"score_{s}" for s in ELECTION_STAGES)]
_REGION_COLUMNS = [
    "region_id",
    "level",
    *_SCORE_COLUMNS,
    "rating",
    "static",
    "evidence",
    "evidence_at",
    "categories",
    "computed_at",
]
_TPS_COLUMNS = ["polling_station_id", "village_code", "score", "rating", "computed_at", "flags"]


def _insert_rows(
    cursor: Any, table: str, columns: list[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """Plain inserts: SQLite is fastest with one prepared statement run per row,
    PostgreSQL with COPY (parameter handling of big statements costs more than the
    database's work)."""
    # Table and column names are this module's constants: nothing given is spliced.
    names = ", ".join(columns)
    if connection.vendor == "postgresql":
        with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    one = "(" + ", ".join(["%s"] * len(columns)) + ")"
    cursor.executemany(f"INSERT INTO {table} ({names}) VALUES {one}", rows)  # noqa: S608


def snapshot_history(day: dt.date) -> None:
    """The day's history row for every scored region, copied inside the database."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(_HISTORY_FROM_SCORES, [day])


_HISTORY_FROM_SCORES = (
    "INSERT INTO risk_scorehistory (region_id, day, score, rating) "
    "SELECT region_id, %s, score, rating FROM risk_regionscore WHERE score > 0 "
    "ON CONFLICT (region_id, day) DO UPDATE SET score = excluded.score, rating = excluded.rating"
)


def record_history(day: dt.date, scores: Iterable[RegionScore]) -> None:
    rows = [
        ScoreHistory(region_id=s.region_id, day=day, score=s.score, rating=s.rating) for s in scores
    ]
    ScoreHistory.objects.bulk_create(
        rows,
        batch_size=2000,
        update_conflicts=True,
        unique_fields=["region", "day"],
        update_fields=["score", "rating"],
    )


# --- scores: one change at a time -----------------------------------------------------------


@dataclass(frozen=True)
class RatingChange:
    region: str
    before: int
    after: int
    score: float


def apply_changes(changes: Sequence[Change], now: dt.datetime | None = None) -> list[RatingChange]:
    """Add the changed signals' weight to the scores of their places and every ancestor.

    Exact for the dynamic part (decay is exponential: stored evidence is brought to `now`
    by one factor); the static part is untouched. Returns the regions whose rating moved.
    """
    if not changes:
        return []
    now = now or timezone.now()
    indicators = IndicatorSet.active()
    delta: dict[str, scoring.Floats] = defaultdict(lambda: np.zeros(COLUMNS))
    category_delta: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for change in changes:
        weight = _weight_now(change, now)
        vector = _columns_vector(change, indicators) * weight
        for code in ancestors_and_self(change.region):
            delta[code] += vector
            category_delta[code][change.category] += weight
    return _update_rows(delta, category_delta, now)


def _weight_now(change: Change, now: dt.datetime) -> float:
    age = (now - change.occurred_at).total_seconds() / 86400.0
    weights = scoring.signal_weights(
        np.array([change.severity]), np.array([change.weight]), np.array([age]), half_life_days()
    )
    return float(weights[0])


def _columns_vector(change: Change, indicators: IndicatorSet) -> scoring.Floats:
    code = kind_code(change.category, change.stage)
    shares = indicators.stage_shares(
        np.array([code // STAGE_SLOTS]), np.array([code % STAGE_SLOTS])
    )
    vector: scoring.Floats = shares[0]
    return vector


def _update_rows(
    delta: dict[str, scoring.Floats],
    category_delta: dict[str, dict[str, float]],
    now: dt.datetime,
) -> list[RatingChange]:
    moved = []
    with transaction.atomic():
        rows = {
            r.region_id: r
            for r in RegionScore.objects.select_for_update().filter(region_id__in=delta)
        }
        for code, add in delta.items():
            row = rows.setdefault(code, _empty_row(code, now))
            before = row.rating
            _add_evidence(row, add, category_delta[code], now)
            row.save()
            if row.rating != before:
                moved.append(RatingChange(code, before, row.rating, row.score))
        record_history(now.date(), rows.values())
    return moved


def _empty_row(code: str, now: dt.datetime) -> RegionScore:
    return RegionScore(
        region_id=code,
        level=level_of(code),
        static=[None] * COLUMNS,
        evidence=[0.0] * COLUMNS,
        evidence_at=now,
        categories=[0.0] * len(CATEGORIES),
        computed_at=now,
    )


def _add_evidence(
    row: RegionScore, add: scoring.Floats, categories: dict[str, float], now: dt.datetime
) -> None:
    factor = float(
        scoring.decay((now - row.evidence_at).total_seconds() / 86400.0, half_life_days())
    )
    evidence = np.maximum(np.array(row.evidence or [0.0] * COLUMNS) * factor + add, 0.0)
    static = np.array([np.nan if v is None else v for v in (row.static or [None] * COLUMNS)])
    scores = np.round(scoring.combine(static, scoring.evidence_score(evidence)), 2)
    row.evidence = np.round(evidence, 5).tolist()
    row.evidence_at = now
    merged = np.zeros(len(CATEGORIES))
    stored = list(row.categories or [])
    merged[: len(stored)] = np.array(stored, dtype=np.float64) * factor
    for category, weight in categories.items():
        if category in CATEGORIES:
            merged[CATEGORIES.index(category)] += weight
    row.categories = np.round(np.maximum(merged, 0.0), 5).tolist()
    row.score = float(scores[0])
    for k, stage in enumerate(ELECTION_STAGES):
        setattr(row, f"score_{stage}", float(scores[k + 1]))
    row.rating = scoring.IKP_2024.rating(row.score, row.level)
    row.computed_at = now


def refresh_static(region_code: str) -> list[RatingChange]:
    """After a new value: recompute the static part of the place's chain of regions."""
    indicators = IndicatorSet.active()
    now = timezone.now()
    moved = []
    for code in reversed(ancestors_and_self(region_code)):
        own = _own_static(code, indicators)
        if np.all(np.isnan(own)):
            own = _tps_mean(code, indicators) if level_of(code) == 4 else _children_mean(code)
        with transaction.atomic():
            row = RegionScore.objects.select_for_update().filter(pk=code).first() or _empty_row(
                code, now
            )
            row.static = [None if np.isnan(v) else round(float(v), 3) for v in own]
            before = row.rating
            _add_evidence(row, np.zeros(COLUMNS), {}, now)
            row.save()
            if row.rating != before:
                moved.append(RatingChange(code, before, row.rating, row.score))
    return moved


def _own_static(code: str, indicators: IndicatorSet) -> scoring.Floats:
    rows = (
        IndicatorValue.objects.filter(region_id=code, polling_station__isnull=True)
        .order_by("observed_on", "id")
        .values_list("indicator_id", "value")
    )
    entries = [(0, indicator, value) for indicator, value in rows]
    own: scoring.Floats = _composite_of(entries, indicators, 1)[0]
    return own


def _tps_mean(code: str, indicators: IndicatorSet) -> scoring.Floats:
    rows = list(
        IndicatorValue.objects.filter(region_id=code, polling_station__isnull=False)
        .order_by("observed_on", "id")
        .values_list("polling_station_id", "indicator_id", "value")
    )
    stations = {station: n for n, station in enumerate(dict.fromkeys(r[0] for r in rows))}
    entries = [(stations[station], indicator, value) for station, indicator, value in rows]
    return _nanmean(_composite_of(entries, indicators, len(stations)))


def _composite_of(
    entries: list[tuple[int, int, float]], indicators: IndicatorSet, size: int
) -> scoring.Floats:
    """(place row, indicator id, value) entries to places x columns; values of inactive
    frameworks (indicators without a position) are left out."""
    kept = [(r, indicators.position[i], v) for r, i, v in entries if i in indicators.position]
    rows, columns, values = (np.array(c) for c in zip(*kept, strict=True)) if kept else ([], [], [])
    return indicators.composite(
        np.asarray(rows, dtype=np.int64),
        np.asarray(columns, dtype=np.int64),
        np.asarray(values, dtype=np.float64),
        size,
    )


def _nanmean(matrix: scoring.Floats) -> scoring.Floats:
    present = ~np.isnan(matrix)
    counts = present.sum(axis=0)
    sums = np.where(present, matrix, 0.0).sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean: scoring.Floats = np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)
    return mean


def _children_mean(code: str) -> scoring.Floats:
    statics = [
        [np.nan if v is None else v for v in s]
        for s in RegionScore.objects.filter(region__parent_id=code).values_list("static", flat=True)
        if s
    ]
    if not statics:
        return np.full(COLUMNS, np.nan)
    return _nanmean(np.array(statics, dtype=np.float64))
