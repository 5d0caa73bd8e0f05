"""Answering the modal dialogs that code under test opens with `exec()` (start-up, sign-in)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

Handler = Callable[[Any], None]
STUCK_POLLS = 250  # 5 s at 20 ms


@contextmanager
def answering(handlers: list[tuple[type[QDialog], Handler]]) -> Iterator[list[QDialog]]:
    """While the block runs, each modal dialog is handed to the first unused handler of its type,
    in order; yields the dialogs answered. A handler that fails, or leaves its dialog open,
    has it closed (so `exec` returns and the failure is reported instead of the test hanging)."""
    answered: list[QDialog] = []
    pending = list(handlers)
    stuck: list[str] = []
    polls_open = [0]  # polls for which an answered dialog stayed open

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            return
        if any(dialog is d for d in answered):
            polls_open[0] += 1
            if polls_open[0] > STUCK_POLLS:  # the handler did not close it: close, then fail
                stuck.append(type(dialog).__name__)
                dialog.done(0)
            return
        polls_open[0] = 0
        for index, (kind, handler) in enumerate(pending):
            if isinstance(dialog, kind):
                del pending[index]
                answered.append(dialog)
                try:
                    handler(dialog)
                except BaseException:
                    dialog.done(0)
                    raise
                return

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(poll)
    timer.start()
    try:
        yield answered
    finally:
        timer.stop()
    assert not stuck, f"dialogs left open by their handler: {stuck}"
    assert not pending, f"dialogs never shown: {[kind.__name__ for kind, _ in pending]}"
