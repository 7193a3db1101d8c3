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
