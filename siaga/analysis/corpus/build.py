"""Render the labelled corpus from its templates: `python -m siaga.analysis.corpus.build`.

Places are real regions drawn with a fixed seed from the registry, among names that are
unique at their level (so the gold place is unambiguous); the frozen test split uses
templates and places that training never sees.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path
from typing import Any

from siaga.analysis.corpus.templates import CATEGORY_TEMPLATES, NEGATIVE_TEMPLATES, Template
from siaga.analysis.corpus.templates_extra import (
    EXTRA_CATEGORY_TEMPLATES,
    EXTRA_NEGATIVE_TEMPLATES,
    MORE_PAIRED_TEMPLATES,
    PAIRED_TEMPLATES,
)
from siaga.analysis.gazetteer import COMMON_WORDS
from siaga.analysis.text import fold_plain
from siaga.regions.registry import RegistryRegion, iter_registry

OUTPUT = Path(__file__).with_name("corpus.jsonl")
RENDERINGS = 8
TEST_TEMPLATES = 2
SEED = 20241127
_SIMPLE = re.compile(r"^[A-Z][a-z]{4,}$")

Place = dict[str, str]


def place_pool(records: list[RegistryRegion]) -> list[Place]:
    by_code = {r.code: r for r in records}
    names: Counter[tuple[int, str]] = Counter((r.level, fold_plain(r.name)) for r in records)
    every_name = Counter(fold_plain(r.name) for r in records)
    pool = []
    for r in records:
        if r.level != 4 or r.type != "desa" or not _SIMPLE.match(r.name):
            continue
        kec, kab = by_code[r.code[:8]], by_code[r.code[:5]]
        kab_bare = kab.name.removeprefix("Kabupaten ").removeprefix("Kota ")
        if (
            every_name[fold_plain(r.name)] == 1
            and names[(3, fold_plain(kec.name))] == 1
            and names[(2, fold_plain(kab.name))] == 1
            and fold_plain(r.name) not in COMMON_WORDS
            and fold_plain(kec.name) not in COMMON_WORDS
            and kab.name.startswith("Kabupaten ")
        ):
            pool.append(
                {
                    "desa": r.name,
                    "desa_code": r.code,
                    "kec": kec.name,
                    "kec_code": kec.code,
                    "kab": kab_bare,
                    "kab_code": kab.code,
                }
            )
    return pool


def render(template: Template, place: Place, rng: random.Random) -> dict[str, Any]:
    style, text, kind, severity, stage, slot = template
    values = {
        **place,
        "paslon": str(rng.randint(1, 4)),
        "n": str(rng.randint(2, 9)),
        "jam": f"{rng.randint(6, 22):02d}.{rng.choice(['00', '15', '30', '45'])}",
    }
    rendered = text.format(**values)
    if style == "sms" and rng.random() < 0.5:
        rendered = rendered.lower()
    places = [{"code": place[f"{slot}_code"]}] if slot else []
    return {
        "text": rendered,
        "style": style,
        "kind": kind,
        "severity": severity,
        "election_stage": stage,
        "places": places,
    }


def rendered_before(path: Path = OUTPUT) -> dict[str, dict[str, Any]]:
    """The rows already written, by id. A rendering's text and places stay as first
    written: the place pool depends on the gazetteer's common words, which grow, and a
    test row must not move to another village when they do."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as handle:
        rows = (json.loads(line) for line in handle if line.strip())
        return {row["id"]: row for row in rows}


def keep_rendering(row: dict[str, Any], before: dict[str, Any] | None) -> dict[str, Any]:
    """The new row's labels (the template's, which may have been corrected) on the
    rendering written before, when there is one."""
    if before is None:
        return row
    return {**row, "text": before["text"], "places": before["places"]}


def build(before: dict[str, dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    before = rendered_before() if before is None else before
    pool = place_pool(list(iter_registry()))
    random.Random(SEED).shuffle(pool)  # noqa: S311 (a reproducible corpus, not a secret)
    test_places, train_places = pool[:60], pool[60:]
    rows: list[dict[str, Any]] = []
    groups = [
        (
            c,
            t,
            EXTRA_CATEGORY_TEMPLATES.get(c, [])
            + PAIRED_TEMPLATES.get(c, [])
            + MORE_PAIRED_TEMPLATES.get(c, []),
        )
        for c, t in CATEGORY_TEMPLATES.items()
    ]
    groups.append(("none", NEGATIVE_TEMPLATES, EXTRA_NEGATIVE_TEMPLATES))
    for category, templates, extra in groups:
        for number, template in enumerate(templates + extra):
            test = len(templates) - TEST_TEMPLATES <= number < len(templates)
            split = "test" if test else "train"
            places = test_places if split == "test" else train_places
            # One random stream per template: adding a template never changes the
            # renderings of the others, so the test split stays frozen.
            rng = random.Random(f"{SEED}-{category}-{template[1]}")  # noqa: S311
            for rendering in range(RENDERINGS):
                row = render(template, rng.choice(places), rng)
                # Ids come from the template's text, not its position, so inserting a
                # template never renames the rows of the frozen split.
                digest = hashlib.sha256(template[1].encode()).hexdigest()[:8]
                template_id = f"{category}-{digest}"
                row.update(
                    {
                        "id": f"{template_id}-{rendering}",
                        "split": split,
                        "categories": [] if category == "none" else [category],
                        "template": template_id,
                    }
                )
                rows.append(keep_rendering(row, before.get(row["id"])))
    return rows


def main() -> None:
    rows = build()
    with OUTPUT.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    splits = Counter(r["split"] for r in rows)
    print(f"{len(rows)} texts written to {OUTPUT.name}: {dict(splits)}")  # noqa: T201


if __name__ == "__main__":
    main()
