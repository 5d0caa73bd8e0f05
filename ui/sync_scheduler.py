"""Runs sync in the background: every few minutes, and at once when asked ("Sync now").

The sync job itself is a plain function the composition root passes in (it knows how to
build the engine from the stored enrolment); this object only decides when to run it, keeps
one run at a time on the task runner, and tells the status feed what the run found.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from sync.engine import SyncReport
from ui.status import StatusFeed, SyncStatus
from ui.tasks import Task, TaskRunner

SyncJob = Callable[[Callable[[], bool]], SyncReport | None]  # cancelled -> report, None = not enrolled
INTERVAL_MS = 120_000


class SyncScheduler(QObject):
    finished = Signal(object)  # SyncReport | None

    def __init__(
        self,
        job: SyncJob,
        runner: TaskRunner,
        feed: StatusFeed,
        last_sync: Callable[[], str | None],
        interval_ms: int = INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._job = job
        self._runner = runner
        self._feed = feed
        self._last_sync = last_sync
        self._task: Task | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.sync_now)
        self._timer.start()

    @property
    def running(self) -> bool:
        return self._task is not None

    @Slot()
    def sync_now(self) -> None:
        if self._task is not None:
            return
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
        else:
            self._feed.publish(SyncStatus(False, current.pending, current.last_sync_at))
        self.finished.emit(report)

    @Slot(object)
    def on_task_failed(self, _error: Exception) -> None:
        self._task = None
        current = self._feed.current
        self._feed.publish(SyncStatus(False, current.pending, current.last_sync_at))
        self.finished.emit(None)

    def stop(self) -> None:
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
