"""Benchmark: the analysis pipeline on one core, for short field messages and full articles.

Prints a summary, then one JSON line: gazetteer build time, short messages/s, articles/s,
gazetteer-only sentences/s, and peak memory. `--quick` runs in a few seconds.

    python bench/analyze.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHORT = [
    "LAPOR#Tangkas#politik uang#warga dibagi amplop di balai banjar malam ini",
    "Tadi malam bentrok antarpendukung paslon di Desa Gelgel, dua orang luka",
    "ada hoax beredar di grup wa soal pura, warga mulai panas",
    "Nihil, situasi di Desa Beraban aman terkendali",
    "Baliho paslon 2 dirobek OTK di perempatan Kec. Kediri",
    "Pemuda mabuk arak berkelahi di depan balai banjar, sdh diamankan polsek",
    "Info warga ada pembagian sembako atas nama caleg di Banjarangkan",
    "Kepala desa terlihat ikut kampanye paslon di lapangan desa, mohon atensi",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    seconds = 2.0 if args.quick else 10.0

    from siaga.analysis.cues import default_index
    from siaga.analysis.gazetteer import Gazetteer, PlaceRecord
    from siaga.analysis.model import default_model
    from siaga.analysis.pipeline import analyze
    from siaga.regions.data.aliases import PROVINCE_ALIASES
    from siaga.regions.registry import iter_registry

    records = [
        PlaceRecord(r.code, r.name, r.level, r.type, PROVINCE_ALIASES.get(r.code, ()))
        for r in iter_registry()
    ]
    started = time.perf_counter()
    gazetteer = Gazetteer(records)
    default_index()
    gazetteer_s = time.perf_counter() - started
    started = time.perf_counter()
    default_model()
    model_s = time.perf_counter() - started

    seeds = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    # Without ../shared beside the checkout (a worktree elsewhere, for one) the articles
    # are the short messages strung together: say so, since the two rates differ.
    articles = [p.read_text(encoding="utf-8") for p in seeds] or [" ".join(SHORT) * 8]

    def rate(texts: list[str], hint: str | None) -> float:
        done, began = 0, time.perf_counter()
        while time.perf_counter() - began < seconds:
            for text in texts:
                analyze(text, gazetteer=gazetteer, hint=hint)
            done += len(texts)
        return done / (time.perf_counter() - began)

    def gazetteer_rate(texts: list[str]) -> float:
        done, began = 0, time.perf_counter()
        while time.perf_counter() - began < seconds / 2:
            for text in texts:
                gazetteer.find(text)
            done += len(texts)
        return done / (time.perf_counter() - began)

    short_rate = rate(SHORT, "51.05")
    article_rate = rate(articles, None)
    figures = {
        "benchmark": "analyze",
        "cores": 1,
        "gazetteer_places": len(gazetteer),
        "gazetteer_load_s": round(gazetteer_s, 2),
        "model_load_s": round(model_s, 2),  # trained, or read from the cache
        "short_per_s": round(short_rate),
        "articles_per_s": round(article_rate, 1),
        "article_chars_mean": round(sum(map(len, articles)) / len(articles)),
        "articles_from": "seeds" if seeds else "short messages",
        "gazetteer_sentences_per_s": round(gazetteer_rate(SHORT)),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print(
        f"gazetteer {gazetteer_s:.2f}s, model {model_s:.2f}s; {short_rate:.0f} messages/s; "
        f"{article_rate:.0f} articles/s",
        file=sys.stderr,
    )
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
