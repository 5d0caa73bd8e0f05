"""Sync engine drain rate: 100,000 pending registrations pushed to the central service.

Runs the real `loket-central serve` (SQLite, one worker) on loopback and a real desktop store.
The registrations are made by the bulk importer (not timed); then `SyncEngine.push` drains the
outbox (batches of up to 500 changes / 8 MiB, gzip) and is timed from the first read of the
outbox to the last answer recorded. Beside it, in the same run, the same engine with one
request per record (the way form-submission protocols such as OpenRosa send), measured on a
smaller sample of another office and extrapolated. Finally the pull of the office's feed is
timed twice: by the desktop that sent it (its own 100,000 records echoed back, all ignored by
version), and by a new PC of the same office (an empty desktop, in a process of its own so
that its peak memory is its own), which stores every record. Bytes on the wire are the
request and answer bodies as they travelled (gzip), counted by the client.

    python -m bench.bench_sync                      # 100,000 records, 2,000 for the baseline
    python -m bench.bench_sync --records 10000      # a quicker run
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from bench.datagen import write_csv
from domain.actor import Actor
from domain.codes import Role
from local_db.store import Store, open_store
from local_db.tabular.candidate_import import CandidateImporter
from sync.client import CentralClient
from sync.engine import SyncEngine, SyncProgress
from sync.enrolment import enroll

OP = Actor("bench", Role.OPERATOR)


def _desktop(folder: Path, records: int, seed: int, base: str, code: str) -> tuple[Store, SyncEngine]:
    store = open_store(folder / "loket.db", folder / "backups")
    report = CandidateImporter(store.db, store.rules, store.settings).run(
        write_csv(folder / "rows.csv", records, seed), OP
    )
    assert report.imported == records, report
    creds = enroll(store.settings, CentralClient(base), code, f"bench-{seed}")
    client = CentralClient(base, token=creds.token)
    return store, SyncEngine(store, client, creds.device_id)


def _fresh_pull(base: str, code: str, folder: Path) -> dict[str, float]:
    """The new PC's first pull (run in a child process by `main`)."""
    import resource

    store = open_store(folder / "loket.db", folder / "backups")
    creds = enroll(store.settings, CentralClient(base), code, "bench-new-pc")
    client = CentralClient(base, token=creds.token)
    engine = SyncEngine(store, client, creds.device_id)
    started, cpu = time.perf_counter(), time.process_time()
    counts = engine.pull(lambda _p: None)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    store.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "applied": counts.applied,
        "seconds": elapsed,
        "cpu": cpu,
        "received": client.wire.received,
        "peak_mb": peak_mb,
    }


def _fresh_pull_in_child(base: str, code: str, folder: Path) -> dict[str, float]:
    import json
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "bench.bench_sync", "--fresh-pull", base, code, str(folder)],
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _drain(engine: SyncEngine, expected: int) -> float:
    ticks: list[SyncProgress] = []
    started = time.perf_counter()
    counts = engine.push(ticks.append)
    elapsed = time.perf_counter() - started
    assert counts.sent == expected and counts.rejected == counts.conflict == 0, counts
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--baseline", type=int, default=2_000, help="records for the one-per-request client")
    parser.add_argument("--fresh-pull", nargs=3, metavar=("BASE", "CODE", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.fresh_pull:
        import json

        base, code, folder = args.fresh_pull
        sys.stdout.write(json.dumps(_fresh_pull(base, code, Path(folder))) + "\n")
        return 0

    from central_service import offices
    from central_service.db import make_engine
    from domain.dates import utc_now
    from tests.central_service.support import running_server

    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        folder = Path(tmp)
        db_url = f"sqlite:///{folder / 'central.db'}"
        with running_server(db_url, folder / "server.log") as server:
            admin = make_engine(db_url)
            codes = []
            for office in ("BENCH-A", "BENCH-B"):
                offices.add_office(admin, office, f"Bench {office}", utc_now())
                codes.append(offices.create_enrollment_code(admin, office, 1, utc_now()))
            codes.append(offices.create_enrollment_code(admin, "BENCH-A", 1, utc_now()))
            t = time.perf_counter()
            store, engine = _desktop(folder / "batched", args.records, 1, server.base, codes[0])
            print(
                f"prepared {args.records:,} pending registrations in {time.perf_counter() - t:.1f} s",
                flush=True,
            )
            batched = _drain(engine, args.records)
            push_wire = engine._client.wire
            push_sent, push_received = push_wire.sent, push_wire.received
            t = time.perf_counter()
            pulled = engine.pull(lambda _p: None)
            pull_time = time.perf_counter() - t
            store.close()

            fresh = _fresh_pull_in_child(server.base, codes[2], folder / "new-pc")
            assert fresh["applied"] == args.records, fresh
            fresh_time = fresh["seconds"]

            store_b, engine_b = _desktop(folder / "single", args.baseline, 2, server.base, codes[1])
            one_by_one = _drain(
                SyncEngine(store_b, engine_b._client, engine_b._device_id, batch_changes=1), args.baseline
            )
            store_b.close()

    batched_rate = args.records / batched
    single_rate = args.baseline / one_by_one
    print()
    print(f"Sync engine drain, {dt.date.today()}, loopback, loket-central on SQLite (one worker)")
    print("| client | records | time | records/s |")
    print("|---|---:|---:|---:|")
    print(
        f"| SyncEngine.push, batches of 500, gzip | {args.records:,} | {batched:.2f} s "
        f"| {batched_rate:,.0f} |"
    )
    print(
        f"| one request per record (same engine, batch of 1) | {args.baseline:,} measured | "
        f"{one_by_one:.2f} s | {single_rate:,.0f} |"
    )
    print(
        f"| one request per record, extrapolated | {args.records:,} | "
        f"{args.records / single_rate:.0f} s | {single_rate:,.0f} |"
    )
    print(
        f"| pull of the office's feed (own records echoed, ignored by version) | "
        f"{pulled.ignored + pulled.applied:,} | {pull_time:.2f} s | "
        f"{(pulled.ignored + pulled.applied) / pull_time:,.0f} |"
    )
    print(
        f"| first pull of a new PC, empty desktop (every record stored) | "
        f"{args.records:,} | {fresh_time:.2f} s | {args.records / fresh_time:,.0f} |"
    )
    print()
    mb = 1024 * 1024
    print(
        f"bytes on the wire: push drain sent {push_sent / mb:.1f} MiB, received {push_received / mb:.1f} MiB "
        f"({push_sent / args.records:,.0f} B a record sent); new PC's pull received "
        f"{fresh['received'] / mb:.1f} MiB ({fresh['received'] / args.records:,.0f} B a record)"
    )
    print(
        f"new PC's pull: {args.records / fresh_time:,.0f} records/s, desktop CPU {fresh['cpu']:.1f} s, "
        f"peak memory {fresh['peak_mb']:.0f} MB; pull/push rate "
        f"{(args.records / fresh_time) / batched_rate:.2f}; target >= 10,000 records/s and < 300 MB: "
        f"{'met' if args.records / fresh_time >= 10_000 and fresh['peak_mb'] < 300 else 'NOT met'}"
    )
    print(
        f"speed-up of batching: {batched_rate / single_rate:.0f}x; target >= 5,000 records/s: "
        f"{'met' if batched_rate >= 5000 else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
