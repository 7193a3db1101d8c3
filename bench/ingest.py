"""Benchmark: reports/s through the real API under concurrent clients, against PostgreSQL.

Starts gunicorn (several workers) on a throw-away PostgreSQL database, then drives
`POST /api/v1/reports` (token auth, validation, placing, history, task enqueue, all in
one transaction) with concurrent keep-alive clients, and the same harness against a bare
endpoint that inserts one row. Prints a summary, then one JSON line of figures:
reports/s, p50/p99 latency, and the ratio to the bare endpoint.

    python bench/ingest.py --quick        # under a minute
    python bench/ingest.py --seconds 30 --clients 24
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
PORT = int(os.environ.get("BENCH_PORT", "8765"))
VILLAGES = ["51.05.03.2006", "51.05.03.2003", "51.05.03.2007", "51.05.01.2001", "51.05.04.2001"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="short runs (under a minute in all)")
    parser.add_argument("--seconds", type=float, default=20.0, help="measured seconds per target")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--workers", type=int, default=3)
    args = parser.parse_args()
    seconds = 8.0 if args.quick else args.seconds

    name = f"siaga_ingest_{os.getpid()}"
    env = {
        **os.environ,
        "DATABASE_URL": f"{PG}/{name}",
        "SIAGA_DEBUG": "0",
        "SIAGA_SECRET_KEY": "bench-" + uuid.uuid4().hex,
        "SIAGA_LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "siaga.settings",
        "PYTHONPATH": str(ROOT),
    }
    _psql(f'CREATE DATABASE "{name}"')
    server = None
    try:
        token = _prepare(env)
        server = _serve(env, args.workers)
        bare = _drive("/bench/bare", None, seconds / 2, args.clients, warmup=1.0)
        real = _drive("/api/v1/reports", token, seconds, args.clients, warmup=1.0)
        stored = _count_reports(env)
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=20)
        _psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    figures = {
        "benchmark": "ingest",
        "database": "postgresql",
        "workers": args.workers,
        "clients": args.clients,
        "seconds": seconds,
        "reports_per_s": round(real["rps"], 1),
        "p50_ms": real["p50"],
        "p99_ms": real["p99"],
        "errors": real["errors"],
        "bare_per_s": round(bare["rps"], 1),
        "bare_p50_ms": bare["p50"],
        "bare_p99_ms": bare["p99"],
        "ratio_to_bare": round(real["rps"] / bare["rps"], 2),
        "reports_stored": stored,
        "reports_acknowledged": real["ok_total"],
    }
    print(
        f"reports: {real['rps']:.0f}/s p50 {real['p50']} ms p99 {real['p99']} ms; "
        f"bare: {bare['rps']:.0f}/s; ratio {figures['ratio_to_bare']}",
        file=sys.stderr,
    )
    print(json.dumps(figures))


def _psql(sql: str) -> None:
    subprocess.run(["psql", f"{PG}/postgres", "-qc", sql], check=True, capture_output=True)


def _manage(env: dict[str, str], *args: str) -> str:
    siaga = str(Path(sys.executable).parent / "siaga")
    result = subprocess.run(
        [siaga, *args], env=env, check=True, capture_output=True, text=True, cwd=ROOT
    )
    return result.stdout


def _prepare(env: dict[str, str]) -> str:
    _manage(env, "migrate", "-v0")
    _manage(env, "load-regions", "--only", "51.05")
    code = (
        "from siaga.teams.services import create_account;"
        "from siaga.regions.models import Region;"
        "create_account('bench.pelapor', password='x-bench-123456', role='reporter',"
        " region=Region.objects.get(code='51.05.03.2006'))"
    )
    _manage(env, "shell", "-c", code)
    return _manage(env, "create-token", "bench.pelapor").strip()


def _serve(env: dict[str, str], workers: int) -> subprocess.Popen[bytes]:
    server_env = {**env, "SIAGA_URLCONF": "bench.ingest_app"}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "siaga.wsgi:application",
            "-b",
            f"127.0.0.1:{PORT}",
            "-w",
            str(workers),
            "-k",
            "gthread",
            "--threads",
            "4",
            "--keep-alive",
            "30",
            "--log-level",
            "warning",
        ],
        env=server_env,
        cwd=ROOT,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=2)
            conn.request("GET", "/masuk/")
            conn.getresponse().read()
            return server
        except OSError:
            time.sleep(0.3)
    server.kill()
    raise RuntimeError("gunicorn did not start")


def _drive(
    path: str, token: str | None, seconds: float, clients: int, warmup: float
) -> dict[str, float]:
    """`clients` threads, each on one keep-alive connection, posting as fast as answers come."""
    latencies: list[list[float]] = [[] for _ in range(clients)]
    errors = [0] * clients
    ok_total = [0] * clients
    start = time.monotonic()
    measure_from, stop_at = start + warmup, start + warmup + seconds

    def client(index: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        n = 0
        while (now := time.monotonic()) < stop_at:
            n += 1
            body = json.dumps(
                {
                    "text": f"LAPOR#Tangkas#politik uang#amplop dibagi, pesan {index}-{n}",
                    "client_id": f"bench-{index}-{n}-{uuid.uuid4().hex[:8]}",
                    "region_code": VILLAGES[n % len(VILLAGES)],
                    "categories": ["money_politics"],
                }
            )
            began = time.perf_counter()
            try:
                conn.request("POST", path, body, headers)
                response = conn.getresponse()
                response.read()
                good = response.status in (200, 201)
            except (OSError, http.client.HTTPException):
                good = False
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
            elapsed = (time.perf_counter() - began) * 1000
            ok_total[index] += int(good)
            if now >= measure_from:
                if good:
                    latencies[index].append(elapsed)
                else:
                    errors[index] += 1
        conn.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    flat = sorted(x for per in latencies for x in per)
    if not flat:
        raise RuntimeError(f"no successful requests to {path}")
    return {
        "rps": len(flat) / seconds,
        "p50": round(statistics.median(flat), 1),
        "p99": round(flat[min(len(flat) - 1, int(len(flat) * 0.99))], 1),
        "errors": sum(errors),
        "ok_total": sum(ok_total),
    }


def _count_reports(env: dict[str, str]) -> int:
    out = _manage(
        env, "shell", "-c", "from siaga.reports.models import Report; print(Report.objects.count())"
    )
    return int(out.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
