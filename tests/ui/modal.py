"""Answering the modal dialogs that code under test opens with `exec()` (start-up, sign-in)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

Handler = Callable[[Any], None]


@contextmanager
def answering(handlers: list[tuple[type[QDialog], Handler]]) -> Iterator[list[QDialog]]:
    """While the block runs, each modal dialog is handed to the first unused handler of its type,
    in order; yields the dialogs answered. A handler that fails closes its dialog (so `exec`
    returns and the failure is reported instead of the test hanging)."""
    answered: list[QDialog] = []
    pending = list(handlers)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or any(dialog is d for d in answered):
            return
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
    assert not pending, f"dialogs never shown: {[kind.__name__ for kind, _ in pending]}"
