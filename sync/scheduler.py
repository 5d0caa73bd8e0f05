"""When the GUI's sync worker runs the engine: now, after a success interval, or after backoff.

`SyncLoop.run(stop)` is the worker thread's body. After a run that could not reach the server
(or stopped early) it waits a full-jitter backoff delay that grows from ~2 s to 5 min; after a
complete run it waits `interval`. `wake()` (the clerk pressed "Sync now", the operating system
reports the network is back, a record was saved) ends any wait at once and resets the backoff.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from sync.engine import Progress, SyncEngine, SyncReport
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


class SyncLoop:
    def __init__(
        self,
        engine: SyncEngine,
        policy: RetryPolicy | None = None,
        interval: float = 300.0,
        on_report: Callable[[SyncReport], None] | None = None,
        progress: Progress | None = None,
    ) -> None:
        self._engine = engine
        self._pacer = RunPacer(policy, interval)
        self._on_report = on_report
        self._progress = progress
        self._wake = threading.Event()

    @property
    def failures(self) -> int:
        return self._pacer.failures

    def wake(self) -> None:
        self._wake.set()

    def next_delay(self, report: SyncReport) -> float:
        return self._pacer.next_delay(report)

    def run(self, stop: threading.Event) -> None:
        while not stop.is_set():
            self._wake.clear()
            report = self._engine.run_once(self._progress, stop.is_set)
            if self._on_report:
                self._on_report(report)
            delay = self.next_delay(report)
            waited = 0.0
            while not stop.is_set() and waited < delay:  # until the delay, a wake-up or a stop
                if self._wake.wait(min(0.1, delay - waited)):
                    self._pacer.reset()
                    break
                waited += 0.1
