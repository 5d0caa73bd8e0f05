"""The window's one sync loop: runs now, after a success interval, or after a backoff
(`sync.scheduler.RunPacer`: ~2 s growing to 5 min), and at once when asked ("Sync now").

The sync job is a plain function the composition root passes in (it builds the engine from
the stored enrolment); this object decides when to run it, keeps one run at a time on the task
runner, and tells the status feed the truth as the run goes: connecting, syncing with
progress, then online, or offline with the time of the next try. The engine's progress
callbacks arrive on the worker thread and cross to the UI thread as a queued signal. After a
run, the ids of the records it changed go out in `records_changed` for the open screens.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from sync.engine import Progress, SyncProgress, SyncReport
from sync.scheduler import RunPacer
from ui.status import CONNECTING, NOT_ENROLLED, OFFLINE, ONLINE, REFUSED, SYNCING, UNREACHABLE, StatusFeed
from ui.tasks import Task, TaskRunner

# cancelled, progress -> report; None = this PC is not enrolled
SyncJob = Callable[[Callable[[], bool], Progress], SyncReport | None]
INTERVAL_SECONDS = 120.0
AFTER_SAVE_MS = 3_000  # a saved record goes out this soon when the last run reached the server
REFUSED_PREFIX = "refused:"  # a report's error when the server refused this PC (token, request)


class SyncScheduler(QObject):
    finished = Signal(object)  # SyncReport | None
    progressed = Signal(object)  # SyncProgress, emitted on the worker thread (queued to the UI)
    records_changed = Signal(object)  # frozenset[str]: ids of records a run changed
    already_running = Signal()  # "Sync now" while a run is going

    def __init__(
        self,
        job: SyncJob,
        runner: TaskRunner,
        feed: StatusFeed,
        last_sync: Callable[[], str | None],
        pacer: RunPacer | None = None,
        first_run_ms: int = 2_000,
        parent: QObject | None = None,
        after_save_ms: int = AFTER_SAVE_MS,
    ) -> None:
        super().__init__(parent)
        self._job = job
        self._runner = runner
        self._feed = feed
        self._last_sync = last_sync
        self._task: Task | None = None
        self._pacer = pacer or RunPacer(interval=INTERVAL_SECONDS)
        self._after_save_ms = after_save_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.on_timer_timeout)
        self._timer.start(first_run_ms)
        self._stopped = False
        self.progressed.connect(self.on_self_progressed)

    @property
    def running(self) -> bool:
        return self._task is not None

    @Slot()
    def on_timer_timeout(self) -> None:
        self._start()

    @Slot()
    def sync_now(self) -> None:
        """The clerk asked: always answers (a run starts, or "already running" is said)."""
        if self._task is not None:
            self.already_running.emit()
            return
        self._pacer.reset()
        self._start()

    @Slot()
    @Slot(object)
    def soon(self, _what: object = None) -> None:
        """A record was saved: when online, run in a few seconds rather than at the interval.
        Offline, the backoff stands: saving does not hammer a server that is down."""
        if self._stopped or self._task is not None or self._feed.current.phase != ONLINE:
            return
        if not self._timer.isActive() or self._timer.remainingTime() > self._after_save_ms:
            self._timer.start(self._after_save_ms)

    def _start(self) -> None:
        if self._task is not None or self._stopped:
            return
        self._timer.stop()
        self._publish(phase=CONNECTING, done=0, total=None, next_try_at=None)
        self._task = self._runner.start(
            self._run, on_done=self.on_task_finished, on_error=self.on_task_failed
        )

    def _run(self, cancelled: Callable[[], bool]) -> SyncReport | None:
        return self._job(cancelled, self.progressed.emit)

    @Slot(object)
    def on_self_progressed(self, progress: SyncProgress) -> None:
        if self._task is None:
            return  # a late tick of a finished run
        if progress.phase in ("probe", "wait"):
            self._publish(phase=CONNECTING)
        else:
            self._publish(phase=SYNCING, online=True, done=progress.done, total=progress.total)

    @Slot(object)
    def on_task_finished(self, report: SyncReport | None) -> None:
        self._task = None
        if report is None:
            self._publish(phase=OFFLINE, online=False, problem=NOT_ENROLLED, next_try_at=None)
            self._restart(INTERVAL_SECONDS, announce=False)
        else:
            refused = bool(report.error and report.error.startswith(REFUSED_PREFIX))
            problem = REFUSED if refused else (None if report.finished else UNREACHABLE)
            self._publish(
                phase=ONLINE if report.finished else OFFLINE,
                online=report.online,
                pending=report.pending,
                needs_attention=report.needs_attention,
                last_sync_at=self._last_sync(),
                problem=problem,
                done=0,
                total=None,
            )
            self._restart(
                INTERVAL_SECONDS if refused else self._pacer.next_delay(report), announce=not report.finished
            )
            if report.changed:
                self.records_changed.emit(frozenset(report.changed))
        self.finished.emit(report)

    @Slot(object)
    def on_task_failed(self, _error: Exception) -> None:
        self._task = None
        self._publish(phase=OFFLINE, online=False, problem=UNREACHABLE, done=0, total=None)
        self._restart(INTERVAL_SECONDS, announce=True)
        self.finished.emit(None)

    def _publish(self, **changes: object) -> None:
        self._feed.publish(replace(self._feed.current, **changes))  # type: ignore[arg-type]

    def _restart(self, seconds: float, announce: bool) -> None:
        if self._stopped:
            return
        self._timer.start(int(seconds * 1000))
        self._publish(next_try_at=time.time() + seconds if announce else None)

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
