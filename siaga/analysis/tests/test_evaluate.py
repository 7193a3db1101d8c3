from __future__ import annotations

from siaga.analysis.evaluate import score


def test_scores_are_computed_per_category_and_per_place_level() -> None:
    gold = [
        {
            "id": "1",
            "kind": "incident",
            "categories": ["money_politics"],
            "severity": 2,
            "election_stage": "campaign",
            "places": [{"code": "51.05.03.2006"}],
        },
        {
            "id": "2",
            "kind": "meeting",
            "categories": ["supporters_clash", "money_politics"],
            "severity": 1,
            "election_stage": None,
            "places": [{"code": "51.02.06"}],
        },
    ]
    predicted = [
        {
            "id": "1",
            "kind": "incident",
            "categories": ["money_politics"],
            "severity": 3,
            "election_stage": "campaign",
            "places": [{"code": "51.05.03.2003"}],
        },
        {
            "id": "2",
            "kind": "threat",
            "categories": ["money_politics"],
            "severity": 1,
            "election_stage": None,
            "places": [{"code": "51.02.06"}, {"code": "35.71"}],
        },
    ]
    result = score(gold, predicted)
    assert result.per_category["money_politics"]["f1"] == 1.0
    assert result.per_category["supporters_clash"]["recall"] == 0.0
    assert result.macro_f1 == 0.5
    assert (result.kind_accuracy, result.severity_exact, result.severity_within_one) == (
        0.5,
        0.5,
        1.0,
    )
    assert result.places["kabupaten"] == {
        "precision": 0.667,
        "recall": 1.0,
        "f1": 0.8,
        "support": 2,
    }
    assert result.places["desa"]["recall"] == 0.0  # Gelgel is not Tangkas
    assert result.places["kecamatan"]["recall"] == 1.0


def _row(number: int, template: str, kind: str) -> dict[str, object]:
    return {
        "id": str(number),
        "template": template,
        "kind": kind,
        "categories": [],
        "severity": 1,
        "election_stage": None,
        "places": [],
    }


def test_cross_validation_never_splits_a_template_and_scores_every_row() -> None:
    from siaga.analysis.evaluate import cross_validate, template_folds

    rows = [_row(n, f"t{n % 6}", "threat" if n % 2 else "incident") for n in range(24)]
    folds = template_folds(rows, 3, seed=1)
    by_template: dict[object, set[int]] = {}
    for row, fold in zip(rows, folds, strict=True):
        by_template.setdefault(row["template"], set()).add(fold)
    assert all(len(f) == 1 for f in by_template.values()) and set(folds) == {0, 1, 2}

    seen_in_training: list[set[object]] = []

    def fit(train: object) -> set[object]:
        templates = {r["template"] for r in train}  # type: ignore[attr-defined]
        seen_in_training.append(templates)
        return templates

    def read(row: dict[str, object], model: object) -> dict[str, object]:
        assert row["template"] not in model  # type: ignore[operator]
        return {**row, "kind": "threat"}

    result, predicted = cross_validate(rows, read, fit, folds=3, seed=1)
    assert len(seen_in_training) == 3 and result.count == 24
    assert result.kind_accuracy == 0.5 and [p["id"] for p in predicted] == [r["id"] for r in rows]


def test_adding_a_template_moves_no_other_between_folds() -> None:
    from siaga.analysis.evaluate import template_folds

    rows = [_row(n, f"t{n}", "threat") for n in range(40)]
    before = template_folds(rows, 5, seed=7)
    after = template_folds([*rows, _row(99, "a new wording", "threat")], 5, seed=7)
    assert after[:40] == before and set(before) == {0, 1, 2, 3, 4}


def test_kind_confusions_count_each_gold_to_read_pair() -> None:
    gold = [_row(1, "a", "threat"), _row(2, "b", "threat"), _row(3, "c", "incident")]
    read = [{**gold[0], "kind": "incident"}, {**gold[1], "kind": "incident"}, gold[2]]
    assert score(gold, read).kind_confusions == {"threat→incident": 2}
