"""Python's cyclic garbage collector, run on the UI thread only.

WORKAROUND: automatic collection starts on whichever thread happens to allocate; when that is
a task-runner thread, it may finalize Qt wrappers that belong to the UI thread, and PySide6
crashes (seen here: a segfault "Garbage-collecting" inside a worker). The known remedy for
PyQt/PySide applications is to turn automatic collection off and collect from the UI thread
on a timer, by generation, as the interpreter would. Reference counting still frees almost
everything at once; only reference cycles wait for the timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

INTERVAL_MS = 500


class UiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.on_timer_timeout)
        self._timer.start()

    @Slot()
    def on_timer_timeout(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._threshold[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
