"""Consistent copies of the store with SQLite's online backup API, rotated in `backups/`."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

KEEP_BACKUPS = 10


def backup_to(source: Path, target: Path) -> Path:
    """Copy `source` to `target` page by page while others may be writing; owner-only."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    old_umask = os.umask(0o077)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
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


def rotating_backup(source: Path, folder: Path, reason: str, keep: int = KEEP_BACKUPS) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_to(source, folder / f"loket-{stamp}-{reason}.db")
    for old in list_backups(folder)[keep:]:
        old.unlink(missing_ok=True)
    return target


def list_backups(folder: Path) -> list[Path]:
    """Newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob("loket-*.db"), reverse=True)
