"""The candidate list page: one search box (results as you type), filters, sortable lazy table.

Each keystroke restarts a short timer; when it fires, the id query runs on the task runner
and the newest answer replaces the model's ids (older answers arriving late are dropped).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from domain.actor import Actor
from domain.countries import HOME_COUNTRY, Countries
from domain.issues import Lang
from local_db.store import Store
from local_db.values import COMPLETE, INCOMPLETE, CandidateFilter, CandidateRecord, FirstPage
from ui import labels
from ui.candidates.chips import StatusChipDelegate
from ui.candidates.columns import FitColumns
from ui.candidates.detail import CandidateDialog
from ui.candidates.model import COLUMNS, CandidateTableModel
from ui.candidates.transfer import TransferActions
from ui.registration.widgets import ChoiceBox
from ui.sync.chip import SyncChipDelegate
from ui.sync.texts import ATTENTION
from ui.sync.texts import filter_choices as sync_filter_choices
from ui.tasks import TaskRunner

# Typing runs at 5–8 keys a second, so a key arrives every 125–200 ms: a 60 ms pause already
# means "the clerk stopped", and 60 ms + a 10–50 ms query keeps results within 100 ms of a key.
DEBOUNCE_MS = 60
# One letter matches a third of 100,000 names and sorting them costs ~100 ms; it narrows
# nothing a clerk wants, so searching starts at the second character.
MIN_SEARCH_CHARS = 2
# The first page of a large answer is shown at once; the rest of its ids (~150 ms for 100,000)
# is read once typing has paused this long, so that it never delays the next keystroke's page.
REST_AFTER_MS = 400


def tool_button(action: QAction) -> QToolButton:
    """A text button for `action`; an action with a menu opens it on click."""
    button = QToolButton()
    button.setDefaultAction(action)
    if action.menu() is not None:
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    return button


def candidate_table(model: CandidateTableModel) -> QTableView:
    table = QTableView()
    table.setObjectName("candidates")
    table.setModel(model)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    FitColumns(table)
    table.setItemDelegateForColumn(COLUMNS.index("status"), StatusChipDelegate(table))
    return table


class CandidateListPage(QWidget):
    results_shown = Signal(int)  # how many candidates match
    record_saved = Signal(object)  # SaveResult from the detail dialog
    records_changed = Signal()  # an import ended: rows may have been added
    receipt_requested = Signal(object, object)  # CandidateRecord, the widget to print over

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
        self.setProperty("nav_icon", "candidates")  # ui/header.py
        self._store = store
        self._countries = countries
        self._actor = actor
        self._lang = lang
        self._runner = runner
        self._generation = 0
        self._sort = ("registered_at", True)
        self._shown_query: tuple[object, ...] | None = None
        self.dialog: CandidateDialog | None = None

        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText(self.tr("Search by NIK, name or registration number"))
        self.search_box.setClearButtonEnabled(True)
        self._make_filters(countries, lang)
        self._open_after_search = False
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        top = QHBoxLayout()
        top.addWidget(self.search_box, 3)
        for box in self.filter_boxes():
            top.addWidget(box, 1)
        # Results and what to do with them on a second row: the filters keep their width.
        self.transfer = TransferActions(store, actor, lang, runner, self)
        self.import_button = tool_button(self.transfer.import_action)
        self.export_button = tool_button(self.transfer.export_action)
        self.print_button = QPushButton(self.tr("Print receipt (Ctrl+P)"))
        self.print_button.setObjectName("list_print_receipt")
        results = QHBoxLayout()
        results.addWidget(self.count_label, 1)
        results.addWidget(self.print_button)
        results.addWidget(self.import_button)
        results.addWidget(self.export_button)

        self.model = CandidateTableModel(store.search, countries, lang, self)
        self.table = candidate_table(self.model)
        self.table.setItemDelegateForColumn(COLUMNS.index("sync_state"), SyncChipDelegate(self.table))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(results)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self.open_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        self.open_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.print_shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        self.print_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._connect_signals()

    def _make_filters(self, countries: Countries, lang: Lang) -> None:
        self.status_filter = ChoiceBox(labels.statuses(), self.tr("Status: all"))
        names = {
            c.code: (c.name_id if lang == "id" else c.name_en)
            for c in countries.all()
            if c.code != HOME_COUNTRY
        }
        self.country_filter = ChoiceBox(
            dict(sorted(names.items(), key=lambda kv: kv[1])), self.tr("Destination: all")
        )
        self.sync_filter = ChoiceBox(sync_filter_choices(), self.tr("Sync: all"))
        self.documents_filter = ChoiceBox(
            {COMPLETE: self.tr("Documents complete"), INCOMPLETE: self.tr("Documents missing")},
            self.tr("Documents: all"),
        )
        self.documents_filter.setObjectName("documents_filter")
        for box in self.filter_boxes():  # narrow screens: the boxes shrink, their lists do not
            box.setMinimumContentsLength(8)
            box.setSizeAdjustPolicy(ChoiceBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def filter_boxes(self) -> tuple[ChoiceBox, ...]:
        return (self.status_filter, self.country_filter, self.sync_filter, self.documents_filter)

    def _connect_signals(self) -> None:
        self.search_box.textChanged.connect(self.on_search_box_text_changed)
        self.search_box.returnPressed.connect(self.on_search_box_return_pressed)
        for box in self.filter_boxes():
            box.currentIndexChanged.connect(self.refresh)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.print_shortcut.activated.connect(self.on_print_button_clicked)
        self._timer.timeout.connect(self.on_timer_timeout)
        self.model.sort_requested.connect(self.on_model_sort_requested)
        self.table.doubleClicked.connect(self.on_table_double_clicked)
        self.open_shortcut.activated.connect(self.on_open_shortcut_activated)
        self.transfer.finished.connect(self.on_transfer_finished)

    # Searching -----------------------------------------------------------------------------

    def filters(self) -> CandidateFilter:
        def one(box: ChoiceBox) -> tuple[str, ...]:
            return (box.value(),) if box.value() else ()

        sync = ("rejected", "conflict") if self.sync_filter.value() == ATTENTION else one(self.sync_filter)
        return CandidateFilter(
            one(self.status_filter),
            one(self.country_filter),
            sync,
            documents=self.documents_filter.value(),
        )

    @Slot(str)
    def on_search_box_text_changed(self, _text: str) -> None:
        self._timer.start()

    @Slot()
    def on_search_box_return_pressed(self) -> None:
        """Enter opens the selected result, or the first one (after the search has run)."""
        self._timer.stop()
        if self.query() == self._shown_query:
            self._open_current()
            return
        self._open_after_search = True
        self.refresh()

    def _open_current(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        if self.model.rowCount():
            self.table.selectRow(row)
            self.open_row(row)

    @Slot(str, bool)
    def on_model_sort_requested(self, column: str, descending: bool) -> None:
        self._sort = (column, descending)
        self.refresh()

    def query(self) -> tuple[str, CandidateFilter, str, bool]:
        text = self.search_box.text().strip()
        if len(text) < MIN_SEARCH_CHARS:
            text = ""
        return (text, self.filters(), *self._sort)

    @Slot()
    def on_timer_timeout(self) -> None:
        """A pause in typing: search, unless the effective query is the one on screen."""
        if self.query() == self._shown_query:
            self.results_shown.emit(self.model.total())
            return
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Run the query again (a record may have changed): the first page and the count at
        once, then every id in the background (local_db/repositories/candidate_search.py)."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        query = self.query()
        self._runner.start(
            self._store.search.first_page,
            *query,
            on_done=lambda page: self._show(generation, query, page),
            on_error=self._search_failed,
        )

    def _search_failed(self, exc: Exception) -> None:
        self.count_label.setText(self.tr("Search failed: {reason}").format(reason=exc))

    def _show(self, generation: int, query: tuple[Any, ...], page: FirstPage) -> None:
        if generation != self._generation:
            return  # a newer search is on its way
        self._shown_query = query
        self.model.set_ids(page.ids, page.total)
        self.count_label.setText(self.tr("%n candidate(s)", "", page.total))
        self.results_shown.emit(page.total)
        if not page.complete:
            QTimer.singleShot(REST_AFTER_MS, lambda: self._load_rest(generation, query))
        if self._open_after_search:
            self._open_after_search = False
            self._open_current()

    def _load_rest(self, generation: int, query: tuple[Any, ...]) -> None:
        """Every id of the search on screen, unless the clerk has typed on meanwhile."""
        if generation != self._generation:
            return
        self._runner.start(
            self._store.search.ids,
            *query,
            still_wanted=lambda: generation == self._generation,
            on_done=lambda ids: self._show_rest(generation, ids),
            on_error=self._search_failed,
        )

    def _show_rest(self, generation: int, ids: list[str]) -> None:
        if generation == self._generation:
            self.model.extend_ids(ids)

    # Opening a record ----------------------------------------------------------------------

    @Slot(QModelIndex)
    def on_table_double_clicked(self, index: QModelIndex) -> None:
        self.open_row(index.row())

    @Slot()
    def on_open_shortcut_activated(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_row(rows[0].row())

    def open_row(self, row: int) -> CandidateDialog | None:
        if not 0 <= row < self.model.rowCount():
            return None
        return self.open_record(self.model.id_at(row))

    def open_record(self, candidate_id: str) -> CandidateDialog:
        record = self._store.candidates.get(candidate_id)
        self.dialog = CandidateDialog(self._store, self._countries, self._actor, self._lang, record, self)
        self.dialog.saved.connect(self.on_dialog_saved)
        self.dialog.receipt_requested.connect(self.on_dialog_receipt_requested)
        self.dialog.show()
        return self.dialog

    @Slot(object)
    def on_dialog_receipt_requested(self, record: CandidateRecord) -> None:
        self.receipt_requested.emit(record, self.dialog)

    @Slot()
    def on_print_button_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.receipt_requested.emit(self._store.candidates.get(self.model.id_at(rows[0].row())), self)

    @Slot(object)
    def on_records_changed(self, ids: frozenset[str] | None) -> None:
        """A sync, an import or a resolution changed records: repaint the rows, refresh the
        open detail, and run the query again (a record may now match, or no longer)."""
        self.model.invalidate_rows()
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.refresh(ids)
        self.refresh()

    @Slot(object)
    def on_dialog_saved(self, result: object) -> None:
        self.model.invalidate_rows()
        self.record_saved.emit(result)

    @Slot()
    def on_transfer_finished(self) -> None:
        self.records_changed.emit()  # the window's records_changed refreshes the list (and the rest)
