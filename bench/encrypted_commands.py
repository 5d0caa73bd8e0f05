"""The parts of `bench.bench_encrypted` that start processes: the store opened in a new Python
process, and the `loket` commands themselves on a plain and an encrypted store."""

from __future__ import annotations

import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench.bench_import import _env, loket, migrated_store

ROOT = Path(__file__).resolve().parents[1]
OPENS = 5
PASSWORD = "Bench-Kuat-Sekali-42"


# A new process as a command starts: interpreter, imports (`sqlcipher3` for the encrypted
# store), the store opened and the window's first queries. The key comes on stdin, not argv.
STORE_PROCESS = """
import sys
from pathlib import Path
from local_db.store import open_store
key = sys.stdin.buffer.read() or None
db = Path(sys.argv[1])
store = open_store(db, db.parent / "backups", key=key)
store.search.summaries(store.search.first_page().ids[:60])
store.sync_counts()
store.close()
"""
RAW_PROCESS = """
import sys
key = sys.stdin.buffer.read()
if key:
    import sqlcipher3
    conn = sqlcipher3.connect(sys.argv[1])
    conn.execute(f"PRAGMA key = \\"x'{key.hex()}'\\"")
else:
    import sqlite3
    conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT * FROM candidate LIMIT 1").fetchone()
"""


def in_new_process(db: Path, key: bytes | None, script: str) -> None:
    command = [sys.executable, "-c", script, str(db)]
    subprocess.run(command, input=key or b"", cwd=ROOT, check=True, capture_output=True)


def timed_ms(times: int, run: Callable[[], object]) -> float:
    """Median milliseconds of `times` calls of `run`."""
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def process_figures(db: Path, key: bytes | None) -> dict[str, float]:
    return {
        "process": timed_ms(OPENS, lambda: in_new_process(db, key, STORE_PROCESS)),
        "process raw": timed_ms(OPENS, lambda: in_new_process(db, key, RAW_PROCESS)),
    }


def cli_templates(work: Path) -> dict[str, Path]:
    """A plain store as `loket status` makes one on an empty folder, and an encrypted one as
    `loket users add` makes it (no machine key: the keyring backend is the null one, as on a
    field laptop without it), both migrated (not timed)."""
    plain, encrypted = migrated_store(work / "cli-plain"), work / "cli-encrypted"
    add = loket(encrypted, "users", "add", "bench", "--role", "admin", "--password-stdin")
    subprocess.run(add, input=f"{PASSWORD}\n", text=True, check=True, capture_output=True, env=cli_env(True))
    return {"plain": plain, "encrypted": encrypted}


def cli_env(encrypted: bool) -> dict[str, str]:
    env = {**_env(), "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    return {**env, "LOKET_PASSWORD": PASSWORD} if encrypted else env


def cli_run(folder: Path, encrypted: bool, *args: str) -> tuple[float, float]:
    """Wall and CPU seconds (the command and its children) of one `loket` command."""
    user = ("--user", "bench") if encrypted else ()
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run(loket(folder, *user, *args), check=True, capture_output=True, env=cli_env(encrypted))
    wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def cli_figures(work: Path, templates: dict[str, Path], mode: str, source: Path) -> dict[str, float]:
    """`loket import candidates` on a copy of the template, then `loket status` on the result
    (a command's whole start-up: for the encrypted store the password unlocks its key slot)."""
    folder = work / f"cli-{mode}-run"
    shutil.copytree(templates[mode], folder)
    try:
        encrypted = mode == "encrypted"
        wall, cpu = cli_run(folder, encrypted, "import", "candidates", str(source))
        status = [cli_run(folder, encrypted, "status")[0] for _ in range(OPENS)]
        return {"cli import": wall, "cli import cpu": cpu, "cli status": statistics.median(status) * 1000}
    finally:
        shutil.rmtree(folder, ignore_errors=True)
