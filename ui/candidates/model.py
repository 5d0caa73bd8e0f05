"""A lazy table model over candidate ids: all matching ids in memory (cheap), rows loaded a
page at a time when the view asks for them, rows exposed to the view in `fetchMore` batches."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from domain.countries import Countries
from domain.issues import Lang
from local_db.store import CandidateSearch
from local_db.values import SORTABLE, CandidateSummary
from ui import labels
from ui.candidates.chips import STATUS_CODE_ROLE
from ui.registration.fields import display_date

COLUMNS = (
    "registration_no",
    "nik",
    "full_name",
    "birth_date",
    "destination_country",
    "status",
    "sync_state",
    "documents",
)
BATCH = 500
PAGE = 100
MAX_PAGES = 50  # row cache of at most 5,000 summaries
Index = QModelIndex | QPersistentModelIndex


class CandidateTableModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)  # column name, descending

    def __init__(
        self, search: CandidateSearch, countries: Countries, lang: Lang, parent: QObject | None = None
    ):
        super().__init__(parent)
        self._search = search
        self._countries = countries
        self._lang = lang
        self._ids: list[str] = []
        self._total = 0
        self._shown = 0
        self._fetching = False
        self._pages: OrderedDict[int, list[CandidateSummary]] = OrderedDict()
        self._headers = self._header_texts()
        self._status = labels.statuses()
        self._sync = labels.sync_states()

    def _header_texts(self) -> list[str]:
        names = labels.field_names()
        names["sync_state"] = self.tr("Sync")
        names["destination_country"] = self.tr("Destination")
        names["documents"] = self.tr("Documents")
        return [names[c] for c in COLUMNS]

    # Loading -------------------------------------------------------------------------------

    def set_ids(self, ids: Sequence[str], total: int | None = None) -> None:
        """The matching ids in display order; `total` when `ids` is only the first part
        (the rest follows through `extend_ids`)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._total = len(self._ids) if total is None else max(total, len(self._ids))
        self._shown = min(BATCH, len(self._ids))
        self._pages.clear()
        self.endResetModel()

    def extend_ids(self, ids: Sequence[str]) -> None:
        """All the ids of the search whose first part is shown. If the records changed in
        between (the first part is not a prefix of `ids`), the list starts again with them."""
        if list(ids[: len(self._ids)]) != self._ids:
            self.set_ids(ids)
            return
        self._ids = list(ids)
        self._total = len(self._ids)

    def invalidate_rows(self) -> None:
        """Forget cached rows (a record changed) and repaint."""
        self._pages.clear()
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(self._shown - 1, len(COLUMNS) - 1))

    def total(self) -> int:
        return self._total

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, candidate_id: str) -> int:
        try:
            return self._ids.index(candidate_id)
        except ValueError:
            return -1

    def _summary(self, row: int) -> CandidateSummary | None:
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            ids = self._ids[page_no * PAGE : (page_no + 1) * PAGE]
            by_id = {s.id: s for s in self._search.summaries(ids)}
            page = [by_id.get(i) for i in ids]  # type: ignore[misc]
            self._pages[page_no] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        offset = row - page_no * PAGE
        return page[offset] if offset < len(page) else None

    # Qt model API --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._fetching and self._shown < len(self._ids)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._fetching:
            return
        more = min(BATCH, len(self._ids) - self._shown)
        if more <= 0:
            return
        # A view reacting to the insertion may ask for more at once: not the same rows twice.
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
            self._shown += more
            self.endInsertRows()
        finally:
            self._fetching = False

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        column = COLUMNS[index.column()]
        if role == STATUS_CODE_ROLE and column == "status":
            summary = self._summary(index.row())
            return summary.status if summary else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "documents":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        summary = self._summary(index.row())
        if summary is None:
            return None
        if column == "documents":
            present, expected = summary.document_counts()
            return f"{present}/{expected}"
        value = str(getattr(summary, column) or "")
        if column == "birth_date":
            return display_date(value)
        if column == "status":
            return self._status.get(value, value)
        if column == "sync_state":
            return self._sync.get(value, value)
        if column == "destination_country":
            country = self._countries.get(value) if value else None
            return (country.name_id if self._lang == "id" else country.name_en) if country else value
        return value

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS) and COLUMNS[column] in SORTABLE:
            self.sort_requested.emit(COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
