"""The "Perlu ditangani" (needs attention): every record the central service refused or that met a
conflict, with the server's reasons per field in the interface language, and what a clerk can
do about each: open and fix it (the form with the fields marked; saving queues a new change),
send it again as it is, withdraw a record the server never accepted, or settle a conflict
field by field. Every action says what it did, and the changed ids go out in `records_changed`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.actor import Actor
from domain.codes import Entity
from domain.countries import Countries
from domain.issues import Lang
from local_db.store import Store
from local_db.values import NotPossible, Problem
from ui import labels
from ui.candidates.detail import CandidateDialog
from ui.sync.chip import SyncChipDelegate
from ui.sync.conflict import ConflictDialog
from ui.sync.texts import reasons
from ui.tasks import TaskRunner

STATE_COLUMN = 3


class AttentionPanel(QWidget):
    records_changed = Signal(object)  # frozenset[str]
    loaded = Signal(int)  # how many records need a person

    def __init__(
        self,
        store: Store,
        countries: Countries,
        actor: Actor,
        lang: Lang,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._countries = countries
        self._actor = actor
        self._lang = lang
        self._runner = runner
        self.problems: list[Problem] = []
        self.dialog: QDialog | None = None

        intro = QLabel(
            self.tr(
                "Records the central service refused or that were changed elsewhere at the same time. "
                "They stay saved on this PC until you decide."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("attention")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Registration no."),
                self.tr("NIK"),
                self.tr("State"),
                self.tr("Reason"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegateForColumn(STATE_COLUMN, SyncChipDelegate(self.table))
        header = self.table.horizontalHeader()
        for column, width in enumerate((180, 130, 140, 140)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # A long reason wraps onto more lines rather than ending in "…" on a 1024 px screen.
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.sectionResized.connect(self.on_header_section_resized)
        self.message = QLabel()
        self.message.setObjectName("attention_message")
        self.message.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open and fix"))
        self.resend_button = QPushButton(self.tr("Send again as it is"))
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.conflict_button = QPushButton(self.tr("Compare and choose…"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        buttons = QHBoxLayout()
        for button in (self.open_button, self.resend_button, self.withdraw_button, self.conflict_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.open_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        self.open_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.on_open_button_clicked)
        self.open_shortcut.activated.connect(self.on_open_button_clicked)
        self.open_button.clicked.connect(self.on_open_button_clicked)
        self.resend_button.clicked.connect(self.on_resend_button_clicked)
        self.withdraw_button.clicked.connect(self.on_withdraw_button_clicked)
        self.conflict_button.clicked.connect(self.on_conflict_button_clicked)
        self.refresh_button.clicked.connect(self.reload)

    @Slot()
    def on_header_section_resized(self) -> None:
        QTimer.singleShot(0, self.table.resizeRowsToContents)  # once the columns have their width

    # Loading -------------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        self._runner.start(self._store.sync_records.problems, on_done=self.on_problems_loaded)

    @Slot(object)
    def on_problems_loaded(self, problems: list[Problem]) -> None:
        selected = self.selected()
        self.problems = problems
        states = labels.sync_states()
        self.table.setRowCount(len(problems))
        for row, p in enumerate(problems):
            reason = reasons(p.errors, self._lang)
            if p.state == "conflict" and p.server_copy is not None:
                reason = self.tr("Changed on the central service too (version %1).").replace(
                    "%1", str(p.server_copy.get("version"))
                )
            values = (
                p.name or p.id,
                p.registration_no or "—",
                p.nik or "—",
                states.get(p.state, p.state),
                reason,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if problems:
            index = next((i for i, p in enumerate(problems) if selected and p.id == selected.id), 0)
            self.table.selectRow(index)
        self._update_buttons()
        self.loaded.emit(len(problems))

    def selected(self) -> Problem | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not 0 <= rows[0].row() < len(self.problems):
            return None
        return self.problems[rows[0].row()]

    @Slot()
    def _update_buttons(self) -> None:
        p = self.selected()
        write = self._actor.can_write
        self.open_button.setEnabled(p is not None and p.entity == Entity.CANDIDATE)
        self.resend_button.setEnabled(write and p is not None)
        self.withdraw_button.setEnabled(write and p is not None and p.state == "rejected")
        self.conflict_button.setEnabled(write and p is not None and p.server_copy is not None)

    def _done(self, p: Problem, text: str) -> None:
        self.message.setText(text)
        self.records_changed.emit(frozenset({p.id}))
        self.reload()

    # Actions -------------------------------------------------------------------------------

    @Slot()
    def on_open_button_clicked(self) -> None:
        p = self.selected()
        if p is None or p.entity != Entity.CANDIDATE:
            return
        record = self._store.candidates.get(p.id)
        dialog = CandidateDialog(self._store, self._countries, self._actor, self._lang, record, self)
        dialog.form.fields.show_issues(p.errors, (), None)
        banner = self.tr("The central service refused this record:") + "\n" + reasons(p.errors, self._lang)
        dialog.form.banner.setText(banner if p.errors else "")
        dialog.form.banner.setVisible(bool(p.errors))
        dialog.form.banner.setStyleSheet("color: #b00020;")
        dialog.saved.connect(
            lambda _r, p=p: self._done(p, self.tr("Saved; the corrected record is queued to send."))
        )
        self.dialog = dialog
        dialog.show()
        first = next((e.field for e in p.errors if e.field in dialog.form.fields.messages), None)
        if first:  # the clerk starts typing where the server pointed
            dialog.tabs.setCurrentIndex(0)
            dialog.form.fields.focus_field(first)

    @Slot()
    def on_resend_button_clicked(self) -> None:
        p = self.selected()
        if p is None:
            return
        self._store.sync_records.resend_mine(p.entity, p.id, self._actor)
        self._done(p, self.tr("%1 is queued to send again.").replace("%1", p.name or p.id))

    @Slot()
    def on_withdraw_button_clicked(self) -> None:
        p = self.selected()
        if p is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Withdraw record"),
            self.tr(
                "Withdraw %1 from this PC? The central service never accepted it. "
                "The audit log keeps its content."
            ).replace("%1", p.name or p.id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.dialog = box  # type: ignore[assignment]
        box.finished.connect(lambda result, p=p: self.on_withdraw_confirmed(p, result))
        box.open()

    def on_withdraw_confirmed(self, p: Problem, result: int) -> None:
        if result != QMessageBox.StandardButton.Yes:
            return
        try:
            self._store.sync_records.withdraw(p.entity, p.id, self._actor)
        except NotPossible as exc:
            text = {
                "has_dependents": self.tr("It cannot be withdrawn: OPP attendance records use it."),
                "maybe_on_server": self.tr(
                    "It cannot be withdrawn yet: it was sent without an answer. Sync first."
                ),
            }.get(exc.reason, self.tr("It cannot be withdrawn: the central service holds a version of it."))
            self.message.setText(text)
            return
        self._done(p, self.tr("%1 was withdrawn from this PC.").replace("%1", p.name or p.id))

    @Slot()
    def on_conflict_button_clicked(self) -> None:
        p = self.selected()
        if p is None or p.server_copy is None:
            return
        dialog = ConflictDialog(p, self)
        dialog.accepted.connect(lambda p=p, d=dialog: self.on_conflict_chosen(p, d.keep_mine()))
        self.dialog = dialog
        dialog.open()

    def on_conflict_chosen(self, p: Problem, keep_mine: set[str]) -> None:
        self._store.sync_records.merge(p.entity, p.id, keep_mine, self._actor)
        self._done(p, self.tr("Conflict resolved; the chosen values are queued to send."))
