"""Enrolment: find candidates with the candidate list's search, add one or many, and the roster.

The roster shows each person's attendance and the OPP prerequisites they lack (warnings, not
refusals); from it a clerk removes an enrolment or marks someone absent or excused by hand.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.actor import Actor
from domain.codes import AttendanceStatus
from local_db.store import CandidateSearch, OppDesk
from local_db.values import CandidateSummary, Mark, Remove, RosterRow, SessionSummary, SessionUnavailable
from ui.opp.texts import WARNING, attendance_statuses, enrol_line, hhmm, missing_text
from ui.registration.widgets import ERROR_STYLE, WARNING_STYLE
from ui.tasks import TaskRunner

DEBOUNCE_MS = 120
MIN_SEARCH_CHARS = 2
PREREQUISITES_WIDTH = 170  # fits 1024 px wide screens; the tooltip has the whole list


def _table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setWordWrap(False)  # long texts end in "…"; the full text is in the tooltip
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return table


class EnrolmentPanel(QWidget):
    changed = Signal()  # the session's enrolments changed

    def __init__(
        self,
        desk: OppDesk,
        search: CandidateSearch,
        actor: Actor,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._search = search
        self._actor = actor
        self._runner = runner
        self._session: SessionSummary | None = None
        self._found: list[CandidateSummary] = []
        self._roster: list[RosterRow] = []
        self._generation = 0
        self.search_box = QLineEdit()
        self.search_box.setObjectName("enrol_search")
        self.search_box.setPlaceholderText(self.tr("Find candidates by NIK, name or registration number"))
        self.search_box.setClearButtonEnabled(True)
        self.results = _table([self.tr("Registration no."), self.tr("Name"), self.tr("NIK")], "enrol_results")
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(self.tr("Enrol selected (Enter)"))
        self.report = QLabel()
        self.report.setObjectName("enrol_report")
        self.report.setWordWrap(True)
        self.roster = _table(
            [self.tr("Registration no."), self.tr("Name"), self.tr("Attendance"), self.tr("Prerequisites")],
            "roster",
        )
        self.roster.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.roster.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        self.roster.horizontalHeader().resizeSection(3, PREREQUISITES_WIDTH)
        self.remove_button = QPushButton(self.tr("Remove (Del)"))
        self.absent_button = QPushButton(self.tr("Absent (F7)"))
        self.excused_button = QPushButton(self.tr("Excused (F8)"))
        self.roster_label = QLabel()
        left = QVBoxLayout()
        left.addWidget(self.search_box)
        left.addWidget(self.results, 1)
        left.addWidget(self.add_button)
        right = QVBoxLayout()
        right.addWidget(self.roster_label)
        right.addWidget(self.roster, 1)
        buttons = QHBoxLayout()
        for button in (self.remove_button, self.absent_button, self.excused_button):
            buttons.addWidget(button)
        right.addLayout(buttons)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns, 1)
        layout.addWidget(self.report)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._make_shortcuts()
        for button in (self.add_button, self.remove_button, self.absent_button, self.excused_button):
            button.setEnabled(actor.can_write)
        self._connect_signals()

    def _make_shortcuts(self) -> None:
        widget = Qt.ShortcutContext.WidgetShortcut
        self._enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.results, context=widget)
        self._delete = QShortcut(QKeySequence.StandardKey.Delete, self.roster, context=widget)
        self._absent = QShortcut(QKeySequence(Qt.Key.Key_F7), self.roster, context=widget)
        self._excused = QShortcut(QKeySequence(Qt.Key.Key_F8), self.roster, context=widget)

    def _connect_signals(self) -> None:
        self.search_box.textChanged.connect(self.on_search_box_text_changed)
        self.search_box.returnPressed.connect(self.on_search_box_return_pressed)
        self._timer.timeout.connect(self.on_timer_timeout)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self._enter.activated.connect(self.on_add_button_clicked)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        self._delete.activated.connect(self.on_remove_button_clicked)
        self.absent_button.clicked.connect(self.on_absent_button_clicked)
        self._absent.activated.connect(self.on_absent_button_clicked)
        self.excused_button.clicked.connect(self.on_excused_button_clicked)
        self._excused.activated.connect(self.on_excused_button_clicked)

    def show_session(self, session: SessionSummary | None) -> None:
        self._session = session
        self.report.clear()
        self.refresh_roster()

    def refresh_roster(self) -> None:
        session = self._session
        self._roster = self._desk.roster(session.id) if session else []
        self.roster.setRowCount(len(self._roster))
        statuses = attendance_statuses()
        people = self._desk.people([r.candidate_id for r in self._roster])
        for row, entry in enumerate(self._roster):
            status = statuses.get(entry.status, entry.status)
            if entry.checked_in_at:
                status = f"{status} {hhmm(entry.checked_in_at)}"
            person = people.get(entry.candidate_id)
            missing = (
                missing_text(self._desk.missing_documents(person, session)) if person and session else ""
            )
            cells = (entry.registration_no, entry.full_name, status, missing)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if column == 3 and value:
                    item.setForeground(WARNING)
                self.roster.setItem(row, column, item)
        if session:
            self.roster_label.setText(
                self.tr("Enrolled {enrolled} of {capacity} seats").format(
                    enrolled=len(self._roster), capacity=session.capacity
                )
            )

    # Searching -----------------------------------------------------------------------------

    @Slot(str)
    def on_search_box_text_changed(self, _text: str) -> None:
        self._timer.start()

    @Slot()
    def on_search_box_return_pressed(self) -> None:
        self._timer.stop()
        self.run_search(focus=True)

    @Slot()
    def on_timer_timeout(self) -> None:
        self.run_search()

    def run_search(self, focus: bool = False) -> None:
        text = self.search_box.text().strip()
        self._generation += 1
        generation = self._generation
        if len(text) < MIN_SEARCH_CHARS:
            self._show_found(generation, [], focus)
            return
        self._runner.start(
            self._search.search, text, 50, on_done=lambda rows: self._show_found(generation, rows, focus)
        )

    def _show_found(self, generation: int, rows: list[CandidateSummary], focus: bool) -> None:
        if generation != self._generation:
            return  # an older search answered late
        self._found = rows
        self.results.setRowCount(len(rows))
        for row, found in enumerate(rows):
            for column, value in enumerate((found.registration_no, found.full_name, found.nik)):
                self.results.setItem(row, column, QTableWidgetItem(value))
        if focus and rows:
            self.results.setFocus()
            self.results.selectRow(0)

    # Writes --------------------------------------------------------------------------------

    def _selected(self, table: QTableWidget) -> list[int]:
        return sorted({index.row() for index in table.selectionModel().selectedRows()})

    @Slot()
    def on_add_button_clicked(self) -> None:
        session = self._session
        chosen = [self._found[r].id for r in self._selected(self.results) if r < len(self._found)]
        if session is None or not chosen:
            return
        try:
            results = self._desk.enrol_ids(session.id, chosen, self._actor)
        except SessionUnavailable:
            self._say(self.tr("This session is closed or cancelled: no more enrolments."), ERROR_STYLE)
            return
        warned = any(r.missing or r.other_sessions or r.refused for r in results)
        self._say("\n".join(enrol_line(r) for r in results), WARNING_STYLE if warned else "")
        self._refresh_after_write()

    def _selected_entries(self) -> list[RosterRow]:
        return [self._roster[r] for r in self._selected(self.roster) if r < len(self._roster)]

    @Slot()
    def on_remove_button_clicked(self) -> None:
        if self._session is None or not self._actor.can_write:
            return
        kept = []
        for entry in self._selected_entries():
            if self._desk.remove(self._session.id, entry.candidate_id, self._actor) is Remove.HAS_ATTENDANCE:
                kept.append(entry.full_name)
        if kept:
            text = self.tr("Kept, because attendance is already recorded: {names}")
            self._say(text.format(names=", ".join(kept)), WARNING_STYLE)
        else:
            self._say(self.tr("Enrolment removed."), "")
        self._refresh_after_write()

    @Slot()
    def on_absent_button_clicked(self) -> None:
        self._mark(AttendanceStatus.ABSENT)

    @Slot()
    def on_excused_button_clicked(self) -> None:
        self._mark(AttendanceStatus.EXCUSED)

    def _mark(self, status: AttendanceStatus) -> None:
        if self._session is None or not self._actor.can_write:
            return
        present = [
            entry.full_name
            for entry in self._selected_entries()
            if self._desk.mark(self._session.id, entry.candidate_id, status, self._actor) is Mark.PRESENT
        ]
        if present:
            text = self.tr("Already checked in, not changed (undo the check-in first): {names}")
            self._say(text.format(names=", ".join(present)), WARNING_STYLE)
        else:
            self._say("", "")
        self._refresh_after_write()

    def _refresh_after_write(self) -> None:
        if self._session:
            self._session = self._desk.session(self._session.id)
        self.refresh_roster()
        self.changed.emit()

    def _say(self, text: str, style: str) -> None:
        self.report.setStyleSheet(style)
        self.report.setText(text)
