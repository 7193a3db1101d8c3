"""Benchmark: vulnerability scores and early warning at national scale.

Builds a synthetic country: every desa of the registry, 60 indicators (15 per kabupaten
as IKP publishes them, 45 desa/TPS checklist items recorded where present), and one
million verified reports over a year with their signals. Then measures, with medians of
repeated runs:

* full recompute of every region and stage (read, compute, write), and apart from it
  the day's history snapshot that the nightly run adds;
* the quick update after one more verified report;
* the vulnerability page for the national scope, server time (Django test client);
* a report committed -> its alert's webhook delivered by a real `db_worker` process.

Prints progress lines, then one JSON line of figures. `--quick` uses three provinces and
100,000 reports (under a minute).

    python bench/risk.py --quick
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres python bench/risk.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
QUICK_PROVINCES = ("51", "19", "35")
CATEGORIES_USED = (
    "supporters_clash",
    "money_politics",
    "hoax_hate_speech",
    "sara_identity_religion",
    "demonstration",
    "election_logistics",
    "voter_list_problem",
    "criminal_violence",
)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--reports", type=int, default=0, help="override the report count")
    args = parser.parse_args()
    reports = args.reports or (100_000 if args.quick else 1_000_000)

    workdir = Path(tempfile.mkdtemp(prefix="siaga-bench-risk-"))
    os.environ.setdefault("SIAGA_DEBUG", "1")
    os.environ.setdefault("SIAGA_SQLITE_PATH", str(workdir / "bench.sqlite3"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "siaga.settings"
    sys.path.insert(0, str(ROOT))
    pg_url = _fresh_postgres() if os.environ.get("DATABASE_URL") else None

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    from siaga.regions.services import load_regions

    load_regions(only=QUICK_PROVINCES if args.quick else ())
    log(f"regions loaded in {time.perf_counter() - start:.1f}s")
    dataset = _build(reports)
    figures: dict[str, Any] = {
        "benchmark": "risk",
        "database": connection.vendor,
        "quick": args.quick,
        **dataset,
    }
    figures.update(_full_recompute(3 if args.quick else 5))
    figures.update(_incremental(15))
    figures.update(_hotspot_page(15))
    figures.update(_report_to_alert(5 if args.quick else 7, pg_url))
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    if pg_url:
        _drop_postgres()
    connection.close()
    shutil.rmtree(workdir, ignore_errors=True)  # a national run leaves over a gigabyte
    print(json.dumps(figures))


# --- the synthetic country ------------------------------------------------------------


def _build(report_count: int) -> dict[str, Any]:
    from django.db import connection, transaction
    from django.utils import timezone

    from siaga.regions.models import Region
    from siaga.risk.models import Dimension, Framework, Indicator
    from siaga.teams.models import User

    rng = random.Random(20241127)  # noqa: S311 (synthetic data, not secrets)
    start = time.perf_counter()
    villages = list(Region.objects.filter(level=4).values_list("code", flat=True))
    regencies = list(Region.objects.filter(level=2).values_list("code", flat=True))
    admin = User.objects.create(username="bench", role="admin", is_superuser=True)
    with transaction.atomic():
        framework = Framework.objects.create(code="bench", name="Bench", is_checklist=False)
        dimension = Dimension.objects.create(framework=framework, code="d", name="D")
        regency_ind = [
            Indicator.objects.create(
                framework=framework,
                dimension=dimension,
                code=f"kab-{i}",
                name=f"kab {i}",
                applies_to=2,
                scale_max=100,
                categories=[CATEGORIES_USED[i % 8]],
            )
            for i in range(15)
        ]
        village_ind = [
            Indicator.objects.create(
                framework=framework,
                dimension=dimension,
                code=f"desa-{i}",
                name=f"desa {i}",
                applies_to=4,
                categories=[CATEGORIES_USED[i % 8]],
                stages=[["campaign"], ["voting_counting"], []][i % 3],
            )
            for i in range(45)
        ]
    today = timezone.localdate()
    values = [
        (ind.pk, code, rng.uniform(0, 100), today, "bench", admin.pk)
        for code in regencies
        for ind in regency_ind
    ]
    values += [
        (ind.pk, code, 1.0, today, "bench", admin.pk)
        for code in villages
        for ind in rng.sample(village_ind, 3)
    ]
    _insert_values(values)
    log(f"{len(values):,} indicator values in {time.perf_counter() - start:.1f}s")
    start = time.perf_counter()
    _insert_reports(report_count, villages, rng)
    log(f"{report_count:,} reports and signals in {time.perf_counter() - start:.1f}s")
    connection.close()
    return {
        "villages": len(villages),
        "indicators": 60,
        "indicator_values": len(values),
        "reports": report_count,
    }


def _insert_values(rows: list[tuple[Any, ...]]) -> None:
    from django.db import connection, transaction

    sql = (
        "INSERT INTO risk_indicatorvalue (indicator_id, region_id, value, observed_on, source, "
        "entered_by_id, note, entered_at, province_code, regency_code, district_code, "
        "village_code) VALUES (%s, %s, %s, %s, %s, %s, '', %s, %s, %s, %s, %s)"
    )
    now = dt.datetime.now(dt.UTC)
    with transaction.atomic(), connection.cursor() as cursor:
        for start in range(0, len(rows), 20_000):
            chunk = rows[start : start + 20_000]
            cursor.executemany(
                sql,
                [(*row, now, *_placed(row[1])) for row in chunk],
            )


def _placed(code: str) -> tuple[str, ...]:
    from siaga.lib.regioncodes import ancestor_columns

    return tuple(ancestor_columns(code).values())


def _insert_reports(count: int, villages: list[str], rng: random.Random) -> None:
    from django.db import connection, transaction

    from siaga.analysis.scoring import SEVERITY_WEIGHT
    from siaga.risk.models import kind_code, region_key

    now = dt.datetime.now(dt.UTC)
    report_sql = (
        "INSERT INTO reports_report (id, client_id, channel, is_protected, received_at, "
        "occurred_at, raw_text, raw_payload, place_method, place_text, categories, kind, "
        "severity, election_stage, status, suggestions, updated_at, province_code, "
        "regency_code, district_code, village_code, region_id) VALUES (%s, %s, 'sms', "
        "false, %s, %s, 'laporan uji', '{}', 'code', '', %s, 'incident', %s, %s, "
        "'verified', '{}', %s, %s, %s, %s, %s, %s)"
    )
    signal_sql = (
        "INSERT INTO risk_signal (source, report_id, region_id, category, severity, stage, "
        "weight, occurred_at, occurred_ts, region_key, kind_code, base_weight, province_code, "
        "regency_code, district_code, village_code) VALUES ('report', %s, %s, %s, %s, %s, "
        "1.0, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
    )
    stages = ["", "", "campaign", "voting_counting", "quiet_period"]
    with transaction.atomic(), connection.cursor() as cursor:
        for start in range(0, count, 20_000):
            reports: list[tuple[Any, ...]] = []
            signals: list[tuple[Any, ...]] = []
            for number in range(start + 1, min(start + 20_000, count) + 1):
                code = rng.choice(villages)
                when = now - dt.timedelta(seconds=rng.uniform(0, 365 * 86400))
                category = rng.choice(CATEGORIES_USED)
                severity = rng.choice((1, 1, 2, 2, 2, 3, 4))
                stage = rng.choice(stages)
                placed = _placed(code)
                reports.append(
                    (
                        number,
                        f"bench-{number}",
                        when,
                        when,
                        json.dumps([category]),
                        severity,
                        stage,
                        now,
                        *placed,
                        code,
                    )
                )
                signals.append(
                    (
                        number,
                        code,
                        category,
                        severity,
                        stage,
                        when,
                        when.timestamp(),
                        region_key(code),
                        kind_code(category, stage),
                        float(SEVERITY_WEIGHT[severity]),
                        *placed,
                    )
                )
            cursor.executemany(report_sql, reports)
            cursor.executemany(signal_sql, signals)
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence('reports_report', 'id'), %s)", [count]
            )


# --- measurements ----------------------------------------------------------------------


def _full_recompute(runs: int) -> dict[str, Any]:
    from django.utils import timezone

    from siaga.risk.services import recompute_all, snapshot_history

    totals, parts, snapshots = [], [], []
    for _ in range(runs):
        start = time.perf_counter()
        result = recompute_all(history=False)
        totals.append(time.perf_counter() - start)
        parts.append(result.seconds)
        start = time.perf_counter()
        snapshot_history(timezone.localdate())
        snapshots.append(time.perf_counter() - start)
    log(f"full recompute median {statistics.median(totals):.2f}s over {runs} runs")
    return {
        "full_recompute_s": round(statistics.median(totals), 3),
        "history_snapshot_s": round(statistics.median(snapshots), 3),
        "full_recompute_parts_s": {
            k: round(statistics.median(p[k] for p in parts), 3) for k in parts[0]
        },
        "regions_scored": result.regions,
        "signals_read": result.signals,
    }


def _verified_report(code: str, severity: int = 3) -> Any:
    from django.utils import timezone

    from siaga.reports.models import Report

    now = timezone.now()
    return Report.objects.create(
        client_id=f"bench-live-{time.perf_counter_ns()}",
        channel="web",
        raw_text="bentrok pendukung, dua orang luka",
        region_id=code,
        categories=["supporters_clash"],
        severity=severity,
        status="verified",
        received_at=now,
        occurred_at=now,
    )


def _incremental(runs: int) -> dict[str, Any]:
    from siaga.regions.models import Region
    from siaga.risk.services import apply_changes, sync_report

    villages = list(Region.objects.filter(level=4).values_list("code", flat=True)[:runs])
    times = []
    for code in villages:
        report = _verified_report(code)
        start = time.perf_counter()
        apply_changes(sync_report(report))
        times.append((time.perf_counter() - start) * 1000)
    log(f"incremental update median {statistics.median(times):.1f}ms")
    return {"incremental_update_ms": round(statistics.median(times), 1)}


def _hotspot_page(runs: int) -> dict[str, Any]:
    from django.conf import settings
    from django.test import Client

    from siaga.teams.models import User

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    client = Client()
    client.force_login(User.objects.get(username="bench"))
    times = []
    for index in range(runs + 2):
        start = time.perf_counter()
        response = client.get("/rawan/", {"stage": "campaign"} if index % 2 else {})
        elapsed = (time.perf_counter() - start) * 1000
        assert response.status_code == 200, response.status_code
        if index >= 2:  # the first two warm caches and templates
            times.append(elapsed)
    log(f"national vulnerability page median {statistics.median(times):.0f}ms")
    return {"hotspot_page_national_ms": round(statistics.median(times), 1)}


class _Hook(BaseHTTPRequestHandler):
    arrivals: list[float] = []

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        _Hook.arrivals.append(time.perf_counter())
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        return


def _report_to_alert(runs: int, pg_url: str | None) -> dict[str, Any]:
    from django.db import connection

    from siaga.alerts.models import Alert, Delivery
    from siaga.regions.models import Region

    hook = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    threading.Thread(target=hook.serve_forever, daemon=True).start()
    env = {
        **os.environ,
        "SIAGA_ALERT_WEBHOOK_URL": f"http://127.0.0.1:{hook.server_port}/hook",
        "SIAGA_ALERT_WEBHOOK_SECRET": "bench",
    }
    if pg_url:
        env["DATABASE_URL"] = pg_url
    worker = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "manage.py"),
            "db_worker",
            "--interval",
            "0.05",
            "--no-startup-delay",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    from django.conf import settings

    settings.SIAGA_ALERT_WEBHOOK_URL = env["SIAGA_ALERT_WEBHOOK_URL"]
    try:
        time.sleep(3)  # the worker imports Django and the analysis stack
        villages = list(
            Region.objects.filter(level=4).values_list("code", flat=True)[100 : 100 + runs]
        )
        times = []
        for code in villages:
            Alert.objects.filter(status="open").update(status="closed")
            connection.close()
            start = time.perf_counter()
            _announce(code)
            delivered = _wait_for_webhook(Delivery, start)
            times.append((delivered - start) * 1000)
        log(f"report -> alert delivered median {statistics.median(times):.0f}ms")
        return {"report_to_alert_delivered_ms": round(statistics.median(times), 1)}
    finally:
        worker.terminate()
        worker.wait(timeout=20)
        hook.shutdown()


def _announce(code: str) -> None:
    """What verifying does: commit the report with its re-scoring task enqueued."""
    from django.db import transaction

    from siaga.reports.models import Report
    from siaga.reports.signals import report_changed

    with transaction.atomic():
        report = _verified_report(code)
        report_changed.send(sender=Report, report=report)


def _wait_for_webhook(delivery_model: Any, start: float, timeout: float = 20.0) -> float:
    count = len(_Hook.arrivals)
    while time.perf_counter() - start < timeout:
        if len(_Hook.arrivals) > count:
            return _Hook.arrivals[-1]
        time.sleep(0.005)
    raise RuntimeError("no alert arrived at the webhook in time")


# --- PostgreSQL --------------------------------------------------------------------------

_PG_NAME = f"siaga_bench_risk_{os.getpid()}"


def _fresh_postgres() -> str:
    import psycopg

    base = os.environ["DATABASE_URL"]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{_PG_NAME}"')
    url = base.rsplit("/", 1)[0] + "/" + _PG_NAME
    os.environ["DATABASE_URL"] = url
    os.environ["SIAGA_BENCH_PG_BASE"] = base
    return url


def _drop_postgres() -> None:
    import psycopg
    from django.db import connections

    connections.close_all()
    with psycopg.connect(os.environ["SIAGA_BENCH_PG_BASE"], autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{_PG_NAME}" WITH (FORCE)')


if __name__ == "__main__":
    main()
