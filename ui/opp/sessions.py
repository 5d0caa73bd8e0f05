"""The sessions list: a filter (today, upcoming, closed, all) and one row per session with counts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from local_db.store import OppDesk
from local_db.values import SessionFilter, SessionSummary
from ui.opp.texts import local_text, session_statuses


class SessionList(QWidget):
    chosen = Signal(str)  # session id
    new_requested = Signal()

    def __init__(self, desk: OppDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._ids: list[str] = []
        self.filter = QComboBox()
        self.filter.setObjectName("session_filter")
        for which, label in (
            (SessionFilter.TODAY, self.tr("Today")),
            (SessionFilter.UPCOMING, self.tr("Upcoming")),
            (SessionFilter.CLOSED, self.tr("Closed")),
            (SessionFilter.ALL, self.tr("All sessions")),
        ):
            self.filter.addItem(label, which.value)
        self.new_button = QPushButton(self.tr("New session (Ctrl+N)"))
        self.new_shortcut = QShortcut(
            QKeySequence.StandardKey.New, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("sessions")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Title"),
                self.tr("Starts"),
                self.tr("Status"),
                self.tr("Present / enrolled / seats"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.filter, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.filter.currentIndexChanged.connect(self.on_filter_current_index_changed)
        self.table.itemSelectionChanged.connect(self.on_table_item_selection_changed)
        self.new_button.clicked.connect(self.new_requested)
        self.new_shortcut.activated.connect(self.new_requested)

    def which(self) -> SessionFilter:
        return SessionFilter(self.filter.currentData())

    @Slot(int)
    def on_filter_current_index_changed(self, _index: int) -> None:
        self.refresh()

    def refresh(self, keep: str | None = None) -> None:
        """Reload the rows; `keep` (or the current one) stays selected when still listed. A `keep`
        the filter hides (a session just saved for next week) switches the filter to all sessions."""
        explicit = keep is not None
        keep = keep or self.current_id()
        sessions = self._desk.sessions(self.which())
        self._ids = [s.id for s in sessions]
        self.table.blockSignals(True)
        self.table.setRowCount(len(sessions))
        statuses = session_statuses()
        for row, s in enumerate(sessions):
            for column, value in enumerate(self._cells(s, statuses)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.blockSignals(False)
        self.empty.setText("" if sessions else self.tr("No session in this list."))
        self.empty.setVisible(not sessions)
        if keep in self._ids:
            self.table.selectRow(self._ids.index(keep))
        elif keep is not None and explicit and self.which() is not SessionFilter.ALL:
            self.filter.setCurrentIndex(self.filter.findData(SessionFilter.ALL.value))  # show what was saved
            self.refresh(keep)

    @staticmethod
    def _cells(s: SessionSummary, statuses: dict[str, str]) -> tuple[str, ...]:
        counts = f"{s.present} / {s.enrolled} / {s.capacity}"
        return (s.code, s.title, local_text(s.starts_at), statuses.get(s.status, s.status), counts)

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self._ids[rows[0].row()] if rows and rows[0].row() < len(self._ids) else None

    @Slot()
    def on_table_item_selection_changed(self) -> None:
        current = self.current_id()
        if current:
            self.chosen.emit(current)
