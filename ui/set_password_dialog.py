"""An administrator gives a staff account a new password (Settings → Staff accounts).

In an encrypted store this is also how an account without a key slot gets one (after a
conversion, on a PC without the machine key): only that account's slot is written.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from local_db.store import Users
from local_db.values import UserError
from ui.auth import _buttons, _error_label, user_error_text


class SetPasswordDialog(QDialog):
    def __init__(self, users: Users, username: str, by: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users = users
        self._username = username
        self._by = by
        self.setWindowTitle(self.tr("Loket PMI — set password"))
        intro = QLabel(self.tr("New password for {name}:").format(name=username))
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("Repeat new password"), self.repeat)
        self.error = _error_label()
        buttons, self.ok_button, _ = _buttons(self, self.tr("Set password"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.ok_button.clicked.connect(self.on_ok_button_clicked)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setMinimumWidth(420)

    @Slot()
    def on_ok_button_clicked(self) -> None:
        if self.password.text() != self.repeat.text():
            self.error.setText(user_error_text("password_mismatch"))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._users.set_password(self._username, self.password.text(), self._by)
        except UserError as exc:
            self.error.setText(user_error_text(exc.code))
            self.adjustSize()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
