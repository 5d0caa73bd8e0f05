"""Reading a test data folder's database file directly (to tamper with it, or to look), plain
or encrypted: an encrypted one is opened with the data key from the pretend PC's key store
(tests/support/file_keyring.py), as the machine slot would."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from local_db import cipher, key_slots
from local_db.machine_key import SERVICE
from local_db.vault import keys_path


def data_key(data_dir: Path, keyring_file: Path | None = None) -> bytes:
    """The data key through the machine slot (`keyring_file`: beside the data folder by default)."""
    keys = key_slots.load(keys_path(data_dir / "loket.db"))
    slot = keys.of_kind(key_slots.MACHINE) if keys else None
    assert keys is not None and slot is not None, "an encrypted store with a machine slot"
    stored = json.loads((keyring_file or data_dir.parent / "os-keyring.json").read_text())
    secret = bytes.fromhex(stored[f"{SERVICE}/{key_slots.machine_account(data_dir)}"])
    key = key_slots.unwrap(slot, secret)
    assert key is not None
    return key


def connect(data_dir: Path) -> Any:
    """A DB-API connection to `data_dir/loket.db` (autocommit off, as `sqlite3.connect`)."""
    database = data_dir / "loket.db"
    if cipher.is_plain(database):
        return sqlite3.connect(database)
    return cipher.connect(database, data_key(data_dir))
