"""Single-save latency: one clerk's registration, durable, through the one writer path.

    python -m bench.bench_save            # 300 saves into a store holding 10,000 candidates
    python -m bench.bench_save --quick    # 50 saves into an empty store

`store.candidates.create` validates, allocates the registration number, writes the row, its
name words, the hash-chained audit entry and the outbox row in one IMMEDIATE transaction with
`synchronous=FULL` (the commit waits for the disk). The baseline, in the same run and on the
same store file, is a raw `sqlite3` insert of one candidate row plus its commit, also with
`synchronous=FULL`: the price of one durable commit on this machine.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench.bench_import import _env, loket, migrated_store
from bench.datagen import generate_rows, write_csv
from domain.actor import Actor
from domain.codes import Role
from local_db.store import open_store


def summary(samples: list[float]) -> tuple[float, float]:
    samples = sorted(samples)
    return statistics.median(samples), samples[max(int(len(samples) * 0.95) - 1, 0)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--existing", type=int, default=10_000, help="candidates imported first")
    parser.add_argument("--quick", "--short", action="store_true", help="50 saves, empty store")
    args = parser.parse_args(argv)
    saves, existing = (50, 0) if args.quick else (args.saves, args.existing)
    work = Path(tempfile.mkdtemp(prefix="loket-bench-save-"))
    try:
        data_dir = migrated_store(work / "store")
        if existing:
            csv_path = write_csv(work / "existing.csv", existing, seed=8)
            command = loket(data_dir, "import", "candidates", str(csv_path))
            subprocess.run(command, check=True, capture_output=True, env=_env())
        db = data_dir / "loket.db"
        store = open_store(db, data_dir / "backups")
        actor = Actor("bench", Role.OPERATOR)
        fresh = [r for r in generate_rows(existing + saves, seed=8)][existing:]  # same generator: new NIKs
        app: list[float] = []
        for row in fresh:
            start = time.perf_counter()
            store.candidates.create(row, actor)
            app.append((time.perf_counter() - start) * 1000)
        store.close()

        raw = sqlite3.connect(db, isolation_level=None)
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("PRAGMA synchronous=FULL")
        template = raw.execute("SELECT * FROM candidate LIMIT 1").fetchone()
        columns = [d[0] for d in raw.execute("SELECT * FROM candidate LIMIT 0").description]
        sql = f"INSERT INTO candidate ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        at = {name: i for i, name in enumerate(columns)}
        baseline: list[float] = []
        for i in range(saves):
            values = list(template)
            values[at["id"]] = f"bench-{i:08d}"
            values[at["registration_no"]] = f"BENCH-{i:08d}"
            start = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            raw.execute(sql, values)
            raw.execute("COMMIT")
            baseline.append((time.perf_counter() - start) * 1000)
        raw.close()

        a, b = summary(app), summary(baseline)
        print(f"single save, durable, {saves} saves into a store of {existing:,} candidates")
        print(f"  {'':44} {'median ms':>9} {'p95 ms':>8}")
        print(f"  {'store.candidates.create (row+words+audit+outbox)':44} {a[0]:9.2f} {a[1]:8.2f}")
        print(f"  {'baseline: raw sqlite3 insert + commit, FULL':44} {b[0]:9.2f} {b[1]:8.2f}")
        print(f"  ratio of medians: {a[0] / b[0]:.1f}x the raw durable insert")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
