"""One candidate: the editable record and its history from the audit log.

Esc or closing with unsaved edits asks first; the receipt can be printed again from here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.actor import Actor
from domain.codes import Entity
from domain.countries import Countries
from domain.issues import Lang
from local_db.store import Store
from local_db.values import CandidateRecord, NotFound, SaveResult
from ui.candidates.history import HistoryModel
from ui.registration.form import CandidateForm

PREFERRED_SIZE = (1240, 760)


class CandidateDialog(QDialog):
    saved = Signal(object)  # SaveResult
    receipt_requested = Signal(object)  # CandidateRecord

    def __init__(
        self,
        store: Store,
        countries: Countries,
        actor: Actor,
        lang: Lang,
        record: CandidateRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._lang = lang
        self.record_id = record.id
        self.confirm: QMessageBox | None = None
        self._discarding = False
        self.setWindowTitle(
            self.tr("CPMI {number} — {name}").format(
                number=record["registration_no"], name=record["full_name"]
            )
        )
        self.form = CandidateForm(store, countries, actor, lang, record=record)
        self.history = QTableView()
        self.history.setObjectName("history")
        self.history.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().setVisible(False)
        self.history.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("Data"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.receipt_button = QPushButton(self.tr("Print receipt again (Ctrl+P)"))
        self.receipt_button.setObjectName("reprint")
        self.receipt_button.setShortcut("Ctrl+P")
        self.close_button = QPushButton(self.tr("Close"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.receipt_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(row)
        self._load_history(record.id)
        self.form.saved.connect(self.on_form_saved)
        self.receipt_button.clicked.connect(self.on_receipt_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self._fit_screen()

    def _fit_screen(self) -> None:
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        width = min(PREFERRED_SIZE[0], room.width() - 16)
        height = min(PREFERRED_SIZE[1], room.height() - 48)  # the title bar
        self.resize(width, height)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._focus_first)

    def _focus_first(self) -> None:
        first = self.form.fields.line("nik")
        if first.isEnabled():
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load_history(self, candidate_id: str) -> None:
        names = {a.username: a.full_name for a in self._store.users.list() if a.full_name}
        entries = self._store.record_history(Entity.CANDIDATE, candidate_id)
        self.history.setModel(HistoryModel(entries, self.history, self._lang, names=names))
        self.history.resizeColumnsToContents()
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def refresh(self, ids: frozenset[str] | None) -> None:
        """A sync or import changed records: show this one's new state and history."""
        if ids is not None and self.record_id not in ids:
            return
        try:
            record = self._store.candidates.get(self.record_id)
        except NotFound:
            return  # withdrawn meanwhile
        self.form.reload_record(record)
        self._load_history(self.record_id)

    @Slot(object)
    def on_form_saved(self, result: SaveResult) -> None:
        self._load_history(result.record.id)
        self.saved.emit(result)

    @Slot()
    def on_receipt_button_clicked(self) -> None:
        record = self.form.record
        if record is not None:
            self.receipt_requested.emit(record)

    # Leaving with unsaved edits --------------------------------------------------------------

    def reject(self) -> None:
        if self._discarding or not self.form.is_dirty():
            super().reject()
            return
        self.ask_to_discard()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._discarding or not self.form.is_dirty():
            super().closeEvent(event)
            return
        event.ignore()
        self.ask_to_discard()

    def ask_to_discard(self) -> QMessageBox:
        """Save, discard or keep editing; shown without blocking (tests answer it)."""
        if self.confirm is not None and self.confirm.isVisible():
            return self.confirm
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("This record has changes that are not saved."),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Save"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Discard changes"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        box.finished.connect(self.on_confirm_finished)
        self.confirm = box
        box.open()
        return box

    @Slot(int)
    def on_confirm_finished(self, _result: int) -> None:
        assert self.confirm is not None
        clicked = self.confirm.standardButton(self.confirm.clickedButton())
        if clicked == QMessageBox.StandardButton.Save:
            if self.form.save() is None:
                return  # the form says why; the dialog stays open
        elif clicked != QMessageBox.StandardButton.Discard:
            return
        self._discarding = True
        super().reject()
