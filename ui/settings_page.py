"""Settings: interface language, idle lock, one's own password, the database's encryption and
(administrators only) staff accounts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.actor import Actor
from domain.codes import Role
from local_db.store import Settings, SignInGuard, Users
from local_db.values import SettingKey, UserError
from ui import labels
from ui.auth import AccountForm, user_error_text
from ui.idle import parse_minutes
from ui.registration.receipt_content import OFFICE_NAME_SETTING
from ui.registration.widgets import ChoiceBox
from ui.set_password_dialog import SetPasswordDialog
from ui.store_keys_box import PasswordBox, StoreKeys, StoreKeysBox


class SettingsPage(QWidget):
    idle_minutes_changed = Signal(int)
    office_name_changed = Signal()

    def __init__(
        self,
        settings: Settings,
        users: Users,
        sign_in: SignInGuard,
        actor: Actor,
        data_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("nav_icon", "settings")  # ui/header.py
        self._settings = settings
        self._users = users
        self._sign_in = sign_in
        self._actor = actor
        self._keys: StoreKeys | None = None
        admin = actor.can_administer

        general = self._general_box(settings, admin, data_dir)

        # Scrolls: with the staff accounts and the encryption box it is taller than 768 pixels.
        content = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.addWidget(general)
        self.password_box = PasswordBox(users, sign_in, actor)
        self._security_row = QHBoxLayout()  # my password | the database's encryption
        self._security_row.addWidget(self.password_box, 1)
        layout.addLayout(self._security_row)
        self.users_table = QTableWidget(0, 4)
        self.users_table.setObjectName("users")
        self.add_form = AccountForm()
        self.role = ChoiceBox(labels.roles(), self.tr("— choose —"))
        self.role.set_value(Role.OPERATOR.value)
        self.add_button = QPushButton(self.tr("Add staff account"))
        self.add_button.setObjectName("add_user")
        self.add_message = QLabel()
        self.add_message.setWordWrap(True)
        self.password_button = QPushButton(self.tr("Set password…"))
        self.password_button.setObjectName("set_password")
        self.password_button.setToolTip(self.tr("Give the selected account a new password"))
        self.unlock_button = QPushButton(self.tr("Unlock sign-in"))
        self.unlock_button.setObjectName("unlock_user")
        self.unlock_button.setToolTip(
            self.tr("Lift the lock of the selected account after too many failed sign-ins")
        )
        if admin:
            layout.addWidget(self._users_box())
        else:
            note = QLabel(self.tr("Only an administrator can manage staff accounts and the screen lock."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addStretch(1)
        self._connect_signals()

    def show_store_keys(self, keys: StoreKeys) -> None:
        """The encryption box (desktop_app passes the key file's controls); lifting a sign-in
        lockout from now on lifts the unlock lockout too."""
        self._keys = keys
        self.keys_box = StoreKeysBox(keys, self._actor.can_administer)
        self._security_row.addWidget(self.keys_box, 1)
        if self._actor.can_administer:
            self.reload_users()

    def _locked(self, username: str) -> bool:
        if self._sign_in.is_locked(username):
            return True
        return self._keys is not None and self._keys.is_locked(username)

    def _general_box(self, settings: Settings, admin: bool, data_dir: Path) -> QGroupBox:
        general = QGroupBox(self.tr("This computer"))
        form = QFormLayout(general)
        self.language = ChoiceBox({"id": "Bahasa Indonesia", "en": "English"}, self.tr("— choose —"))
        self.language.setObjectName("language")
        self.language.set_value(settings.get(SettingKey.UI_LANGUAGE, "id"))
        form.addRow(self.tr("Interface language (from the next start)"), self.language)
        self.idle = QSpinBox()
        self.idle.setObjectName("idle_minutes")
        self.idle.setRange(0, 240)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setValue(parse_minutes(settings.get(SettingKey.IDLE_LOCK_MINUTES)))
        self.idle.setEnabled(admin)
        form.addRow(self.tr("Lock the screen after inactivity"), self.idle)
        self.office = self._office_field(settings, admin)
        form.addRow(self.tr("Office name (receipts, until this PC is enrolled)"), self.office)
        form.addRow(self.tr("Data folder"), QLabel(str(data_dir)))
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("save_settings")
        self.saved_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.saved_label, 1)
        row.addWidget(self.save_button)
        form.addRow(row)
        return general

    def _office_field(self, settings: Settings, admin: bool) -> QLineEdit:
        office = QLineEdit(settings.get(OFFICE_NAME_SETTING) or "")
        office.setObjectName("office_name")
        office.setPlaceholderText(self.tr("e.g. Disnaker Kabupaten Serang"))
        office.setEnabled(admin)
        return office

    def _users_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Staff accounts"))
        self.users_table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Active")]
        )
        self.users_table.verticalHeader().setVisible(False)
        self.users_table.horizontalHeader().setStretchLastSection(True)
        self.users_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.users_table.setMinimumHeight(140)
        self.add_form.layout().addRow(self.tr("Role"), self.role)  # type: ignore[union-attr]
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_message, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.users_table)
        unlock_row = QHBoxLayout()
        unlock_row.addStretch(1)
        unlock_row.addWidget(self.password_button)
        unlock_row.addWidget(self.unlock_button)
        layout.addLayout(unlock_row)
        layout.addWidget(QLabel(self.tr("New account")))
        layout.addWidget(self.add_form)
        layout.addLayout(add_row)
        self.reload_users()
        return box

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.unlock_button.clicked.connect(self.on_unlock_button_clicked)
        self.password_button.clicked.connect(self.on_password_button_clicked)

    def reload_users(self) -> None:
        roles = labels.roles()
        accounts = self._users.list()
        self.users_table.setRowCount(len(accounts))
        for row, account in enumerate(accounts):
            active = self.tr("yes") if account.active else self.tr("no")
            if self._locked(account.username):
                active = self.tr("locked (failed sign-ins)")
            values = (account.username, account.full_name, roles[account.role.value], active)
            for column, value in enumerate(values):
                self.users_table.setItem(row, column, QTableWidgetItem(value))
        self.users_table.resizeColumnsToContents()

    @Slot()
    def on_save_button_clicked(self) -> None:
        if self.language.value():
            self._settings.put(SettingKey.UI_LANGUAGE, self.language.value())
        if self._actor.can_administer:
            self._settings.put(SettingKey.IDLE_LOCK_MINUTES, str(self.idle.value()))
            self.idle_minutes_changed.emit(self.idle.value())
            self._settings.put(OFFICE_NAME_SETTING, " ".join(self.office.text().split()))
            self.office_name_changed.emit()
        self.saved_label.setText(self.tr("Settings saved."))

    @Slot()
    def on_password_button_clicked(self) -> None:
        row = self.users_table.currentRow()
        item = self.users_table.item(row, 0) if row >= 0 else None
        if not self._actor.can_administer or item is None:
            return
        dialog = SetPasswordDialog(self._users, item.text(), self._actor.name, self)
        if dialog.exec() == SetPasswordDialog.DialogCode.Accepted:
            self.add_message.setStyleSheet("color: #1b5e20;")
            self.add_message.setText(
                self.tr("Account {name} has a new password; it opens the database with it.").format(
                    name=item.text()
                )
            )

    @Slot()
    def on_unlock_button_clicked(self) -> None:
        row = self.users_table.currentRow()
        item = self.users_table.item(row, 0) if row >= 0 else None
        if not self._actor.can_administer or item is None:
            return
        unlocked = self._sign_in.unlock(item.text(), by=self._actor.name)
        if self._keys is not None:
            unlocked = self._keys.lift_lockout(item.text()) or unlocked
        if unlocked:
            self.add_message.setStyleSheet("color: #1b5e20;")
            self.add_message.setText(self.tr("Account {name} can sign in again.").format(name=item.text()))
        else:
            self.add_message.setStyleSheet("")
            self.add_message.setText(self.tr("Account {name} was not locked.").format(name=item.text()))
        self.reload_users()

    @Slot()
    def on_add_button_clicked(self) -> None:
        if not self._actor.can_administer or not self.role.value():
            return
        try:
            account = self.add_form.create(self._users, Role(self.role.value()), self._actor.name)
        except UserError as exc:
            self.add_message.setStyleSheet("color: #b00020;")
            self.add_message.setText(user_error_text(exc.code))
            return
        self.add_message.setStyleSheet("color: #1b5e20;")
        self.add_message.setText(self.tr("Account {name} created.").format(name=account.username))
        for edit in (
            self.add_form.username,
            self.add_form.full_name,
            self.add_form.password,
            self.add_form.repeat,
        ):
            edit.clear()
        self.reload_users()
