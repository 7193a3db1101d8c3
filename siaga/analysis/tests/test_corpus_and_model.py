"""The labelled corpus is well-formed and its frozen test split stays unseen."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

from siaga.analysis.gazetteer import Gazetteer, PlaceRecord
from siaga.analysis.model import corpus, default_model, feature_text, features
from siaga.lib.taxonomy import CATEGORIES, KINDS


def test_no_list_of_cue_words_names_a_word_twice() -> None:
    from siaga.analysis import lexicon

    for name, words in vars(lexicon).items():
        if isinstance(words, list | tuple) and all(isinstance(w, str) for w in words):
            repeated = [w for w, n in Counter(words).items() if n > 1]
            assert not repeated, f"{name} lists {repeated} twice"


def test_no_table_of_cue_weights_weighs_a_phrase_twice() -> None:
    """A table keeps the last weight given to a phrase and drops the first without a
    word, so the tables' source is read: the loaded dicts no longer show the repeat."""
    from siaga.analysis import lexicon

    source = Path(lexicon.__file__).read_text(encoding="utf-8")
    for table in (node for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Dict)):
        phrases = Counter(_phrases_of(table, vars(lexicon)))
        repeated = [p for p, n in phrases.items() if n > 1]
        assert not repeated, f"line {table.lineno} weighs {repeated} twice"


def _phrases_of(table: ast.Dict, namespace: dict[str, object]) -> list[object]:
    phrases: list[object] = []
    for key, value in zip(table.keys, table.values, strict=True):
        if key is not None:
            phrases.append(ast.literal_eval(key) if isinstance(key, ast.Constant) else key)
            continue
        # A spread ("**dict.fromkeys([...], 0.8)") is built by the lexicon's own code,
        # so it is run in the lexicon's namespace to see the phrases it adds.
        spread = eval(compile(ast.Expression(value), "<lexicon>", "eval"), dict(namespace))  # noqa: S307
        phrases.extend(spread)
    return phrases


def test_every_category_has_at_least_sixty_examples_and_negatives_exist() -> None:
    rows = corpus()
    counts = Counter(c for r in rows for c in r["categories"])
    assert all(counts[c] >= 60 for c in CATEGORIES if c != "other"), counts
    assert sum(1 for r in rows if r["kind"] == "none" and not r["categories"]) >= 60
    assert {r["kind"] for r in rows} <= set(KINDS)


def test_the_test_split_shares_no_template_and_no_place_with_training() -> None:
    train, test = corpus("train"), corpus("test")
    assert {r["template"] for r in train}.isdisjoint({r["template"] for r in test})

    def villages(rows: list[dict[str, object]]) -> set[str]:
        return {p["code"] for r in rows for p in r["places"] if p["code"].count(".") == 3}  # type: ignore[attr-defined]

    assert villages(test) and villages(test).isdisjoint(villages(train))


def test_feature_text_expands_chat_shorthand_but_protects_election_terms() -> None:
    assert (
        feature_text("Org yg blm masuk DPT, APK dirusak")
        == "orang yang belum masuk dpt apk dirusak"
    )


def test_the_model_reads_a_training_style_message() -> None:
    categories, kinds = default_model().predict(
        "ada bagi2 sembako atas nama caleg di desa, jam 20.00"
    )
    assert max(categories, key=lambda c: categories[c]) == "money_politics"
    assert abs(sum(kinds.values()) - 1.0) < 1e-6


@pytest.mark.parametrize(
    "text",
    [
        "ada bagi2 sembako atas nama caleg di desa, jam 20.00",
        "Warga warga desa bentrok, warga luka. Warga lari ke desa sebelah",
        "",
        "zzqx qqzx",
    ],
)
def test_the_model_reads_exactly_the_features_its_vocabulary_knows(text: str) -> None:
    model = default_model()
    known = {
        model.vocabulary[feature]: value
        for feature, value in features(text).items()
        if feature in model.vocabulary
    }
    assert model.indexed_features(text) == known
    assert model.indexed_features(text) == known  # and again from the words it kept


@pytest.fixture(scope="module")
def indonesia() -> Gazetteer:
    from siaga.regions.registry import iter_registry

    return Gazetteer(PlaceRecord(r.code, r.name, r.level, r.type) for r in iter_registry())


def test_frozen_test_split_regression_floors(indonesia: Gazetteer) -> None:
    """Macro-F1, severity and place targets are met and guarded at their target; kind
    accuracy (target 0.90) is not met yet and is guarded at a regression floor."""
    from siaga.analysis.evaluate import score
    from siaga.analysis.pipeline import analyze

    gold = corpus("test")
    predicted = [analyze(r["text"], gazetteer=indonesia, item_id=r["id"]).as_dict() for r in gold]
    result = score(gold, predicted)
    assert result.places["kabupaten"]["f1"] >= 0.95
    assert result.severity_within_one >= 0.95
    assert result.kind_accuracy >= 0.8
    assert result.macro_f1 >= 0.85


def test_a_saved_model_reads_back_and_predicts_the_same(tmp_path: object) -> None:
    from pathlib import Path

    from siaga.analysis.model import load, save

    path = Path(str(tmp_path)) / "model.npz"
    model = default_model()
    save(model, path)
    again = load(path)
    text = "ada bagi2 sembako atas nama caleg di desa"
    assert again.predict(text) == model.predict(text)


def test_news_length_articles_are_read_by_their_lead(indonesia: Gazetteer) -> None:
    """Long stories end with appeals and plans; their kind is the event in the lead."""
    import json
    from pathlib import Path

    from siaga.analysis.elections import parse_day
    from siaga.analysis.evaluate import score
    from siaga.analysis.pipeline import analyze

    path = Path(__file__).resolve().parents[1] / "gold" / "articles.jsonl"
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    predicted = [
        analyze(
            g["text"], gazetteer=indonesia, item_id=g["id"], published=parse_day(g["published"])
        ).as_dict()
        for g in gold
    ]
    result = score(gold, predicted)
    assert result.kind_accuracy >= 0.9 and result.macro_f1 >= 0.85
    assert result.places["kabupaten"]["f1"] >= 0.95 and result.severity_within_one >= 0.95


def test_the_real_news_labels_use_the_taxonomy_and_the_registry() -> None:
    """The texts are the publishers'; the labels are ours and must stay usable."""
    import json
    from pathlib import Path

    from siaga.lib.taxonomy import ELECTION_STAGES
    from siaga.regions.registry import iter_registry

    path = Path(__file__).resolve().parents[1] / "gold" / "realnews-labels.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    codes = {r.code for r in iter_registry()}
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert row["url"].startswith("http") and "text" not in row
        assert row["kind"] in KINDS and set(row["categories"]) <= set(CATEGORIES)
        assert (row["kind"] == "none") == (row["categories"] == [])
        assert 0 <= row["severity"] <= 4
        assert row["election_stage"] in (None, *ELECTION_STAGES)
        assert {p["code"] for p in row["places"]} <= codes


def test_rebuilding_the_corpus_keeps_every_rendering_and_takes_the_templates_labels() -> None:
    """The place pool follows the gazetteer's growing common words: a rebuild must not
    send a frozen test row to another village, but a corrected label must land."""
    from siaga.analysis.corpus.build import build, rendered_before

    written = rendered_before()
    moved = {**written}
    first = next(r for r in written.values() if r["split"] == "test")
    moved[first["id"]] = {**first, "kind": "none", "severity": 0}
    rebuilt = {r["id"]: r for r in build(before=moved)}
    assert rebuilt == written
    assert [r["text"] for r in rebuilt.values()] == [r["text"] for r in written.values()]
