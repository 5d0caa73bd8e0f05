"""Where the app keeps its files: `--data-dir`, else `LOKET_DATA_DIR`, else the platform's folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "LoketPMI"


@dataclass(frozen=True, slots=True)
class AppPaths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "loket.db"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def exports(self) -> Path:
        return self.data_dir / "exports"


def resolve_paths(data_dir: str | None) -> AppPaths:
    chosen = data_dir or os.environ.get("LOKET_DATA_DIR") or user_data_dir(APP_NAME, appauthor=False)
    return AppPaths(Path(chosen).expanduser().resolve())


def prepare(paths: AppPaths) -> None:
    """Create the folders with owner-only permissions (the data is personal data under UU PDP)."""
    old = os.umask(0o077)
    try:
        for folder in (paths.data_dir, paths.backups, paths.logs, paths.exports):
            folder.mkdir(parents=True, exist_ok=True)
            folder.chmod(0o700)
    finally:
        os.umask(old)
