"""Consistent copies of the store with SQLite's online backup API, rotated in `backups/`."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

KEEP_BACKUPS = 10


def backup_to(source: Path, target: Path, key: bytes | None = None) -> Path:
    """Copy `source` to `target` page by page while others may be writing; owner-only. With
    `key` (an encrypted store) both ends are SQLCipher under that key: the copy is encrypted."""
    from local_db.database import open_raw

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    old_umask = os.umask(0o077)
    try:
        src = open_raw(f"file:{source}?mode=ro", key, uri=True)
        try:
            dst = open_raw(partial, key)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(partial, target)
    finally:
        os.umask(old_umask)
        partial.unlink(missing_ok=True)
    target.chmod(0o600)
    return target


def rotating_backup(
    source: Path, folder: Path, reason: str, keep: int = KEEP_BACKUPS, key: bytes | None = None
) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_to(source, folder / f"loket-{stamp}-{reason}.db", key)
    for old in list_backups(folder)[keep:]:
        old.unlink(missing_ok=True)
    return target


def list_backups(folder: Path) -> list[Path]:
    """Newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob("loket-*.db"), reverse=True)
