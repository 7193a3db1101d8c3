"""The statistical half of the reading: linear models over word and character n-grams.

Trained at first use from the project's own corpus (the train split only; never a model
file from elsewhere), in about a second. The lexicon explains, the model generalises:
a category counts when its cues fire or when the model is confident.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, pairwise
from pathlib import Path
from typing import Any

from siaga.analysis.text import expand_shorthand, fold_plain
from siaga.lib.taxonomy import CATEGORIES, KINDS

CORPUS = Path(__file__).with_name("corpus") / "corpus.jsonl"

_DIGITS = re.compile(r"\d+")
# A worker reads for weeks: the words it has cut into 4-grams are forgotten past this.
WORDS_REMEMBERED = 200_000


def feature_text(text: str, reading: str | None = None) -> str:
    """`reading`: the text already folded and written out (the pipeline's own
    `expand_shorthand(fold(text).text)`), to spare doing both again."""
    written_out = expand_shorthand(fold_plain(text)) if reading is None else reading
    return _DIGITS.sub("0", written_out)


def features(text: str, reading: str | None = None) -> dict[str, float]:
    """Words, word pairs and character 4-grams of words, sub-linear counts."""
    words = feature_text(text, reading).split()
    counts: dict[str, float] = {}
    for index, word in enumerate(words):
        pair = f"b:{words[index - 1]}_{word}" if index else f"b:^{word}"
        for feature in (f"w:{word}", pair):
            counts[feature] = counts.get(feature, 0.0) + 1.0
    # An article says most of its words many times: each word's 4-grams are cut once.
    for word, times in Counter(words).items():
        padded = f"<{word}>"
        for start in range(max(len(padded) - 3, 1)):
            gram = "c:" + padded[start : start + 4]
            counts[gram] = counts.get(gram, 0.0) + times
    return {f: 1.0 + math.log(n) for f, n in counts.items()}


def _pair_words(feature: str) -> tuple[str, str]:
    """ "b:kepala_desa" → ("kepala", "desa"); a text's first word "b:^warga" → ("^",
    "warga"). Folded words hold only letters and digits, so "_" parts them."""
    if feature.startswith("b:^"):
        return "^", feature[3:]
    first, _, second = feature[2:].partition("_")
    return first, second


@dataclass
class Model:
    """Linear scores computed directly from the learnt weights: scikit-learn fits them,
    but calling its predict for every text would cost far more than the sums."""

    categories: list[str]
    kinds: list[str]
    vocabulary: dict[str, int]
    idf: list[float]
    category_weights: Any  # numpy array: one row per feature, one column per category
    category_bias: list[float]
    kind_weights: Any
    kind_bias: list[float]

    def __post_init__(self) -> None:
        import numpy as np

        # One gather and one product for both heads: per text, numpy's call overhead
        # is most of the cost.
        self._weights = np.ascontiguousarray(np.hstack([self.category_weights, self.kind_weights]))
        self._bias = np.array([*self.category_bias, *self.kind_bias])
        self._idf = np.asarray(self.idf)
        self._words: dict[str, tuple[int | None, tuple[int, ...]]] = {}
        self._pairs = {
            _pair_words(feature): index
            for feature, index in self.vocabulary.items()
            if feature.startswith("b:")
        }

    def _word(self, word: str) -> tuple[int | None, tuple[int, ...]]:
        """A word's own feature and its known 4-grams as vocabulary indices: the same
        words come back text after text, and cutting and looking up their 4-grams
        was most of a prediction's cost."""
        if len(self._words) >= WORDS_REMEMBERED:
            self._words.clear()
        vocabulary, padded = self.vocabulary, f"<{word}>"
        grams = (
            vocabulary.get("c:" + padded[start : start + 4])
            for start in range(max(len(padded) - 3, 1))
        )
        known = (vocabulary.get(f"w:{word}"), tuple(i for i in grams if i is not None))
        self._words[word] = known
        return known

    def indexed_features(self, text: str, reading: str | None = None) -> dict[int, float]:
        """`features` kept to the vocabulary and keyed by index."""
        counts = self._counts(text, reading)
        return {i: 1.0 + math.log(n) for i, n in counts.items()}

    def _counts(self, text: str, reading: str | None) -> Counter[int]:
        words = feature_text(text, reading).split()
        if not words:
            return Counter()
        remembered, tally = self._words, Counter(words)
        known = [remembered.get(word) or self._word(word) for word in tally]
        # Counted in C: each word's 4-grams as often as the word is said.
        counts = Counter(
            chain.from_iterable(
                grams if times == 1 else grams * times
                for (_, grams), times in zip(known, tally.values(), strict=True)
            )
        )
        for (own, _), times in zip(known, tally.values(), strict=True):
            if own is not None:
                counts[own] = times
        pairs = Counter(pairwise(words))
        pairs["^", words[0]] += 1
        # Few of a text's word pairs were learnt: the set operation finds them in C.
        known_pairs = self._pairs
        for pair in pairs.keys() & known_pairs.keys():
            counts[known_pairs[pair]] = pairs[pair]
        return counts

    def predict(
        self, text: str, reading: str | None = None
    ) -> tuple[dict[str, float], dict[str, float]]:
        import numpy as np

        counts = self._counts(text, reading)
        scores = self._bias
        if counts:
            rows = list(counts)
            values = 1.0 + np.log(np.fromiter(counts.values(), float, len(counts)))
            values *= self._idf[rows]
            values /= np.sqrt(values @ values) or 1.0
            scores = scores + values @ self._weights[rows]
        split = len(self.categories)
        kind = scores[split:]
        exp = np.exp(kind - kind.max())
        kind_probs = exp / exp.sum()
        category_probs = 1.0 / (1.0 + np.exp(-np.clip(scores[:split], -50, 50)))
        return (
            dict(zip(self.categories, category_probs.tolist(), strict=True)),
            dict(zip(self.kinds, kind_probs.tolist(), strict=True)),
        )


def train(rows: Sequence[dict[str, Any]]) -> Model:
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    vocabulary: dict[str, int] = {}
    document_frequency: list[int] = []
    vectors = []
    for row in rows:
        vector = features(row["text"])
        for feature in vector:
            if feature not in vocabulary:
                vocabulary[feature] = len(vocabulary)
                document_frequency.append(0)
            document_frequency[vocabulary[feature]] += 1
        vectors.append(vector)
    # Features seen in a single text only teach the model that text; dropping them
    # halves the vocabulary, the training time and the work per prediction.
    kept = [f for f, i in vocabulary.items() if document_frequency[i] >= 2]
    frequency = {f: document_frequency[vocabulary[f]] for f in kept}
    vocabulary = {f: i for i, f in enumerate(kept)}
    n = len(rows)
    idf = [math.log((1 + n) / (1 + frequency[f])) + 1.0 for f in kept]
    data: list[float] = []
    indices: list[int] = []
    indptr = [0]
    for vector in vectors:
        weighted = [
            (vocabulary[f], v * idf[vocabulary[f]]) for f, v in vector.items() if f in vocabulary
        ]
        norm = math.sqrt(sum(v * v for _, v in weighted)) or 1.0
        for i, v in weighted:
            indices.append(i)
            data.append(v / norm)
        indptr.append(len(indices))
    matrix = csr_matrix((data, indices, indptr), shape=(n, len(vocabulary)))
    categories = sorted({c for r in rows for c in r["categories"]})
    category_w, category_b = [], []
    for category in categories:
        target = np.array([category in r["categories"] for r in rows], dtype=int)
        clf = LogisticRegression(C=8.0, max_iter=2000, solver="liblinear").fit(matrix, target)
        category_w.append(clf.coef_[0])
        category_b.append(float(clf.intercept_[0]))
    kind_clf = LogisticRegression(C=8.0, max_iter=2000, class_weight="balanced").fit(
        matrix, [r["kind"] for r in rows]
    )
    kinds = [str(k) for k in kind_clf.classes_]
    return Model(
        categories=categories,
        kinds=kinds,
        vocabulary=vocabulary,
        idf=idf,
        category_weights=np.ascontiguousarray(np.array(category_w).T),
        category_bias=category_b,
        kind_weights=np.ascontiguousarray(np.asarray(kind_clf.coef_).T),
        kind_bias=[float(b) for b in kind_clf.intercept_],
    )


def corpus(split: str | None = None, path: Path = CORPUS) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [r for r in rows if split is None or r["split"] == split]


MODEL_FORMAT = "2"


def cache_dir() -> Path:
    """$SIAGA_CACHE_DIR, else the user's cache folder."""
    configured = os.environ.get("SIAGA_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "siaga"


def save(model: Model, path: Path) -> None:
    """Weights as arrays and the vocabulary as JSON: nothing executable, nothing pickled."""
    import numpy as np

    path.parent.mkdir(parents=True, exist_ok=True)
    meta = {
        "categories": model.categories,
        "kinds": model.kinds,
        "vocabulary": list(model.vocabulary),
        "format": MODEL_FORMAT,
    }
    partial = path.with_suffix(".partial.npz")
    np.savez(
        partial,
        meta=np.array(json.dumps(meta)),
        idf=np.array(model.idf),
        category_weights=model.category_weights,
        category_bias=np.array(model.category_bias),
        kind_weights=model.kind_weights,
        kind_bias=np.array(model.kind_bias),
    )
    partial.replace(path)


def load(path: Path) -> Model:
    import numpy as np

    with np.load(path, allow_pickle=False) as data:
        meta = json.loads(str(data["meta"]))
        return Model(
            categories=meta["categories"],
            kinds=meta["kinds"],
            vocabulary={f: i for i, f in enumerate(meta["vocabulary"])},
            idf=data["idf"].tolist(),
            category_weights=data["category_weights"],
            category_bias=data["category_bias"].tolist(),
            kind_weights=data["kind_weights"],
            kind_bias=data["kind_bias"].tolist(),
        )


def extra_labels_path() -> Path | None:
    """$SIAGA_EXTRA_LABELS: people's corrections (siaga export-labels) to train on too."""
    configured = os.environ.get("SIAGA_EXTRA_LABELS", "").strip()
    return Path(configured) if configured else None


def read_labels(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """Labelled rows fit to train on, and one message per line that is not ("line 3:
    no text"). A bad line is skipped, never fatal: analysis must go on."""
    rows: list[dict[str, Any]] = []
    problems: list[str] = []
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [f"{path}: cannot be read as UTF-8 text ({exc})"]
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {number}: not JSON ({exc.msg})")
            continue
        problem = _label_problem(row)
        if problem:
            problems.append(f"line {number}: {problem}")
            continue
        # "other" is what is left when no category fits: not a class to learn.
        rows.append({**row, "categories": [c for c in row["categories"] if c != "other"]})
    return rows, problems


def _label_problem(row: object) -> str:
    if not isinstance(row, dict):
        return "not an object"
    if not isinstance(row.get("text"), str) or not row["text"].strip():
        return "no text"
    if row.get("kind") not in KINDS:
        return f"kind {row.get('kind')!r} is not one of {', '.join(KINDS)}"
    categories = row.get("categories")
    if not isinstance(categories, list) or not set(categories) <= set(CATEGORIES):
        return f"categories {categories!r} are not taxonomy codes"
    return ""


def training_rows() -> tuple[list[dict[str, Any]], bytes]:
    """The corpus's train split plus any configured corrections, and the bytes that
    identify them (a change to either trains a new model)."""
    rows = corpus("train")
    identity = CORPUS.read_bytes()
    extra = extra_labels_path()
    if extra is not None and extra.is_file():
        corrections, _problems = read_labels(extra)
        rows += corrections
        identity += json.dumps(corrections, sort_keys=True).encode()
    return rows, identity


@lru_cache(maxsize=1)
def default_model() -> Model:
    """Trained on the corpus's train split (never the frozen test split) and the team's
    corrections if configured, and kept in the cache folder under their hash so later
    processes start in a fraction of the time; a change to either trains a new one."""
    rows, identity = training_rows()
    digest = hashlib.sha256(identity + MODEL_FORMAT.encode()).hexdigest()[:16]
    path = cache_dir() / f"model-{digest}.npz"
    if path.exists():
        try:
            return load(path)
        except (OSError, ValueError, KeyError):
            pass  # a damaged cache file is retrained below
    model = train(rows)
    # A read-only cache folder only costs the next process a training run.
    with contextlib.suppress(OSError):
        save(model, path)
    return model
