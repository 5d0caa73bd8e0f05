"""The encrypted store (SQLCipher under a raw data key) beside the plain one, in one run:
import, a durable save, search, start-up; and the password derivation that unlocks it.

    python -m bench.bench_encrypted               # 100,000 rows, 3 alternating runs
    python -m bench.bench_encrypted --quick       # 20,000 rows, 2 runs (make bench)
    python -m bench.bench_encrypted --rows 50000 --runs 5

Each run makes a plain and an encrypted store the same way in this process, alternately
(plain first in odd runs, encrypted first in even ones), from the same migrated templates:

- import: `CandidateImporter.run` (what `loket import candidates` runs after start-up: the
  helper process validates, this process writes with background checkpoints); baseline: raw
  `executemany` of exactly the rows the import wrote into a fresh store with the same pragmas
  and batches (`bench_import.raw_baseline`), `sqlite3` for the plain store and `sqlcipher3`
  under the key for the encrypted one;
- durable save: `store.candidates.create` (row, name words, audit entry, outbox row, one
  `synchronous=FULL` transaction); baseline: a raw insert + commit of one candidate row;
- the window's rhythm: a save, then the list's first page with its rows and the status bar's
  counts, with three idle connections in the pool as the window's threads leave them;
- search: the candidate list's query (`search.first_page`: count + first page of ids) and the
  counter's quick search (`search.search`, limit 50) over NIK, registration number and
  name-word prefixes; baseline: a raw fetch of one candidate row by id;
- start-up: `open_store` of the filled store, then what the window asks first (the list's
  `first_page()` and its rows, `sync_counts()`); every opening starts with an empty page cache,
  so each page read is decrypted again; baseline: a raw connection and one row by id. The same
  again in a new Python process (interpreter, imports, `sqlcipher3` included), as a command
  starts; baseline: a new process that imports the driver, opens the file, reads one row.

Then the commands themselves, on stores the commands made: `loket import candidates` of the
same file and `loket status` (5 times) on a plain store (made by `loket status`) and an
encrypted one (made by `loket users add`, no machine key, unlocked with `--user` and
`LOKET_PASSWORD`: its status and import include the argon2id unlock of the key slot).

Medians of the runs' medians. The password derivation that unlocks a key slot is measured
apart with the production parameters (argon2id t=3, m=64 MiB, p=1, 64 bytes), beside today's
sign-in password check (`PasswordHasher().verify`, argon2-cffi's defaults): a person waits
for it once when signing in, not at each query.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.low_level import Type, hash_secret_raw

from bench.bench_import import counts, raw_baseline
from bench.datagen import generate_rows, write_csv
from bench.encrypted_commands import OPENS, cli_figures, cli_templates, process_figures
from domain.actor import Actor
from domain.codes import Role
from local_db import cipher
from local_db.database import open_raw
from local_db.store import Store, open_store
from local_db.tabular.candidate_import import CandidateImporter

ACTOR = Actor("bench", Role.OPERATOR)
CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)  # accounts are not measured here
MODES = ("plain", "encrypted")
UNLOCK = {"time_cost": 3, "memory_cost": 65_536, "parallelism": 1, "hash_len": 64, "type": Type.ID}


def median_ms(samples: Iterable[float]) -> float:
    return statistics.median(samples) * 1000


def timed(items: Iterable[Any], run: Callable[[Any], object]) -> list[float]:
    samples = []
    for item in items:
        start = time.perf_counter()
        run(item)
        samples.append(time.perf_counter() - start)
    return samples


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the import's helper): it swings
    far less than wall time on a machine others are using."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def template(folder: Path, key: bytes | None) -> Path:
    """A freshly migrated store holding the reference data (not timed)."""
    open_store(folder / "loket.db", folder / "backups", hasher=CHEAP, key=key).close()
    return folder


def assert_no_memory_security(store: Store) -> None:
    """SQLCipher 4's `cipher_memory_security` wipes every freed buffer; it must stay off."""
    with store.db.read() as conn:
        assert str(conn.exec_driver_sql("PRAGMA cipher_memory_security").scalar()) == "0"


def save_figures(store: Store, db: Path, key: bytes | None, fresh: list[dict[str, str]]) -> dict[str, float]:
    out = {"save": median_ms(timed(fresh, lambda row: store.candidates.create(row, ACTOR)))}
    raw = open_raw(db, key, isolation_level=None)
    try:
        raw.execute("PRAGMA synchronous=FULL")
        columns = [d[0] for d in raw.execute("SELECT * FROM candidate LIMIT 0").description]
        values = list(raw.execute("SELECT * FROM candidate LIMIT 1").fetchone())
        sql = f"INSERT INTO candidate ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        at_id, at_no = columns.index("id"), columns.index("registration_no")

        def insert(i: int) -> None:
            values[at_id], values[at_no] = f"bench-{i:08d}", f"BENCH-{i:08d}"
            raw.execute("BEGIN IMMEDIATE")
            raw.execute(sql, values)
            raw.execute("COMMIT")

        out["save raw"] = median_ms(timed(range(len(fresh)), insert))
    finally:
        raw.close()
    return out


def window_figures(store: Store, fresh: list[dict[str, str]]) -> dict[str, float]:
    """A save, then the list and the status bar refreshed, as the window does, with three idle
    connections in the pool (the window's threads each open one)."""
    held = [store.db.engine.connect() for _ in range(3)]
    for conn in held:
        conn.close()
    saves, refreshes = [], []
    for row in fresh:
        start = time.perf_counter()
        store.candidates.create(row, ACTOR)
        saved = time.perf_counter()
        store.search.summaries(store.search.first_page().ids[:60])
        store.sync_counts()
        refreshes.append(time.perf_counter() - saved)
        saves.append(saved - start)
    return {"window save": median_ms(saves), "window refresh": median_ms(refreshes)}


def search_figures(
    store: Store, db: Path, key: bytes | None, kinds: dict[str, list[str]]
) -> dict[str, float]:
    out: dict[str, float] = {}
    every = [text for texts in kinds.values() for text in texts]
    store.search.first_page(every[0])  # statements prepared, first pages read
    out["list"] = median_ms(timed(every, store.search.first_page))
    for kind, texts in kinds.items():
        out[f"search {kind}"] = median_ms(timed(texts, lambda t: store.search.search(t, limit=50)))
    raw = open_raw(db, key)
    try:
        ids = [r[0] for r in raw.execute("SELECT id FROM candidate ORDER BY random() LIMIT 200")]
        by_id = "SELECT * FROM candidate WHERE id = ?"
        out["search raw"] = median_ms(timed(ids, lambda i: raw.execute(by_id, (i,)).fetchone()))
    finally:
        raw.close()
    return out


def start_up(db: Path, key: bytes | None) -> None:
    store = open_store(db, db.parent / "backups", hasher=CHEAP, key=key)
    try:
        page = store.search.first_page()
        store.search.summaries(page.ids[:60])
        store.sync_counts()
    finally:
        store.close()


def start_up_figures(db: Path, key: bytes | None) -> dict[str, float]:
    out = {"start-up": median_ms(timed(range(OPENS), lambda _: start_up(db, key)))}
    out |= process_figures(db, key)
    raw = open_raw(db, key)
    some = raw.execute("SELECT id FROM candidate LIMIT 1").fetchone()[0]
    raw.close()

    def raw_open(_: int) -> None:
        conn = open_raw(db, key)
        conn.execute("SELECT * FROM candidate WHERE id = ?", (some,)).fetchone()
        conn.close()

    out["start-up raw"] = median_ms(timed(range(OPENS), raw_open))
    return out


def one_run(
    work: Path, templates: dict[str, Path], mode: str, key: bytes | None, inputs: dict[str, Any]
) -> dict[str, float]:
    folder, raw_folder = work / mode, work / f"{mode}-raw"
    shutil.copytree(templates[mode], folder)
    shutil.copytree(templates[mode], raw_folder)
    db = folder / "loket.db"
    out: dict[str, float] = {}
    try:
        store = open_store(db, folder / "backups", hasher=CHEAP, key=key)
        try:
            if key is not None:
                assert_no_memory_security(store)
            start, cpu = time.perf_counter(), cpu_seconds()
            CandidateImporter(store.db, store.rules, store.settings).run(inputs["source"], ACTOR)
            out["import"] = time.perf_counter() - start
            out["import cpu"] = cpu_seconds() - cpu
            out |= search_figures(store, db, key, inputs["kinds"])
            out |= save_figures(store, db, key, inputs["fresh"])
            out |= window_figures(store, inputs["window"])
        finally:
            store.close()
        out |= start_up_figures(db, key)
        written = counts(db, key)
        out["import raw"] = raw_baseline(db, raw_folder / "loket.db", key)
        assert counts(raw_folder / "loket.db", key) == written, "baseline did not write the same rows"
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(raw_folder, ignore_errors=True)
    return out


def search_texts(rows: list[dict[str, str]], queries: int) -> dict[str, list[str]]:
    rnd = random.Random(5)
    sample = rnd.sample(rows, queries)
    return {
        "NIK prefix": [r["nik"][:8] for r in sample],
        "name word prefix": [
            rnd.choice(r["full_name"].lower().split())[: rnd.choice((3, 4))] for r in sample
        ],
        "two name words": [" ".join(w[:3] for w in r["full_name"].lower().split()[:2]) for r in sample],
    }


def unlock_figures(times: int) -> dict[str, float]:
    salt = os.urandom(16)
    derive = timed(range(times), lambda _: hash_secret_raw(b"kata-sandi-panjang", salt, **UNLOCK))
    hasher = PasswordHasher()
    stored = hasher.hash("kata-sandi-panjang")
    verify = timed(range(times), lambda _: hasher.verify(stored, "kata-sandi-panjang"))
    return {"unlock": median_ms(derive), "sign-in today": median_ms(verify)}


ROWS = (
    ("import", "import", "import raw", "s", "raw executemany, same rows"),
    ("import: CPU of both processes", "import cpu", "import raw", "s", "raw executemany (wall)"),
    ("loket import candidates", "cli import", "import raw", "s", "raw executemany"),
    ("loket import candidates: CPU", "cli import cpu", "import raw", "s", "raw executemany (wall)"),
    ("durable save (median)", "save", "save raw", "ms", "raw insert + commit, FULL"),
    ("window: save, 3 connections", "window save", "save raw", "ms", "raw insert + commit, FULL"),
    ("window: list + status refresh", "window refresh", "search raw", "ms", "raw row by id"),
    ("list: count + first page", "list", "search raw", "ms", "raw row by id"),
    ("search: NIK prefix", "search NIK prefix", "search raw", "ms", "raw row by id"),
    ("search: name word prefix", "search name word prefix", "search raw", "ms", "raw row by id"),
    ("search: two name words", "search two name words", "search raw", "ms", "raw row by id"),
    ("start-up: open + first queries", "start-up", "start-up raw", "ms", "raw open + row by id"),
    ("start-up in a new process", "process", "process raw", "ms", "new process: driver, 1 row"),
    ("loket status (with unlock)", "cli status", "process raw", "ms", "new process: driver, 1 row"),
)


def report(
    rows: int, runs: int, results: dict[str, list[dict[str, float]]], unlock: dict[str, float]
) -> None:
    med = {m: {k: statistics.median(r[k] for r in results[m]) for k in results[m][0]} for m in MODES}
    print(f"encrypted against plain, {rows:,} candidates, median of {runs} alternating runs")
    print(f"  {'':32} {'plain':>9} {'encrypted':>10} {'change':>8}   baseline plain / encrypted")
    for label, key, base, unit, base_label in ROWS:
        p, e = med["plain"][key], med["encrypted"][key]
        bp, be = med["plain"][base], med["encrypted"][base]
        name = f"{label} {rows:,}" if key == "import" else label
        digits = 2 if unit == "s" or p >= 1 else 3
        print(
            f"  {name:32} {p:6.{digits}f} {unit:<2} {e:7.{digits}f} {unit:<2} {100 * (e - p) / p:+7.1f} %"
            f"   {base_label}: {bp:.3f} / {be:.3f} {unit} ({100 * (be - bp) / bp:+.0f} %)"
        )
    print(
        f"  unlock: argon2id t=3 m=64 MiB p=1: {unlock['unlock']:.0f} ms once per sign-in "
        f"(today's sign-in password check, argon2-cffi defaults: {unlock['sign-in today']:.0f} ms)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--saves", type=int, default=100)
    parser.add_argument("--queries", type=int, default=100, help="texts per kind of search")
    parser.add_argument("--quick", action="store_true", help="20,000 rows, 2 runs")
    args = parser.parse_args(argv)
    rows, runs = (20_000, 2) if args.quick else (args.rows, args.runs)
    keys = {"plain": None, "encrypted": cipher.new_data_key()}
    work = Path(tempfile.mkdtemp(prefix="loket-enc-"))
    try:
        print(f"load average at start: {' '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
        generated = list(generate_rows(rows + 2 * args.saves))
        inputs = {
            "source": write_csv(work / "in.csv", rows),
            # same generator: NIKs the import did not write
            "fresh": generated[rows : rows + args.saves],
            "window": generated[rows + args.saves :],
            "kinds": search_texts(generated[:rows], args.queries),
        }
        templates = {m: template(work / f"template-{m}", k) for m, k in keys.items()}
        commands = cli_templates(work)
        results: dict[str, list[dict[str, float]]] = {m: [] for m in MODES}
        for run in range(runs):
            for mode in MODES if run % 2 == 0 else MODES[::-1]:
                results[mode].append(one_run(work, templates, mode, keys[mode], inputs))
                results[mode][-1] |= cli_figures(work, commands, mode, inputs["source"])
                figures = results[mode][-1]
                print(
                    f"  run {run + 1} {mode:>9}: import {figures['import']:.2f} s"
                    f" (raw {figures['import raw']:.2f}),"
                    f" save {figures['save']:.2f} ms, list {figures['list']:.2f} ms,"
                    f" start-up {figures['start-up']:.1f} ms",
                    flush=True,
                )
        unlock = unlock_figures(5)
        report(rows, runs, results, unlock)
        print(f"load average at end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
