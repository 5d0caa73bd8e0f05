"""Conditions of the machine a command can meet and a user can act on: a full disk, a database
another program is writing, an encrypted store that did not unlock. Recognised here from what
SQLite and the OS raise, so that `cli._explain` gives one sentence, not "unexpected error".

A full disk does not always say so: SQLite reports "disk I/O error" when it cannot even
create its WAL index, so a failure is taken for a full disk when the data folder's disk has
(almost) no free space left at that moment.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli_text import Messages
from desktop_app.paths import AppPaths

if TYPE_CHECKING:
    from local_db.unlocking import StoreLocked

log = logging.getLogger("loket.cli")

READ_ONLY_COMMANDS = frozenset({"status", "check"})
NEARLY_FULL_BYTES = 1024 * 1024  # less free space than this: SQLite cannot work
_IO_SIGNS = ("disk is full", "disk i/o error", "database or disk is full", "unable to open database file")


def _root(exc: BaseException) -> BaseException:
    inner = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's exception
    return inner if isinstance(inner, BaseException) else exc


def free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def is_disk_full(exc: BaseException, folder: Path) -> bool:
    root = _root(exc)
    if isinstance(root, OSError) and root.errno == errno.ENOSPC:
        return True
    text = str(root).lower()
    if "disk is full" in text:  # SQLITE_FULL
        return True
    if isinstance(root, sqlite3.Error | OSError) and any(sign in text for sign in _IO_SIGNS):
        free = free_bytes(folder)
        return free is not None and free < NEARLY_FULL_BYTES
    return False


def is_busy(exc: BaseException) -> bool:
    root = _root(exc)
    return isinstance(root, sqlite3.OperationalError) and "database is locked" in str(root).lower()


def holders(database: Path) -> list[str]:
    """ "name (pid N)" of the other processes that have the database file open, where the OS
    lets us see it (Linux's /proc; elsewhere an empty list: the sentence then names no one)."""
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    targets = {str(database.resolve()), f"{database.resolve()}-wal"}
    found: list[str] = []
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if any(os.readlink(fd) in targets for fd in (entry / "fd").iterdir()):
                found.append(f"{_command(entry)} (pid {entry.name})")
        except OSError:
            continue  # gone, or not ours to look at
    return sorted(found)


def _command(entry: Path) -> str:
    args = (entry / "cmdline").read_bytes().split(b"\0")
    words = [a.decode("utf-8", "replace") for a in args if a]
    # `python -m desktop_app import ...` or `loket import ...`: the program and its command.
    if "desktop_app" in words:
        words = ["loket", *words[words.index("desktop_app") + 1 :]]
    named = [w for w in words if not w.startswith("-")]
    program = Path(named[0]).name if named else entry.name
    rest = [w for w in named[1:] if "/" not in w and "\\" not in w][:2]
    return " ".join([program, *rest])


def condition_sentence(exc: BaseException, msg: Messages, paths: AppPaths, command: str) -> str | None:
    """The sentence for a full disk or a busy database; None for any other failure."""
    if is_disk_full(exc, paths.data_dir):
        log.warning("disk full during %s", command)  # reaches the log only if space returns
        key = "disk_full_import" if command == "import" else "disk_full"
        return msg(key, folder=paths.data_dir, backups=paths.backups)
    if is_busy(exc):
        log.warning("database busy during %s", command)
        who = holders(paths.database)
        return msg("db_busy_by", holders=", ".join(who)) if who else msg("db_busy")
    return None


def locked_sentence(exc: StoreLocked, msg: Messages, paths: AppPaths) -> str:
    """Why an encrypted store did not open, in one sentence (local_db/unlocking.py)."""
    from local_db.unlocking import Why
    from local_db.vault import keys_path

    user = exc.username.strip().lower()
    keys = keys_path(paths.database)
    return {
        Why.NEEDS_PASSWORD: lambda: msg("store_needs_password"),
        Why.LOCKED_OUT: lambda: msg("sign_in_locked", user=user),
        Why.KEYS_MISSING: lambda: msg(
            "store_keys_missing", db=paths.database, path=keys, backups=paths.backups
        ),
        Why.KEYS_DAMAGED: lambda: msg("store_keys_damaged", path=keys),
    }.get(exc.why, lambda: msg("store_wrong_password", user=user))()
