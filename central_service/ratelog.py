"""Log lines that an attacker can trigger, at a bounded rate.

A flood of slow connections, broken requests or failed `accept()` calls must not grow the log
faster than an operator can read it (one such attack once wrote ~10 MB/s of tracebacks). Each
kind of event is logged at most once per window, with how many times it happened since the
last line, and never with a traceback.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable


class RateLimitedLog:
    def __init__(
        self, logger: logging.Logger, window: float = 10.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._logger = logger
        self._window = window
        self._clock = clock
        self._lock = threading.Lock()
        self._last: dict[str, float] = {}
        self._count: dict[str, int] = {}

    def event(self, kind: str, message: str, level: int = logging.WARNING) -> None:
        """Count one event of `kind`; log `message` with the count when the window has passed."""
        now = self._clock()
        with self._lock:
            self._count[kind] = self._count.get(kind, 0) + 1
            last = self._last.get(kind)
            if last is not None and now - last < self._window:
                return
            count = self._count.pop(kind)
            self._last[kind] = now
        self._logger.log(level, "%s (%d since the last such line)", message, count)


class RateLimitFilter(logging.Filter):
    """A filter for another library's logger: records whose message starts with one of
    `prefixes` pass at most once per window each (the rest are counted and dropped)."""

    def __init__(self, prefixes: tuple[str, ...], limiter: RateLimitedLog) -> None:
        super().__init__()
        self._prefixes = prefixes
        self._limiter = limiter

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for prefix in self._prefixes:
            if message.startswith(prefix):
                self._limiter.event(prefix, prefix, record.levelno)
                return False
        return True
