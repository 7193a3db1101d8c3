"""Every reading of the texts the project ships, for checking that a speed change
changed no reading.

Runs `analyze` on the corpus, the invented articles and the seeds, each without and
with a region hint, and prints one JSON line: how many readings and the SHA-256 of
them all. Two commits that read alike print the same digest; `--out FILE` writes the
readings themselves (one JSON line each) so a difference can be found with `diff`.

    python bench/readings.py [--quick] [--out FILE]

`--quick` reads the seeds and the invented articles only.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
GOLD = ROOT / "siaga" / "analysis" / "gold"
HINTS = (None, "51.05")


def shipped_texts(quick: bool) -> Iterator[tuple[str, str, dt.date | None]]:
    """(id, text, publication day) of each shipped text."""
    sources = [GOLD / "articles.jsonl", GOLD / "seeds.jsonl"]
    if not quick:
        sources.insert(0, ROOT / "siaga" / "analysis" / "corpus" / "corpus.jsonl")
    for source in sources:
        for line in source.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text = row.get("text")
            if text is None:
                path = (source.parent / row["text_file"]).resolve()
                if not path.exists():
                    continue  # a seed needs ../shared beside the checkout
                text = path.read_text(encoding="utf-8")
            published = row.get("published")
            yield row["id"], text, dt.date.fromisoformat(published) if published else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    from siaga.analysis.gazetteer import Gazetteer, PlaceRecord
    from siaga.analysis.pipeline import analyze
    from siaga.regions.data.aliases import LANDMARKS, PROVINCE_ALIASES, REGENCY_ALIASES
    from siaga.regions.registry import iter_registry

    gazetteer = Gazetteer(
        PlaceRecord(
            r.code,
            r.name,
            r.level,
            r.type,
            (
                *PROVINCE_ALIASES.get(r.code, ()),
                *REGENCY_ALIASES.get(r.code, ()),
                *LANDMARKS.get(r.code, ()),
            ),
        )
        for r in iter_registry()
    )
    digest, count = hashlib.sha256(), 0
    out = args.out.open("w", encoding="utf-8") if args.out else None
    for item_id, text, published in shipped_texts(args.quick):
        for hint in HINTS:
            reading = analyze(text, gazetteer=gazetteer, hint=hint, published=published)
            line = json.dumps(
                {"id": item_id, "hint": hint, "reading": dataclasses.asdict(reading)},
                sort_keys=True,
                ensure_ascii=False,
            )
            digest.update(line.encode("utf-8") + b"\n")
            count += 1
            if out:
                out.write(line + "\n")
    if out:
        out.close()
    print(json.dumps({"benchmark": "readings", "readings": count, "sha256": digest.hexdigest()}))


if __name__ == "__main__":
    main()
