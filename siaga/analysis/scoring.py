"""Vulnerability scores as array arithmetic: pure functions over numpy, no Django.

A place's score (0-100, higher is more vulnerable) combines two parts:

* **static**: the weighted mean of its indicator values, each scaled to 0-1 in the
  direction that means "more vulnerable". A place with no values of its own takes the
  mean of its children that have one (a kecamatan with three assessed desa is as
  vulnerable as their average), so assessments roll up from TPS to provinsi.
* **dynamic**: evidence from signals (verified reports, confirmed media items) in the
  place's subtree, each weighted by severity and status and halved every `half_life`
  days, turned into 0-100 by a saturating curve `100 * (1 - exp(-evidence / scale))`.

The two are combined like independent risks, `1 - (1 - s)(1 - d)`, so either alone can
raise a place and neither can push it past 100. Decay is exponential, so evidence
stored at one time is brought to another by one multiplication: that is what makes an
incremental update after one report exact.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

Floats = NDArray[np.float64]
Ints = NDArray[np.int64]

# Severity 0-4 of the taxonomy: a death weighs as much as eight warnings.
SEVERITY_WEIGHT: Floats = np.array([0.0, 0.25, 0.5, 1.0, 2.0])
EVIDENCE_SCALE = 4.0
DEFAULT_HALF_LIFE_DAYS = 30.0

RENDAH, SEDANG, TINGGI = 0, 1, 2


@dataclass(frozen=True)
class Thresholds:
    """Lower bounds of sedang and tinggi, per level (1 provinsi ... 5 TPS)."""

    by_level: dict[int, tuple[float, float]]

    def rating(self, score: float, level: int) -> int:
        medium, high = self.by_level.get(level, self.by_level[2])
        return TINGGI if score >= high else SEDANG if score > medium else RENDAH

    def ratings(self, scores: Floats, levels: Ints) -> Ints:
        medium = np.array([self.by_level.get(int(v), self.by_level[2])[0] for v in range(6)])
        high = np.array([self.by_level.get(int(v), self.by_level[2])[1] for v in range(6)])
        return np.where(
            scores >= high[levels], TINGGI, np.where(scores > medium[levels], SEDANG, RENDAH)
        ).astype(np.int64)


# Bawaslu IKP 2024: provinsi tinggi 68.5-100, sedang 21.7-68.5; kab/kota tinggi
# 49.33-100, sedang 13.47-49.32. Below the kabupaten no published cut-offs exist, so the
# kabupaten ones apply.
IKP_2024 = Thresholds({1: (21.7, 68.5), 2: (13.46, 49.33)})


def decay(age_days: Floats | float, half_life_days: float) -> Floats:
    """The share of a signal's weight left after `age_days` (future dates count fully)."""
    age = np.maximum(np.asarray(age_days, dtype=np.float64), 0.0)
    result: Floats = np.power(0.5, age / half_life_days)
    return result


def signal_weights(
    severity: Ints, status_weight: Floats, age_days: Floats, half_life_days: float
) -> Floats:
    weights: Floats = (
        SEVERITY_WEIGHT[np.clip(severity, 0, 4)] * status_weight * decay(age_days, half_life_days)
    )
    return weights


def evidence_score(evidence: Floats | float, scale: float = EVIDENCE_SCALE) -> Floats:
    result: Floats = 100.0 * (1.0 - np.exp(-np.asarray(evidence, dtype=np.float64) / scale))
    return result


def combine(static: Floats | float, dynamic: Floats | float) -> Floats:
    s = np.clip(np.nan_to_num(np.asarray(static, dtype=np.float64)), 0, 100) / 100.0
    d = np.clip(np.asarray(dynamic, dtype=np.float64), 0, 100) / 100.0
    result: Floats = 100.0 * (1.0 - (1.0 - s) * (1.0 - d))
    return result


def normalise(
    values: Floats, low: Floats, high: Floats, higher_is_worse: NDArray[np.bool_]
) -> Floats:
    """Indicator values to 0-1, where 1 is the vulnerable end of each scale."""
    span = np.where(high > low, high - low, 1.0)
    scaled = np.clip((values - low) / span, 0.0, 1.0)
    result: Floats = np.where(higher_is_worse, scaled, 1.0 - scaled)
    return result


def sparse_composite(
    rows: Ints,
    columns: Ints,
    scaled: Floats,
    weights: Floats,
    size: int,
    complete_groups: Sequence[Ints] = (),
) -> Floats:
    """Weighted mean of scaled values (0-1) per place and stage, times 100, for values
    given one per entry (place `rows`, indicator `columns`) - no dense places x
    indicators matrix. `weights` is stages x indicators (an indicator that does not
    matter in a stage has weight 0 there); a place with nothing that matters in a stage
    gets NaN. For an indicator group in `complete_groups` (a checklist), a place with
    any value of the group is weighed over the whole group: items not given count as 0."""
    stages = weights.shape[0]
    numerator = np.zeros((size, stages))
    denominator = np.zeros((size, stages))
    grouped = np.zeros(weights.shape[1], dtype=bool)
    for group in complete_groups:
        grouped[group] = True
    loose = ~grouped[columns]
    for stage in range(stages):
        numerator[:, stage] = np.bincount(
            rows, weights=weights[stage, columns] * scaled, minlength=size
        )
        denominator[:, stage] = np.bincount(
            rows[loose], weights=weights[stage, columns[loose]], minlength=size
        )
    for group in complete_groups:
        members = np.isin(columns, group)
        assessed = np.unique(rows[members])
        denominator[assessed] += weights[:, group].sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        result: Floats = np.where(denominator > 0, 100.0 * numerator / denominator, np.nan)
    return result


def latest_per_key(keys: Ints) -> Ints:
    """Indices of the last occurrence of each key (entries ordered oldest first)."""
    reversed_keys = keys[::-1]
    _, first_in_reversed = np.unique(reversed_keys, return_index=True)
    result: Ints = np.sort(len(keys) - 1 - first_in_reversed)
    return result


@dataclass
class Tree:
    """Places as arrays: `parent[i]` is the index of i's parent (-1 for a root)."""

    keys: list[str]
    parent: Ints
    level: Ints

    @classmethod
    def build(
        cls, keys: Sequence[str], parents: Sequence[str | None], levels: Sequence[int]
    ) -> Tree:
        index = {k: i for i, k in enumerate(keys)}
        parent = np.array([index.get(p, -1) if p else -1 for p in parents], dtype=np.int64)
        return cls(list(keys), parent, np.asarray(levels, dtype=np.int64))

    def index(self) -> dict[str, int]:
        return {k: i for i, k in enumerate(self.keys)}

    def _bottom_up(self) -> list[Ints]:
        """Indices of each level with a parent, deepest level first."""
        return [
            np.flatnonzero((self.level == lv) & (self.parent >= 0))
            for lv in sorted(set(self.level.tolist()), reverse=True)
        ]

    def subtree_sums(self, values: Floats) -> Floats:
        """Each place's value plus everything below it (values: places x columns)."""
        total = values.astype(np.float64, copy=True)
        size = len(self.keys)
        for members in self._bottom_up():
            parents = self.parent[members]
            for column in range(total.shape[1]):
                total[:, column] += np.bincount(
                    parents, weights=total[members, column], minlength=size
                )
        return total

    def roll_up_means(self, own: Floats) -> Floats:
        """Keep a place's own value; where it has none (NaN), take the mean of its
        children's values, themselves rolled up first."""
        value = own.astype(np.float64, copy=True)
        for members in self._bottom_up():
            child = value[members]
            has = ~np.isnan(child)
            parents = self.parent[members]
            sums = np.stack(
                [
                    np.bincount(
                        parents, weights=np.where(has[:, c], child[:, c], 0.0), minlength=len(value)
                    )
                    for c in range(value.shape[1])
                ],
                axis=1,
            )
            counts = np.stack(
                [
                    np.bincount(parents, weights=has[:, c].astype(np.float64), minlength=len(value))
                    for c in range(value.shape[1])
                ],
                axis=1,
            )
            with np.errstate(invalid="ignore", divide="ignore"):
                mean = np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)
            value = np.where(np.isnan(value), mean, value)
        return value


def accumulate(tree_size: int, rows: Ints, columns: Ints, weights: Floats, width: int) -> Floats:
    """Sum weights into a places x `width` matrix at (rows, columns)."""
    flat = np.bincount(rows * width + columns, weights=weights, minlength=tree_size * width)
    out: Floats = flat.astype(np.float64).reshape(tree_size, width)
    return out


@dataclass
class Spike:
    series: int
    observed: int
    expected: float
    p_value: float


def spikes(
    counts: Ints,
    *,
    window_days: int = 2,
    baseline_days: int = 28,
    alpha: float = 0.01,
    min_count: int = 3,
    prior_events: float = 1.0,
) -> list[Spike]:
    """Series whose count in the last `window_days` is improbably high for their own past.

    `counts` is series x days, oldest first, the last column today. The baseline rate is
    the series' count over the `baseline_days` before the window, plus `prior_events`
    spread over the baseline (so a quiet series still has a small expected rate rather
    than zero). A series is a spike when at least `min_count` events fall in the window
    and a Poisson with the baseline rate gives that many or more with probability below
    `alpha`.
    """
    from scipy.stats import poisson

    if counts.size == 0:
        return []
    recent = counts[:, -window_days:].sum(axis=1)
    past = counts[:, -(window_days + baseline_days) : -window_days].sum(axis=1)
    expected = (past + prior_events) / baseline_days * window_days
    candidates = np.flatnonzero(recent >= min_count)
    p_values = poisson.sf(recent[candidates] - 1, expected[candidates])
    return [
        Spike(int(s), int(recent[s]), float(expected[s]), float(p))
        for s, p in zip(candidates, p_values, strict=True)
        if p < alpha
    ]


def top_shares(matrix: Floats, labels: Sequence[str], limit: int = 3) -> list[list[dict[str, Any]]]:
    """Per row, the largest columns with their share of the row total."""
    totals = matrix.sum(axis=1)
    order = np.argsort(-matrix, axis=1)[:, :limit]
    result = []
    for row, columns in enumerate(order):
        total = totals[row]
        result.append(
            [
                {"code": labels[c], "share": round(float(matrix[row, c] / total), 3)}
                for c in columns
                if total > 0 and matrix[row, c] > 0
            ]
        )
    return result
