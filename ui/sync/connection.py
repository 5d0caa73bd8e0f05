"""Connection settings: where the central service is, and this PC's enrolment with it.

Administrators enter the service's address, the single-use enrolment code and this PC's name;
"Test connection" asks the service's health check (reachable or not, in a sentence), "Connect"
enrols through `sync.enrolment.enroll_pc`, the very path `loket enroll` takes. The enrolment
state (office, device, since when, address) is shown to everyone; the token never is. Both
network calls run on the task runner: the window never waits for a server.
"""

from __future__ import annotations

import socket

from PySide6.QtCore import QDateTime, Signal, Slot
from PySide6.QtWidgets import (
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
from domain.dates import parse_utc
from local_db.store import Settings
from sync.client import AuthFailed, ServerRefused, Unreachable
from sync.enrolment import Credentials, UnusableUrl, enroll_pc, enrolment, reachable
from ui.tasks import TaskRunner

GOOD, BAD = "color: #1b5e20;", "color: #b00020;"


class ConnectionPanel(QWidget):
    enrolled = Signal(object)  # Credentials: this PC was (re-)enrolled

    def __init__(
        self,
        settings: Settings,
        actor: Actor,
        runner: TaskRunner,
        app_version: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._runner = runner
        self._app_version = app_version
        admin = actor.can_administer

        state_box = QGroupBox(self.tr("Enrolment of this PC"))
        state = QFormLayout(state_box)
        self.office_label = QLabel()
        self.office_label.setObjectName("enrolled_office")
        self.device_label = QLabel()
        self.since_label = QLabel()
        self.server_label = QLabel()
        state.addRow(self.tr("Office"), self.office_label)
        state.addRow(self.tr("Device name"), self.device_label)
        state.addRow(self.tr("Enrolled since"), self.since_label)
        state.addRow(self.tr("Central service"), self.server_label)

        form_box = self._form_box()

        layout = QVBoxLayout(self)
        layout.addWidget(state_box)
        layout.addWidget(form_box)
        if not admin:
            form_box.setEnabled(False)
            note = QLabel(self.tr("Only an administrator can connect this PC to a central service."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addStretch(1)
        self.test_button.clicked.connect(self.on_test_button_clicked)
        self.connect_button.clicked.connect(self.on_connect_button_clicked)
        self.address.returnPressed.connect(self.on_test_button_clicked)
        self.reload()

    def _form_box(self) -> QGroupBox:
        form_box = QGroupBox(self.tr("Connect to the central service"))
        form = QFormLayout(form_box)
        self.address = QLineEdit()
        self.address.setObjectName("server_address")
        self.address.setPlaceholderText("https://pusat.example.go.id")
        self.code = QLineEdit()
        self.code.setObjectName("enrolment_code")
        self.code.setPlaceholderText(self.tr("single-use code from the central operator"))
        self.device_name = QLineEdit(socket.gethostname())
        self.device_name.setObjectName("device_name")
        form.addRow(self.tr("Central service address"), self.address)
        form.addRow(self.tr("Enrolment code"), self.code)
        form.addRow(self.tr("Device name"), self.device_name)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("test_connection")
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setObjectName("enrol")
        self.result = QLabel()
        self.result.setObjectName("connection_result")
        self.result.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.connect_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.result)

        return form_box

    def reload(self) -> None:
        current = enrolment(self._settings)
        if current is None:
            self.office_label.setText(self.tr("Not enrolled yet"))
            for label in (self.device_label, self.since_label, self.server_label):
                label.setText("—")
            self.connect_button.setText(self.tr("Connect"))
            return
        self.office_label.setText(f"{current.office_code} — {current.office_name}")
        self.device_label.setText(current.device_name or "—")
        moment = parse_utc(current.enrolled_at) if current.enrolled_at else None
        since = (
            QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime().toString("dd-MM-yyyy HH:mm")
            if moment
            else "—"
        )
        self.since_label.setText(since)
        self.server_label.setText(current.server_url)
        if not self.address.text():
            self.address.setText(current.server_url)
        self.connect_button.setText(self.tr("Enrol again"))

    def _say(self, text: str, style: str) -> None:
        self.result.setStyleSheet(style)
        self.result.setText(text)

    def _busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.connect_button.setEnabled(not busy)

    @Slot()
    def on_test_button_clicked(self) -> None:
        url = self.address.text().strip()
        self._busy(True)
        self._say(self.tr("Testing %1…").replace("%1", url), "")
        self._runner.start(
            reachable,
            url,
            self._app_version,
            on_done=self.on_test_done,
            on_error=self.on_failed,
            expected=(UnusableUrl,),
        )

    @Slot(object)
    def on_test_done(self, ok: bool) -> None:
        self._busy(False)
        if not ok:
            self._say(
                self.tr(
                    "No answer from a central service at this address. Check the address and the network."
                ),
                BAD,
            )
            return
        current = enrolment(self._settings)
        if current is not None and current.server_url == self.address.text().strip().rstrip("/"):
            text = self.tr("Reachable: the central service answers. This PC is enrolled with office %1 (%2).")
            self._say(text.replace("%1", current.office_code).replace("%2", current.office_name), GOOD)
        else:
            self._say(
                self.tr("Reachable: the central service answers. Enter the enrolment code and connect."), GOOD
            )

    @Slot()
    def on_connect_button_clicked(self) -> None:
        code, name = self.code.text().strip(), self.device_name.text().strip()
        if not code or not name:
            self._say(self.tr("Enter the enrolment code and a device name."), BAD)
            (self.code if not code else self.device_name).setFocus()
            return
        self._busy(True)
        self._say(self.tr("Connecting…"), "")
        self._runner.start(
            enroll_pc,
            self._settings,
            self.address.text(),
            code,
            name,
            self._app_version,
            on_done=self.on_enrol_done,
            on_error=self.on_failed,
            expected=(UnusableUrl, ServerRefused, AuthFailed, Unreachable),
        )

    @Slot(object)
    def on_enrol_done(self, creds: Credentials) -> None:
        self._busy(False)
        self.code.clear()
        self.reload()
        text = self.tr("This PC is now enrolled with office %1 (%2). Sync starts now.")
        self._say(text.replace("%1", creds.office_code).replace("%2", creds.office_name), GOOD)
        self.enrolled.emit(creds)

    @Slot(object)
    def on_failed(self, exc: Exception) -> None:
        self._busy(False)
        if isinstance(exc, UnusableUrl):
            text = self.tr("This address cannot be used: use https://, or http:// only for this computer.")
        elif isinstance(exc, ServerRefused | AuthFailed):
            text = self.tr(
                "The enrolment code was refused (wrong, expired or already used). "
                "Ask the central operator for a new one."
            )
        elif isinstance(exc, Unreachable):
            text = self.tr(
                "The central service cannot be reached at this address. Check the address and the network."
            )
        else:
            text = self.tr("Something went wrong; the details are in the log.")
        self._say(text, BAD)
