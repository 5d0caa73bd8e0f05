"""Candidate import throughput: the real `loket import candidates` beside raw sqlite3.

    python -m bench.bench_import              # 100,000 generated rows
    python -m bench.bench_import --rows 20000
    python -m bench.bench_import --quick      # 10,000 rows, a smoke run

End to end is the real command in a subprocess on a freshly migrated store: reading,
validation, dedupe, registration numbers, the candidate row, its name-search words, the
hash-chained audit entry and the outbox row. Its peak memory is the largest sum of the resident
sizes of the command and its helper process, sampled from /proc every 50 ms (and the kernel's
own per-process maximum, which can only be lower). The import is then run again on the same
file, which must create nothing.

The baseline is plain `sqlite3` `executemany` of exactly the rows the import wrote (read back
from its store) into the same four tables of another freshly migrated store, with the same
pragmas, the same background checkpoints and the same batches of one transaction each (name
words in key order, as the import writes them): the cost of SQLite alone, measured in the
same run.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bench.datagen import write_csv
from local_db.database import (
    BULK_WAL_AUTOCHECKPOINT,
    BUSY_TIMEOUT_MS,
    CACHE_KIB,
    background_checkpoints,
    open_raw,
)
from local_db.tabular.prepare import BATCH_SIZE

ROOT = Path(__file__).resolve().parents[1]
TABLES = ("candidate", "candidate_name_word", "audit_entry", "outbox_change")
TARGET_ROWS_PER_S = 20_000
TARGET_PEAK_MB = 300


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float  # largest sampled sum over the process group
    maxrss_mb: float  # the kernel's figure: largest single process
    out: str


def loket(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), "--lang", "en", *args]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def migrated_store(folder: Path) -> Path:
    """A data folder whose store is migrated and holds the region table (not timed)."""
    subprocess.run(loket(folder, "status"), check=True, capture_output=True, env=_env())
    return folder


def _tree_rss_kib(pid: int) -> int:
    """Resident size of `pid` and its descendants (the import's helper process, and the
    multiprocessing resource tracker), from /proc. Children are listed per thread: a process
    started from another thread is that thread's child."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = [
                int(c)
                for task in Path(f"/proc/{current}/task").iterdir()
                for c in (task / "children").read_text().split()
            ]
        except OSError:
            continue
        match = re.search(r"^VmRSS:\s+(\d+)", status, re.MULTILINE)
        total += int(match.group(1)) if match else 0
        pending.extend(children)
    return total


def run_import(data_dir: Path, csv_path: Path) -> Run:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    peak = [0]
    start = time.perf_counter()
    child = subprocess.Popen(
        loket(data_dir, "import", "candidates", str(csv_path)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )

    def sample() -> None:
        while child.poll() is None:
            peak[0] = max(peak[0], _tree_rss_kib(child.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = child.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if child.returncode != 0:
        raise SystemExit(f"import failed ({child.returncode}): {err.strip()}")
    maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return Run(seconds, peak[0] / 1024, max(maxrss, before) / 1024, out.strip())


def counts(db: Path, key: bytes | None = None) -> dict[str, int]:
    conn = open_raw(db, key)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def _connect(db: Path, key: bytes | None = None) -> sqlite3.Connection:
    """The pragmas the store uses for an import batch (local_db.database, durable=False)."""
    conn: sqlite3.Connection = open_raw(db, key, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    conn.execute(f"PRAGMA wal_autocheckpoint={BULK_WAL_AUTOCHECKPOINT}")
    return conn


def _select(conn: sqlite3.Connection, table: str, order: str) -> tuple[list[str], list[tuple[object, ...]]]:
    cursor = conn.execute(f"SELECT * FROM {table} ORDER BY {order}")
    return [d[0] for d in cursor.description], cursor.fetchall()


def raw_baseline(source: Path, target: Path, key: bytes | None = None) -> float:
    """Seconds to insert the rows the import wrote into `source` again, into `target` (both
    under `key` when given: the same through SQLCipher)."""
    conn = open_raw(source, key)
    try:
        c_cols, candidates = _select(conn, "candidate", "registration_no")
        w_cols, words = _select(conn, "candidate_name_word", "candidate_id")
        a_cols, audit = _select(conn, "audit_entry", "id")
        o_cols, outbox = _select(conn, "outbox_change", "seq")
    finally:
        conn.close()
    words_of: dict[object, list[tuple[object, ...]]] = {}
    for word in words:
        words_of.setdefault(word[w_cols.index("candidate_id")], []).append(word)

    def sql(table: str, columns: list[str]) -> str:
        return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"

    statements = [sql(t, c) for t, c in zip(TABLES, (c_cols, w_cols, a_cols, o_cols), strict=True)]
    conn = _connect(target, key)
    id_at = c_cols.index("id")
    start = time.perf_counter()
    with background_checkpoints(target, key=key):  # as the import does
        for first in range(0, len(candidates), BATCH_SIZE):
            batch = candidates[first : first + BATCH_SIZE]
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(statements[0], batch)
            conn.executemany(statements[1], sorted(w for c in batch for w in words_of.get(c[id_at], ())))
            conn.executemany(statements[2], audit[first : first + BATCH_SIZE])
            conn.executemany(statements[3], outbox[first : first + BATCH_SIZE])
            conn.execute("COMMIT")
    conn.close()  # the last checkpoint, as when the command exits
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--quick", "--short", action="store_true", help="10,000 rows")
    parser.add_argument("--keep", action="store_true", help="keep the working folder")
    args = parser.parse_args(argv)
    rows = 10_000 if args.quick else args.rows
    work = Path(tempfile.mkdtemp(prefix="loket-bench-import-"))
    try:
        csv_path = write_csv(work / "candidates.csv", rows, seed=1)
        template = migrated_store(work / "template")
        store, raw = work / "store", work / "raw"
        shutil.copytree(template, store)
        shutil.copytree(template, raw)

        first = run_import(store, csv_path)
        written = counts(store / "loket.db")
        again = run_import(store, csv_path)
        unchanged = counts(store / "loket.db") == written
        raw_seconds = raw_baseline(store / "loket.db", raw / "loket.db")
        if counts(raw / "loket.db") != written:
            raise SystemExit("baseline did not write the same rows")

        e2e_rate = rows / first.seconds
        raw_rate = rows / raw_seconds
        print(f"import of {rows:,} generated rows ({csv_path.stat().st_size / 1e6:.1f} MB CSV)")
        print(f"  rows written: {', '.join(f'{t} {n:,}' for t, n in written.items())}")
        print(f"  end to end (loket import candidates): {first.seconds:6.2f} s  {e2e_rate:9,.0f} rows/s")
        print(f"    output: {first.out}")
        print(
            f"    peak memory: {first.peak_mb:.0f} MB (command + helper together, sampled); "
            f"largest single process {first.maxrss_mb:.0f} MB"
        )
        print(f"  raw sqlite3 executemany, same rows:   {raw_seconds:6.2f} s  {raw_rate:9,.0f} rows/s")
        print(
            f"  ratio end to end / raw: {e2e_rate / raw_rate:.2f} (raw is {raw_rate / e2e_rate:.1f}x faster)"
        )
        print(f"  re-run: {again.seconds:.2f} s, {again.out}; store unchanged: {unchanged}")
        ok = e2e_rate >= TARGET_ROWS_PER_S and first.peak_mb < TARGET_PEAK_MB and unchanged
        print(
            f"  target >= {TARGET_ROWS_PER_S:,} rows/s and < {TARGET_PEAK_MB} MB:",
            "met" if ok else "NOT met",
        )
        return 0 if unchanged else 1
    finally:
        if args.keep:
            print(f"  working folder: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    sys.exit(main())
