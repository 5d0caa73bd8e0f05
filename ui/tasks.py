"""One small task runner for everything slow (search over many rows, receipts, import, export).

A task is a plain function that never touches widgets. It runs on a `QThreadPool` inside a
`QRunnable` that owns a separate signals `QObject` (superqt's pattern: never inherit from
both). Results and failures come back to the UI thread through queued signals. A function
that accepts a `progress` keyword gets a callback `(done, fraction)`: items done so far and the
fraction of the work done (0.0–1.0); a function that accepts `cancelled` gets a callable to poll
between steps. Failures of the kind a user can act on (the caller names their types in
`expected`) are shown by the caller and logged in one line; anything else is logged with its
trace.
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    finished = Signal(object)  # the function's return value
    failed = Signal(object)  # the exception
    progress = Signal(int, float)  # items done, fraction of the work done (0.0–1.0)


class Task(QRunnable):
    def __init__(
        self,
        fn: Callable[..., Any],
        *args: Any,
        expected: tuple[type[Exception], ...] = (),
        **kwargs: Any,
    ) -> None:
        super().__init__()
        self._expected = expected
        self.signals = TaskSignals()
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the runner keeps a reference until a result is delivered
        params = inspect.signature(fn).parameters
        if "progress" in params:
            self._kwargs["progress"] = self._report
        if "cancelled" in params:
            self._kwargs["cancelled"] = self._cancel.is_set

    def cancel(self) -> None:
        self._cancel.set()

    def _report(self, done: int, fraction: float) -> None:
        self.signals.progress.emit(done, float(fraction))

    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except Exception as exc:  # delivered to the UI thread, which decides how to show it
            name = getattr(self._fn, "__name__", self._fn)
            if isinstance(exc, self._expected):
                log.info("task %s stopped: %r", name, exc)
            else:
                log.exception("task %s failed", name)
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Starts tasks; one pool for the whole app, threads limited so SQLite stays calm."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: set[Task] = set()

    def start(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, float], None] | None = None,
        expected: tuple[type[Exception], ...] = (),
        **kwargs: Any,
    ) -> Task:
        task = Task(fn, *args, expected=expected, **kwargs)
        self._running.add(task)
        if on_done is not None:
            task.signals.finished.connect(on_done)
        if on_error is not None:
            task.signals.failed.connect(on_error)
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        task.signals.finished.connect(lambda _r, t=task: self._running.discard(t))
        task.signals.failed.connect(lambda _e, t=task: self._running.discard(t))
        self._pool.start(task)
        return task

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every task has finished (quit, tests)."""
        for task in list(self._running):
            task.cancel()
        return self._pool.waitForDone(msecs)
