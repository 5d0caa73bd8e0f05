"""Opening the store: engine, SQLite pragmas, owner-only files, read and write transactions.

Each connection runs in WAL mode with `foreign_keys=ON`, `synchronous=FULL` (a committed
registration survives a power cut) and a busy timeout, so the sync worker and the UI can
write at the same time without "database is locked" reaching a user. Write transactions
start with `BEGIN IMMEDIATE`: the write lock is taken up front, so two writers queue on the
busy timeout instead of failing half-way when a read lock cannot be upgraded.
"""

from __future__ import annotations

import logging
import operator
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15_000
CACHE_KIB = 32 * 1024  # per connection; large indexes stay in memory during bulk work
# Bulk import lets the WAL grow to ~64 MiB between checkpoints (default 1,000 pages = 4 MiB):
# a 5,000-row batch writes ~15 MiB, and checkpointing after every batch copied the same index
# pages again and again (a third of the raw insert time on a 100,000-row import).
BULK_WAL_AUTOCHECKPOINT = 16_384
DEFAULT_WAL_AUTOCHECKPOINT = 1_000
# How often `Database.checkpointing` copies committed WAL pages into the database file.
CHECKPOINT_EVERY_S = 0.2


class DatabaseError(Exception):
    """The database file cannot be used (damaged, not a database, unwritable)."""


def secure_file(path: Path) -> None:
    """Owner-only permissions on the database and its WAL/SHM companions."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists():
            candidate.chmod(0o600)


def _configure(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # We issue BEGIN ourselves (see `_begin`); pysqlite's implicit transactions are off.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cursor.close()


def _begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def _configure_encrypted(dbapi_conn: Any, record: Any) -> None:
    # The dialect has run `PRAGMA key` (nothing read yet); the cipher settings (SQLCipher's
    # stderr log off, ...) before the first read, then the same pragmas as a plain store.
    from local_db.cipher import settings_statements

    for statement in settings_statements():
        dbapi_conn.execute(statement)
    _configure(dbapi_conn, record)


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    """The store's engine; with `key`, through SQLCipher (local_db/cipher.py)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    old_umask = os.umask(0o077)
    try:
        # The most recently returned connection first: once the window's threads have opened a
        # few, handing them out in turn meant each one's page cache had been invalidated by
        # another's write since its last use, so every save and list refresh read its pages
        # again (and through SQLCipher decrypted them: 2-3x slower, docs/benchmarks.md).
        options: dict[str, Any] = {"connect_args": {"timeout": BUSY_TIMEOUT_MS / 1000}, "pool_use_lifo": True}
        if key is None:
            engine = create_engine(f"sqlite:///{path}", **options)
            event.listen(engine, "connect", _configure)
        else:
            from sqlalchemy.pool import QueuePool

            from local_db import cipher

            # The dialect's default pool is one connection per thread; the plain store's queue
            # pool is what the repositories and the sync worker are written for.
            engine = create_engine(cipher.engine_url(path, key), poolclass=QueuePool, **options)
            event.listen(engine, "connect", _configure_encrypted)
        event.listen(engine, "begin", _begin)
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    finally:
        os.umask(old_umask)
    secure_file(path)
    return engine


def open_raw(database: Path | str, key: bytes | None, **kwargs: Any) -> Any:
    """A DB-API connection outside the engine (checkpoints, backups): `sqlite3`, or through
    SQLCipher with `key`."""
    if key is None:
        return sqlite3.connect(database, **kwargs)
    from local_db import cipher

    return cipher.connect(database, key, **kwargs)


def driver_errors(key: bytes | None) -> tuple[type[Exception], ...]:
    """The exceptions `open_raw`'s connections raise."""
    if key is None:
        return (sqlite3.Error,)
    import sqlcipher3

    from local_db.cipher import WrongKey

    return (sqlite3.Error, sqlcipher3.Error, WrongKey)


def can_read_without_writing(path: Path) -> bool:
    """True when every committed change is in the main file (no WAL, or an empty one), so the
    file can be read as immutable: no lock, no WAL index, nothing written. A full disk leaves
    SQLite unable to create the WAL index that a normal read needs."""
    wal = Path(f"{path}-wal")
    return path.is_file() and (not wal.exists() or wal.stat().st_size == 0)


def make_read_only_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine that only reads `path` as an immutable file (see `can_read_without_writing`)."""
    if key is None:
        engine = create_engine(f"sqlite:///file:{path}?mode=ro&immutable=1&uri=true")
    else:
        from local_db import cipher

        url = cipher.engine_url(f"file:{path}?mode=ro&immutable=1", key).update_query_dict({"uri": "true"})
        engine = create_engine(url)
        event.listen(engine, "connect", lambda c, _r: [c.execute(s) for s in cipher.settings_statements()])
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    return engine


class Database:
    """The store's engine plus the two kinds of transaction repositories use.

    `read_only=True` opens the file as immutable (`make_read_only_engine`): for the commands
    that only read (`status`, `check`) when the disk is too full for a normal open."""

    def __init__(self, path: Path, *, read_only: bool = False, key: bytes | None = None) -> None:
        self.path = path
        self.read_only = read_only
        self.key = key  # the SQLCipher data key; None for a plain store
        self.engine = make_read_only_engine(path, key) if read_only else make_engine(path, key)

    @contextmanager
    def write(self, *, durable: bool = True) -> Iterator[Connection]:
        """One IMMEDIATE transaction: committed when the block ends, rolled back on an exception.

        `durable=False` (bulk import only) commits without waiting for the disk: in WAL mode a
        crash still leaves whole transactions, but a power cut may lose the last few, which a
        re-run of the import restores. A clerk's save is always durable.
        """
        with self.engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            if not durable:
                raw.execute("PRAGMA synchronous=NORMAL")
                raw.execute(f"PRAGMA wal_autocheckpoint={BULK_WAL_AUTOCHECKPOINT}")
            try:
                with conn.begin():
                    yield conn
            finally:
                if not durable:
                    raw.execute("PRAGMA synchronous=FULL")
                    raw.execute(f"PRAGMA wal_autocheckpoint={DEFAULT_WAL_AUTOCHECKPOINT}")

    def checkpointing(self) -> AbstractContextManager[None]:
        """`background_checkpoints` for this store, around a bulk write."""
        return background_checkpoints(self.path, key=self.key)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A consistent snapshot for several reads."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def background_checkpoints(
    path: Path, every: float = CHECKPOINT_EVERY_S, key: bytes | None = None
) -> Iterator[None]:
    """While a bulk write runs, copy committed WAL pages into the database file from another
    thread, so the writer's commits do not stop to do it (a third of their time).

    The thread has its own connection and asks for PASSIVE checkpoints, which never block a
    writer or a reader; SQLite releases the GIL while it copies. The writer's own automatic
    checkpoint stays as the backstop if this thread cannot keep up."""
    stop = threading.Event()

    def run() -> None:
        errors = driver_errors(key)
        try:
            conn = open_raw(path, key, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except errors:
            log.warning("background checkpoints not started", exc_info=True)
            return
        try:
            while not stop.wait(every):
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except errors:  # e.g. a busy database: the writer's autocheckpoint remains
            log.warning("background checkpoints stopped", exc_info=True)
        finally:
            conn.close()

    thread = threading.Thread(target=run, name="checkpoints", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def insert_tuples(
    conn: Connection, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """`insert_rows` for values already in `columns` order (bulk import builds tuples directly)."""
    if rows:
        sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        conn.exec_driver_sql(sql, rows)


def insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """executemany straight to the driver: SQLAlchemy's per-row parameter processing costs
    about 40 µs a row, which is most of a bulk import's budget. Values must already be plain
    str/int/None (our repositories encode JSON themselves)."""
    if not rows:
        return
    columns = list(rows[0])
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    values = operator.itemgetter(*columns) if len(columns) > 1 else lambda row: (row[columns[0]],)
    conn.exec_driver_sql(sql, list(map(values, rows)))
