"""Runs sync in the background: every few minutes, sooner with backoff after a failed run
(`sync.scheduler.RunPacer`: ~2 s growing to 5 min), and at once when asked ("Sync now").

The sync job itself is a plain function the composition root passes in (it knows how to
build the engine from the stored enrolment); this object only decides when to run it, keeps
one run at a time on the task runner, and tells the status feed what the run found.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from sync.engine import SyncReport
from sync.scheduler import RunPacer
from ui.status import StatusFeed, SyncStatus
from ui.tasks import Task, TaskRunner

SyncJob = Callable[[Callable[[], bool]], SyncReport | None]  # cancelled -> report, None = not enrolled
INTERVAL_SECONDS = 120.0


class SyncScheduler(QObject):
    finished = Signal(object)  # SyncReport | None

    def __init__(
        self,
        job: SyncJob,
        runner: TaskRunner,
        feed: StatusFeed,
        last_sync: Callable[[], str | None],
        pacer: RunPacer | None = None,
        first_run_ms: int = 2_000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._job = job
        self._runner = runner
        self._feed = feed
        self._last_sync = last_sync
        self._task: Task | None = None
        self._pacer = pacer or RunPacer(interval=INTERVAL_SECONDS)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self._timer.start(first_run_ms)
        self._stopped = False

    @property
    def running(self) -> bool:
        return self._task is not None

    @Slot()
    def sync_now(self) -> None:
        if self._task is not None or self._stopped:
            return
        self._timer.stop()
        self._task = self._runner.start(
            self._run, on_done=self.on_task_finished, on_error=self.on_task_failed
        )

    def _run(self, cancelled: Callable[[], bool]) -> SyncReport | None:
        return self._job(cancelled)

    @Slot(object)
    def on_task_finished(self, report: SyncReport | None) -> None:
        self._task = None
        current = self._feed.current
        if report is not None:
            self._feed.publish(SyncStatus(report.online, report.pending, self._last_sync()))
            self._restart(self._pacer.next_delay(report))
        else:  # not enrolled: look again at the usual interval
            self._feed.publish(SyncStatus(False, current.pending, current.last_sync_at))
            self._restart(INTERVAL_SECONDS)
        self.finished.emit(report)

    @Slot(object)
    def on_task_failed(self, _error: Exception) -> None:
        self._task = None
        current = self._feed.current
        self._feed.publish(SyncStatus(False, current.pending, current.last_sync_at))
        self._restart(INTERVAL_SECONDS)
        self.finished.emit(None)

    def _restart(self, seconds: float) -> None:
        if not self._stopped:
            self._timer.start(int(seconds * 1000))

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
