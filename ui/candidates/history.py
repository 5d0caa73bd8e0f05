"""The history of one record from the audit log, as a small table model."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDateTime, QModelIndex, QObject, QPersistentModelIndex, Qt

from domain.dates import parse_utc
from domain.issues import Lang
from local_db.values import AuditRecord
from ui import labels
from ui.sync.texts import history_actions, history_detail

Index = QModelIndex | QPersistentModelIndex


def local_time(iso: str) -> str:
    moment = parse_utc(iso)
    if moment is None:
        return iso
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime().toString("dd-MM-yyyy HH:mm")


class HistoryModel(QAbstractTableModel):
    def __init__(
        self,
        entries: Sequence[AuditRecord],
        parent: QObject | None = None,
        lang: Lang = "id",
        names: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._entries = list(entries)
        self._lang = lang
        self._names = dict(names or {})  # user name -> full name
        self._headers = [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changes")]
        self._actions = {**labels.audit_actions(), **history_actions()}
        self._fields = labels.field_names()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def _changes(self, entry: AuditRecord) -> str:
        if entry.action != "update":
            return history_detail(entry.action, entry.change, self._lang)
        parts = []
        for field, values in sorted(entry.change.items()):
            name = self._fields.get(field, field)
            if isinstance(values, list) and len(values) == 2 and field != "documents":
                parts.append(f"{name}: {values[0] or '—'} → {values[1] or '—'}")
            else:
                parts.append(name)
        return "; ".join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if column == 0:
            return local_time(entry.at)
        if column == 1:
            name = self._names.get(entry.actor)
            return f"{name} ({entry.actor})" if name else entry.actor
        if column == 2:
            return self._actions.get(entry.action, entry.action)
        if column == 3:
            return self._changes(entry)
        return None
