"""Column widths of the candidate list that fit the window: the name column takes what is
left, the others shrink together on a narrow screen so that nothing scrolls sideways."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

from ui.candidates.model import COLUMNS

# Preferred widths in digits ("0") of the font; 0 = the name column, which stretches.
PREFERRED_CHARS = {
    "registration_no": 15,
    "nik": 17,
    "full_name": 0,
    "birth_date": 11,
    "destination_country": 12,
    "status": 15,
    "sync_state": 14,
    "documents": 8,
}
NAME_MIN_CHARS = 16
MIN_SCALE = 0.55


class FitColumns(QObject):
    """Installed on a table's viewport; resizes the columns when the viewport resizes."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("full_name"), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(24)
        table.viewport().installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        digit = self._table.fontMetrics().horizontalAdvance("0")
        header = self._table.horizontalHeader()
        wanted = {c: PREFERRED_CHARS.get(c, 10) * digit + 16 for c in COLUMNS if PREFERRED_CHARS.get(c, 10)}
        room = self._table.viewport().width() - NAME_MIN_CHARS * digit
        total = sum(wanted.values())
        scale = max(MIN_SCALE, min(1.0, room / total)) if total else 1.0
        for column, width in wanted.items():
            header.resizeSection(COLUMNS.index(column), int(width * scale))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
