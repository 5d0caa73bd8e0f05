"""Settings: the encrypted store's keys on this PC, and changing one's own password.

`StoreKeys` is what the page needs from the key file (desktop_app/gui_keys.py makes it): whether
the store is encrypted, the machine key (kept in the OS key store so scheduled sync and backup
run unattended; an administrator turns it off on a field laptop), and the unlock lockouts that
lifting a sign-in lockout lifts too.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.actor import Actor
from local_db.store import SignInGuard, Users
from local_db.values import UserError, Verdict
from ui.auth import sign_in_error_text, user_error_text

OK_STYLE, ERROR_STYLE = "color: #1b5e20;", "color: #b00020;"


class StoreKeys(Protocol):
    def encrypted(self) -> bool: ...
    def machine_available(self) -> bool: ...
    def machine_on(self) -> bool: ...
    def set_machine(self, on: bool) -> bool: ...
    def is_locked(self, username: str) -> bool: ...
    def lift_lockout(self, username: str) -> bool: ...


class StoreKeysBox(QGroupBox):
    """Whether the database is encrypted; the machine key on or off (administrators)."""

    def __init__(self, keys: StoreKeys, admin: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Database encryption"))
        self._keys = keys
        encrypted = keys.encrypted()
        self.state = QLabel(
            self.tr("The database on this computer is encrypted.")
            if encrypted
            else self.tr(
                "The database on this computer is not encrypted yet: it is encrypted the next time "
                "an administrator signs in."
            )
        )
        self.state.setWordWrap(True)
        self.machine = QCheckBox(self.tr("Keep the machine key on this PC"))
        self.machine.setObjectName("machine_key")
        self.machine.setChecked(encrypted and keys.machine_on())
        self.machine.setToolTip(
            self.tr(
                "With the machine key, this Windows account opens the database without a password "
                "(scheduled sync and backup). Turn it off on a laptop that leaves the office."
            )
        )
        available = keys.machine_available()
        self.machine.setEnabled(admin and encrypted and available)
        self.note = QLabel()
        self.note.setWordWrap(True)
        if encrypted and not available:
            self.note.setText(
                self.tr(
                    "This computer has no key store for a machine key: the database opens only with "
                    "a staff password."
                )
            )
        elif encrypted and not admin:
            self.note.setText(self.tr("Only an administrator can change this."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.machine)
        layout.addWidget(self.note)
        self.machine.toggled.connect(self.on_machine_toggled)

    @Slot(bool)
    def on_machine_toggled(self, on: bool) -> None:
        if not self._keys.set_machine(on):
            self.note.setStyleSheet(ERROR_STYLE)
            self.note.setText(self.tr("The key store of this computer refused the machine key."))
            self.machine.blockSignals(True)
            self.machine.setChecked(False)
            self.machine.blockSignals(False)
            return
        self.note.setStyleSheet(OK_STYLE)
        self.note.setText(
            self.tr("The machine key is kept on this PC.")
            if on
            else self.tr("The machine key is removed: the database now opens only with a staff password.")
        )


class PasswordBox(QGroupBox):
    """The signed-in account's own password (checked like a sign-in; only its key slot changes)."""

    def __init__(
        self, users: Users, sign_in: SignInGuard, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("My password"))
        self._users = users
        self._sign_in = sign_in
        self._actor = actor
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for edit, name in ((self.current, "current"), (self.new, "new"), (self.repeat, "repeat")):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setObjectName(f"password_{name}")
        self.change_button = QPushButton(self.tr("Change my password"))
        self.change_button.setObjectName("change_password")
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Current password"), self.current)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("Repeat new password"), self.repeat)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.change_button)
        form.addRow(row)
        self.change_button.clicked.connect(self.on_change_button_clicked)
        for edit in (self.current, self.new, self.repeat):
            edit.returnPressed.connect(self.change_button.click)

    def _say(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.message.setText(text)

    @Slot()
    def on_change_button_clicked(self) -> None:
        if self.new.text() != self.repeat.text():
            self._say(user_error_text("password_mismatch"), False)
            return
        outcome = self._sign_in.attempt(self._actor.name, self.current.text(), "window")
        if outcome.verdict is not Verdict.OK:
            self._say(sign_in_error_text(outcome), False)
            self.current.clear()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # argon2: a fraction of a second
        try:
            self._users.set_password(self._actor.name, self.new.text(), self._actor.name)
        except UserError as exc:
            self._say(user_error_text(exc.code), False)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        for edit in (self.current, self.new, self.repeat):
            edit.clear()
        self._say(self.tr("Your password is changed. Use the new one from now on."), True)
