"""Opening an encrypted store with a staff account's password (the sign-in dialog's look).

Where this PC holds no machine key, the store cannot be read before someone signs in: the
password unwraps that account's key slot (local_db/vault.py), and the account that opened it is
signed in at once. The dialog never waits on the UI thread: an attempt made before the delay a
previous failure set is refused unchecked, and the button stays disabled until the delay ends.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from local_db.values import SignInOutcome, StaffAccount, Verdict
from ui.auth import _buttons, _error_label, sign_in_error_text


class Unlocker(Protocol):
    def attempt(self, username: str, password: str) -> SignInOutcome | None:
        """The outcome of one attempt; None when the store cannot be opened at all (damaged)."""


class UnlockDialog(QDialog):
    CANNOT_OPEN = 2  # the dialog's result when the store itself is unusable

    def __init__(self, unlocker: Unlocker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._unlocker = unlocker
        self.account: StaffAccount | None = None
        self.setWindowTitle(self.tr("Loket PMI — sign in"))
        intro = QLabel(
            self.tr(
                "The database on this computer is encrypted. Sign in with your user name and "
                "password to open it."
            )
        )
        intro.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.error = _error_label()
        buttons, self.ok_button, self.cancel_button = _buttons(self, self.tr("Sign in"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.ok_button)
        self.setTabOrder(self.ok_button, self.cancel_button)
        # While a delay runs: the sentence counts down and the button waits.
        self._ready = QTimer(self, interval=250)
        self._ready.timeout.connect(self.on_ready_timeout)
        self._refused: SignInOutcome | None = None
        self._ready_at = 0.0
        self.ok_button.clicked.connect(self.on_ok_button_clicked)
        self.username.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setMinimumWidth(420)

    @Slot()
    def on_ok_button_clicked(self) -> None:
        if not self.ok_button.isEnabled():
            return
        if not self.username.text().strip() or not self.password.text():
            self.error.setText(self.tr("Enter your user name and password."))
            (self.password if self.username.text().strip() else self.username).setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            outcome = self._unlocker.attempt(self.username.text(), self.password.text())
        finally:
            QGuiApplication.restoreOverrideCursor()
        if outcome is None:
            self.done(self.CANNOT_OPEN)
            return
        if outcome.verdict is Verdict.OK and outcome.account is not None:
            self.account = outcome.account
            self.accept()
            return
        self.error.setText(sign_in_error_text(outcome))
        self.adjustSize()  # room for a sentence of two or three lines
        self.password.clear()
        self.password.setFocus()
        if outcome.verdict is not Verdict.LOCKED and outcome.wait_seconds > 0:
            self.ok_button.setEnabled(False)
            self._refused = outcome
            self._ready_at = time.monotonic() + outcome.wait_seconds
            self._ready.start()

    @Slot()
    def on_ready_timeout(self) -> None:
        left = self._ready_at - time.monotonic()
        outcome = self._refused
        if left > 0 and outcome is not None:
            self.error.setText(sign_in_error_text(replace(outcome, wait_seconds=left)))
            return
        self._ready.stop()
        self.ok_button.setEnabled(True)
        if outcome is None or outcome.verdict is Verdict.WAIT:
            self.error.clear()
        else:
            self.error.setText(sign_in_error_text(replace(outcome, wait_seconds=0)))
        self._refused = None
