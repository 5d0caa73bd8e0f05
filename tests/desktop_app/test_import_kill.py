"""SIGKILL in the middle of `loket import candidates`, ten times: at random moments, and after an
observed state (rows committed), so some kills land mid-import however busy the machine is.

Each time the real command (and its helper process: the whole process group) is killed on a
fresh copy of a migrated store; afterwards `loket check` passes, every saved candidate has its
audit entry and its outbox row, and nothing points at a record that is not there. A final
re-run completes the import with exactly one record per NIK.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.datagen import write_csv
from tests.desktop_app.cli_helpers import loket

ROWS = 24_000  # ~4.6 MB: large enough for the helper process and a few seconds of writing
KILLS = 10
SEED = int(os.environ.get("LOKET_KILL_SEED", "20261127"))


def start_import(data_dir: Path, csv_path: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "--data-dir",
            str(data_dir),
            "import",
            "candidates",
            str(csv_path),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        start_new_session=True,  # its own process group, so the helper process is killed too
    )


def wait_for_rows(db: Path, process: subprocess.Popen[bytes]) -> None:
    """Return once the import has committed some candidates (or has ended), polling read-only."""
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        with (
            contextlib.suppress(sqlite3.Error),
            contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn,
        ):
            if conn.execute("SELECT count(*) FROM candidate").fetchone()[0] > 0:
                return
        time.sleep(0.01)


def kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):  # finished before the moment came
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    deadline = time.monotonic() + 5
    while _group_alive(process.pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not _group_alive(process.pid), "the helper process outlived the kill"


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def assert_whole(db: Path) -> int:
    """Every candidate has its audit entry and outbox row, nothing is orphaned; returns the count."""
    with sqlite3.connect(db) as conn:
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        candidates = one("SELECT count(*) FROM candidate")
        assert one("SELECT count(*) FROM outbox_change") == candidates
        assert one("SELECT count(*) FROM audit_entry") == candidates
        assert one("SELECT count(DISTINCT nik) FROM candidate") == candidates
        missing_audit = """SELECT count(*) FROM candidate c WHERE NOT EXISTS
            (SELECT 1 FROM audit_entry a WHERE a.entity = 'candidate' AND a.entity_id = c.id)"""
        missing_outbox = """SELECT count(*) FROM candidate c WHERE NOT EXISTS
            (SELECT 1 FROM outbox_change o WHERE o.entity_id = c.id AND +o.state = 'pending')"""
        missing_words = """SELECT count(*) FROM candidate c WHERE NOT EXISTS
            (SELECT 1 FROM candidate_name_word w WHERE w.candidate_id = c.id)"""
        orphan_audit = """SELECT count(*) FROM audit_entry a WHERE NOT EXISTS
            (SELECT 1 FROM candidate c WHERE c.id = a.entity_id)"""
        orphan_outbox = """SELECT count(*) FROM outbox_change o WHERE NOT EXISTS
            (SELECT 1 FROM candidate c WHERE c.id = o.entity_id)"""
        orphan_words = """SELECT count(*) FROM candidate_name_word w WHERE NOT EXISTS
            (SELECT 1 FROM candidate c WHERE c.id = w.candidate_id)"""
        for sql in (missing_audit, missing_outbox, missing_words, orphan_audit, orphan_outbox, orphan_words):
            assert one(sql) == 0, sql
        return int(candidates)


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_csv(tmp_path_factory.mktemp("kill") / "candidates.csv", ROWS, seed=11)


@pytest.mark.slow
def test_sigkill_at_random_moments_leaves_whole_records_and_a_rerun_completes(
    data_dir: Path, tmp_path: Path, big_csv: Path
) -> None:
    rnd = random.Random(SEED)
    pristine = tmp_path / "pristine"
    shutil.copytree(data_dir, pristine)
    saved_counts = []
    for attempt in range(KILLS):
        store = tmp_path / f"store{attempt}"
        shutil.copytree(pristine, store)
        process = start_import(store, big_csv)
        if attempt % 2:  # after an observed state: some rows written, so this kill lands mid-import
            wait_for_rows(store / "loket.db", process)
            moment = rnd.uniform(0.0, 0.3)
        else:  # any moment, start-up included (it takes ~0.6 s on a quiet machine)
            moment = rnd.uniform(0.4, 2.4)
        time.sleep(moment)
        kill_group(process)

        check = loket(store, "check")
        assert check.code == 0, f"attempt {attempt} (seed {SEED}, {moment:.2f} s): {check.out} {check.err}"
        saved_counts.append(assert_whole(store / "loket.db"))
        if attempt < KILLS - 1:
            shutil.rmtree(store)

    assert any(0 < n < ROWS for n in saved_counts), f"no kill landed mid-import: {saved_counts}"
    rerun = loket(store, "import", "candidates", str(big_csv))
    assert rerun.code == 0, rerun.err
    assert (
        f"Imported {ROWS - saved_counts[-1]}, already registered {saved_counts[-1]}, rejected 0" in rerun.out
    )
    assert assert_whole(store / "loket.db") == ROWS
    assert loket(store, "check").code == 0
