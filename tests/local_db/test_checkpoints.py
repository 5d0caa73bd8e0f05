"""Background checkpoints copy committed WAL pages into the database file while the writer,
whose own automatic checkpoint is off here, keeps its connection open."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from local_db.database import background_checkpoints


def test_committed_pages_reach_the_database_file_without_the_writer_checkpointing(tmp_path: Path) -> None:
    path = tmp_path / "bulk.db"
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE t (x TEXT)")
    writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    empty = path.stat().st_size
    with background_checkpoints(path, every=0.01):
        writer.execute("BEGIN IMMEDIATE")
        writer.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 2_000)
        writer.execute("COMMIT")
        deadline = time.monotonic() + 10
        while path.stat().st_size <= empty and time.monotonic() < deadline:
            time.sleep(0.01)
    assert path.stat().st_size > empty + 500 * 2_000  # the rows are in the main file now
    assert writer.execute("SELECT count(*) FROM t").fetchone() == (2_000,)
    writer.close()
