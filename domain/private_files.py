"""Files holding personal data (exports, rejects files, receipts) are created owner-only.

`open_private` creates (or truncates) a file readable and writable by its owner alone, also when
a file of that name already existed with wider permissions, whatever the process umask.
Windows keeps its own ACLs (the data folder's inherited ones); the mode bits are ignored there.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Any

OWNER_ONLY = 0o600


def create_private(path: Path) -> None:
    """Create `path` empty and owner-only (truncating it if it exists)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, OWNER_ONLY)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, OWNER_ONLY)
    finally:
        os.close(fd)


def open_private(path: Path, mode: str = "w", **kwargs: Any) -> IO[Any]:
    """`open(path, mode, ...)` for writing a new owner-only file."""
    if mode not in ("w", "wb"):
        raise ValueError(f"open_private writes only, not {mode!r}")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, OWNER_ONLY)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, OWNER_ONLY)
        return os.fdopen(fd, mode, **kwargs)
    except BaseException:
        os.close(fd)
        raise
