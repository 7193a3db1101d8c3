"""Vulnerability arithmetic on cases small enough to compute by hand."""

from __future__ import annotations

import numpy as np
import pytest

from siaga.analysis import scoring

NAN = np.nan


def test_a_signal_keeps_half_its_weight_after_one_half_life() -> None:
    assert scoring.decay(30.0, 30.0) == pytest.approx(0.5)
    assert scoring.decay(60.0, 30.0) == pytest.approx(0.25)
    assert scoring.decay(-5.0, 30.0) == pytest.approx(1.0)


def test_signal_weight_multiplies_severity_status_and_decay() -> None:
    weights = scoring.signal_weights(
        np.array([3, 4, 0]), np.array([1.0, 0.3, 1.0]), np.array([0.0, 30.0, 0.0]), 30.0
    )
    assert weights == pytest.approx([1.0, 2.0 * 0.3 * 0.5, 0.0])


def test_evidence_saturates_below_one_hundred() -> None:
    assert scoring.evidence_score(0.0) == pytest.approx(0.0)
    assert scoring.evidence_score(4.0) == pytest.approx(100 * (1 - np.exp(-1)))
    assert scoring.evidence_score(1000.0) == pytest.approx(100.0)


def test_static_and_dynamic_combine_like_independent_risks() -> None:
    assert scoring.combine(50.0, 50.0) == pytest.approx(75.0)
    assert scoring.combine(NAN, 20.0) == pytest.approx(20.0)
    assert scoring.combine(0.0, 0.0) == pytest.approx(0.0)


def test_normalise_turns_lower_is_worse_scales_around() -> None:
    values = np.array([[5.0, 5.0]])
    result = scoring.normalise(
        values, np.array([0.0, 0.0]), np.array([10.0, 10.0]), np.array([True, False])
    )
    assert result[0].tolist() == pytest.approx([0.5, 0.5])
    lower = scoring.normalise(
        np.array([[2.0]]), np.array([0.0]), np.array([10.0]), np.array([False])
    )
    assert lower[0, 0] == pytest.approx(0.8)


def test_composite_is_the_weighted_mean_of_present_values_per_stage() -> None:
    # Place 0 has values 1.0 and 0.0 for indicators 0 and 1; place 1 has none.
    rows, columns, scaled = np.array([0, 0]), np.array([0, 1]), np.array([1.0, 0.0])
    # Stage 0 weighs all three; stage 1 only the third indicator.
    weights = np.array([[1.0, 3.0, 1.0], [0.0, 0.0, 1.0]])
    result = scoring.sparse_composite(rows, columns, scaled, weights, 2)
    assert result[0, 0] == pytest.approx(100 * 1.0 / 4.0)
    assert np.isnan(result[0, 1])
    assert np.isnan(result[1]).all()


def test_a_checklist_counts_the_items_not_given_as_absent() -> None:
    weights = np.array([[1.0, 1.0, 1.0, 1.0]])
    checklist = np.array([1, 2, 3])
    result = scoring.sparse_composite(
        np.array([0]), np.array([1]), np.array([1.0]), weights, 1, [checklist]
    )
    assert result[0, 0] == pytest.approx(100 / 3)


def small_tree() -> scoring.Tree:
    # province P > regency R > districts D1, D2 > villages V1, V2 (in D1), V3 (in D2)
    keys = ["P", "R", "D1", "D2", "V1", "V2", "V3"]
    parents = [None, "P", "R", "R", "D1", "D1", "D2"]
    return scoring.Tree.build(keys, parents, [1, 2, 3, 3, 4, 4, 4])


def test_subtree_sums_add_every_descendant() -> None:
    tree = small_tree()
    own = np.array([[0.0], [0.0], [0.0], [0.0], [1.0], [2.0], [4.0]])
    total = tree.subtree_sums(own)
    assert total[:, 0].tolist() == [7.0, 7.0, 3.0, 4.0, 1.0, 2.0, 4.0]


def test_roll_up_keeps_own_values_and_averages_children_that_have_one() -> None:
    tree = small_tree()
    own = np.array([[NAN], [NAN], [NAN], [90.0], [20.0], [NAN], [NAN]])
    rolled = tree.roll_up_means(own)[:, 0]
    assert rolled[2] == pytest.approx(20.0)  # D1: only V1 assessed
    assert rolled[3] == pytest.approx(90.0)  # D2 keeps its own value
    assert rolled[1] == pytest.approx(55.0)  # R: mean of D1 and D2
    assert rolled[0] == pytest.approx(55.0)
    assert np.isnan(rolled[5])


def test_ikp_thresholds_differ_for_provinces_and_regencies() -> None:
    ikp = scoring.IKP_2024
    assert ikp.rating(13.46, 2) == scoring.RENDAH
    assert ikp.rating(13.47, 2) == scoring.SEDANG
    assert ikp.rating(49.33, 2) == scoring.TINGGI
    assert ikp.rating(49.33, 1) == scoring.SEDANG
    assert ikp.rating(68.5, 1) == scoring.TINGGI
    assert ikp.rating(60.0, 4) == scoring.TINGGI  # below the kabupaten its cut-offs apply
    ratings = ikp.ratings(np.array([10.0, 30.0, 70.0]), np.array([1, 2, 1]))
    assert ratings.tolist() == [scoring.RENDAH, scoring.SEDANG, scoring.TINGGI]


def test_five_reports_in_two_days_in_a_quiet_kecamatan_are_a_spike() -> None:
    quiet = np.zeros(30, dtype=np.int64)
    quiet[-2:] = [2, 3]
    busy = np.full(30, 2, dtype=np.int64)  # two a day is its normal
    spikes = scoring.spikes(np.array([quiet, busy]))
    assert [s.series for s in spikes] == [0]
    assert spikes[0].observed == 5
    assert spikes[0].p_value < 0.01


def test_two_reports_are_never_a_spike_however_quiet_the_past() -> None:
    counts = np.zeros((1, 30), dtype=np.int64)
    counts[0, -1] = 2
    assert scoring.spikes(counts) == []


def test_top_shares_rank_categories_by_weight() -> None:
    shares = scoring.top_shares(np.array([[1.0, 3.0, 0.0], [0.0, 0.0, 0.0]]), ["a", "b", "c"])
    assert shares[0] == [{"code": "b", "share": 0.75}, {"code": "a", "share": 0.25}]
    assert shares[1] == []
