"""A progress dialog for a task on the runner that appears only if the task takes a while.

Most imports and exports of a few hundred rows are done in well under a second; a dialog that
flashes up and vanishes is worse than none. So the dialog starts hidden and a single-shot timer
shows it after `SHOW_AFTER_MS` (Anki's habit). Cancelling only asks: the caller sets the task's
flag and the task stops at its next safe point, so the dialog stays up until the task ends.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

SHOW_AFTER_MS = 600
_STEPS = 1000


class ProgressDialog(QDialog):
    cancel_requested = Signal()

    def __init__(self, title: str, parent: QWidget, *, stopping_text: str = "") -> None:
        """`stopping_text` (shown after Cancel) makes the dialog cancellable; without it, no button."""
        super().__init__(parent)
        self.setObjectName("progress")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, _STEPS)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setVisible(bool(stopping_text))
        self._stopping_text = stopping_text
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_AFTER_MS)
        self._timer.timeout.connect(self.show)
        self.cancel_button.clicked.connect(self.on_cancel_button_clicked)

    def start(self, text: str) -> None:
        """Begin counting; the dialog shows itself unless `finish` comes first."""
        self.label.setText(text)
        self._timer.start()

    def set_progress(self, text: str, fraction: float | None) -> None:
        """`fraction` None means "busy, no idea how far": the bar moves without a value."""
        if self.cancel_button.isEnabled():  # after a cancel the label says we are stopping
            self.label.setText(text)
        if fraction is None:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, _STEPS)
            self.bar.setValue(round(min(max(fraction, 0.0), 1.0) * _STEPS))

    def finish(self) -> None:
        self._timer.stop()
        self.hide()

    @Slot()
    def on_cancel_button_clicked(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self._stopping_text)
        self.cancel_requested.emit()

    def reject(self) -> None:
        """Esc asks to cancel like the button does; the dialog closes when the task ends."""
        if self._stopping_text and self.cancel_button.isEnabled():
            self.cancel_button.click()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()
