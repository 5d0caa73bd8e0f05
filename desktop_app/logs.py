"""Rotating log files in `<data folder>/logs/`: record ids and errors, never personal data or secrets."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "loket.log"


class _QuietFileHandler(RotatingFileHandler):
    """A log that cannot be written (a full disk) must not print logging's own traceback on top
    of the one sentence the user gets: the record is dropped (there is nowhere to put it)."""

    def handleError(self, record: logging.LogRecord) -> None:
        self.failed_records += 1

    failed_records = 0


def setup_logging(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    handler = _QuietFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers = [h for h in root.handlers if not isinstance(h, RotatingFileHandler)]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    path.chmod(0o600)
    return path
