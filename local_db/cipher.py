"""SQLCipher: the store's file, its WAL and its backups encrypted under a random 32-byte data key.

Given the data key, `Database`, the background checkpointer, backups and the full-disk reader
all open the file through SQLCipher (`sqlcipher3`, a wheel with its own SQLite 3.53 and FTS5).
Where the key comes from (key slots per staff account, a machine slot, a recovery key):
local_db/key_slots.py and local_db/vault.py; opening, creating and converting:
local_db/unlocking.py; the design: docs/encrypted-store.md.

The key is given raw (`x'<64 hex>'`), so SQLCipher runs no PBKDF2 of its own at each connection
(0.2 ms instead of ~0.5 s): the slow, salted derivation belongs to the key slots. SQLCipher's
own error log (it prints "hmac check failed" on stderr for a wrong key) is switched off: a
wrong key is `WrongKey`, and the caller says so in one sentence.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from sqlalchemy import URL

KEY_BYTES = 32
PLAIN_HEADER = b"SQLite format 3\x00"
# SQLCipher's page size: fixed when the file is made, so every connection, backup and export
# of the store must say the same (a different value reads as a wrong key).
PAGE_SIZE = 4096


class WrongKey(Exception):
    """The file is not a database under this key (a wrong key, or a damaged file)."""


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def raw_key(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError(f"a data key has {KEY_BYTES} bytes")
    return f"x'{key.hex()}'"


def settings_statements() -> tuple[str, ...]:
    """The cipher settings every connection runs after its key, before reading the file.
    `cipher_memory_security` (wiping every buffer SQLite frees) is SQLCipher 4's default off;
    said here so that a build that turns it on does not slow every query down."""
    return (
        "PRAGMA cipher_log_level = NONE",
        f"PRAGMA cipher_page_size = {PAGE_SIZE}",
        "PRAGMA cipher_memory_security = OFF",
    )


def key_statements(key: bytes) -> tuple[str, ...]:
    """What every connection runs first (before any other statement touches the file)."""
    return (f'PRAGMA key = "{raw_key(key)}"', *settings_statements())


def engine_url(path: Path | str, key: bytes) -> URL:
    """SQLAlchemy's `sqlite+pysqlcipher` dialect runs `PRAGMA key` with the URL's password;
    the engine's connect event then runs `settings_statements` before the first read."""
    return URL.create("sqlite+pysqlcipher", password=raw_key(key), database=str(path))


def connect(database: Path | str, key: bytes, **kwargs: Any) -> Any:
    """A `sqlcipher3` connection (the `sqlite3` API) opened and checked with `key`."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(database), **kwargs)
    try:
        for statement in key_statements(key):
            conn.execute(statement)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise WrongKey(str(database)) from exc
    return conn


def is_plain(path: Path) -> bool:
    """True for a plain SQLite file (and for an empty or missing one, which holds nothing)."""
    try:
        with path.open("rb") as f:
            head = f.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        return True
    return head in (b"", PLAIN_HEADER)
