"""When the window's sync runs again: `interval` after a complete run, else a growing backoff.

The one loop is the window's `ui.sync_scheduler.SyncScheduler` (a Qt timer and the task
runner); this pacer is its Qt-free arithmetic. After a run that could not reach the server (or
stopped early) the next one waits a full-jitter backoff delay that grows from ~2 s to 5 min;
after a complete run it waits `interval`. "Sync now" resets the backoff.
"""

from __future__ import annotations

from sync.engine import SyncReport
from sync.retry import RetryPolicy


class RunPacer:
    """How long to wait before the next run: `interval` after a complete run, else a growing backoff."""

    def __init__(self, policy: RetryPolicy | None = None, interval: float = 300.0) -> None:
        self._policy = policy or RetryPolicy()
        self._interval = interval
        self.failures = 0

    def next_delay(self, report: SyncReport) -> float:
        if report.finished:
            self.failures = 0
            return self._interval
        self.failures += 1
        return self._policy.delay(self.failures)

    def reset(self) -> None:
        self.failures = 0
