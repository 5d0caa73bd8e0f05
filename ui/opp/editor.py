"""The session editor: code, title, organiser, venue, start and end in local time, hours, seats, status."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.actor import Actor, PermissionDenied
from domain.issues import Lang
from local_db.store import OppDesk
from local_db.values import SessionSummary, StaleRecord, ValidationFailed
from ui.opp.texts import session_statuses
from ui.registration.widgets import ERROR_STYLE, ChoiceBox

DATE_TIME_FORMAT = "dd-MM-yyyy HH:mm"


def to_qt(moment: dt.datetime) -> QDateTime:
    return QDateTime(moment.astimezone().replace(tzinfo=None))


def from_qt(value: QDateTime) -> dt.datetime:
    moment = value.toPython()
    assert isinstance(moment, dt.datetime)
    return moment.replace(second=0, microsecond=0).astimezone()  # the PC's zone


class SessionEditor(QWidget):
    saved = Signal(str)  # session id

    def __init__(self, desk: OppDesk, actor: Actor, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._lang = lang
        self._session: SessionSummary | None = None
        self.code = QLineEdit()
        self.title = QLineEdit()
        self.organiser = QLineEdit()
        self.venue = QLineEdit()
        self.starts = QDateTimeEdit()
        self.ends = QDateTimeEdit()
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat(DATE_TIME_FORMAT)
            edit.setCalendarPopup(True)
        self.lesson_hours = QSpinBox()
        self.lesson_hours.setRange(1, 100)
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 10_000)
        self.status = ChoiceBox(session_statuses(), self.tr("— choose —"))
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save session (Ctrl+S)"))
        self.save_shortcut = QShortcut(
            QKeySequence.StandardKey.Save, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        form = QFormLayout()
        for label, widget in (
            (self.tr("Code"), self.code),
            (self.tr("Title"), self.title),
            (self.tr("Organiser"), self.organiser),
            (self.tr("Venue"), self.venue),
            (self.tr("Starts (local time)"), self.starts),
            (self.tr("Ends (local time)"), self.ends),
            (self.tr("Lesson hours"), self.lesson_hours),
            (self.tr("Seats"), self.capacity),
            (self.tr("Status"), self.status),
        ):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.save_button.setEnabled(actor.can_write)
        self._connect_signals()
        self.start_new()

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.save_shortcut.activated.connect(self.on_save_button_clicked)

    def start_new(self) -> None:
        self._session = None
        self.heading.setText(self.tr("New session"))
        start = dt.datetime.now().astimezone().replace(hour=8, minute=0, second=0, microsecond=0)
        start += dt.timedelta(days=1)
        for widget in (self.code, self.title, self.organiser, self.venue):
            widget.clear()
        self.starts.setDateTime(to_qt(start))
        self.ends.setDateTime(to_qt(start + dt.timedelta(hours=8)))
        self.lesson_hours.setValue(8)
        self.capacity.setValue(40)
        self.status.set_value("planned")
        self.message.clear()
        self.code.setFocus()

    def show_session(self, session: SessionSummary) -> None:
        self._session = session
        self.heading.setText(self.tr("Session {code}").format(code=session.code))
        self.code.setText(session.code)
        self.title.setText(session.title)
        self.organiser.setText(session.organiser)
        self.venue.setText(session.venue)
        self.starts.setDateTime(to_qt(session.starts_at))
        self.ends.setDateTime(to_qt(session.ends_at))
        self.lesson_hours.setValue(session.lesson_hours)
        self.capacity.setValue(session.capacity)
        self.status.set_value(session.status)
        self.message.clear()

    def fields(self) -> dict[str, object]:
        return {
            "code": self.code.text(),
            "title": self.title.text(),
            "organiser": self.organiser.text(),
            "venue": self.venue.text(),
            "starts_at": from_qt(self.starts.dateTime()),
            "ends_at": from_qt(self.ends.dateTime()),
            "lesson_hours": self.lesson_hours.value(),
            "capacity": self.capacity.value(),
            "status": self.status.value() or None,
        }

    @Slot()
    def on_save_button_clicked(self) -> None:
        if not self._actor.can_write:
            return
        current = self._session
        try:
            if current is None:
                record = self._desk.save_session(self.fields(), self._actor)
            else:
                record = self._desk.save_session(self.fields(), self._actor, current.id, current.version)
        except ValidationFailed as exc:
            names = {
                "code": self.tr("Code"),
                "ends_at": self.tr("Ends (local time)"),
                "title": self.tr("Title"),
            }
            names |= {
                "organiser": self.tr("Organiser"),
                "venue": self.tr("Venue"),
                "status": self.tr("Status"),
            }
            reasons = [
                f"{names.get(e.field or '', e.field or '')}: {e.message(self._lang)}" for e in exc.errors
            ]
            if any(e.field == "code" and e.code == "invalid" for e in exc.errors):
                reasons = [self.tr("Code: another session already uses this code.")]
            self._fail(" ".join(reasons))
            return
        except StaleRecord:
            self._fail(
                self.tr("Someone changed this session meanwhile; it was reloaded. Check and save again.")
            )
            self.show_session(self._desk.session(current.id if current else ""))
            return
        except PermissionDenied:
            self._fail(self.tr("Only an administrator can reopen a closed or cancelled session."))
            return
        self.saved.emit(record.id)  # the list selects it, which may show it here again
        self.show_session(self._desk.session(record.id))
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved."))

    def _fail(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)
