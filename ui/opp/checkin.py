"""The check-in desk: one large input (typed, or a USB scanner that types the code and Enter).

Each Enter checks one person in on the UI thread: the desk's look-up and write take a few
milliseconds (bench/bench_checkin.py), and handling codes one at a time, in the order scanned,
is what a queue of people at a desk needs. The answer is large, coloured, worded, and beeps.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.actor import Actor
from local_db.store import OppDesk
from local_db.values import Checkin, CheckinResult, SessionSummary, Undo
from ui.opp.texts import BAD, GOOD, NOTE, checkin_feedback, hhmm, session_statuses, style

RECENT = 8


def _big(widget: QWidget, points: int, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSize(points)
    font.setBold(bold)
    widget.setFont(font)


class CheckinPanel(QWidget):
    changed = Signal()  # attendance or the session's status changed

    def __init__(self, desk: OppDesk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._session: SessionSummary | None = None
        self._walk_in: str | None = None  # candidate id offered a walk-in
        self.confirm: QMessageBox | None = None
        self.heading = QLabel()
        self.heading.setObjectName("checkin_heading")
        self.heading.setWordWrap(True)
        self.input = QLineEdit()
        self.input.setObjectName("checkin_input")
        self.input.setPlaceholderText(self.tr("Scan the QR code, or type NIK / registration no., then Enter"))
        _big(self.input, 18)
        self.feedback = QLabel()
        self.feedback.setObjectName("checkin_feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setMinimumHeight(96)
        self.feedback.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        _big(self.feedback, 16, bold=True)
        self.outcome: Checkin | None = None
        self.walk_in_button = QPushButton(self.tr("Enrol as walk-in and check in (F2)"))
        self.walk_in_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self)
        self.walk_in_button.setVisible(False)
        self.counts = QLabel()
        self.counts.setObjectName("checkin_counts")
        _big(self.counts, 14, bold=True)
        self.recent = QListWidget()
        self.recent.setObjectName("recent_checkins")
        _big(self.recent, 11)
        self.undo_button = QPushButton(self.tr("Undo my last check-in (F9)"))
        self.undo_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F9), self)
        self.close_button = QPushButton(self.tr("Close session…"))
        self.reopen_button = QPushButton(self.tr("Reopen session"))
        self.reopen_button.setVisible(actor.can_administer)
        for button in (self.walk_in_button, self.undo_button, self.close_button):
            button.setEnabled(actor.can_write)
        self.input.setEnabled(actor.can_write)
        buttons = QHBoxLayout()
        for button in (self.undo_button, self.close_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.input)
        layout.addWidget(self.feedback)
        layout.addWidget(self.walk_in_button)
        layout.addWidget(self.counts)
        layout.addWidget(QLabel(self.tr("Last check-ins:")))
        layout.addWidget(self.recent, 1)
        layout.addLayout(buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.input.returnPressed.connect(self.on_input_return_pressed)
        self.walk_in_button.clicked.connect(self.on_walk_in_button_clicked)
        self.walk_in_shortcut.activated.connect(self.on_walk_in_button_clicked)
        self.undo_button.clicked.connect(self.on_undo_button_clicked)
        self.undo_shortcut.activated.connect(self.on_undo_button_clicked)
        self.close_button.clicked.connect(self.on_close_button_clicked)
        self.reopen_button.clicked.connect(self.on_reopen_button_clicked)

    def show_session(self, session: SessionSummary | None) -> None:
        self._session = session
        self._offer_walk_in(None)
        self.outcome = None
        self.feedback.clear()
        self.feedback.setStyleSheet("")
        self._refresh()

    def _refresh(self) -> None:
        session = self._session
        self.recent.clear()
        if session is None:
            self.heading.clear()
            self.counts.clear()
            return
        status = session_statuses().get(session.status, session.status)
        self.heading.setText(f"{session.code} · {session.title} · {status}")
        self.counts.setText(
            self.tr("Present {present} / enrolled {enrolled} · {capacity} seats").format(
                present=session.present, enrolled=session.enrolled, capacity=session.capacity
            )
        )
        for entry in self._desk.recent_checkins(session.id, RECENT):
            self.recent.addItem(f"{hhmm(entry.checked_in_at)}  {entry.full_name} · {entry.registration_no}")
        self.close_button.setEnabled(self._actor.can_write and session.accepts_checkins)
        self.reopen_button.setEnabled(not session.accepts_checkins)
        self.input.setEnabled(self._actor.can_write and session.accepts_checkins)

    # Check-in ------------------------------------------------------------------------------

    @Slot()
    def on_input_return_pressed(self) -> None:
        text = self.input.text()
        self.input.clear()
        if self._session is None or not text.strip():
            return
        self._show(self._desk.checkin(self._session.id, text, self._actor))

    @Slot()
    def on_walk_in_button_clicked(self) -> None:
        if self._session is None or self._walk_in is None:
            return
        self._show(self._desk.walk_in(self._session.id, self._walk_in, self._actor))

    def _show(self, result: CheckinResult) -> None:
        self.outcome = result.outcome
        text, colours = checkin_feedback(result)
        self.feedback.setText(text)
        self.feedback.setStyleSheet(style(colours))
        offer = result.walk_in_possible and result.outcome in (Checkin.NOT_ENROLLED, Checkin.OTHER_SESSION)
        self._offer_walk_in(result.person.id if offer and result.person else None)
        self._beep(colours is GOOD)
        self._session = result.session
        self._refresh()
        if result.outcome is Checkin.CHECKED_IN:
            self.changed.emit()
        self.input.setFocus()

    def _offer_walk_in(self, candidate_id: str | None) -> None:
        self._walk_in = candidate_id
        self.walk_in_button.setVisible(candidate_id is not None)

    def _beep(self, good: bool) -> None:
        QApplication.beep()
        if not good:  # a refusal sounds twice, so a clerk looking at the person notices
            QTimer.singleShot(180, QApplication.beep)

    @Slot()
    def on_undo_button_clicked(self) -> None:
        if self._session is None or not self._actor.can_write:
            return
        result = self._desk.undo_last(self._session.id, self._actor)
        entry = result.entry
        who = f"{entry.full_name} · {entry.registration_no}" if entry else ""
        if result.outcome is Undo.UNDONE:
            self.feedback.setText(self.tr("{who}\ncheck-in undone").format(who=who))
            self.feedback.setStyleSheet(style(NOTE))
            self.changed.emit()
        elif result.outcome is Undo.SENT:
            text = self.tr("{who}\nalready sent to the central service: mark it in the roster instead")
            self.feedback.setText(text.format(who=who))
            self.feedback.setStyleSheet(style(BAD))
        else:
            self.feedback.setText(self.tr("You have no check-in to undo in this session."))
            self.feedback.setStyleSheet(style(NOTE))
        self.outcome = None
        self._offer_walk_in(None)
        self._session = self._desk.session(self._session.id)
        self._refresh()
        self.input.setFocus()

    # Closing -------------------------------------------------------------------------------

    @Slot()
    def on_close_button_clicked(self) -> None:
        session = self._session
        if session is None:
            return
        absent = sum(1 for entry in self._desk.roster(session.id) if entry.status == "enrolled")
        self.confirm = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Close session"),
            self.tr(
                "Close {code}? Check-in stops; %n person(s) not checked in become absent.", "", absent
            ).format(code=session.code),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        self.confirm.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm.finished.connect(self.on_confirm_finished)
        self.confirm.open()

    @Slot(int)
    def on_confirm_finished(self, result: int) -> None:
        self.confirm = None
        if self._session is None or result != QMessageBox.StandardButton.Yes:
            return
        closed = self._desk.close(self._session.id, self._actor)
        self._session = closed.session
        self.feedback.setText(
            self.tr("Session closed; %n person(s) recorded as absent.", "", closed.marked_absent)
        )
        self.feedback.setStyleSheet(style(NOTE))
        self._refresh()
        self.changed.emit()

    @Slot()
    def on_reopen_button_clicked(self) -> None:
        if self._session is None or not self._actor.can_administer:
            return
        self._session = self._desk.reopen(self._session.id, self._actor)
        self.feedback.setText(self.tr("Session reopened: check-in works again."))
        self.feedback.setStyleSheet(style(NOTE))
        self._refresh()
        self.changed.emit()
        self.input.setFocus()
