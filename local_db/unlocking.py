"""Opening the store with the key it needs, creating an encrypted store, converting a plain one.

A data folder is in one of three states (`store_state`): no store yet, a plain store (made by an
older version, or by a command run before any staff account existed), or an encrypted store
with its key file (docs/encrypted-store.md). `open_unlocked` opens a plain store as it is and an
encrypted one with, in order, the machine key (where the OS key store answers) or the named
account's password; without either it raises `StoreLocked` and never falls back to anything.

`create_encrypted` makes a new store whose first key holder is its first account, and
`encrypt_plain` converts a plain store once, verified table by table before the encrypted copy
replaces it; plain backups are converted and the plain files overwritten and removed.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from domain.codes import Role
from domain.dates import format_utc
from local_db import cipher, journal
from local_db.backup import list_backups
from local_db.canonical_json import to_json
from local_db.key_slots import KeyFileDamaged
from local_db.repositories.users import UserError, account_problem
from local_db.store import Store, open_store
from local_db.throttle import Verdict
from local_db.vault import KeyHolders, NewKeys, Vault

log = logging.getLogger(__name__)
_COMPANIONS = ("-wal", "-shm")


class StoreState(StrEnum):
    NONE = "none"
    PLAIN = "plain"
    ENCRYPTED = "encrypted"


class Why(StrEnum):
    NEEDS_PASSWORD = "needs_password"  # noqa: S105 - encrypted, no machine key, no --user/password given
    WRONG_PASSWORD = "wrong_password"  # noqa: S105 - a reason, not a password
    WAIT = "wait"  # too soon after a wrong password (the window; the CLI waits)
    LOCKED_OUT = "locked_out"
    KEYS_MISSING = "keys_missing"  # an encrypted database without its key file
    KEYS_DAMAGED = "keys_damaged"


class StoreLocked(Exception):
    def __init__(self, why: Why, username: str = "", wait_seconds: float = 0.0) -> None:
        super().__init__(why.value)
        self.why = why
        self.username = username
        self.wait_seconds = wait_seconds


@dataclass(frozen=True, slots=True)
class Opened:
    store: Store
    unlocked_as: str | None = None  # an active, unlocked account whose password opened it


def _sibling(database: Path, suffix: str) -> Path:
    return database.with_name(database.name + suffix)


def store_state(database: Path) -> StoreState:
    if not database.exists() or database.stat().st_size == 0:
        return StoreState.NONE
    return StoreState.PLAIN if cipher.is_plain(database) else StoreState.ENCRYPTED


def _move_with_companions(source: Path, target: Path) -> None:
    for suffix in _COMPANIONS:
        if Path(f"{source}{suffix}").exists():
            os.replace(f"{source}{suffix}", f"{target}{suffix}")
    os.replace(source, target)


def finish_interrupted_creation(database: Path, vault: Vault) -> None:
    """A crash after the key file of a new store was saved but before the store took its name."""
    creating = _sibling(database, ".creating")
    if store_state(database) is StoreState.NONE and creating.exists() and vault.path.exists():
        _move_with_companions(creating, database)


def _data_key(
    vault: Vault, username: str | None, password: str | None, sleep: Callable[[float], None]
) -> tuple[bytes, str | None]:
    try:
        keys = vault.keys()
    except KeyFileDamaged as exc:
        raise StoreLocked(Why.KEYS_DAMAGED) from exc
    if keys is None:
        raise StoreLocked(Why.KEYS_MISSING)
    if (key := vault.machine_key()) is not None:
        return key, None  # the password, if any, is checked inside the store like a sign-in
    if username is None or password is None:
        raise StoreLocked(Why.NEEDS_PASSWORD, username or "")
    outcome = vault.unlock_after_wait(username, password, sleep)
    if outcome.verdict is Verdict.OK and outcome.data_key is not None:
        return outcome.data_key, username.strip().lower()
    why = {Verdict.LOCKED: Why.LOCKED_OUT, Verdict.WAIT: Why.WAIT}.get(outcome.verdict, Why.WRONG_PASSWORD)
    raise StoreLocked(why, username, outcome.wait_seconds)


def open_unlocked(
    database: Path,
    backups: Path,
    vault: Vault,
    *,
    username: str | None = None,
    password: str | None = None,
    sleep: Callable[[float], None] = time.sleep,
    **store_options: Any,
) -> Opened:
    """The store, plain as it is or unlocked (see the module's docstring)."""
    finish_interrupted_creation(database, vault)
    if store_state(database) is not StoreState.ENCRYPTED:
        return Opened(open_store(database, backups, **store_options))
    key, unlocked_as = _data_key(vault, username, password, sleep)
    store = open_store(database, backups, key=key, key_holders=KeyHolders(vault, key), **store_options)
    refused = _refusal(store, unlocked_as)
    if not store.db.read_only:
        _audit_unlock(store, vault, None if refused else unlocked_as)
        encrypt_backups(backups, key)  # any left plain by an interrupted conversion
    if refused is not None:
        store.close()
        raise StoreLocked(refused, username or "")
    return Opened(store, unlocked_as)


def _refusal(store: Store, unlocked_as: str | None) -> Why | None:
    """Why the account whose slot opened the store may still not use it: not an active account
    of the store, or locked by the in-store sign-in guard (a slot does not bypass a lockout)."""
    if unlocked_as is None:
        return None
    account = store.users.get(unlocked_as)
    if account is None or not account.active:
        return Why.WRONG_PASSWORD
    return Why.LOCKED_OUT if store.sign_in.is_locked(unlocked_as) else None


def _audit_unlock(store: Store, vault: Vault, unlocked_as: str | None) -> None:
    """Failed unlocks queued in the key file, then this unlock, into the audit log."""
    entries = [
        journal.Entry(
            str(e["at"]),
            str(e["key"]),
            "sign_in_failed",
            "staff_user",
            str(e["key"]),
            to_json({"origin": "unlock", "failures": e["failures"], "locked": e["locked"]}),
        )
        for e in vault.take_pending_audit()
    ]
    if unlocked_as is not None:
        at = format_utc(store.rules.now())
        entries.append(
            journal.Entry(
                at, unlocked_as, "sign_in", "staff_user", unlocked_as, to_json({"origin": "unlock"})
            )
        )
    if entries:
        with store.db.write() as conn:
            journal.append(conn, entries)


def open_with_recovery(
    database: Path, backups: Path, vault: Vault, recovery_key: str, **store_options: Any
) -> Store | None:
    """The store opened with the recovery key (to give an account a new password), or None."""
    key = vault.recover(recovery_key)
    if key is None:
        return None
    return open_store(database, backups, key=key, key_holders=KeyHolders(vault, key), **store_options)


def renew_recovery_key(store: Store, vault: Vault, by: str) -> str:
    """A new recovery key for the open encrypted `store` (the old one stops opening it), audited."""
    assert store.db.key is not None
    recovery = vault.new_recovery_key(store.db.key)
    with store.db.write() as conn:
        at = format_utc(store.rules.now())
        journal.append(conn, [journal.Entry(at, by, "recovery_key_new", "store", store.db.path.name, "{}")])
    return recovery


def create_encrypted(
    database: Path,
    backups: Path,
    vault: Vault,
    account: tuple[str, str, Role, str],
    by: str,
    *,
    machine: bool = True,
    **store_options: Any,
) -> tuple[Store, str]:
    """A new encrypted store whose first account (username, password, role, full name) is its
    first key holder; returns it open with the recovery key, to be shown once.

    The store is made under a temporary name and takes its real name only after the key file is
    saved: a crash leaves either nothing usable (made again next time) or both files."""
    username, password, role, full_name = account
    if problem := account_problem(username, password, full_name):
        raise UserError(problem)  # before a key is made or the OS key store is touched
    creating = _sibling(database, ".creating")
    for leftover in (creating, *(Path(f"{creating}{s}") for s in _COMPANIONS)):
        leftover.unlink(missing_ok=True)
    new = vault.new_keys(username, password, machine=machine)
    try:
        store = open_store(creating, backups, key=new.data_key, **store_options)
        try:
            store.users.add(username, password, role, full_name, by)
        finally:
            store.close()
    except BaseException:
        for leftover in (creating, *(Path(f"{creating}{s}") for s in _COMPANIONS)):
            leftover.unlink(missing_ok=True)
        raise
    vault.save(new.keys)
    _move_with_companions(creating, database)
    store = open_store(
        database, backups, key=new.data_key, key_holders=KeyHolders(vault, new.data_key), **store_options
    )
    return store, new.recovery_key


# -- converting a plain store --------------------------------------------------------------


def _export_encrypted(plain: Path, target: Path, data_key: bytes) -> dict[str, int]:
    """`sqlcipher_export` of `plain` into a new encrypted `target`; the row count of each table,
    checked equal on both sides."""
    import sqlcipher3

    target.unlink(missing_ok=True)
    conn = sqlcipher3.connect(str(plain), isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("ATTACH DATABASE ? AS enc KEY ?", (str(target), cipher.raw_key(data_key)))
        conn.execute(f"PRAGMA enc.cipher_page_size = {cipher.PAGE_SIZE}")  # as every connection
        conn.execute("SELECT sqlcipher_export('enc')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA enc.user_version = {int(version)}")
        tables = [r[0] for r in conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")]
        counts = {}
        for table in tables:
            mine = conn.execute(f'SELECT count(*) FROM main."{table}"').fetchone()[0]
            theirs = conn.execute(f'SELECT count(*) FROM enc."{table}"').fetchone()[0]
            if mine != theirs:
                raise RuntimeError(f"encrypted copy of {table} has {theirs} rows, not {mine}")
            counts[table] = int(mine)
        if conn.execute("PRAGMA enc.quick_check").fetchone()[0] != "ok":
            raise RuntimeError("the encrypted copy fails its integrity check")
        conn.execute("DETACH DATABASE enc")
    finally:
        conn.close()
    os.chmod(target, 0o600)
    return counts


def wipe(path: Path) -> None:
    """Overwrite a plain file with zeros once, then remove it (docs/encrypted-store.md says what
    this does not guarantee on SSDs and copy-on-write file systems)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with path.open("r+b") as f:
        chunk = b"\0" * (1 << 20)
        for start in range(0, size, len(chunk)):
            f.write(chunk[: min(len(chunk), size - start)])
        f.flush()
        os.fsync(f.fileno())
    path.unlink()


def encrypt_backups(folder: Path, data_key: bytes) -> int:
    """Each plain backup replaced by its encrypted twin; the number converted."""
    done = 0
    for backup in list_backups(folder):
        if backup.stat().st_size == 0 or not cipher.is_plain(backup):
            continue
        twin = _sibling(backup, ".encrypting")
        try:
            _export_encrypted(backup, twin, data_key)
        except Exception:  # noqa: BLE001 - a damaged backup must not stop the store from opening
            log.warning("the plain backup %s cannot be read; left as it is", backup.name)
            twin.unlink(missing_ok=True)
            continue
        wipe(backup)
        for suffix in _COMPANIONS:
            wipe(Path(f"{backup}{suffix}"))
        os.replace(twin, backup)
        done += 1
    return done


def encrypt_plain(
    database: Path, backups: Path, vault: Vault, new: NewKeys, by: str, **store_options: Any
) -> tuple[Store, int]:
    """Convert the (closed) plain store at `database` under `new`'s data key.

    The encrypted copy is verified before it replaces the plain file, and the key file is saved
    before that: a crash in between leaves the plain store in use (the next conversion starts
    again). Plain backups are converted after, and again on any later unlock if one remains.
    Returns the store open and the number of backups converted."""
    encrypting = _sibling(database, ".encrypting")
    counts = _export_encrypted(database, encrypting, new.data_key)
    vault.save(new.keys)
    os.replace(encrypting, database)
    for suffix in _COMPANIONS:
        wipe(Path(f"{database}{suffix}"))
    converted = encrypt_backups(backups, new.data_key)
    store = open_store(
        database, backups, key=new.data_key, key_holders=KeyHolders(vault, new.data_key), **store_options
    )
    change = to_json({"rows": sum(counts.values()), "backups": converted})
    with store.db.write() as conn:
        at = format_utc(store.rules.now())
        journal.append(conn, [journal.Entry(at, by, "store_encrypted", "store", database.name, change)])
    return store, converted
