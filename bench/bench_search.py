"""Search latency over 100,000 candidates: NIK prefix, registration-number prefix, name-word prefix.

    python -m bench.bench_search             # 100,000 candidates (imported once with `loket`)
    python -m bench.bench_search --quick     # 10,000 candidates

Each kind of query is `store.search.search(text, limit=50)` (the counter's quick search: ids in
display order, then the rows), timed over many different texts; median and 95th percentile.
The baseline, in the same run, is a raw `sqlite3` primary-key look-up of one candidate row.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.bench_import import _env, loket, migrated_store
from bench.datagen import write_csv
from local_db.store import open_store

TARGET_MS = 20.0


def timed(texts: list[str], run: Callable[[str], object]) -> tuple[float, float]:
    """(median, p95) in milliseconds."""
    run(texts[0])  # warm the statement cache
    samples = []
    for text in texts:
        start = time.perf_counter()
        run(text)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--quick", "--short", action="store_true", help="10,000 candidates")
    parser.add_argument("--queries", type=int, default=200, help="texts per kind of query")
    args = parser.parse_args(argv)
    rows = 10_000 if args.quick else args.rows
    work = Path(tempfile.mkdtemp(prefix="loket-bench-search-"))
    try:
        csv_path = write_csv(work / "candidates.csv", rows, seed=3)
        data_dir = migrated_store(work / "store")
        subprocess.run(
            loket(data_dir, "import", "candidates", str(csv_path)),
            check=True,
            capture_output=True,
            env=_env(),
        )
        db = data_dir / "loket.db"
        raw = sqlite3.connect(db)
        sample = raw.execute(
            "SELECT id, nik, registration_no, name_norm FROM candidate ORDER BY random() LIMIT ?",
            (args.queries,),
        ).fetchall()
        rnd = random.Random(5)
        kinds = {
            "NIK prefix (8 digits)": [nik[:8] for _, nik, _, _ in sample],
            "registration number prefix": [no[:-1] for _, _, no, _ in sample],
            "name word prefix (3-4 letters, many hits)": [
                rnd.choice(n.split())[: rnd.choice((3, 4))] for *_, n in sample
            ],
            "two name-word prefixes": [" ".join(w[:3] for w in n.split()[:2]) for *_, n in sample],
        }
        store = open_store(db, data_dir / "backups")
        found = {kind: len(store.search.search(texts[0], limit=50)) for kind, texts in kinds.items()}
        results = {
            kind: timed(texts, lambda t: store.search.search(t, limit=50)) for kind, texts in kinds.items()
        }
        ids = [i for i, *_ in sample]
        it = iter(ids * 2)
        baseline = timed(
            ids, lambda _t: raw.execute("SELECT * FROM candidate WHERE id = ?", (next(it),)).fetchone()
        )
        store.close()
        raw.close()

        print(f"search over {rows:,} candidates, {len(ids)} different texts per kind, limit 50")
        print(f"  {'query':42} {'median ms':>9} {'p95 ms':>8}  first text's matches")
        for kind, (median, p95) in results.items():
            print(f"  {kind:42} {median:9.2f} {p95:8.2f}  {found[kind]}")
        print(f"  {'baseline: raw sqlite3 row by id':42} {baseline[0]:9.3f} {baseline[1]:8.3f}")
        ok = all(median < TARGET_MS for median, _ in results.values())
        print(f"  target median < {TARGET_MS:.0f} ms for each kind:", "met" if ok else "NOT met")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
