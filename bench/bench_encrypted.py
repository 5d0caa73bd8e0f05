"""The encrypted store (SQLCipher under a raw data key) beside the plain one, in one run:
import, a durable save, search, and opening the store (start-up's share).

    python -m bench.bench_encrypted               # 50,000 rows
    python -m bench.bench_encrypted --rows 10000

Both stores are made the same way in the same process, alternately, `--runs` times: the import
(`CandidateImporter`, through the helper process as `loket import` does), 200 durable saves
(`store.candidates.create`), 300 searches (NIK prefix, name word; `store.search.search`, limit
50) and 5 openings of the filled store (`open_store`: engine, head check, settings). Medians.
No command passes a key yet (docs/encrypted-store.md); this measures the opening layer.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from argon2 import PasswordHasher

from bench.datagen import generate_rows, write_csv
from domain.actor import Actor
from domain.codes import Role
from local_db import cipher
from local_db.store import open_store
from local_db.tabular.candidate_import import CandidateImporter

ACTOR = Actor("bench", Role.OPERATOR)


def _one(
    folder: Path, source: Path, key: bytes | None, niks: list[str], names: list[str]
) -> dict[str, float]:
    folder.mkdir()
    hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    store = open_store(folder / "loket.db", folder / "backups", hasher=hasher, key=key)
    out: dict[str, float] = {}
    try:
        start = time.perf_counter()
        CandidateImporter(store.db, store.rules, store.settings).run(source, ACTOR)
        out["import_s"] = time.perf_counter() - start
        saves = []
        fresh = list(generate_rows(len(niks) + 200))[len(niks) :]  # same generator: new NIKs
        for row in fresh:
            start = time.perf_counter()
            store.candidates.create(row, ACTOR)
            saves.append(time.perf_counter() - start)
        out["save_ms"] = statistics.median(saves) * 1000
        rnd = random.Random(5)
        searches = []
        for text in [n[:8] for n in rnd.sample(niks, 150)] + [w[:4] for w in rnd.sample(names, 150)]:
            start = time.perf_counter()
            store.search.search(text, limit=50)
            searches.append(time.perf_counter() - start)
        out["search_ms"] = statistics.median(searches) * 1000
    finally:
        store.close()
    opens = []
    for _ in range(5):
        start = time.perf_counter()
        store = open_store(folder / "loket.db", folder / "backups", hasher=hasher, key=key)
        with store.db.read() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM staff_user").scalar()
        opens.append(time.perf_counter() - start)
        store.close()
    out["open_ms"] = statistics.median(opens) * 1000
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="loket-enc-"))
    try:
        source = write_csv(work / "in.csv", args.rows)
        rows = list(generate_rows(args.rows))
        niks, names = [r["nik"] for r in rows], [r["full_name"].split()[0] for r in rows]
        results: dict[str, list[dict[str, float]]] = {"plain": [], "encrypted": []}
        for run in range(args.runs):
            for name, key in (("plain", None), ("encrypted", cipher.new_data_key())):
                results[name].append(_one(work / f"{name}-{run}", source, key, niks, names))
                print(f"  run {run + 1} {name:>9}: {results[name][-1]}", flush=True)
        print(f"{args.rows:,} rows, median of {args.runs} runs each (alternating):")
        print(f"  {'':>9}  {'import':>9}  {'save':>9}  {'search':>9}  {'open':>9}")
        for name, runs in results.items():
            m = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
            print(
                f"  {name:>9}  {m['import_s']:7.2f} s  {m['save_ms']:6.2f} ms  "
                f"{m['search_ms']:6.2f} ms  {m['open_ms']:6.1f} ms"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
