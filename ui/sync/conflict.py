"""A conflict side by side: this PC's version and the central service's, field by field.

Each field that differs gets a choice (this PC's value or the central service's); "Keep all
mine" and "Take all theirs" set every choice at once. The dialog only collects the choice:
`SyncRecords.merge` writes the merged record and queues it based on the server's version.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from local_db.values import Problem
from ui import labels
from ui.sync.texts import field_name

MINE, THEIRS = 0, 1


def shown(field: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if field == "documents" and isinstance(value, Mapping):
        names = labels.documents()
        return ", ".join(names.get(k, k) for k, v in sorted(value.items()) if v) or "—"
    return str(value)


def differing(mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> list[str]:
    order = list(mine) + [k for k in theirs if k not in mine]
    return [k for k in order if mine.get(k) != theirs.get(k)]


class ConflictDialog(QDialog):
    def __init__(self, problem: Problem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert problem.server_copy is not None and problem.mine is not None
        self.problem = problem
        mine, theirs = problem.mine, problem.server_copy["data"]
        version = problem.server_copy["version"]
        self.setWindowTitle(self.tr("Conflict: %1").replace("%1", problem.name or problem.id))
        intro = QLabel(
            self.tr(
                "Another PC of the office changed this record on the central service (version %1) "
                "while it was changed here. Choose for each field which value to keep; the result "
                "is sent as a change based on the central service's version."
            ).replace("%1", str(version))
        )
        intro.setWordWrap(True)
        self.fields = differing(mine, theirs)
        self.table = QTableWidget(len(self.fields), 3)
        self.table.setObjectName("conflict_fields")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("This PC"), self.tr("Central service")]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.groups: dict[str, QButtonGroup] = {}
        for row, name in enumerate(self.fields):
            item = QTableWidgetItem(field_name(name))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, item)
            group = QButtonGroup(self)
            for column, (side, value) in enumerate(((MINE, mine.get(name)), (THEIRS, theirs.get(name))), 1):
                button = QRadioButton(shown(name, value))
                button.setObjectName(f"{name}_{'mine' if side == MINE else 'theirs'}")
                group.addButton(button, side)
                self.table.setCellWidget(row, column, button)
            group.button(MINE).setChecked(True)
            self.groups[name] = group
        self.table.resizeRowsToContents()
        same = len(set(mine) | set(theirs)) - len(self.fields)
        note = QLabel(self.tr("Fields that are the same on both sides: %1").replace("%1", str(same)))

        self.keep_mine_button = QPushButton(self.tr("Keep all mine"))
        self.take_theirs_button = QPushButton(self.tr("Take all theirs"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.keep_mine_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.take_theirs_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("Save choice"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.keep_mine_button.clicked.connect(self.on_keep_mine_button_clicked)
        self.take_theirs_button.clicked.connect(self.on_take_theirs_button_clicked)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(900, 520)

    def choose(self, side: int) -> None:
        for group in self.groups.values():
            group.button(side).setChecked(True)

    @Slot()
    def on_keep_mine_button_clicked(self) -> None:
        self.choose(MINE)

    @Slot()
    def on_take_theirs_button_clicked(self) -> None:
        self.choose(THEIRS)

    def keep_mine(self) -> set[str]:
        """The fields whose value comes from this PC."""
        return {name for name, group in self.groups.items() if group.checkedId() == MINE}
