"""Benchmark: load the full Kemendagri registry into a fresh database, then again.

Prints progress lines, then one JSON line of figures: seconds for the first load and for
the idempotent second run, peak resident memory, and the counts per level.
`--quick` loads a handful of provinces instead of all 38 (well under a minute).

    python bench/load_regions.py            # SQLite in a temporary file
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/siaga_bench python bench/load_regions.py
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

QUICK_PROVINCES = ("51", "19", "53")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="load Bali, Babel and NTT only")
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="siaga-bench-")
    os.environ.setdefault("SIAGA_DEBUG", "1")
    os.environ.setdefault("SIAGA_SQLITE_PATH", str(Path(workdir) / "bench.sqlite3"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "siaga.settings"
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from siaga.regions.services import load_regions

    pg_name = None
    if connection.vendor == "postgresql":
        pg_name = _fresh_postgres_database()
    call_command("migrate", verbosity=0)
    only = QUICK_PROVINCES if args.quick else ()

    start = time.perf_counter()
    first = load_regions(only=only)
    first_seconds = time.perf_counter() - start
    start = time.perf_counter()
    second = load_regions(only=only)
    second_seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    if pg_name:
        _drop_postgres_database(pg_name)
    figures = {
        "benchmark": "load_regions",
        "database": connection.vendor,
        "quick": args.quick,
        "first_load_s": round(first_seconds, 2),
        "second_load_s": round(second_seconds, 2),
        "second_run_changed": second.changed_anything,
        "created": first.created,
        "per_level": {str(k): v for k, v in sorted(first.per_level.items())},
        "peak_rss_mb": round(peak_mb, 1),
    }
    print(f"first load {first_seconds:.1f}s, second {second_seconds:.1f}s", file=sys.stderr)
    print(json.dumps(figures))


def _fresh_postgres_database() -> str:
    """Point the default connection at a throw-away database created for this run."""
    from django.db import connection

    name = f"siaga_bench_{os.getpid()}"
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()
    connection.settings_dict["NAME"] = name
    return name


def _drop_postgres_database(name: str) -> None:
    from django.db import connection

    connection.close()
    connection.settings_dict["NAME"] = "postgres"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
    connection.close()


if __name__ == "__main__":
    main()
