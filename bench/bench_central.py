"""Central service push throughput: one client pushes candidate changes in batches of 500.

Runs the real `loket-central serve` on SQLite and (when a URL is given) PostgreSQL, and beside
them a trivial FastAPI endpoint that receives the same bytes and answers a constant: the HTTP
ceiling of this machine, measured in the same run.

    python -m bench.bench_central                      # 100,000 changes, SQLite
    python -m bench.bench_central --pg postgresql+psycopg://postgres@127.0.0.1:5432/postgres
    python -m bench.bench_central --short              # 5,000 changes, a smoke run

`--pg` defaults to LOKET_TEST_PG_URL; a fresh database is created on that server and dropped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests
from fastapi import FastAPI, Request
from fastapi.responses import Response

from bench.datagen import wire_candidate

BATCH = 500
TARGET = 5_000  # changes/s, issue 3


def _nik(i: int) -> tuple[str, str]:
    """A valid, unique NIK (Pandeglang, Banten) and the birth date it embeds."""
    birth = dt.date(1970, 1, 1) + dt.timedelta(days=i // 9999)
    serial = i % 9999 + 1
    return f"360101{birth.day + 40:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}", birth.isoformat()


def candidate(i: int) -> dict[str, object]:
    nik, birth = _nik(i)
    return wire_candidate(
        nik,
        registration_no=f"26-BENCH0-{i:05d}",
        full_name=f"Siti Aminah {i}",
        birth_date=birth,
        phone=f"+62812{i:08d}",
    )


def batches(device_id: str, total: int) -> list[bytes]:
    out = []
    for start in range(0, total, BATCH):
        changes = [
            {
                "change_id": str(uuid.uuid4()),
                "entity": "candidate",
                "entity_id": str(uuid.uuid4()),
                "op": "upsert",
                "base_version": None,
                "recorded_at": "2026-11-27T03:04:05Z",
                "data": candidate(i),
            }
            for i in range(start, min(start + BATCH, total))
        ]
        out.append(json.dumps({"device_id": device_id, "changes": changes}).encode())
    return out


def push_all(url: str, bodies: list[bytes], token: str, check: bool) -> float:
    session = requests.Session()
    headers = {
        "Authorization": f"Bearer {token}",
        "Content-Type": "application/json",
        "User-Agent": "LoketPMI/bench",
    }
    started = time.perf_counter()
    for body in bodies:
        r = session.post(url, data=body, headers=headers, timeout=120)
        r.raise_for_status()
        if check:
            statuses = {res["status"] for res in r.json()["results"]}
            if statuses != {"applied"}:
                raise SystemExit(f"unexpected results: {r.text[:500]}")
    return time.perf_counter() - started


@contextmanager
def fresh_pg(admin_url: str) -> Iterator[str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"loket_bench_{uuid.uuid4().hex[:8]}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


def measure_central(db_url: str, total: int, log: Path) -> float:
    from central_service import offices
    from central_service.db import make_engine
    from domain.dates import utc_now
    from tests.central_service.support import running_server

    with running_server(db_url, log) as server:
        engine = make_engine(db_url)
        offices.add_office(engine, "BENCH", "Bench office", utc_now())
        code = offices.create_enrollment_code(engine, "BENCH", 1, utc_now())
        engine.dispose()
        device_id = str(uuid.uuid4())
        body = {"enrollment_code": code, "device_id": device_id, "device_name": "bench", "app_version": "0"}
        token = requests.post(server.url("/devices/enroll"), json=body, timeout=30).json()["token"]
        bodies = batches(device_id, total)
        return push_all(server.url("/sync/push"), bodies, token, check=True)


def measure_baseline(total: int, log: Path) -> float:
    import subprocess

    from tests.central_service.support import free_port

    port = free_port()
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bench.bench_central", "--baseline-server", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        url = f"http://127.0.0.1:{port}/push"
        for _ in range(200):
            try:
                requests.get(f"http://127.0.0.1:{port}/", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.05)
        return push_all(url, batches(str(uuid.uuid4()), total), "x", check=False)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def baseline_server(port: int) -> None:
    """The HTTP ceiling: read the whole body, answer a constant."""
    import uvicorn

    app = FastAPI()

    @app.post("/push")
    async def push(request: Request) -> Response:
        body = await request.body()
        return Response(b'{"received":%d}' % len(body), media_type="application/json")

    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=100_000)
    parser.add_argument("--short", action="store_true", help="5,000 changes: a smoke run")
    parser.add_argument("--pg", default=os.environ.get("LOKET_TEST_PG_URL"))
    parser.add_argument("--baseline-server", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline_server:
        baseline_server(args.baseline_server)
        return
    total = 5_000 if args.short else args.changes
    folder = Path(tempfile.mkdtemp(prefix="bench-central-"))
    rows = [("trivial FastAPI endpoint (same bytes)", measure_baseline(total, folder / "baseline.log"))]
    rows.append(
        ("loket-central on SQLite", measure_central(f"sqlite:///{folder / 'c.db'}", total, folder / "s.log"))
    )
    if args.pg:
        with fresh_pg(args.pg) as url:
            rows.append(("loket-central on PostgreSQL", measure_central(url, total, folder / "pg.log")))
    else:
        print("(PostgreSQL skipped: give --pg URL or set LOKET_TEST_PG_URL)")
    print(f"{total:,} candidate changes, batches of {BATCH}, one client, {os.cpu_count()} CPUs")
    for name, seconds in rows:
        print(f"  {name:<40} {seconds:7.2f} s  {total / seconds:9,.0f} changes/s")
    rates = [total / seconds for name, seconds in rows if name.startswith("loket-central")]
    verdict = "met" if min(rates) >= TARGET else "NOT met"
    print(f"  target >= {TARGET:,} changes/s on every backend measured: {verdict}")


if __name__ == "__main__":
    main()
