"""First run (create the administrator) and sign-in / unlock dialogs. Both work offline: the
password is checked against the argon2 hash in the local store, through the sign-in guard
(failures audited, slowed, then locked until an administrator unlocks the account)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.codes import Role
from local_db.store import SignInGuard
from local_db.values import SignInOutcome, StaffAccount, UserError, Verdict


class AddsAccounts(Protocol):
    """`Users`, or the first run's maker of a new encrypted store (desktop_app/gui_open.py)."""

    def add(self, username: str, password: str, role: Role, full_name: str, by: str) -> StaffAccount: ...


def user_error_text(code: str) -> str:
    messages = {
        "username_invalid": QCoreApplication.translate(
            "Accounts",
            "The user name must be 2–64 characters: small letters, digits, dot, dash or underscore.",
        ),
        "user_exists": QCoreApplication.translate("Accounts", "This user name is already taken."),
        "password_too_short": QCoreApplication.translate(
            "Accounts", "The password must have at least 10 characters."
        ),
        "password_weak": QCoreApplication.translate(
            "Accounts",
            "This password is too easy to guess (a common word, a run of keys, a name or a date); "
            "choose a longer one, for example three unrelated words.",
        ),
        "password_mismatch": QCoreApplication.translate("Accounts", "The two passwords differ."),
    }
    return messages.get(code, QCoreApplication.translate("Accounts", "The account could not be created."))


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    row = QHBoxLayout()
    row.addStretch(1)
    cancel = QPushButton(QCoreApplication.translate("Accounts", "Cancel"))
    ok = QPushButton(ok_text)
    ok.setDefault(True)
    row.addWidget(cancel)
    row.addWidget(ok)
    cancel.clicked.connect(dialog.reject)
    return row, ok, cancel


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


class AccountForm(QWidget):
    """User name, full name, password twice: shared by first run and "add user"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.repeat)

    def create(self, users: AddsAccounts, role: Role, by: str) -> StaffAccount:
        if self.password.text() != self.repeat.text():
            raise UserError("password_mismatch")
        return users.add(self.username.text(), self.password.text(), role, self.full_name.text(), by)


class FirstRunDialog(QDialog):
    """Shown when the store has no staff account: creates the first administrator."""

    def __init__(self, users: AddsAccounts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users = users
        self.account: StaffAccount | None = None
        self.setWindowTitle(self.tr("Loket PMI — first start"))
        intro = QLabel(
            self.tr(
                "Welcome. No staff account exists on this computer yet. "
                "Create the administrator account; it can add the other staff later."
            )
        )
        intro.setWordWrap(True)
        self.form = AccountForm()
        self.error = _error_label()
        buttons, self.ok_button, _ = _buttons(self, self.tr("Create administrator"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.ok_button.clicked.connect(self.on_ok_button_clicked)
        self.setMinimumWidth(460)

    @Slot()
    def on_ok_button_clicked(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a new store: a second or two
        try:
            self.account = self.form.create(self._users, Role.ADMIN, "first-run")
        except UserError as exc:
            self.error.setText(user_error_text(exc.code))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()


def sign_in_error_text(outcome: SignInOutcome) -> str:
    if outcome.verdict is Verdict.LOCKED:
        return QCoreApplication.translate(
            "Accounts",
            "This account is locked after too many failed sign-ins. An administrator can unlock it "
            "under Settings → Staff accounts.",
        )
    seconds = max(1, round(outcome.wait_seconds))
    if outcome.verdict is Verdict.WAIT:
        return QCoreApplication.translate(
            "Accounts", "Too many failed sign-ins: wait {seconds} s before trying again."
        ).format(seconds=seconds)
    wrong = QCoreApplication.translate("Accounts", "Wrong user name or password, or the account is disabled.")
    if outcome.wait_seconds <= 0:
        return wrong
    wait = QCoreApplication.translate("Accounts", "The next attempt is possible in {seconds} s.").format(
        seconds=seconds
    )
    return f"{wrong} {wait}"


class SignInDialog(QDialog):
    """Sign in; with `locked_user` it unlocks the idle-locked session of that user."""

    def __init__(
        self, guard: SignInGuard, locked_user: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._guard = guard
        self._origin = "window" if locked_user is None else "unlock"
        self.account: StaffAccount | None = None
        self.setWindowTitle(
            self.tr("Loket PMI — sign in") if locked_user is None else self.tr("Loket PMI — locked")
        )
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        if locked_user is not None:
            note = QLabel(
                self.tr("The screen was locked after a period without activity. Enter your password.")
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            self.username.setText(locked_user)
            self.username.setReadOnly(True)
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)
        buttons, self.ok_button, _ = _buttons(
            self, self.tr("Sign in") if locked_user is None else self.tr("Unlock")
        )
        layout.addLayout(buttons)
        self.ok_button.clicked.connect(self.on_ok_button_clicked)
        (self.password if locked_user else self.username).setFocus(Qt.FocusReason.OtherFocusReason)
        self.setMinimumWidth(400)

    @Slot()
    def on_ok_button_clicked(self) -> None:
        outcome = self._guard.attempt(self.username.text(), self.password.text(), self._origin)
        if outcome.account is None:
            self.error.setText(sign_in_error_text(outcome))
            self.password.clear()
            self.password.setFocus()
            return
        self.account = outcome.account
        self.accept()
