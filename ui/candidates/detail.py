"""One candidate: the editable record and its history from the audit log."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QHeaderView, QTableView, QTabWidget, QVBoxLayout, QWidget

from domain.actor import Actor
from domain.codes import Entity
from domain.countries import Countries
from domain.issues import Lang
from local_db.store import Store
from local_db.values import CandidateRecord, NotFound, SaveResult
from ui.candidates.history import HistoryModel
from ui.registration.form import CandidateForm


class CandidateDialog(QDialog):
    saved = Signal(object)  # SaveResult

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
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("Data"))
        self.tabs.addTab(self.history, self.tr("History"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._load_history(record.id)
        self.form.saved.connect(self.on_form_saved)
        self.resize(1100, 760)

    def _load_history(self, candidate_id: str) -> None:
        entries = self._store.record_history(Entity.CANDIDATE, candidate_id)
        self.history.setModel(HistoryModel(entries, self.history, self._lang))
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
