"""Column widths of the candidate list that fit the window: the name column takes what is
left, the others shrink together on a narrow screen so that nothing scrolls sideways."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

from ui.candidates.model import COLUMNS

# Preferred widths in digits ("0") of the font; 0 = the name column, which stretches.
PREFERRED_CHARS = {
    "registration_no": 15,
    "nik": 16,
    "full_name": 0,
    "birth_date": 10,
    "destination_country": 12,
    "status": 15,
    "sync_state": 18,  # the sync chip: icon and "Menunggu dikirim"
    "documents": 6,
}
PADDING = 12  # pixels beside the text in each cell
NAME_MIN_CHARS = 18
MIN_SCALE = 0.45
# Identifiers and dates are read whole: these keep their width, the others give way.
NEVER_NARROWER = frozenset({"registration_no", "nik", "birth_date", "documents"})


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
        wanted = {
            c: PREFERRED_CHARS.get(c, 10) * digit + PADDING for c in COLUMNS if PREFERRED_CHARS.get(c, 10)
        }
        fixed = sum(w for c, w in wanted.items() if c in NEVER_NARROWER)
        room = self._table.viewport().width() - NAME_MIN_CHARS * digit - fixed
        flexible = sum(w for c, w in wanted.items() if c not in NEVER_NARROWER)
        scale = max(MIN_SCALE, min(1.0, room / flexible)) if flexible else 1.0
        for column, width in wanted.items():
            header.resizeSection(
                COLUMNS.index(column), width if column in NEVER_NARROWER else int(width * scale)
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
